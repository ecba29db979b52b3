import type { FieldCipher, KinlinkDb } from '@kinlink/store';
import {
  addTimelineEntry, appendAudit, assignCase, createCase, createOrganisation, createRegistration, createSite, createUser, findOrganisationByDomain,
  findUserByEmail, listCases, listSites, setPasswordHash, transitionCaseRecord,
} from '@kinlink/store';
import { hashPassword } from '@kinlink/server';
import { demoDataset } from './dataset';
import { DEMO_ORGANISATIONS, DEMO_USERS } from './directory';

export interface DemoSummary {
  organisationsCreated: number;
  usersCreated: number;
  casesCreated: number;
  registrationsCreated: number;
  /** True when the records were already there and only accounts were refreshed. */
  alreadyLoaded: boolean;
}

interface Actor {
  userId: string | null;
  organisationId: string;
}

const audit = (db: KinlinkDb, actor: Actor, action: string, recordType: string, recordId: string, details: Record<string, unknown> = {}) =>
  appendAudit(db, {
    actorUserId: actor.userId, actorOrganisationId: actor.organisationId, action, recordType, recordId, ip: null, details: { ...details, via: 'demo' },
  });

/** Organisations, branches and sites: created when missing, never duplicated. */
async function ensureDirectory(db: KinlinkDb): Promise<{ orgIds: Map<string, string>; siteIds: Map<string, string>; created: number }> {
  const orgIds = new Map<string, string>();
  const siteIds = new Map<string, string>();
  let created = 0;
  for (const spec of DEMO_ORGANISATIONS) {
    let org = await findOrganisationByDomain(db, spec.idDomain);
    if (!org) {
      org = await db.transaction().execute(async (trx) => {
        const made = await createOrganisation(trx, {
          kind: spec.kind, name: spec.name, shortName: spec.shortName, country: spec.country, idDomain: spec.idDomain, branches: spec.branches,
        });
        await audit(trx, { userId: null, organisationId: made.id }, 'organisation.create', 'organisation', made.id, { name: made.name });
        return made;
      });
      created++;
    }
    orgIds.set(spec.key, org.id);
    const existing = await listSites(db, { organisationIds: [org.id], limit: 500 });
    for (const site of spec.sites) {
      const found = existing.items.find((s) => s.name === site.name);
      const id =
        found?.id ??
        (await db.transaction().execute(async (trx) => {
          const made = await createSite(trx, { organisationId: org.id, kind: site.kind, name: site.name, country: spec.country, place: site.place, latitude: site.latitude, longitude: site.longitude });
          await audit(trx, { userId: null, organisationId: org.id }, 'site.create', 'site', made.id, { name: made.name });
          return made.id;
        }));
      siteIds.set(site.name, id);
    }
  }
  return { orgIds, siteIds, created };
}

/** Demo accounts: created when missing; their password is (re)set to `password` on every run. */
async function ensureUsers(db: KinlinkDb, orgIds: Map<string, string>, password: string): Promise<{ userIds: Map<string, string>; created: number }> {
  const passwordHash = await hashPassword(password);
  const userIds = new Map<string, string>();
  let created = 0;
  for (const spec of DEMO_USERS) {
    const organisationId = orgIds.get(spec.organisation) as string;
    const existing = await findUserByEmail(db, spec.email);
    const id = await db.transaction().execute(async (trx) => {
      if (existing) {
        await setPasswordHash(trx, existing.id, passwordHash);
        await audit(trx, { userId: null, organisationId: existing.organisationId }, 'user.password_reset', 'user', existing.id);
        return existing.id;
      }
      const user = await createUser(trx, { email: spec.email, displayName: spec.displayName, role: spec.role, organisationId, language: spec.language, passwordHash });
      await audit(trx, { userId: null, organisationId }, 'user.create', 'user', user.id, { role: user.role });
      created++;
      return user.id;
    });
    userIds.set(spec.email, id);
  }
  return { userIds, created };
}

/**
 * Loads the demo into the database, idempotently: the directory and accounts are completed, the
 * synthetic cases and registrations are added only once.
 */
export async function loadDemo(db: KinlinkDb, cipher: FieldCipher, options: { password: string; seed?: number; cases?: number }): Promise<DemoSummary> {
  const { orgIds, siteIds, created: organisationsCreated } = await ensureDirectory(db);
  const { userIds, created: usersCreated } = await ensureUsers(db, orgIds, options.password);
  const marker = await listCases(db, { organisationIds: [orgIds.get('mk') as string], limit: 1 });
  if (marker.items.length > 0) {
    return { organisationsCreated, usersCreated, casesCreated: 0, registrationsCreated: 0, alreadyLoaded: true };
  }
  const dataset = demoDataset(options.seed, options.cases);
  const admin = userIds.get('admin@demo.kinlink') ?? null;
  let casesCreated = 0;
  for (const spec of dataset.cases) {
    const organisationId = orgIds.get(spec.organisation) as string;
    const officerId = spec.officer ? (userIds.get(spec.officer) ?? null) : null;
    const actor: Actor = { userId: officerId ?? (organisationId === orgIds.get('mk') ? admin : null), organisationId };
    const meta = { actorUserId: actor.userId, now: spec.openedAt };
    await db.transaction().execute(async (trx) => {
      const c = await createCase(trx, { organisationId, case: spec.input }, meta, cipher);
      await audit(trx, actor, 'case.create', 'case', c.id, { status: c.status });
      if (officerId) {
        await assignCase(trx, c.id, officerId, meta, cipher);
        await audit(trx, actor, 'case.assign', 'case', c.id, { to: officerId });
      }
      for (const action of spec.actions) {
        const outcome = await transitionCaseRecord(trx, c.id, action, {}, meta, cipher);
        if (!outcome.ok) throw new Error(`demo case transition failed: ${outcome.error.message}`);
        await audit(trx, actor, `case.${action.type}`, 'case', c.id, { to: outcome.case.status });
      }
      for (const note of spec.notes) {
        const entry = await addTimelineEntry(trx, c.id, note, meta);
        await audit(trx, actor, 'case.note', 'case', c.id, { entryId: entry.id });
      }
    });
    casesCreated++;
  }
  let registrationsCreated = 0;
  for (const spec of dataset.registrations) {
    const organisationId = orgIds.get(spec.organisation) as string;
    const officer = DEMO_USERS.find((u) => u.organisation === spec.organisation && u.role === 'tracing_officer');
    const actor: Actor = { userId: officer ? (userIds.get(officer.email) ?? null) : null, organisationId };
    await db.transaction().execute(async (trx) => {
      const r = await createRegistration(trx, { organisationId, registration: { ...spec.input, siteId: siteIds.get(spec.site) } }, { actorUserId: actor.userId }, cipher);
      await audit(trx, actor, 'registration.create', 'registration', r.id, { kind: r.kind });
    });
    registrationsCreated++;
  }
  return { organisationsCreated, usersCreated, casesCreated, registrationsCreated, alreadyLoaded: false };
}
