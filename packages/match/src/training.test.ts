import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from './default-model';
import { MatchIndex } from './match-index';
import { parseModel } from './model';
import { synthesize } from './synth';
import type { VariantGroup } from './synth';
import { trainModel } from './training';

const groups: VariantGroup[] = [
  { name: 'muhammad', kind: 'given', variants: ['محمد', 'Muhammad', 'Mohammed', 'Мухамед'] },
  { name: 'ahmad', kind: 'given', variants: ['أحمد', 'Ahmad', 'Ahmed', 'Ахмед'] },
  { name: 'khaled', kind: 'given', variants: ['خالد', 'Khaled', 'Khalid', 'Халед'] },
  { name: 'ibrahim', kind: 'given', variants: ['إبراهيم', 'Ibrahim', 'Ebrahim', 'Ибрахим'] },
  { name: 'fatima', kind: 'given', variants: ['فاطمة', 'Fatima', 'Fatma', 'Фатима'] },
  { name: 'maryam', kind: 'given', variants: ['مريم', 'Maryam', 'Mariam', 'Марјам'] },
  { name: 'haddad', kind: 'family', variants: ['حداد', 'Haddad', 'Hadad', 'Хадад'] },
  { name: 'rahimi', kind: 'family', variants: ['رحیمی', 'Rahimi', 'Rahimy', 'Рахими'] },
];
const tail = [
  { arabic: 'كرم', latin: 'karam' }, { arabic: 'سليم', latin: 'salim' }, { arabic: 'نجار', latin: 'najjar' },
  { arabic: 'خوري', latin: 'khoury' }, { arabic: 'زيدان', latin: 'zidan' }, { arabic: 'منصور', latin: 'mansour' },
  { arabic: 'شاكر', latin: 'shaker' }, { arabic: 'عطار', latin: 'attar' }, { arabic: 'يوسفي', latin: 'yousefi' },
];

describe('trainModel', () => {
  const data = synthesize(groups, tail, { people: 1500, requests: 600, seed: 3 });
  const model = trainModel([...data.registry, ...data.requests], { trainedAt: '2026-01-01T00:00:00.000Z', source: 'test', randomPairs: 20_000 });

  it('writes a valid, versioned model with its training metadata', () => {
    const parsed = parseModel(JSON.parse(JSON.stringify(model)));
    expect(parsed.training).toMatchObject({ trainedAt: '2026-01-01T00:00:00.000Z', source: 'test', records: data.registry.length + data.requests.length });
    expect(parsed.training.converged).toBe(true);
    for (const c of parsed.comparisons) {
      expect(c.levels.reduce((s, l) => s + l.m, 0)).toBeCloseTo(1, 6);
      expect(c.levels.reduce((s, l) => s + l.u, 0)).toBeCloseTo(1, 6);
    }
  });

  it('learns that agreement is evidence for a match and disagreement against', () => {
    const level = (field: string, label: string) => model.comparisons.find((c) => c.field === field)!.levels.find((l) => l.label === label)!;
    expect(level('name', 'exact').m).toBeGreaterThan(level('name', 'exact').u * 10);
    expect(level('name', 'different').m).toBeLessThan(level('name', 'different').u);
    expect(level('birth_date', 'different').m).toBeLessThan(level('birth_date', 'different').u);
    expect(level('sex', 'same').m).toBeGreaterThan(level('sex', 'same').u);
  });

  it('finds most sought people with the trained model', () => {
    const index = new MatchIndex(model);
    for (const r of data.registry) index.add(r);
    let findable = 0;
    let found = 0;
    data.requests.forEach((q, i) => {
      const truth = data.truth[i]!.registryIds;
      if (truth.length === 0) return;
      findable++;
      if (index.search(q, { top: 10 }).some((h) => truth.includes(h.id))) found++;
    });
    expect(found / findable).toBeGreaterThan(0.9);
  });

  it('refuses too little data', () => {
    expect(() => trainModel(data.registry.slice(0, 10), { trainedAt: 'now' })).toThrow(/at least 50/);
  });
});

describe('parseModel', () => {
  it('accepts the shipped model and rejects broken documents with a clear message', () => {
    expect(parseModel(JSON.parse(JSON.stringify(DEFAULT_MODEL))).modelVersion).toBe(DEFAULT_MODEL.modelVersion);
    expect(() => parseModel({ ...DEFAULT_MODEL, format: 'x' })).toThrow(/format/);
    const broken = JSON.parse(JSON.stringify(DEFAULT_MODEL));
    broken.comparisons[0].levels[0].m = 1.5;
    expect(() => parseModel(broken)).toThrow(/name\.exact\.m/);
  });
});
