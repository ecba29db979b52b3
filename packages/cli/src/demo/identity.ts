import type { PersonInput, Sex } from '@kinlink/core';
import type { NameForms, Origin } from './name-table';
import { NAMES } from './name-table';
import type { Random } from './prng';

/** A synthetic person as they "really" are; records of them are renderings in one script. */
export interface Identity {
  origin: Origin;
  sex: Extract<Sex, 'male' | 'female'>;
  given: NameForms;
  father: NameForms;
  grandfather: NameForms;
  /** Null for Eritreans, whose father's and grandfather's names serve as family name. */
  family: NameForms | null;
  birth: { year: number; month: number; day: number };
  birthPlace: string;
}

export type Rendering = 'native' | 'latin' | 'cyrillic';

const NATIONALITY: Record<Origin, string> = { SYR: 'SYR', IRQ: 'IRQ', AFG: 'AFG', ERI: 'ERI' };
const CALLING: Record<Origin, string> = { SYR: '+963', IRQ: '+964', AFG: '+93', ERI: '+291' };

export function randomOrigin(rng: Random): Origin {
  return rng.weighted<Origin>([['SYR', 45], ['AFG', 30], ['IRQ', 17], ['ERI', 8]]);
}

export function randomIdentity(rng: Random, origin: Origin, fields: Partial<Identity> & { age?: number } = {}): Identity {
  const table = NAMES[origin];
  const sex = fields.sex ?? (rng.chance(0.55) ? 'male' : 'female');
  const age = fields.age ?? rng.int(1, 75);
  return {
    origin,
    sex,
    given: fields.given ?? rng.pick(sex === 'male' ? table.male : table.female),
    father: fields.father ?? rng.pick(table.male),
    grandfather: fields.grandfather ?? rng.pick(table.male),
    family: fields.family !== undefined ? fields.family : origin === 'ERI' ? null : rng.pick(table.family),
    birth: fields.birth ?? { year: 2025 - age, month: rng.int(1, 12), day: rng.int(1, 28) },
    birthPlace: fields.birthPlace ?? rng.pick(table.places),
  };
}

function written(forms: NameForms, rendering: Rendering, rng: Random, origin: Origin) {
  if (rendering === 'native') return { value: forms.native, script: NAMES[origin].nativeScript === 'ethiopic' ? 'ethiopic' : 'arabic' } as const;
  if (rendering === 'cyrillic') return { value: forms.cyrillic, script: 'cyrillic' } as const;
  return { value: rng.pick(forms.latin), script: 'latin' } as const;
}

/**
 * One record of the person as a given office would write it: names in one script, a birth date as
 * precisely as it was known (often only the year, or the 1 January placeholder), sometimes a phone.
 */
export function renderPerson(
  identity: Identity,
  rendering: Rendering,
  rng: Random,
  options: { withPhone?: boolean; vulnerabilities?: PersonInput['vulnerabilities'] } = {},
): PersonInput {
  const name = (forms: NameForms) => [written(forms, rendering, rng, identity.origin)];
  const { year, month, day } = identity.birth;
  const precision = rng.weighted<'full' | 'year' | 'placeholder' | 'month'>([['full', 45], ['year', 30], ['placeholder', 15], ['month', 10]]);
  const pad = (n: number) => String(n).padStart(2, '0');
  const date = { full: `${year}-${pad(month)}-${pad(day)}`, year: `${year}`, placeholder: `${year}-01-01`, month: `${year}-${pad(month)}` }[precision];
  const includeGrandfather = identity.origin === 'ERI' || rng.chance(0.35);
  return {
    names: {
      given: name(identity.given),
      family: identity.family ? name(identity.family) : [],
      father: name(identity.father),
      grandfather: includeGrandfather ? name(identity.grandfather) : [],
      mother: [],
      other: [],
    },
    sex: identity.sex,
    birth: { kind: 'date', date },
    birthPlace: identity.birthPlace,
    nationalities: [NATIONALITY[identity.origin]],
    languages: [...NAMES[identity.origin].languages],
    documents: [],
    phones: options.withPhone ? [{ number: `${CALLING[identity.origin]} ${rng.int(900, 999)} ${rng.int(100, 999)} ${rng.int(100, 999)}`, kind: 'mobile' }] : [],
    lastKnownPlaces: [],
    vulnerabilities: options.vulnerabilities ?? [],
  };
}

export function ageIn(identity: Identity, year: number): number {
  return year - identity.birth.year;
}
