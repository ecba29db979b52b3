import type { PersonData } from '@kinlink/core';
import type { MatchRecord } from '@kinlink/match';

const first = (names: readonly { value: string }[]): string => names[0]?.value ?? '';

/** A stored person as the matching engine reads one (first written form of each name part). */
export function personToMatchRecord(id: string, person: Omit<PersonData, 'sensitive'>): MatchRecord {
  const birth = person.birth;
  return {
    id,
    givenName: first(person.names.given),
    familyName: first(person.names.family),
    fatherName: first(person.names.father),
    grandfatherName: first(person.names.grandfather),
    motherName: first(person.names.mother),
    sex: person.sex === 'male' ? 'M' : person.sex === 'female' ? 'F' : '',
    birthDate: birth?.kind === 'date' ? birth.date : '',
    estimatedAge: birth?.kind === 'estimated_age' ? { age: birth.years, at: birth.at } : null,
    birthPlace: person.birthPlace ?? '',
    nationality: person.nationalities[0] ?? '',
    address: person.lastKnownPlaces[0]?.place ?? '',
    documentNumber: person.documents[0]?.number ?? '',
    phone: person.phones[0]?.number ?? '',
  };
}
