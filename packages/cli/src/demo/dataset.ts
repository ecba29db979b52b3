import type { CaseAction, ClosureReason, RegistrationInput, TimelineEntryInput, TracingCaseInput } from '@kinlink/core';
import { DEMO_ORGANISATIONS, type DemoOrganisation } from './directory';
import { plausibleRelationship, relativeOf } from './family';
import { ageIn, randomIdentity, randomOrigin, renderPerson, type Identity, type Rendering } from './identity';
import { Random } from './prng';

export interface DemoCase {
  organisation: string;
  /** When the enquirer came to the Red Cross (the case's creation time). */
  openedAt: string;
  /** E-mail of the demo officer the case is assigned to, if any. */
  officer: string | null;
  input: TracingCaseInput;
  /** Workflow actions to apply after creation, in order. */
  actions: CaseAction[];
  notes: TimelineEntryInput[];
}

export interface DemoRegistration {
  organisation: string;
  /** Name of the site (of that organisation) where the person was met. */
  site: string;
  input: RegistrationInput;
  /** Set when this registration is a sought person of a demo case, written in another script. */
  soughtInCase: number | null;
}

export interface DemoDataset {
  cases: DemoCase[];
  registrations: DemoRegistration[];
}

const OFFICERS: Record<string, string> = {
  mk: 'officer.mk@demo.kinlink',
  rs: 'officer.rs@demo.kinlink',
  hr: 'officer.hr@demo.kinlink',
  bg: 'officer.bg@demo.kinlink',
  icrc: 'officer.icrc@demo.kinlink',
};

const CASE_OWNERS: readonly (readonly [string, number])[] = [['mk', 30], ['rs', 25], ['hr', 12], ['si', 8], ['me', 5], ['bg', 12], ['icrc', 8]];
const withSites = DEMO_ORGANISATIONS.filter((o) => o.sites.length > 0);

const CLOSURE: readonly (readonly [ClosureReason, number])[] = [
  ['located_contact_restored', 40], ['reunited', 12], ['located_refused_contact', 5], ['fate_clarified_deceased', 4],
  ['not_located_search_exhausted', 15], ['enquirer_withdrew', 6], ['enquirer_unreachable', 8], ['duplicate_merged', 5], ['out_of_mandate', 5],
];

const organisation = (key: string): DemoOrganisation => {
  const org = DEMO_ORGANISATIONS.find((o) => o.key === key);
  if (!org) throw new Error(`no demo organisation ${key}`);
  return org;
};

function dateBetween(rng: Random, from: string, to: string): Date {
  const a = Date.parse(from);
  return new Date(a + Math.floor(rng.next() * (Date.parse(to) - a)));
}

const day = (d: Date) => d.toISOString().slice(0, 10);

/** How an office writes names it hears: local script for the registration, the family's own script for their request. */
function renderingFor(org: DemoOrganisation, rng: Random): Rendering {
  if (org.writes === 'cyrillic') return rng.chance(0.75) ? 'cyrillic' : 'latin';
  return 'latin';
}

function makeCase(rng: Random, index: number, sought: Identity[][]): DemoCase {
  const ownerKey = rng.weighted(CASE_OWNERS);
  const owner = organisation(ownerKey);
  const origin = randomOrigin(rng);
  const enquirer = randomIdentity(rng, origin, { age: rng.int(19, 68) });
  const count = rng.weighted([[1, 75], [2, 20], [3, 5]] as const);
  const relatives = Array.from({ length: count }, () => {
    const relationship = plausibleRelationship(enquirer, rng);
    return { relationship, identity: relativeOf(enquirer, relationship, rng) };
  });
  sought[index] = relatives.map((r) => r.identity);
  // Families tell their request in their own script; a Latin transcription is often added.
  const enquirerScript: Rendering = rng.chance(0.6) ? 'native' : 'latin';
  const separatedAt = dateBetween(rng, '2023-06-01', '2025-06-30');
  const site = rng.pick(withSites.flatMap((o) => o.sites));
  const childSought = relatives.some((r) => ageIn(r.identity, separatedAt.getUTCFullYear()) < 18);
  const elderlySought = relatives.some((r) => ageIn(r.identity, separatedAt.getUTCFullYear()) >= 65);
  const input: TracingCaseInput = {
    enquirer: renderPerson(enquirer, enquirerScript, rng, { withPhone: rng.chance(0.8) }),
    sought: relatives.map((r) => ({
      relationship: r.relationship,
      person: renderPerson(r.identity, rng.chance(0.7) ? enquirerScript : 'latin', rng, { withPhone: rng.chance(0.3) }),
    })),
    separation: {
      date: rng.chance(0.7) ? day(separatedAt) : day(separatedAt).slice(0, 7),
      place: site.place,
      country: owner.country === 'SRB' && rng.chance(0.5) ? 'SRB' : undefined,
      cause: rng.weighted([['migration_route', 50], ['border_crossing', 30], ['detention', 5], ['deportation', 5], ['unknown', 10]] as const),
      circumstances: rng.pick([
        'Separated in the crowd while boarding the train to the border.',
        'Lost contact when the group was split at the border crossing at night.',
        'Taken to hospital; the family had to move on with the group.',
        'Phone was lost; last seen at the registration point.',
        'Stayed behind to wait for a relative; no news since.',
      ]),
    },
    lastNews: rng.chance(0.6) ? { date: day(new Date(separatedAt.getTime() + rng.int(0, 20) * 86_400_000)), content: 'A short call from a borrowed phone.' } : undefined,
    priorities: [...(childSought ? (['separated_child'] as const) : []), ...(elderlySought ? (['elderly'] as const) : [])],
    draft: false,
  };
  const status = rng.weighted([['draft', 5], ['open', 30], ['in_progress', 45], ['closed', 20]] as const);
  const actions: CaseAction[] = [];
  if (status === 'draft') input.draft = true;
  if (status === 'in_progress' || status === 'closed') actions.push({ type: 'start', track: rng.weighted([['desk', 60], ['field', 30], ['transferred', 10]] as const) });
  if (status === 'closed') actions.push({ type: 'close', reason: rng.weighted(CLOSURE) });
  const notes: TimelineEntryInput[] = [];
  if (status !== 'draft') notes.push({ kind: 'action', action: 'interview', text: 'Enquirer interviewed with an interpreter; photos of the family shown.' });
  if (status === 'in_progress' && rng.chance(0.5)) notes.push({ kind: 'action', action: 'record_check', text: 'Checked registrations at transit centres along the route.' });
  if (rng.chance(0.3)) notes.push({ kind: 'note', text: 'Enquirer will call back from the new accommodation centre.' });
  const opened = new Date(Math.min(separatedAt.getTime() + rng.int(1, 90) * 86_400_000, Date.parse('2025-10-31T12:00:00Z')));
  return { organisation: ownerKey, openedAt: opened.toISOString(), officer: status === 'draft' ? null : OFFICERS[ownerKey] ?? null, input, actions, notes };
}

