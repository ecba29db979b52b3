import { CALENDARS, isCalendar, matchLanguage, type CalendarCode, type LanguageCode } from './languages';

const LANGUAGE_KEY = 'kinlink.language';
const CALENDAR_KEY = 'kinlink.calendar';

function read(key: string): string | null {
  try {
    return globalThis.localStorage?.getItem(key) ?? null;
  } catch {
    return null; // storage disabled (private mode, policy): fall back to defaults
  }
}

function write(key: string, value: string): void {
  try {
    globalThis.localStorage?.setItem(key, value);
  } catch {
    /* storage disabled: the choice lasts for this page only */
  }
}

export interface LanguageSources {
  /** `?lang=` of the current URL. */
  query: string | null;
  /** What this browser remembered. */
  stored: string | null;
  /** navigator.languages */
  browser: readonly string[];
}

/** The URL wins, then what the user chose before, then the browser's languages, then English. */
export function chooseLanguage(sources: LanguageSources): LanguageCode {
  return (
    matchLanguage(sources.query) ??
    matchLanguage(sources.stored) ??
    sources.browser.map((tag) => matchLanguage(tag)).find((code) => code !== undefined) ??
    'en'
  );
}

export function initialLanguage(): LanguageCode {
  return chooseLanguage({
    query: new URLSearchParams(globalThis.location?.search ?? '').get('lang'),
    stored: read(LANGUAGE_KEY),
    browser: globalThis.navigator?.languages ?? [],
  });
}

export function rememberLanguage(code: LanguageCode): void {
  write(LANGUAGE_KEY, code);
}

/** The language a given user chose in this browser (a shared tablet keeps each volunteer's choice). */
export function rememberedLanguageOf(userId: string): LanguageCode | undefined {
  return matchLanguage(read(`${LANGUAGE_KEY}.${userId}`));
}

export function rememberLanguageOf(userId: string, code: LanguageCode): void {
  write(`${LANGUAGE_KEY}.${userId}`, code);
}

export function initialCalendar(): CalendarCode {
  const stored = read(CALENDAR_KEY);
  return isCalendar(stored) ? stored : (CALENDARS[0] as CalendarCode);
}

export function rememberCalendar(calendar: CalendarCode): void {
  write(CALENDAR_KEY, calendar);
}
