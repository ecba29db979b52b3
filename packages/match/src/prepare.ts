import { nameKeysFromUnitKeys, prepareName, readingKeys, tokenKeys } from '@kinlink/names';
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

function text(value: string | null | undefined): string {
  return (value ?? '').trim();
}

/**
 * Prepared names by text, remembered up to a bound: a search parses the names of the candidates it scores
 * in full, and given and family names (alone and together) come back candidate after candidate — the
 * name engine's own cache is a few thousand names, too few for a registry of a million.
 */
const PREPARED_NAMES_LIMIT = 50_000;
const preparedNames = new Map<string, PreparedName>();

function nameOf(...parts: (string | null | undefined)[]): PreparedName | null {
  const joined = parts.map(text).filter((p) => p !== '').join(' ');
  if (joined === '') return null;
  let name = preparedNames.get(joined);
  if (name === undefined) {
    if (preparedNames.size >= PREPARED_NAMES_LIMIT) preparedNames.clear();
    name = prepareName(joined);
    preparedNames.set(joined, name);
  }
  return name;
}

function birthDateOf(record: MatchRecord): BirthDate | null {
  const parsed = parseBirthDate(record.birthDate);
  if (parsed || !record.estimatedAge) return parsed;
  return birthDateFromEstimatedAge(record.estimatedAge.age, record.estimatedAge.at);
}

/** The unit keys of one name field and the keys of its units' other readings (see `readingKeys` of @kinlink/names). */
interface FieldKeys {
  readonly units: readonly string[];
  readonly readings: readonly string[];
}
const FIELD_KEYS_LIMIT = 200_000;
const fieldKeysCache = new Map<string, FieldKeys>();
const NO_KEYS: FieldKeys = { units: [], readings: [] };

/** The keys of one name field, remembered (given and family names repeat across a registry), up to a bound. */
function fieldKeysOf(value: string | null | undefined): FieldKeys {
  const t = text(value);
  if (t === '') return NO_KEYS;
  let keys = fieldKeysCache.get(t);
  if (keys === undefined) {
    if (fieldKeysCache.size >= FIELD_KEYS_LIMIT) fieldKeysCache.clear();
    const prepared = prepareName(t);
    keys = { units: tokenKeys(prepared), readings: readingKeys(prepared) };
    fieldKeysCache.set(t, keys);
  }
  return keys;
}
const unitKeysOf = (value: string | null | undefined): readonly string[] => fieldKeysOf(value).units;

const UNSET = Symbol('unset');
type Lazy<T> = T | typeof UNSET;

/**
 * A record parsed once for many comparisons. The cheap comparisons' fields are parsed at once; name keys
 * (blocking, term frequencies: from a cache per field) and the names compared in full are parsed on first
 * use (a candidate scored in full needs no keys, and an index of a million scores only a few per search).
 */
export class PreparedRecord {
  readonly id: string;
  readonly sex: Sex | null;
  readonly birthDate: BirthDate | null;
  readonly birthPlace: PreparedPlace | null;
  readonly nationality: string | null;
  readonly address: PreparedPlace | null;
  readonly document: string | null;
  readonly phone: Phone | null;
  private wholeName: Lazy<PreparedName | null> = UNSET;
  private fatherName: Lazy<PreparedName | null> = UNSET;
  private lineageName: Lazy<PreparedName | null> = UNSET;
  private givenName: Lazy<PreparedName | null> = UNSET;
  private familyName: Lazy<PreparedName | null> = UNSET;
  private grandfatherName: Lazy<PreparedName | null> = UNSET;
  private motherName: Lazy<PreparedName | null> = UNSET;
  private unitKeys: Lazy<readonly string[]> = UNSET;
  private wholeNameKeys: Lazy<readonly string[]> = UNSET;
  private fatherUnitKeys: Lazy<readonly string[]> = UNSET;

  constructor(readonly record: MatchRecord) {
    this.id = record.id;
    this.sex = parseSex(record.sex);
    this.birthDate = birthDateOf(record);
    this.birthPlace = preparePlace(record.birthPlace);
    this.nationality = normalizeNationality(record.nationality);
    this.address = preparePlace(record.address);
    this.document = normalizeDocumentNumber(record.documentNumber);
    const country = this.nationality && this.nationality.length === 3 ? this.nationality : null;
    this.phone = normalizePhone(record.phone, country);
  }

  /** Canonical keys of the name units of given + family (term frequencies, blocking). */
  get nameTokens(): readonly string[] {
    // Keys come from each field's (cached) unit keys; the whole names are parsed only when compared.
    if (this.unitKeys === UNSET) this.unitKeys = [...unitKeysOf(this.record.givenName), ...unitKeysOf(this.record.familyName)];
    return this.unitKeys;
  }

  /** The name engine's blocking keys of "given family". */
  get nameKeys(): readonly string[] {
    if (this.wholeNameKeys === UNSET) {
      const units = this.nameTokens;
      const readings = [...fieldKeysOf(this.record.givenName).readings, ...fieldKeysOf(this.record.familyName).readings];
      this.wholeNameKeys = units.length > 0 ? nameKeysFromUnitKeys(units, readings).filter((k) => k !== '') : [];
    }
    return this.wholeNameKeys;
  }

  get fatherTokens(): readonly string[] {
    if (this.fatherUnitKeys === UNSET) this.fatherUnitKeys = unitKeysOf(this.record.fatherName);
    return this.fatherUnitKeys;
  }

  /** "given family" as one name (the engine recognises swapped order and lineage prefixes). */
  get name(): PreparedName | null {
    if (this.wholeName === UNSET) this.wholeName = nameOf(this.record.givenName, this.record.familyName);
    return this.wholeName;
  }

  get father(): PreparedName | null {
    if (this.fatherName === UNSET) this.fatherName = nameOf(this.record.fatherName);
    return this.fatherName;
  }

  /** given father grandfather family, only when a father's or grandfather's name is known. */
  get lineage(): PreparedName | null {
    if (this.lineageName === UNSET) {
      const r = this.record;
      const hasLineage = text(r.fatherName) !== '' || text(r.grandfatherName) !== '';
      this.lineageName = hasLineage ? nameOf(r.givenName, r.fatherName, r.grandfatherName, r.familyName) : null;
    }
    return this.lineageName;
  }

  get given(): PreparedName | null {
    if (this.givenName === UNSET) this.givenName = nameOf(this.record.givenName);
    return this.givenName;
  }

  get family(): PreparedName | null {
    if (this.familyName === UNSET) this.familyName = nameOf(this.record.familyName);
    return this.familyName;
  }

  get grandfather(): PreparedName | null {
    if (this.grandfatherName === UNSET) this.grandfatherName = nameOf(this.record.grandfatherName);
    return this.grandfatherName;
  }

  get mother(): PreparedName | null {
    if (this.motherName === UNSET) this.motherName = nameOf(this.record.motherName);
    return this.motherName;
  }
}

export function prepareRecord(record: MatchRecord): PreparedRecord {
  return new PreparedRecord(record);
}
