import type { PersonInput, Relationship } from '@kinlink/core';
import type { KinlinkDb } from '@kinlink/store';
import { createCase, createOrganisation, createUser } from '@kinlink/store';
import { hashPassword } from '../src/auth/passwords';

/** Names as families and registrations write them: the same names in Arabic, Persian, Cyrillic and Latin script. */
const GIVEN_MALE = ['محمد', 'أحمد', 'علي', 'حسين', 'عمر', 'خالد', 'يوسف', 'إبراهيم', 'Mohammed', 'Ahmad', 'Ali', 'Hussein', 'Omar', 'Khaled', 'Yusuf', 'Ibrahim', 'Мухамед', 'Ахмад', 'Хусеин', 'Омар', 'رضا', 'مهدی', 'Reza', 'Mahdi', 'Abdul Rahman', 'Mustafa'];
const GIVEN_FEMALE = ['فاطمة', 'مريم', 'زينب', 'عائشة', 'Fatima', 'Maryam', 'Zainab', 'Aisha', 'Фатима', 'Мариам', 'Зејнаб', 'زهرا', 'Zahra', 'Hawa', 'Amina', 'Layla'];
const FAMILY = ['الخطيب', 'حداد', 'الأحمد', 'الحسن', 'Al-Khatib', 'Haddad', 'Al-Ahmad', 'Alhassan', 'Ал-Хатиб', 'Хадад', 'Ал-Ахмад', 'رضایی', 'محمدی', 'Rezaei', 'Mohammadi', 'Ahmadzai', 'Popal', 'Osman', 'Yusuf', 'Kareem'];
const PLACES = [['Idomeni', 'GR'], ['Gevgelija', 'MK'], ['Tabanovce', 'MK'], ['Preševo', 'RS'], ['Šid', 'RS'], ['Slavonski Brod', 'HR'], ['Dobova', 'SI'], ['Harmanli', 'BG']] as const;
const RELATIONSHIPS: Relationship[] = ['son', 'daughter', 'brother', 'sister', 'husband', 'wife', 'father', 'mother', 'cousin', 'nephew'];

/** Deterministic small PRNG (mulberry32): the same seed gives the same 100,000 cases. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;

export function person(random: () => number): PersonInput {
  const female = random() < 0.4;
  const year = 1950 + Math.floor(random() * 65);
  return {
    names: { given: [{ value: pick(random, female ? GIVEN_FEMALE : GIVEN_MALE) }], family: [{ value: pick(random, FAMILY) }], father: [{ value: pick(random, GIVEN_MALE) }] },
    sex: female ? 'female' : 'male',
    birth: { kind: 'date', date: random() < 0.5 ? String(year) : `${year}-01-01` },
  };
}

export function tracingCase(random: () => number) {
  const [place, country] = pick(random, PLACES);
  const sought = Array.from({ length: random() < 0.8 ? 1 : 2 }, () => ({ relationship: pick(random, RELATIONSHIPS), person: person(random) }));
  return {
    enquirer: person(random),
    sought,
    separation: { date: `${2015 + Math.floor(random() * 10)}-0${1 + Math.floor(random() * 9)}`, place, country, cause: 'migration_route' as const },
    priorities: random() < 0.1 ? (['unaccompanied_child'] as const).slice() : [],
  };
}

export const BENCH_PASSWORD = 'bench caseworker password';
export const BENCH_DOMAIN = 'bench.redcross.example';

/**
 * One national society with `caseworkers` tracing officers and `cases` cases created through the store's
 * repositories (the same rows the API writes), in transactions of 500.
 */
export async function seedBenchDatabase(db: KinlinkDb, options: { cases: number; caseworkers: number; onProgress?: (done: number) => void }): Promise<void> {
  const org = await createOrganisation(db, { kind: 'national_society', name: 'Red Cross Bench Society', country: 'MK', idDomain: BENCH_DOMAIN });
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  for (let i = 0; i < options.caseworkers; i++) {
    await createUser(db, { email: `officer${i}@bench.kinlink`, displayName: `Officer ${i}`, role: 'tracing_officer', organisationId: org.id, passwordHash });
  }
  const random = prng(20261129);
  for (let done = 0; done < options.cases; ) {
    const n = Math.min(500, options.cases - done);
    await db.transaction().execute(async (trx) => {
      for (let i = 0; i < n; i++) await createCase(trx, { organisationId: org.id, case: tracingCase(random) });
    });
    done += n;
    options.onProgress?.(done);
  }
}
