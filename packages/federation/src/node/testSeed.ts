import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { recordConsent, type KinlinkDb } from '@kinlink/store';

/* Test-only seeding of a kinlink database through its tables (the store's repositories are not exported yet). */

const stamp = (): string => new Date().toISOString();

export async function seedOrganisation(db: KinlinkDb, id: string, country: string): Promise<void> {
  await db.insertInto('organisations').values({ id, kind: 'national_society', name: `Red Cross ${country}`, short_name: null, country, id_domain: `${id}.example`, created_at: stamp(), updated_at: stamp() }).execute();
}

/** A tracing officer with an API token; returns the bearer token. */
export async function seedOfficer(db: KinlinkDb, organisationId: string): Promise<string> {
  const userId = randomUUID();
  await db
    .insertInto('users')
    .values({ id: userId, email: `officer.${userId.slice(0, 8)}@${organisationId}.example`, display_name: 'Tracing Officer', role: 'tracing_officer', organisation_id: organisationId, branch_id: null, language: 'en', password_hash: null, totp_secret: null, totp_last_step: null, locked_until: null, last_login_at: null, created_at: stamp(), updated_at: stamp() })
    .execute();
  const token = `klt_${randomBytes(32).toString('base64url')}`;
  await db
    .insertInto('api_tokens')
    .values({ id: randomUUID(), token_hash: createHash('sha256').update(token, 'utf8').digest('hex'), name: 'federation test', user_id: userId, created_at: stamp(), expires_at: null, last_used_at: null, revoked_at: null })
    .execute();
  return token;
}

export interface SeedPerson {
  given: string;
  family: string;
  sex: 'male' | 'female';
  birthYear: number;
  script: string;
}

export async function seedPerson(db: KinlinkDb, organisationId: string, person: SeedPerson): Promise<string> {
  const id = `${organisationId}.example/${randomUUID()}`;
  await db
    .insertInto('persons')
    .values({ id, organisation_id: organisationId, sex: person.sex, birth_date: String(person.birthYear), birth_year: person.birthYear, nationality: 'SYR', data: '{}', sensitive: null, created_by: null, created_at: stamp(), updated_at: stamp() })
    .execute();
  await db
    .insertInto('person_names')
    .values([
      { person_id: id, part: 'given', position: 0, value: person.given, script: person.script },
      { person_id: id, part: 'family', position: 0, value: person.family, script: person.script },
    ])
    .execute();
  return id;
}

/** An open tracing case: the enquirer looks for one sought person. Returns the case and sought person ids. */
export async function seedCase(db: KinlinkDb, organisationId: string, enquirer: SeedPerson, sought: SeedPerson, relationship: string): Promise<{ caseId: string; soughtId: string; enquirerId: string }> {
  const enquirerId = await seedPerson(db, organisationId, enquirer);
  const soughtId = await seedPerson(db, organisationId, sought);
  const caseId = `${organisationId}.example/${randomUUID()}`;
  await db
    .insertInto('cases')
    .values({
      id: caseId,
      organisation_id: organisationId,
      branch_id: null,
      enquirer_person_id: enquirerId,
      status: 'open',
      track: 'desk',
      closure_reason: null,
      priorities: '[]',
      separation: JSON.stringify({ date: '2016-02', place: 'Idomeni', country: 'GR', cause: 'border_crossing' }),
      last_news: null,
      assigned_officer_id: null,
      created_by: null,
      created_at: stamp(),
      updated_at: stamp(),
      closed_at: null,
    })
    .execute();
  await db.insertInto('case_sought_persons').values({ case_id: caseId, person_id: soughtId, position: 0, relationship, tracing_status: 'sought' }).execute();
  return { caseId, soughtId, enquirerId };
}

export async function seedRegistration(db: KinlinkDb, organisationId: string, person: SeedPerson): Promise<string> {
  const personId = await seedPerson(db, organisationId, person);
  await db
    .insertInto('registrations')
    .values({ id: `${organisationId}.example/${randomUUID()}`, organisation_id: organisationId, site_id: null, kind: 'safe_and_well', person_id: personId, case_id: null, data: '{}', registered_at: stamp(), created_by: null, created_at: stamp(), updated_at: stamp() })
    .execute();
  return personId;
}

/** A consent decision given orally in Arabic, through the store's consents repository. Returns the consent id. */
export async function seedConsent(db: KinlinkDb, organisationId: string, personId: string, purpose: 'share_red_cross_network' | 'disclose_whereabouts_to_enquirer', decision: 'given' | 'refused' = 'given'): Promise<string> {
  const consent = await recordConsent(db, { organisationId, consent: { personId, purpose, decision, givenBy: 'self', givenAt: stamp(), language: 'ar', method: 'oral' } });
  return consent.id;
}
