import { describe, expect, it } from 'vitest';
import { nameQuery } from './name-search';

const person = (given: string, family = '') => ({ names: { given: [{ value: given }], family: family ? [{ value: family }] : [] } });

describe('nameQuery', () => {
  it('finds a name typed in another script', () => {
    const matches = nameQuery('محمد') as NonNullable<ReturnType<typeof nameQuery>>;
    expect(matches([person('Мухамед', 'Ал-Хатиб')])).toBeGreaterThan(0.8);
    expect(matches([person('Muhamed Husein')])).toBeGreaterThan(0.8);
    expect(matches([person('Ahmad')])).toBeUndefined();
  });

  it('needs every word of the query and tells look-alike names apart', () => {
    expect(nameQuery('Muhamed Alkhatib')?.([person('محمد', 'الخطيب')])).toBeGreaterThan(0.8);
    expect(nameQuery('Muhamed Rahimi')?.([person('محمد', 'الخطيب')])).toBeUndefined();
    expect(nameQuery('Hassan')?.([person('Hussein')])).toBeUndefined();
  });

  it('ranks the same spelling above a looser one', () => {
    const score = nameQuery('Mohammed') as NonNullable<ReturnType<typeof nameQuery>>;
    expect(score([person('Mohammed')]) as number).toBeGreaterThan(score([person('Мухамед')]) as number);
  });

  it('is absent for an empty query', () => {
    expect(nameQuery('  ')).toBeUndefined();
  });
});
