/** Key and rendering functions of the public API, on prepared names. */
import { nameKeysFromUnitKeys } from './index-keys';
import { activeSpellingLexicon } from './lexicon/active-lexicon';
import { asPrepared, type PreparedName } from './prepare';
import { latinForm, cyrillicForm } from './display';
import { symbolsToArabic, symbolsToLatin } from './render';
import { detectScript, type Script } from './script';

/** One canonical comparable key per name unit (Abdul Rahman = one unit). */
export function tokenKeys(name: PreparedName | string): string[] {
  return asPrepared(name).units.map((u) => u.key);
}

/**
 * Several blocking keys; keys[0] is the primary key of the whole name (unit keys in written order). Then the
 * unit keys sorted (swapped given/family name), the first two units sorted, and `u:` + each unit's key, its second
 * keys and two neighbouring units joined (`nameKeysFromUnitKeys`, which an index of parts uses too), and the keys of the
 * units' other readings.
 */
export function nameKeys(name: PreparedName | string): string[] {
  const prepared = asPrepared(name);
  return nameKeysFromUnitKeys(tokenKeys(prepared), readingKeys(prepared));
}

/** The keys of the units' other readings, where they differ from the units' own keys (see UnitData.readingKeys). */
export function readingKeys(name: PreparedName | string): string[] {
  return [...new Set(asPrepared(name).units.flatMap((u) => u.readingKeys))];
}

/** Canonical Latin comparable form per unit (lower-case ASCII): the consonant skeleton, for q-gram encodings. */
export function comparableTokens(name: PreparedName | string): string[] {
  return asPrepared(name).units.map((u) => u.key.toLowerCase().replace(/[^a-z]/g, ''));
}

/**
 * Readable renderings in the other scripts: Latin and Cyrillic always, Arabic when the name is not Arabic (for a
 * unit the lexicon of attested spellings knows, the spelling of the other script it attests most often: display.ts).
 */
export function otherScriptForms(text: string): { script: Script; text: string }[] {
  const p = asPrepared(text);
  if (p.units.length === 0) return [];
  const own = detectScript(p.normalized);
  const latin = p.units.map((u) => (u.article ? 'al-' : '') + latinForm(u)).join(' ');
  const cyr = p.units.map((u) => (u.article ? 'Ал-' : '') + cyrillicForm(u)).join(' ');
  const out: { script: Script; text: string }[] = [];
  if (own !== 'latin') out.push({ script: 'latin', text: latin });
  if (own !== 'cyrillic') out.push({ script: 'cyrillic', text: cyr });
  if (own !== 'arabic') {
    // the spelling Wikidata attests where it knows the name (Hadi → هادي), else one written by rule
    const lexicon = activeSpellingLexicon();
    const ar = p.units.map((u) => lexicon?.usualArabic(u)
      ?? (u.kind === 'abd' ? `عبد ال${symbolsToArabic(u.part.symbols).replace(/^ا/, '')}`
        : u.kind === 'allah-first' ? `الله ${symbolsToArabic(u.part.symbols)}` : (u.article ? 'ال' : '') + symbolsToArabic(u.full.symbols))).join(' ');
    if (ar.trim() !== '') out.push({ script: 'arabic', text: ar });
  }
  return out;
}

export { symbolsToLatin };
