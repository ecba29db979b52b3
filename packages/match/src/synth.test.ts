import { describe, expect, it } from 'vitest';
import { detectScript } from '@kinlink/names';
import { splitHeldOut, synthesize } from './synth';
import type { VariantGroup } from './synth';

const groups: VariantGroup[] = [
  { name: 'muhammad', kind: 'given', variants: ['محمد', 'Muhammad', 'Mohammed', 'Мухамед'] },
  { name: 'fatima', kind: 'given', variants: ['فاطمة', 'Fatima', 'Fatma', 'Фатима'] },
  { name: 'haddad', kind: 'family', variants: ['حداد', 'Haddad', 'Hadad', 'Хадад'] },
];

describe('synthesize', () => {
  const data = synthesize(groups, [], { people: 2000, requests: 500, seed: 9 });

  it('is deterministic for a seed', () => {
    expect(synthesize(groups, [], { people: 50, requests: 10, seed: 9 })).toEqual(synthesize(groups, [], { people: 50, requests: 10, seed: 9 }));
  });
  it('writes requests mostly in Arabic script and registrations in Cyrillic and Latin', () => {
    const requestScripts = data.requests.map((r) => detectScript(r.givenName ?? ''));
    expect(requestScripts.filter((s) => s === 'arabic').length / requestScripts.length).toBeGreaterThan(0.6);
    const regScripts = new Set(data.registry.map((r) => detectScript(r.givenName ?? '')));
    expect(regScripts.has('cyrillic')).toBe(true);
    expect(regScripts.has('latin')).toBe(true);
  });
  it('uses 1 January placeholders, swaps and leaves out names in registrations', () => {
    const placeholders = data.registry.filter((r) => r.birthDate?.endsWith('-01-01')).length / data.registry.length;
    expect(placeholders).toBeGreaterThan(0.25);
    expect(data.registry.some((r) => r.givenName === 'Haddad' || r.givenName === 'Хадад')).toBe(true);
    expect(data.registry.some((r) => r.familyName === '')).toBe(true);
  });
  it('records the truth: found requests point at registrations, the others at none', () => {
    const ids = new Set(data.registry.map((r) => r.id));
    const found = data.truth.filter((t) => t.registryIds.length > 0);
    expect(found.length / data.truth.length).toBeGreaterThan(0.7);
    expect(found.length).toBeLessThan(data.truth.length);
    for (const t of found) for (const id of t.registryIds) expect(ids.has(id)).toBe(true);
  });
  it('keeps only the tail names the name engine reads as one name, unless the caller chose them beforehand', () => {
    // Salem = سالم is one name; Smith beside عمر is a loose pair of the mined data
    const tail = [{ arabic: 'سالم', latin: 'salem' }, { arabic: 'عمر', latin: 'smith' }];
    const names = (chosen: boolean) => new Set(synthesize([groups[0]!], tail, { people: 400, requests: 10, seed: 5, tailChosen: chosen })
      .registry.map((r) => (r.familyName ?? '').toLowerCase()));
    expect(names(false).has('salem')).toBe(true);
    expect(names(false).has('smith')).toBe(false);
    expect(names(true).has('smith')).toBe(true);
  });
  it('refuses a nonsense size', () => {
    expect(() => synthesize(groups, [], { people: 0 })).toThrow(/positive/);
  });
});

describe('splitHeldOut', () => {
  it('keeps every k-th group out', () => {
    const all = Array.from({ length: 8 }, (_, i) => ({ name: `g${i}`, kind: 'given', variants: ['x'] }));
    const { used, heldOut } = splitHeldOut(all, 4);
    expect(heldOut.map((g) => g.name)).toEqual(['g3', 'g7']);
    expect(used).toHaveLength(6);
  });
});
