import { z } from 'zod';

/** A trimmed, non-empty string of at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1).max(max);

/** Record id: uuid v7, or `domain/local-id` (PFIF style) for person, case and registration records. */
export const Id = z.string().min(1).max(200).regex(/^[A-Za-z0-9._~:/-]+$/, 'invalid id');
export type Id = z.infer<typeof Id>;

/** ISO 3166-1 alpha-2 or alpha-3 code, upper case (`MK`, `MKD`; `XXA` = stateless). */
export const CountryCode = z.string().regex(/^[A-Z]{2,3}$/, 'expected an ISO 3166-1 alpha-2 or alpha-3 code, e.g. MK or MKD');
export type CountryCode = z.infer<typeof CountryCode>;

/** A language as a BCP 47 tag (`ar`, `fa-AF`, `sr-Latn`). */
export const LanguageTag = z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$/, 'expected a language tag, e.g. ar, fa-AF, sr-Latn');
export type LanguageTag = z.infer<typeof LanguageTag>;

/** Instant in ISO 8601 with a zone (stored as UTC `…Z`). */
export const Timestamp = z.iso.datetime({ offset: true });
export type Timestamp = z.infer<typeof Timestamp>;

const daysInMonth = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** True when `value` is `YYYY`, `YYYY-MM` or `YYYY-MM-DD` naming a real year, month and day. */
export function isPartialDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  if (year < 1850 || year > 2200) return false;
  if (match[2] === undefined) return true;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return false;
  if (match[3] === undefined) return true;
  const day = Number(match[3]);
  return day >= 1 && day <= daysInMonth(year, month);
}

/** A date known to the year, the month or the day: `1990`, `1990-03`, `1990-03-21`. */
export const PartialDate = z.string().refine(isPartialDate, 'expected a date as YYYY, YYYY-MM or YYYY-MM-DD');
export type PartialDate = z.infer<typeof PartialDate>;

/** A full calendar date `YYYY-MM-DD`. */
export const CalendarDate = z.string().refine((v) => /^\d{4}-\d{2}-\d{2}$/.test(v) && isPartialDate(v), 'expected a date as YYYY-MM-DD');
export type CalendarDate = z.infer<typeof CalendarDate>;

export const Email = z.email().max(320);

/** A phone number as told: digits with optional leading +, spaces, dashes, dots, brackets. */
export const PhoneNumber = z.string().trim().regex(/^\+?[0-9][0-9 ().-]{2,29}$/, 'expected a phone number such as +389 70 123 456');

/** Record id domain of an organisation, like `mk.redcross.example`. */
export const IdDomain = z
  .string()
  .max(100)
  .regex(/^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$/, 'expected a lower-case domain such as mk.redcross.example');
export type IdDomain = z.infer<typeof IdDomain>;
