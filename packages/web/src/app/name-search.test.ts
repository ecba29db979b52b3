import { describe, expect, it } from 'vitest';
import { nameQuery } from './name-search';

const person = (given: string, family = '') => ({ names: { given: [{ value: given }], family: family ? [{ value: family }] : [] } });

describe('nameQuery', () => {
  it('finds a name typed in another script', () => {
    const matches = nameQuery('محمد') as NonNullable<ReturnType<typeof nameQuery>>;
    expect(matches([person('Мухамед', 'Ал-Хатиб')])).toBe(true);
    expect(matches([person('Muhamed Husein')])).toBe(true);
    expect(matches([person('Ahmad')])).toBe(false);
  });

  it('needs every word of the query and tells look-alike names apart', () => {
    expect(nameQuery('Muhamed Alkhatib')?.([person('محمد', 'الخطيب')])).toBe(true);
    expect(nameQuery('Muhamed Rahimi')?.([person('محمد', 'الخطيب')])).toBe(false);
    expect(nameQuery('Hassan')?.([person('Hussein')])).toBe(false);
  });

  it('is absent for an empty query', () => {
    expect(nameQuery('  ')).toBeUndefined();
  });
});
