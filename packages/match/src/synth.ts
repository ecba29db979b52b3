import { SAME_NAME_THRESHOLD, detectScript, nameScore, otherScriptForms, prepareName } from '@kinlink/names';
import { GAZETTEER } from './gazetteer';
import { CALLING_CODE_BY_COUNTRY } from './calling-codes';
import type { MatchRecord } from './record';
import { Random } from './rng';

/** A line of ../shared/data/names/variant-groups.jsonl: one name in the spellings met across scripts. */
export interface VariantGroup {
  readonly name: string;
  readonly kind: 'given' | 'family' | string;
  readonly variants: readonly string[];
}

/** A name known in Arabic script and in Latin (e.g. mined transliteration pairs) for the long tail. */
export interface TailName {
  readonly arabic: string;
  readonly latin: string;
}

export interface SynthOptions {
  people: number;
  /** Tracing requests to write; a share of them seek someone who is not registered. Default min(people, 10,000). */
  requests?: number;
  /** Share of requests whose sought person is in the registry. Default 0.8. */
  foundShare?: number;
  /** Share of people registered twice (at two sites). Default 0.03. */
  duplicateShare?: number;
  seed?: number;
  /**
   * The tail names were chosen beforehand (the benchmark's frozen list): keep them all instead of the pairs the name
   * engine reads as one name, so that the world stays the same as the engine changes.
   */
  tailChosen?: boolean;
}

export interface SynthData {
  readonly registry: MatchRecord[];
  readonly requests: MatchRecord[];
  /** request id → registry ids of the same person (empty when not registered). */
  readonly truth: { requestId: string; registryIds: string[] }[];
}

const FEMALE_GROUPS = new Set(['fatima', 'maryam', 'khadija', 'layla', 'yasmin', 'zahra', 'shirin', 'samira', 'noor']);
const UNISEX_GROUPS = new Set(['noor']);

type Writer = 'arabic' | 'cyrillic' | 'latin';

interface NameForms {
  readonly arabic: readonly string[];
  readonly cyrillic: readonly string[];
  readonly latin: readonly string[];
}

interface Person {
  readonly sex: 'M' | 'F';
  readonly given: NameForms;
  readonly father: NameForms;
  readonly grandfather: NameForms;
  readonly family: NameForms;
  readonly mother: NameForms;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly nationality: string;
  readonly birthPlace: string;
  readonly phoneNational: string;
  readonly document: string;
}

const ORIGINS: readonly { country: string; share: number; arabicScript: boolean }[] = [
  { country: 'SYR', share: 0.42, arabicScript: true },
  { country: 'AFG', share: 0.3, arabicScript: true },
  { country: 'IRQ', share: 0.15, arabicScript: true },
  { country: 'IRN', share: 0.05, arabicScript: true },
  { country: 'PAK', share: 0.04, arabicScript: true },
  { country: 'ERI', share: 0.04, arabicScript: false },
];

/** Registration sites by country of the route and the script their forms are written in. */
const SITES: readonly { country: string; writer: Writer; share: number }[] = [
  { country: 'MKD', writer: 'cyrillic', share: 0.3 },
  { country: 'SRB', writer: 'cyrillic', share: 0.15 },
  { country: 'SRB', writer: 'latin', share: 0.1 },
  { country: 'BGR', writer: 'cyrillic', share: 0.1 },
  { country: 'GRC', writer: 'latin', share: 0.15 },
  { country: 'HRV', writer: 'latin', share: 0.1 },
  { country: 'SVN', writer: 'latin', share: 0.1 },
];

