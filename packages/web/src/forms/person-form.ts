import type { PersonInput } from '@kinlink/core';
import { detectScript, type Script } from '@kinlink/names';

/** What a person's part of a form holds while being typed: plain strings, one per control. */
export interface PersonForm {
  given: string;
  family: string;
  father: string;
  grandfather: string;
  mother: string;
  other: string;
  sex: string;
  birthDate: string;
  estimatedAge: string;
  birthPlace: string;
  nationality: string;
  phone: string;
  lastKnownPlace: string;
}

export const NAME_FIELDS = ['given', 'family', 'father', 'grandfather', 'mother', 'other'] as const;
export type NameField = (typeof NAME_FIELDS)[number];

export function emptyPerson(): PersonForm {
  return {
    given: '', family: '', father: '', grandfather: '', mother: '', other: '', sex: '', birthDate: '',
    estimatedAge: '', birthPlace: '', nationality: '', phone: '', lastKnownPlace: '',
  };
}

const written = (value: string): { value: string; script?: Script }[] => {
  const v = value.trim();
  if (v === '') return [];
  const script = detectScript(v);
  return [{ value: v, ...(script !== 'empty' ? { script } : {}) }];
};

const optional = (value: string): string | undefined => (value.trim() === '' ? undefined : value.trim());

/**
 * The API's PersonInput from the form. Nothing is corrected: names are sent as typed (with the script they
 * are written in), empty fields are left out, the estimated age is dated today. Values that do not parse
 * (an age of "abc") are passed on as they are so that validation reports them next to the field.
 */
export function toPersonInput(form: PersonForm, today: string = new Date().toISOString().slice(0, 10)): PersonInput {
  const names = {
    given: written(form.given),
    family: written(form.family),
    father: written(form.father),
    grandfather: written(form.grandfather),
    mother: written(form.mother),
    other: written(form.other),
  };
  const input: PersonInput = { names };
  if (form.sex) input.sex = form.sex as PersonInput['sex'];
  if (optional(form.birthDate)) {
    input.birth = { kind: 'date', date: form.birthDate.trim() };
  } else if (optional(form.estimatedAge)) {
    const years = Number(form.estimatedAge.trim());
    input.birth = { kind: 'estimated_age', years: Number.isFinite(years) ? years : (form.estimatedAge as unknown as number), at: today };
  }
  const birthPlace = optional(form.birthPlace);
  if (birthPlace) input.birthPlace = birthPlace;
  const nationalities = form.nationality
    .split(/[,\s]+/)
    .map((n) => n.trim().toUpperCase())
    .filter((n) => n !== '');
  if (nationalities.length > 0) input.nationalities = nationalities;
  const phone = optional(form.phone);
  if (phone) input.phones = [{ number: phone }];
  const place = optional(form.lastKnownPlace);
  if (place) input.lastKnownPlaces = [{ place }];
  return input;
}

/** A stored person back into the form (for editing and for showing what was saved). */
export function fromPerson(person: Partial<PersonInput>): PersonForm {
  const first = (part: NameField) => person.names?.[part]?.map((n) => n.value).join(' ') ?? '';
  const birth = person.birth;
  return {
    given: first('given'),
    family: first('family'),
    father: first('father'),
    grandfather: first('grandfather'),
    mother: first('mother'),
    other: first('other'),
    sex: person.sex ?? '',
    birthDate: birth?.kind === 'date' ? birth.date : '',
    estimatedAge: birth?.kind === 'estimated_age' ? String(birth.years) : '',
    birthPlace: person.birthPlace ?? '',
    nationality: (person.nationalities ?? []).join(', '),
    phone: person.phones?.[0]?.number ?? '',
    lastKnownPlace: person.lastKnownPlaces?.[0]?.place ?? '',
  };
}

/**
 * Where an API field path lands in a person form: "names.family.0.value" → "family", "birth.date" →
 * "birthDate", "nationalities.1" → "nationality". The whole-names rule ("at least one name") lands on the
 * given name. Paths that are not about a person field come back unchanged.
 */
export function personFormPath(apiPath: string): string {
  return apiPath
    .replace(/(^|\.)names\.(given|family|father|grandfather|mother|other)(\.\d+(\.\w+)?)?$/, '$1$2')
    .replace(/(^|\.)names$/, '$1given')
    .replace(/(^|\.)birth\.(date|kind)$/, '$1birthDate')
    .replace(/(^|\.)birth\.(years|at)$/, '$1estimatedAge')
    .replace(/(^|\.)birth$/, '$1birthDate')
    .replace(/(^|\.)nationalities(\.\d+)?$/, '$1nationality')
    .replace(/(^|\.)phones(\.\d+(\.\w+)?)?$/, '$1phone')
    .replace(/(^|\.)lastKnownPlaces(\.\d+(\.\w+)?)?$/, '$1lastKnownPlace');
}