function registrationAt(rng: Random, org: DemoOrganisation, identity: Identity, soughtInCase: number | null): DemoRegistration {
  const site = rng.pick(org.sites);
  const registeredAt = dateBetween(rng, '2024-01-01', '2025-09-30').toISOString();
  const person = renderPerson(identity, renderingFor(org, rng), rng, { withPhone: rng.chance(0.5) });
  const isChild = ageIn(identity, 2025) < 18 && ageIn(identity, 2025) >= 8;
  if (soughtInCase === null && isChild && rng.chance(0.5)) {
    person.vulnerabilities = ['unaccompanied_child'];
    return {
      organisation: org.key,
      site: site.name,
      soughtInCase,
      input: {
        kind: 'unaccompanied_child',
        person,
        registeredAt,
        siteId: undefined,
        referral: { referredTo: `Centre for Social Work ${site.place}`, reference: `CSW-${rng.int(1000, 9999)}` },
      },
    };
  }
  return {
    organisation: org.key,
    site: site.name,
    soughtInCase,
    input: { kind: 'safe_and_well', person, registeredAt, message: rng.pick(['I am safe and well.', 'We are fine, continuing north.', 'Tell my mother I am in good health.']) },
  };
}

function lookingForSomeone(rng: Random, org: DemoOrganisation): DemoRegistration {
  const origin = randomOrigin(rng);
  const enquirer = randomIdentity(rng, origin, { age: rng.int(19, 60) });
  const relationship = plausibleRelationship(enquirer, rng);
  const relative = relativeOf(enquirer, relationship, rng);
  const rendering = renderingFor(org, rng);
  return {
    organisation: org.key,
    site: rng.pick(org.sites).name,
    soughtInCase: null,
    input: {
      kind: 'looking_for_someone',
      person: renderPerson(enquirer, rendering, rng, { withPhone: true }),
      registeredAt: dateBetween(rng, '2024-01-01', '2025-09-30').toISOString(),
      sought: [{ relationship, person: renderPerson(relative, rendering, rng) }],
      separation: { place: rng.pick(org.sites).place, cause: 'migration_route' },
    },
  };
}

/**
 * The demo data set: `caseCount` tracing cases and about as many registrations; roughly a third of
 * the sought persons are also registered somewhere else on the route, written in another script.
 */
export function demoDataset(seed = 20151019, caseCount = 180): DemoDataset {
  const rng = new Random(seed);
  const sought: Identity[][] = [];
  const cases = Array.from({ length: caseCount }, (_, i) => makeCase(rng, i, sought));
  const registrations: DemoRegistration[] = [];
  sought.forEach((people, caseIndex) => {
    for (const person of people) {
      if (!rng.chance(0.35)) continue;
      const elsewhere = withSites.filter((o) => o.key !== cases[caseIndex]?.organisation);
      registrations.push(registrationAt(rng, rng.pick(elsewhere), person, caseIndex));
    }
  });
  const others = Math.round(caseCount * 0.6);
  for (let i = 0; i < others; i++) {
    const org = rng.pick(withSites);
    registrations.push(
      rng.chance(0.2) ? lookingForSomeone(rng, org) : registrationAt(rng, org, randomIdentity(rng, randomOrigin(rng)), null),
    );
  }
  // Interleave by time so lists look like real intake.
  registrations.sort((a, b) => (a.input.registeredAt ?? '').localeCompare(b.input.registeredAt ?? ''));
  return { cases, registrations };
}
