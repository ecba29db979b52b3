/**
 * Birth dates as told: partial (YYYY, YYYY-MM, YYYY-MM-DD), placeholders (1 January when nobody knew),
 * or an age estimated at a date. Everything becomes a range of possible birth years plus what is known.
 */
export interface BirthDate {
  readonly yearMin: number;
  readonly yearMax: number;
  /** Month and day only when really known (a 1 January placeholder keeps neither). */
  readonly month?: number;
  readonly day?: number;
  /** The written date was 1 January / 01-01, treated as "year only". */
  readonly placeholder: boolean;
  /** Compact form of a fully known date (YYYYMMDD) for near-miss comparison, else undefined. */
  readonly digits?: string;
}

const ISO = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?$/;
const COMPACT = /^(\d{4})(\d{2})(\d{2})$/;
const DAY_FIRST = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

function valid(year: number, month?: number, day?: number): boolean {
  if (year < 1850 || year > 2100) return false;
  if (month !== undefined && (month < 1 || month > 12)) return false;
  if (day !== undefined && (day < 1 || day > 31)) return false;
  return true;
}

function build(year: number, month?: number, day?: number): BirthDate {
  if (month === 1 && day === 1) return { yearMin: year, yearMax: year, placeholder: true };
  if (month === undefined) return { yearMin: year, yearMax: year, placeholder: false };
  if (day === undefined) return { yearMin: year, yearMax: year, month, placeholder: false };
  const digits = `${year}${String(month).padStart(2, '0')}${String(day).padStart(2, '0')}`;
  return { yearMin: year, yearMax: year, month, day, placeholder: false, digits };
}

/** Parses YYYY, YYYY-MM, YYYY-MM-DD (also / or . separators), YYYYMMDD and DD.MM.YYYY. Empty → null. */
export function parseBirthDate(text: string | undefined | null): BirthDate | null {
  const t = (text ?? '').trim();
  if (t === '') return null;
  let m = ISO.exec(t);
  if (m) {
    const year = Number(m[1]);
    const month = m[2] === undefined ? undefined : Number(m[2]);
    const day = m[3] === undefined ? undefined : Number(m[3]);
    // 0 for an unknown month or day is a common way of writing "not known".
    const knownMonth = month === 0 ? undefined : month;
    const knownDay = day === 0 || knownMonth === undefined ? undefined : day;
    return valid(year, knownMonth, knownDay) ? build(year, knownMonth, knownDay) : null;
  }
  m = COMPACT.exec(t);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    const knownMonth = month === 0 ? undefined : month;
    const knownDay = day === 0 || knownMonth === undefined ? undefined : day;
    return valid(year, knownMonth, knownDay) ? build(year, knownMonth, knownDay) : null;
  }
  m = DAY_FIRST.exec(t);
  if (m) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return valid(year, month, day) ? build(year, month, day) : null;
  }
  return null;
}

/** Like parseBirthDate but tells what is wrong: for validating user input (CSV, API). */
export function parseBirthDateStrict(text: string): BirthDate | null {
  if (text.trim() === '') return null;
  const parsed = parseBirthDate(text);
  if (!parsed) throw new Error(`not a birth date: "${text}" (expected YYYY, YYYY-MM or YYYY-MM-DD)`);
  return parsed;
}

/**
 * An age estimated at a date ("about 30 in 2016") → the birth years it allows. The age was counted on
 * `at`, so the birthday may or may not have passed (one year of spread) plus the estimate's own tolerance.
 */
export function birthDateFromEstimatedAge(age: number, at: string | Date, toleranceYears = 1): BirthDate {
  if (!Number.isFinite(age) || age < 0 || age > 130) throw new Error(`not an age: ${age}`);
  const atYear = typeof at === 'string' ? parseBirthDate(at)?.yearMin : at.getUTCFullYear();
  if (atYear === undefined) throw new Error(`not a date for the estimated age: "${String(at)}"`);
  const born = atYear - Math.round(age);
  return { yearMin: born - 1 - toleranceYears, yearMax: born + toleranceYears, placeholder: false };
}

/** Years between two ranges (0 when they overlap). */
export function yearGap(a: BirthDate, b: BirthDate): number {
  if (a.yearMax < b.yearMin) return b.yearMin - a.yearMax;
  if (b.yearMax < a.yearMin) return a.yearMin - b.yearMax;
  return 0;
}

export type BirthDateLevel = 'exact' | 'near' | 'year-month' | 'year' | 'within-1' | 'within-5' | 'different';

function nearMiss(a: BirthDate, b: BirthDate): boolean {
  if (!a.digits || !b.digits) return false;
  if (a.month === b.day && a.day === b.month && a.yearMin === b.yearMin) return true; // day and month swapped
  let diff = 0;
  for (let i = 0; i < 8; i++) if (a.digits[i] !== b.digits[i]) diff++;
  if (diff <= 1) return true;
  // two adjacent digits transposed
  for (let i = 0; i < 7; i++) {
    if (a.digits[i] !== b.digits[i] && a.digits[i] === b.digits[i + 1] && a.digits[i + 1] === b.digits[i]) {
      return a.digits.slice(0, i) + a.digits.slice(i + 2) === b.digits.slice(0, i) + b.digits.slice(i + 2);
    }
  }
  return false;
}

/** The comparison level of two birth dates; null when either is unknown. */
export function compareBirthDates(a: BirthDate | null, b: BirthDate | null): BirthDateLevel | null {
  if (!a || !b) return null;
  if (a.digits && a.digits === b.digits) return 'exact';
  const singleYear = a.yearMin === a.yearMax && b.yearMin === b.yearMax;
  if (singleYear && a.yearMin === b.yearMin) {
    if (a.month !== undefined && a.month === b.month) return 'year-month';
    if (nearMiss(a, b)) return 'near';
    return 'year';
  }
  if (nearMiss(a, b)) return 'near';
  const gap = yearGap(a, b);
  if (gap <= 1) return 'within-1';
  if (gap <= 5) return 'within-5';
  return 'different';
}
