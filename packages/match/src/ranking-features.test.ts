import { describe, expect, it } from 'vitest';
import { DEFAULT_MODEL } from './default-model';
import { NameUnitSimilarity } from './name-unit-similarity';
import { prepareRecord } from './prepare';
import { RankingFeatures, rankingWeights } from './ranking-features';

describe('RankingFeatures', () => {
  const w = rankingWeights(DEFAULT_MODEL);
  const features = new RankingFeatures();
  const names = new NameUnitSimilarity();
  const records = [
    prepareRecord({ id: 'a', givenName: 'Ahmad', familyName: 'Haddad', sex: 'M', birthDate: '1990-07-14', nationality: 'SYR', birthPlace: 'Aleppo', documentNumber: 'N123456', phone: '+963 944 123 456' }),
    prepareRecord({ id: 'b', givenName: 'Layla', fatherName: 'Omar', sex: 'F', birthDate: '1975', nationality: 'AFG' }),
    prepareRecord({ id: 'c' }),
  ];
  records.forEach((p, slot) => {
    names.set(slot, p);
    features.set(slot, p, names);
  });

  it('holds each record’s name-unit ids in its row: the quick name similarity read there is the same', () => {
    const units = names.query(prepareRecord({ id: 'q', givenName: 'Ahmed', familyName: 'Haddad', fatherName: 'Omar' }));
    const quick = [0, 1, 2].map((slot) => names.quickSimilarityIn(units, features.rows, features.unitsAt(slot)));
    expect(quick).toEqual([0, 1, 2].map((slot) => names.quickSimilarity(units, slot)));
    expect(quick[0]).toBeGreaterThan(0);
    expect(quick[1]).toBeGreaterThan(0);
    expect(quick[2]).toBe(0);
  });

  it('holds the coarse keys of the units in the row too: a unit met only by its coarse key counts 0.85 of its weight', () => {
    const table = new NameUnitSimilarity();
    const rows = new RankingFeatures();
    const edano = prepareRecord({ id: 'e', givenName: 'Layla', familyName: 'Едано' });
    table.set(0, edano);
    rows.set(0, edano, table);
    for (let slot = 1; slot < 16; slot++) table.set(slot, prepareRecord({ id: `x${slot}`, givenName: 'Omar', familyName: 'Haddad' }));
    const byCoarse = table.query(prepareRecord({ id: 'q', familyName: 'إيدانو' }));
    expect(byCoarse.keys[0]).not.toBe(edano.nameTokens[1]);
    expect(byCoarse.weights[0]).toBeGreaterThan(3);
    expect(table.quickSimilarityIn(byCoarse, rows.rows, rows.unitsAt(0))).toBeCloseTo(0.85 * byCoarse.weights[0]!, 9);
    const byKey = table.query(prepareRecord({ id: 'q', familyName: 'Edano' }));
    expect(table.quickSimilarityIn(byKey, rows.rows, rows.unitsAt(0))).toBeCloseTo(byKey.weights[0]!, 9);
  });

  it('adds the model weights of the cheap fields that agree or disagree, and nothing for missing ones', () => {
    const q = features.query(prepareRecord({ id: 'q', sex: 'M', birthDate: '1990-07-14', nationality: 'Syria', birthPlace: 'Алепо', documentNumber: 'N123456' }));
    expect(features.weight(q, 0, w)).toBeCloseTo(w.sexSame + w.dateExact + w.nationalitySame + w.placeSame + w.documentSame, 6);
    expect(features.weight(q, 1, w)).toBeCloseTo(w.sexDifferent + w.dateDifferent + w.nationalityDifferent, 6);
    expect(features.weight(q, 2, w)).toBe(0);
  });

  it('reads a year-only date against a full one as the same year, and its month when both have one', () => {
    const q = features.query(prepareRecord({ id: 'q', birthDate: '1975-03-02' }));
    expect(features.weight(q, 1, w)).toBeCloseTo(w.dateYear, 6);
    const july = features.query(prepareRecord({ id: 'q', birthDate: '1990-07-01' }));
    expect(features.weight(july, 0, w)).toBeCloseTo(w.dateYearMonth, 6);
  });

  it('gives the same weights from a snapshot', () => {
    const copy = RankingFeatures.fromSnapshot(structuredClone(features.snapshot()));
    const q = copy.query(prepareRecord({ id: 'q', sex: 'F', birthDate: '1976', nationality: 'AFG' }));
    for (const slot of [0, 1, 2]) expect(copy.weight(q, slot, w)).toBe(features.weight(features.query(prepareRecord({ id: 'q', sex: 'F', birthDate: '1976', nationality: 'AFG' })), slot, w));
  });
});
