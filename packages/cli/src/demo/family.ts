import type { Relationship } from '@kinlink/core';
import type { Identity } from './identity';
import { randomIdentity } from './identity';
import { NAMES } from './name-table';
import type { Random } from './prng';

/** Relationships the demo builds families with, as "the sought person is the enquirer's …". */
export const DEMO_RELATIONSHIPS = ['son', 'daughter', 'brother', 'sister', 'husband', 'wife', 'father', 'mother'] as const satisfies readonly Relationship[];
export type DemoRelationship = (typeof DEMO_RELATIONSHIPS)[number];

const clampYear = (year: number) => Math.min(2024, Math.max(1940, year));

/** A relative of `enquirer` whose names agree with the family (same father for siblings, etc.). */
export function relativeOf(enquirer: Identity, relationship: DemoRelationship, rng: Random): Identity {
  const table = NAMES[enquirer.origin];
  const year = enquirer.birth.year;
  const eritrean = enquirer.origin === 'ERI';
  switch (relationship) {
    case 'brother':
    case 'sister':
      return randomIdentity(rng, enquirer.origin, {
        sex: relationship === 'brother' ? 'male' : 'female',
        father: enquirer.father,
        grandfather: enquirer.grandfather,
        family: enquirer.family,
        birth: { year: clampYear(year + rng.int(-8, 8)), month: rng.int(1, 12), day: rng.int(1, 28) },
        birthPlace: enquirer.birthPlace,
      });
    case 'son':
    case 'daughter': {
      // The child's father is the enquirer, or (when the enquirer is the mother) her husband.
      const father = enquirer.sex === 'male' ? enquirer.given : rng.pick(table.male);
      const grandfather = enquirer.sex === 'male' ? enquirer.father : rng.pick(table.male);
      const family = eritrean ? null : enquirer.sex === 'male' ? enquirer.family : rng.pick(table.family);
      return randomIdentity(rng, enquirer.origin, {
        sex: relationship === 'son' ? 'male' : 'female',
        father,
        grandfather,
        family,
        birth: { year: clampYear(year + rng.int(18, 40)), month: rng.int(1, 12), day: rng.int(1, 28) },
      });
    }
    case 'father':
      return randomIdentity(rng, enquirer.origin, {
        sex: 'male',
        given: enquirer.father,
        father: enquirer.grandfather,
        family: enquirer.family,
        birth: { year: clampYear(year - rng.int(20, 40)), month: rng.int(1, 12), day: rng.int(1, 28) },
      });
    case 'mother':
      return randomIdentity(rng, enquirer.origin, {
        sex: 'female',
        birth: { year: clampYear(year - rng.int(18, 38)), month: rng.int(1, 12), day: rng.int(1, 28) },
      });
    case 'husband':
    case 'wife':
      return randomIdentity(rng, enquirer.origin, {
        sex: relationship === 'husband' ? 'male' : 'female',
        birth: { year: clampYear(year + rng.int(-10, 6)), month: rng.int(1, 12), day: rng.int(1, 28) },
      });
  }
}

/** A relationship that fits the enquirer's sex and age (a 20-year-old does not look for a grown son). */
export function plausibleRelationship(enquirer: Identity, rng: Random): DemoRelationship {
  const age = 2025 - enquirer.birth.year;
  const choices: [DemoRelationship, number][] = [['brother', 4], ['sister', 3]];
  if (age >= 34) choices.push(['son', 5], ['daughter', 4]);
  if (age <= 50) choices.push(['father', 2], ['mother', 2]);
  if (age >= 18) choices.push([enquirer.sex === 'male' ? 'wife' : 'husband', 3]);
  return rng.weighted(choices);
}
