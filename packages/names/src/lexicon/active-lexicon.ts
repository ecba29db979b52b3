/**
 * The spelling lexicon comparisons consult: by default the Wikidata spellings shipped with the package, built on first
 * use from their generated readings. The bench measures the Wikidata pairs with a lexicon built from one half of them (`useSpellingLexicon`), so
 * that the other half stays held out.
 */
import { SpellingLexicon } from './spelling-lexicon';
import { WIKIDATA_SPELLING_READINGS } from './wikidata-spelling-readings';
import { WIKIDATA_SPELLINGS } from './wikidata-spellings';

let active: SpellingLexicon | null | undefined;
const listeners: (() => void)[] = [];

export function activeSpellingLexicon(): SpellingLexicon | null {
  if (active === undefined) active = SpellingLexicon.fromRows(WIKIDATA_SPELLINGS, 'Wikidata', WIKIDATA_SPELLING_READINGS);
  return active;
}

/** Replaces the lexicon (null: none; undefined: the shipped one again); comparisons already remembered are forgotten. */
export function useSpellingLexicon(lexicon: SpellingLexicon | null | undefined): void {
  active = lexicon;
  for (const f of listeners) f();
}

/** Called when the lexicon changes (the memo of unit similarities registers here). */
export function onSpellingLexiconChange(f: () => void): void {
  listeners.push(f);
}
