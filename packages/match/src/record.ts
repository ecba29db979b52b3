/** A person as the matching engine sees one: every field optional, names as written in any script. */
export interface MatchRecord {
  readonly id: string;
  readonly givenName?: string | null;
  readonly familyName?: string | null;
  readonly fatherName?: string | null;
  readonly grandfatherName?: string | null;
  readonly motherName?: string | null;
  /** M / F (or the word in a route language). */
  readonly sex?: string | null;
  /** YYYY, YYYY-MM or YYYY-MM-DD; 1 January is read as year only. */
  readonly birthDate?: string | null;
  /** Used when no birth date is known: an age estimated at a date. */
  readonly estimatedAge?: { readonly age: number; readonly at: string } | null;
  readonly birthPlace?: string | null;
  /** ISO alpha-3 or a country name in any script. */
  readonly nationality?: string | null;
  /** Last known place or address. */
  readonly address?: string | null;
  readonly documentNumber?: string | null;
  readonly phone?: string | null;
}

/** CSV column (DESIGN.md's `kinlink link` interface) → record property. */
export const CSV_COLUMNS = {
  id: 'id',
  given_name: 'givenName',
  family_name: 'familyName',
  father_name: 'fatherName',
  grandfather_name: 'grandfatherName',
  mother_name: 'motherName',
  sex: 'sex',
  birth_date: 'birthDate',
  birth_place: 'birthPlace',
  nationality: 'nationality',
  address: 'address',
  document_number: 'documentNumber',
  phone: 'phone',
} as const satisfies Record<string, keyof MatchRecord>;

export type CsvColumn = keyof typeof CSV_COLUMNS;