const NATIONALITY_WRITTEN: Record<string, Record<Writer, readonly string[]>> = {
  SYR: { arabic: ['سوريا', 'سوري'], cyrillic: ['Сирија', 'Сирия', 'SYR'], latin: ['Syria', 'SYR', 'Sirija', 'Syrian'] },
  AFG: { arabic: ['افغانستان', 'أفغانستان'], cyrillic: ['Авганистан', 'Афганистан', 'AFG'], latin: ['Afghanistan', 'AFG', 'Avganistan'] },
  IRQ: { arabic: ['العراق', 'عراق'], cyrillic: ['Ирак', 'IRQ'], latin: ['Iraq', 'IRQ', 'Irak'] },
  IRN: { arabic: ['ایران', 'إيران'], cyrillic: ['Иран', 'IRN'], latin: ['Iran', 'IRN'] },
  PAK: { arabic: ['پاکستان'], cyrillic: ['Пакистан', 'PAK'], latin: ['Pakistan', 'PAK'] },
  ERI: { arabic: ['إريتريا'], cyrillic: ['Еритреја', 'Еритрея', 'ERI'], latin: ['Eritrea', 'ERI'] },
};

function byScript(variants: readonly string[]): NameForms {
  const arabic: string[] = [];
  const cyrillic: string[] = [];
  const latin: string[] = [];
  for (const v of variants) {
    const s = detectScript(v);
    if (s === 'arabic') arabic.push(v);
    else if (s === 'cyrillic') cyrillic.push(v);
    else if (s === 'latin') latin.push(v);
  }
  const seed = latin[0] ?? variants[0] ?? '';
  const derive = (script: 'arabic' | 'cyrillic'): string[] =>
    otherScriptForms(seed).filter((f) => f.script === script).map((f) => f.text).filter((t) => t !== '');
  return {
    arabic: arabic.length > 0 ? arabic : derive('arabic').length > 0 ? derive('arabic') : latin,
    cyrillic: cyrillic.length > 0 ? cyrillic : derive('cyrillic').length > 0 ? derive('cyrillic') : latin,
    latin: latin.length > 0 ? latin : [seed],
  };
}

