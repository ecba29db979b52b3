import { compareNames, nameScore, SAME_NAME_THRESHOLD } from '@kinlink/names';
import type { NameComparison, PreparedName } from '@kinlink/names';
import type { PreparedRecord } from './prepare';

export const NAME_LEVELS = ['exact', 'strong', 'reordered', 'lineage-prefix', 'weak', 'partial', 'different'] as const;
export type NameLevel = (typeof NAME_LEVELS)[number];

export const PART_LEVELS = ['exact', 'similar', 'different'] as const;
export type PartLevel = (typeof PART_LEVELS)[number];

/** Name-engine scores above which two differently written names are "strong" / "weak" agreement. */
export const STRONG_NAME_SCORE = 0.9;
export const WEAK_NAME_SCORE = 0.75;
/** Below this fast score the (slower, explained) comparison cannot find a relation worth a level. */
const RELATION_FLOOR = 0.7;

function isSameName(c: NameComparison): boolean {
  return c.relation === 'identical' || c.relation === 'equivalent';
}

function agrees(a: PreparedName | null, b: PreparedName | null): boolean {
  return a !== null && b !== null && nameScore(a, b) >= SAME_NAME_THRESHOLD;
}

function wholeNameLevel(a: PreparedName, b: PreparedName): NameLevel | null {
  if (nameScore(a, b) < RELATION_FLOOR) return null;
  const whole = compareNames(a, b);
  if (isSameName(whole)) return 'exact';
  if (whole.relation === 'reordered') return 'reordered';
  if (whole.relation === 'lineage-prefix') return 'lineage-prefix';
  if (whole.score >= STRONG_NAME_SCORE) return 'strong';
  if (whole.score >= WEAK_NAME_SCORE) return 'weak';
  return null;
}

/**
 * The level of agreement of two people's names: given + family as one name (so swapped order is seen),
 * then the lineage (given father grandfather family) for "Ahmad Mohammad" against
 * "Ahmad Mohammad Hassan Al-Ali", then whether at least one of given / family agrees (also crosswise).
 * The fast score screens pairs; the explained comparison only runs on pairs that may be related.
 */
export function compareFullNames(a: PreparedRecord, b: PreparedRecord): NameLevel | null {
  if (!a.name || !b.name) return null;
  const whole = wholeNameLevel(a.name, b.name);
  if (whole === 'exact' || whole === 'strong' || whole === 'reordered' || whole === 'lineage-prefix') return whole;
  if (a.lineage || b.lineage) {
    const lineage = wholeNameLevel(a.lineage ?? a.name, b.lineage ?? b.name);
    if (lineage === 'exact' || lineage === 'lineage-prefix') return 'lineage-prefix';
  }
  if (whole === 'weak') return 'weak';
  if (agrees(a.given, b.given) || agrees(a.family, b.family) || agrees(a.given, b.family) || agrees(a.family, b.given)) {
    return 'partial';
  }
  return 'different';
}

/** Father's, grandfather's or mother's name: the same name, a similar one, or a different one. */
export function compareNameParts(a: PreparedName | null, b: PreparedName | null): PartLevel | null {
  if (!a || !b) return null;
  const score = nameScore(a, b);
  if (score < SAME_NAME_THRESHOLD) return score >= WEAK_NAME_SCORE ? 'similar' : 'different';
  return isSameName(compareNames(a, b)) ? 'exact' : 'similar';
}
