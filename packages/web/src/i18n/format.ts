import type { CalendarCode, LanguageCode } from './languages';

/** Intl locale for a language and calendar, e.g. "fa-u-ca-gregory" (Persian defaults to its own calendar otherwise). */
export function intlLocale(language: LanguageCode, calendar: CalendarCode): string {
  return `${language}-u-ca-${calendar}`;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * Formats a partial date (YYYY, YYYY-MM or YYYY-MM-DD) with only the parts it has; anything else is
 * returned unchanged so that a half-typed value is never hidden.
 */
export function formatPartialDate(value: string, language: LanguageCode, calendar: CalendarCode): string {
  const m = PARTIAL_DATE.exec(value.trim());
  if (!m) return value;
  const [, y, mo, d] = m;
  const date = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1, 12));
  if (Number.isNaN(date.getTime())) return value;
  const options: Intl.DateTimeFormatOptions = d
    ? { year: 'numeric', month: 'long', day: 'numeric' }
    : mo
      ? { year: 'numeric', month: 'long' }
      : { year: 'numeric' };
  return new Intl.DateTimeFormat(intlLocale(language, calendar), { ...options, timeZone: 'UTC' }).format(date);
}

/** Date and time of an instant (ISO 8601 timestamp) in the user's time zone. */
export function formatDateTime(iso: string, language: LanguageCode, calendar: CalendarCode): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language, calendar), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

/** A calendar date (YYYY-MM-DD or a timestamp) without time. */
export function formatDate(iso: string, language: LanguageCode, calendar: CalendarCode): string {
  if (PARTIAL_DATE.test(iso.trim())) return formatPartialDate(iso, language, calendar);
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(intlLocale(language, calendar), { dateStyle: 'medium' }).format(date);
}

export function formatNumber(value: number, language: LanguageCode): string {
  return new Intl.NumberFormat(language).format(value);
}

/** A probability 0..1 as a percentage with at most one decimal. */
export function formatPercent(value: number, language: LanguageCode): string {
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}
