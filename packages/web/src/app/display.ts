import type { TFunction } from 'i18next';

interface Named {
  names?: Partial<Record<'given' | 'family' | 'father' | 'grandfather' | 'mother' | 'other', ReadonlyArray<{ value: string }>>>;
}

/** A person's name for lists: given, father's and family name as written (the first written form of each). */
export function personName(person: Named | null | undefined): string {
  if (!person?.names) return '—';
  const n = person.names;
  const parts = [n.given?.[0]?.value, n.father?.[0]?.value, n.family?.[0]?.value].filter((p): p is string => !!p);
  if (parts.length === 0) {
    const any = n.other?.[0]?.value ?? n.grandfather?.[0]?.value ?? n.mother?.[0]?.value;
    return any ?? '—';
  }
  return parts.join(' ');
}

/** The short, human part of a record id `domain/local-id`. */
export function shortReference(id: string): string {
  const slash = id.lastIndexOf('/');
  const local = slash >= 0 ? id.slice(slash + 1) : id;
  // uuid v7 begins with the time, shared by records made together: the random end tells them apart.
  const compact = local.replace(/-/g, '');
  return compact.length > 12 ? compact.slice(-8).toUpperCase() : local;
}

const PERSON_LABELS: Record<string, string> = {
  given: 'person.givenName',
  family: 'person.familyName',
  father: 'person.fatherName',
  grandfather: 'person.grandfatherName',
  mother: 'person.motherName',
  other: 'person.otherNames',
  sex: 'person.sex',
  birthDate: 'person.birthDate',
  estimatedAge: 'person.estimatedAge',
  birthPlace: 'person.birthPlace',
  nationality: 'person.nationality',
  phone: 'person.phone',
  lastKnownPlace: 'person.lastKnownPlace',
  relationship: 'caseForm.relationship',
  'separation.date': 'caseForm.separationDate',
  'separation.place': 'caseForm.separationPlace',
  'separation.cause': 'caseForm.separationCause',
  'separation.circumstances': 'caseForm.separationCause',
  'lastNews.date': 'caseForm.lastNewsDate',
  'lastNews.content': 'caseForm.lastNewsContent',
  priorities: 'caseForm.priority',
  siteId: 'registration.site',
  message: 'registration.message',
  'referral.referredTo': 'registration.referredTo',
  'referral.reference': 'registration.referralReference',
  kind: 'registration.kind',
};

/** The label of the field at a form path, with the section it is in ("Sought person 2 — Family name"). */
export function fieldLabel(t: TFunction, path: string): string {
  const sought = /^sought\.(\d+)\.(?:person\.)?(.+)$/.exec(path);
  if (sought) return `${t('caseForm.soughtPerson', { n: Number(sought[1]) + 1 })} — ${fieldLabel(t, sought[2] as string)}`;
  const enquirer = /^enquirer\.(.+)$/.exec(path);
  if (enquirer) return `${t('caseForm.enquirer')} — ${fieldLabel(t, enquirer[1] as string)}`;
  const person = /^person\.(.+)$/.exec(path);
  if (person) return fieldLabel(t, person[1] as string);
  const key = PERSON_LABELS[path];
  return key ? t(key) : path;
}

/**
 * The app's URL of a record. Ids are `domain/local-id`; the slash stays a path separator (each part
 * encoded) so that the URL's last segment is the local id, which the server serves as a page.
 */
export function recordPath(prefix: 'cases' | 'matches' | 'registrations', id: string): string {
  return `/${prefix}/${id.split('/').map(encodeURIComponent).join('/')}`;
}

/** The review page of a match; the API lists matches by case, so the case goes along. */
export function matchPath(matchId: string, caseId: string | null): string {
  return `${recordPath('matches', matchId)}${caseId ? `?case=${encodeURIComponent(caseId)}` : ''}`;
}

/** The name of the person with this id among a case's enquirer and sought persons. */
export function nameInCase(
  c: { enquirer: { id: string } & Named; sought: ReadonlyArray<{ person: { id: string } & Named }> },
  personId: string,
): string | undefined {
  if (c.enquirer.id === personId) return personName(c.enquirer);
  const s = c.sought.find((x) => x.person.id === personId);
  return s ? personName(s.person) : undefined;
}