function capitalize(word: string): string {
  return word.replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function tailForms(t: TailName): NameForms {
  const latin = capitalize(t.latin);
  const cyr = otherScriptForms(latin).filter((f) => f.script === 'cyrillic').map((f) => f.text);
  return { arabic: [t.arabic], cyrillic: cyr.length > 0 ? cyr : [latin], latin: [latin] };
}

/** One typing mistake in a Latin or Cyrillic name: a doubled, dropped, or swapped letter. */
function typo(name: string, random: Random): string {
  if (name.length < 4) return name;
  const i = 1 + random.int(name.length - 2);
  switch (random.int(3)) {
    case 0:
      return name.slice(0, i) + name[i] + name.slice(i);
    case 1:
      return name.slice(0, i) + name.slice(i + 1);
    default:
      return name.slice(0, i - 1) + name[i] + name[i - 1] + name.slice(i + 1);
  }
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

class World {
  private readonly male: NameForms[];
  private readonly female: NameForms[];
  private readonly families: NameForms[];
  private readonly tail: NameForms[];

  constructor(
    groups: readonly VariantGroup[],
    tail: readonly TailName[],
    private readonly random: Random,
    tailChosen: boolean,
  ) {
    const given = groups.filter((g) => g.kind === 'given');
    this.male = given.filter((g) => !FEMALE_GROUPS.has(g.name) || UNISEX_GROUPS.has(g.name)).map((g) => byScript(g.variants));
    this.female = given.filter((g) => FEMALE_GROUPS.has(g.name)).map((g) => byScript(g.variants));
    this.families = groups.filter((g) => g.kind === 'family').map((g) => byScript(g.variants));
    // Mined transliteration pairs include loose ones (an English word and an unrelated Arabic rendering);
    // the tail is there for diversity, so only pairs the name engine reads as one name are kept. The
    // cross-script difficulty comes from the variant groups.
    this.tail = (tailChosen ? tail : tail.filter((t) => nameScore(prepareName(t.arabic), prepareName(t.latin)) >= SAME_NAME_THRESHOLD)).map(tailForms);
    if (this.male.length === 0 || this.families.length + this.tail.length === 0) {
      throw new Error('synthetic data needs male given names and family names (variant groups or tail names)');
    }
    if (this.female.length === 0) this.female = this.male;
  }

  private givenName(sex: 'M' | 'F'): NameForms {
    // Given names are few and shared: a Zipf-like draw makes the first ones (Muhammad, Ahmad…) very common.
    return this.random.pickSkewed(sex === 'M' ? this.male : this.female);
  }

  private familyName(): NameForms {
    if (this.tail.length === 0 || (this.families.length > 0 && this.random.chance(0.3))) return this.random.pick(this.families);
    return this.random.pick(this.tail);
  }

  person(): Person {
    const r = this.random;
    const sex = r.chance(0.62) ? 'M' : 'F';
    let acc = 0;
    const x = r.next();
    const origin = ORIGINS.find((o) => (acc += o.share) >= x) ?? ORIGINS[0]!;
    const cities = GAZETTEER.filter((p) => p.country === origin.country);
    const code = CALLING_CODE_BY_COUNTRY.get(origin.country)!;
    const len = code.lengths[code.lengths.length - 1]!;
    let national = String(1 + r.int(9));
    while (national.length < len) national += String(r.int(10));
    return {
      sex,
      given: this.givenName(sex),
      father: this.givenName('M'),
      grandfather: this.givenName('M'),
      family: this.familyName(),
      mother: this.givenName('F'),
      year: 1950 + r.int(66),
      month: 1 + r.int(12),
      day: 1 + r.int(28),
      nationality: origin.country,
      birthPlace: cities.length > 0 ? r.pick(r.pick(cities).names) : '',
      phoneNational: national,
      document: `${String.fromCharCode(65 + r.int(26))}${String(r.int(1e8)).padStart(8, '0')}`,
    };
  }

  written(forms: NameForms, writer: Writer, typos: number): string {
    const list = forms[writer];
    let name = this.random.pick(list);
    if (writer !== 'arabic' && this.random.chance(typos)) name = typo(name, this.random);
    return name;
  }
}

function site(random: Random): { country: string; writer: Writer } {
  let acc = 0;
  const x = random.next();
  return SITES.find((s) => (acc += s.share) >= x) ?? SITES[0]!;
}

/** A registration at a transit site: the site's script, placeholder dates, missing and swapped names. */
function registration(world: World, p: Person, id: string, random: Random): MatchRecord {
  const s = site(random);
  const given = world.written(p.given, s.writer, 0.06);
  const family = random.chance(0.03) ? '' : world.written(p.family, s.writer, 0.06);
  const swapped = random.chance(0.1);
  const year = random.chance(0.08) ? p.year + (random.chance(0.5) ? 1 : -1) : p.year;
  const placeholder = random.chance(0.35);
  const yearOnly = !placeholder && random.chance(0.1);
  const birthDate = placeholder ? `${year}-01-01` : yearOnly ? `${year}` : `${year}-${pad(p.month)}-${pad(p.day)}`;
  const code = CALLING_CODE_BY_COUNTRY.get(p.nationality)!;
  return {
    id,
    givenName: swapped ? family : given,
    familyName: swapped ? given : family,
    fatherName: random.chance(family === '' ? 0.9 : 0.55) ? world.written(p.father, s.writer, 0.04) : '',
    grandfatherName: random.chance(0.2) ? world.written(p.grandfather, s.writer, 0.04) : '',
    motherName: random.chance(0.15) ? world.written(p.mother, s.writer, 0.04) : '',
    sex: random.chance(0.97) ? p.sex : '',
    birthDate,
    birthPlace: random.chance(0.4) ? p.birthPlace : '',
    nationality: random.pick(NATIONALITY_WRITTEN[p.nationality]![s.writer]),
    address: random.pick(GAZETTEER.filter((g) => g.country === s.country).flatMap((g) => g.names.slice(0, 2))),
    documentNumber: random.chance(0.2) ? p.document : '',
    phone: random.chance(0.3) ? `+${code.code} ${p.phoneNational}` : '',
  };
}

/** A family's tracing request: written in Arabic script by Syrian, Iraqi, Afghan… families, full lineage. */
function request(world: World, p: Person, id: string, random: Random): MatchRecord {
  const writer: Writer = p.nationality === 'ERI' ? 'latin' : random.chance(0.8) ? 'arabic' : 'latin';
  const oneName = random.chance(0.02);
  const knowsDate = random.chance(0.7);
  return {
    id,
    givenName: world.written(p.given, writer, 0.03),
    familyName: oneName ? '' : world.written(p.family, writer, 0.03),
    fatherName: random.chance(0.8) ? world.written(p.father, writer, 0.02) : '',
    grandfatherName: random.chance(0.5) ? world.written(p.grandfather, writer, 0.02) : '',
    motherName: random.chance(0.3) ? world.written(p.mother, writer, 0.02) : '',
    sex: p.sex,
    birthDate: knowsDate ? `${p.year}-${pad(p.month)}-${pad(p.day)}` : `${p.year + (random.chance(0.2) ? (random.chance(0.5) ? 1 : -1) : 0)}`,
    birthPlace: random.chance(0.6) ? p.birthPlace : '',
    nationality: random.pick(NATIONALITY_WRITTEN[p.nationality]![writer]),
    address: '',
    documentNumber: '',
    phone: random.chance(0.3) ? `0${p.phoneNational}` : '',
  };
}

/**
 * A synthetic registry and tracing requests with known truth, built from the name-variant tables (and
 * optional tail names for realistic diversity of family names).
 */
export function synthesize(groups: readonly VariantGroup[], tail: readonly TailName[], options: SynthOptions): SynthData {
  if (!Number.isInteger(options.people) || options.people < 1) throw new Error(`people must be a positive integer, got ${options.people}`);
  const random = new Random(options.seed ?? 2016);
  const world = new World(groups, tail, random, options.tailChosen === true);
  const people: Person[] = [];
  for (let i = 0; i < options.people; i++) people.push(world.person());
  const registry: MatchRecord[] = [];
  const regIds: string[][] = people.map(() => []);
  const duplicateShare = options.duplicateShare ?? 0.03;
  people.forEach((p, i) => {
    const id = `reg-${i + 1}`;
    registry.push(registration(world, p, id, random));
    regIds[i]!.push(id);
    if (random.chance(duplicateShare)) {
      const dup = `reg-${i + 1}-b`;
      registry.push(registration(world, p, dup, random));
      regIds[i]!.push(dup);
    }
  });
  const requestCount = options.requests ?? Math.min(options.people, 10_000);
  const foundShare = options.foundShare ?? 0.8;
  const requests: MatchRecord[] = [];
  const truth: { requestId: string; registryIds: string[] }[] = [];
  for (let i = 0; i < requestCount; i++) {
    const id = `req-${i + 1}`;
    if (random.chance(foundShare)) {
      const who = random.int(people.length);
      requests.push(request(world, people[who]!, id, random));
      truth.push({ requestId: id, registryIds: regIds[who]! });
    } else {
      requests.push(request(world, world.person(), id, random));
      truth.push({ requestId: id, registryIds: [] });
    }
  }
  return { registry, requests, truth };
}

/** Every k-th variant group, kept out of synthetic training data to check that matching generalises. */
export function splitHeldOut(groups: readonly VariantGroup[], every = 4): { used: VariantGroup[]; heldOut: VariantGroup[] } {
  const used: VariantGroup[] = [];
  const heldOut: VariantGroup[] = [];
  groups.forEach((g, i) => (i % every === every - 1 ? heldOut : used).push(g));
  return { used, heldOut };
}
