import { comparableTokens } from '@kinlink/names';
import type { LinkageRecord } from './fieldTokens';

/**
 * A linkage record from names as written, in any script: each name goes through the name engine's
 * `comparableTokens`, so Arabic, Cyrillic and Latin spellings of one name give the same q-grams.
 */
export function linkageRecordFromNames(
  id: string,
  names: readonly string[],
  birthYear?: number | undefined,
  sex?: 'M' | 'F' | undefined,
): LinkageRecord {
  const tokens = new Set<string>();
  for (const name of names) for (const token of comparableTokens(name)) tokens.add(token);
  return { id, nameTokens: [...tokens], birthYear, sex };
}
