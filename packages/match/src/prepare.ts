import { prepareName, tokenKeys } from '@kinlink/names';
import type { PreparedName } from '@kinlink/names';
import { birthDateFromEstimatedAge, parseBirthDate } from './birth-date';
import type { BirthDate } from './birth-date';
import { normalizeDocumentNumber } from './documents';
import { normalizeNationality } from './nationality';
import { normalizePhone } from './phones';
import type { Phone } from './phones';
import { preparePlace } from './places';
import type { PreparedPlace } from './places';
import type { MatchRecord } from './record';
import { parseSex } from './sex';
import type { Sex } from './sex';

/** A record parsed once for many comparisons. */
export interface PreparedRecord {
  readonly id: string;
  readonly record: MatchRecord;
  /** "given family" as one name (the engine recognises swapped order and lineage prefixes). */
  readonly name: PreparedName | null;
  /** given father grandfather family, only when a father's or grandfather's name is known. */
  readonly lineage: PreparedName | null;
  readonly given: PreparedName | null;
  readonly family: PreparedName | null;
  readonly father: PreparedName | null;
  readonly grandfather: PreparedName | null;
  readonly mother: PreparedName | null;
  /** Canonical keys of the name units of given + family (term frequencies, blocking). */
  readonly nameTokens: readonly string[];
  readonly fatherTokens: readonly string[];
  readonly sex: Sex | null;
  readonly birthDate: BirthDate | null;
  readonly birthPlace: PreparedPlace | null;
  readonly nationality: string | null;
  readonly address: PreparedPlace | null;
  readonly document: string | null;
  readonly phone: Phone | null;
}

function text(value: string | null | undefined): string {
  return (value ?? '').trim();
}

function nameOf(...parts: (string | null | undefined)[]): PreparedName | null {
  const joined = parts.map(text).filter((p) => p !== '').join(' ');
  return joined === '' ? null : prepareName(joined);
}

function birthDateOf(record: MatchRecord): BirthDate | null {
  const parsed = parseBirthDate(record.birthDate);
  if (parsed || !record.estimatedAge) return parsed;
  return birthDateFromEstimatedAge(record.estimatedAge.age, record.estimatedAge.at);
}

export function prepareRecord(record: MatchRecord): PreparedRecord {
  const name = nameOf(record.givenName, record.familyName);
  const hasLineage = text(record.fatherName) !== '' || text(record.grandfatherName) !== '';
  const nationality = normalizeNationality(record.nationality);
  const father = nameOf(record.fatherName);
  return {
    id: record.id,
    record,
    name,
    lineage: hasLineage ? nameOf(record.givenName, record.fatherName, record.grandfatherName, record.familyName) : null,
    given: nameOf(record.givenName),
    family: nameOf(record.familyName),
    father,
    grandfather: nameOf(record.grandfatherName),
    mother: nameOf(record.motherName),
    nameTokens: name ? tokenKeys(name) : [],
    fatherTokens: father ? tokenKeys(father) : [],
    sex: parseSex(record.sex),
    birthDate: birthDateOf(record),
    birthPlace: preparePlace(record.birthPlace),
    nationality,
    address: preparePlace(record.address),
    document: normalizeDocumentNumber(record.documentNumber),
    phone: normalizePhone(record.phone, nationality && nationality.length === 3 ? nationality : null),
  };
}
