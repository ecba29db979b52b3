import { z } from 'zod';
import { CalendarDate, CountryCode, Id, LanguageTag, PartialDate, PhoneNumber, Timestamp, text } from './primitives';

/** Writing system of a name as written; same values as `Script` of @kinlink/names. */
export const NameScript = z.enum([
  'arabic', 'cyrillic', 'latin', 'ethiopic', 'greek', 'bengali', 'gurmukhi', 'devanagari', 'armenian', 'other', 'mixed', 'empty',
]);
export type NameScript = z.infer<typeof NameScript>;

/** One name exactly as written (never corrected), and the script it is written in. */
export const WrittenName = z.strictObject({
  value: text(200),
  script: NameScript.optional(),
});
export type WrittenName = z.infer<typeof WrittenName>;

export const NAME_PARTS = ['given', 'family', 'father', 'grandfather', 'mother', 'other'] as const;
export type NamePart = (typeof NAME_PARTS)[number];

const writtenNames = z.array(WrittenName).max(10).default([]);

/**
 * A person's names by part. Each part may hold several written forms (the same name in Arabic and
 * Latin script as told, or on different documents). `other` holds aliases and nicknames.
 */
export const PersonNames = z
  .strictObject({
    given: writtenNames,
    family: writtenNames,
    father: writtenNames,
    grandfather: writtenNames,
    mother: writtenNames,
    other: writtenNames,
  })
  .refine((names) => NAME_PARTS.some((part) => names[part].length > 0), 'at least one name is required');
export type PersonNames = z.infer<typeof PersonNames>;

export const Sex = z.enum(['male', 'female', 'other', 'unknown']);
export type Sex = z.infer<typeof Sex>;

/** A birth date as known (year, year-month or full) or an age estimated at a given date. */
export const Birth = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('date'), date: PartialDate }),
  z.strictObject({ kind: z.literal('estimated_age'), years: z.number().int().min(0).max(130), at: CalendarDate }),
]);
export type Birth = z.infer<typeof Birth>;

export const DocumentType = z.enum(['passport', 'national_id', 'travel_document', 'birth_certificate', 'registration_card', 'other']);
export const PersonDocument = z.strictObject({
  type: DocumentType,
  number: text(100),
  issuingCountry: CountryCode.optional(),
  note: text(500).optional(),
});
export type PersonDocument = z.infer<typeof PersonDocument>;

export const Phone = z.strictObject({
  number: PhoneNumber,
  kind: z.enum(['mobile', 'landline', 'messaging']).optional(),
  note: text(200).optional(),
});
export type Phone = z.infer<typeof Phone>;

export const KnownPlace = z.strictObject({
  place: text(300),
  country: CountryCode.optional(),
  date: PartialDate.optional(),
  note: text(500).optional(),
});
export type KnownPlace = z.infer<typeof KnownPlace>;

/** Vulnerability flags that are not sensitive in themselves (those that are live in `sensitive`). */
export const Vulnerability = z.enum([
  'unaccompanied_child', 'separated_child', 'elderly', 'disability', 'pregnant', 'single_caregiver', 'serious_medical_need',
]);
export type Vulnerability = z.infer<typeof Vulnerability>;

export const ProtectionIndicator = z.enum(['trafficking', 'violence', 'exploitation', 'detention', 'missing_in_custody']);

/**
 * Sensitive data (DESIGN rule 3): tagged by living here, masked by default, visible to restricted roles,
 * encrypted at rest when a key is configured, excluded from exports unless explicitly included.
 */
export const SensitiveData = z.strictObject({
  ethnicity: text(200).optional(),
  religion: text(200).optional(),
  health: text(2000).optional(),
  detention: text(2000).optional(),
  protectionIndicators: z.array(ProtectionIndicator).max(10).optional(),
  /** Reference to a stored photo (restricted). */
  photoRef: text(500).optional(),
  notes: text(4000).optional(),
});
export type SensitiveData = z.infer<typeof SensitiveData>;
export const SENSITIVE_FIELDS = SensitiveData.keyof().options;
export type SensitiveField = (typeof SENSITIVE_FIELDS)[number];

/** For a child: guardian and best-interests flag (DESIGN rule 4). */
export const ChildProtection = z.strictObject({
  bestInterestsFlag: z.boolean().default(false),
  guardian: z
    .strictObject({ name: text(200), relationship: text(100), phone: PhoneNumber.optional() })
    .optional(),
});
export type ChildProtection = z.infer<typeof ChildProtection>;

/** Identity as told, never "corrected". Every field but the names is optional (data minimisation). */
export const PersonInput = z.strictObject({
  names: PersonNames,
  sex: Sex.optional(),
  birth: Birth.optional(),
  birthPlace: text(300).optional(),
  nationalities: z.array(CountryCode).max(5).default([]),
  languages: z.array(LanguageTag).max(10).default([]),
  documents: z.array(PersonDocument).max(10).default([]),
  phones: z.array(Phone).max(10).default([]),
  lastKnownPlaces: z.array(KnownPlace).max(20).default([]),
  vulnerabilities: z.array(Vulnerability).max(10).default([]),
  child: ChildProtection.optional(),
  sensitive: SensitiveData.optional(),
});
export type PersonInput = z.input<typeof PersonInput>;
export type PersonData = z.infer<typeof PersonInput>;

export const PersonUpdate = PersonInput.partial();
export type PersonUpdate = z.input<typeof PersonUpdate>;

export const Person = PersonInput.extend({
  id: Id,
  organisationId: Id,
  version: z.number().int().min(1),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type Person = z.infer<typeof Person>;

/** Fields that reveal where a person is or how to reach them (DESIGN rule 1). */
export const WHEREABOUTS_FIELDS = ['phones', 'lastKnownPlaces'] as const;

/** Year of birth implied by a birth (for the estimated age: the year at the estimate minus the age). */
export function birthYear(birth: Birth | undefined): number | null {
  if (!birth) return null;
  if (birth.kind === 'date') return Number(birth.date.slice(0, 4));
  return Number(birth.at.slice(0, 4)) - birth.years;
}

