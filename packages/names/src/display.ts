/**
 * How a unit is shown in Latin and Cyrillic letters to a caseworker or volunteer (the name field's other scripts, the
 * explanation, `kinlink names key`): an Arabic-script name the lexicon of attested spellings knows as the Latin spelling
 * it is most often written with (محمد حسين → Mohamed Hussein, Мохамед Хусеин), any other by rule from its symbols.
 */
import { activeSpellingLexicon } from './lexicon/active-lexicon';
import { capitalise, symbolsToCyrillic } from './render';
import type { UnitData } from './units';

/** The unit in Latin letters, without its article. */
export function latinForm(u: UnitData): string {
  const usual = activeSpellingLexicon()?.usualLatin(u) ?? null;
  return usual === null ? u.readable : withKind(u, capitalise(usual.text), LATIN_PARTICLES);
}

/** The unit in Cyrillic letters, without its article. */
export function cyrillicForm(u: UnitData): string {
  const usual = activeSpellingLexicon()?.usualLatin(u) ?? null;
  if (usual !== null) return withKind(u, capitalise(symbolsToCyrillic(usual.symbols, false)), CYRILLIC_PARTICLES);
  const core = capitalise(symbolsToCyrillic(u.part.symbols, u.abjad));
  switch (u.kind) {
    case 'abd': return u.part.symbols === 'a' ? 'Абдулах' : `Абдул ${core}`;
    case 'allah-compound': return `${core}улах`;
    case 'din-compound': return `${core}удин`;
    case 'abu': case 'umm': return withKind(u, core, CYRILLIC_PARTICLES);
    default: return capitalise(symbolsToCyrillic(u.full.symbols, u.abjad));
  }
}

const LATIN_PARTICLES = { abd: 'Abdul', abu: 'Abu', umm: 'Umm' };
const CYRILLIC_PARTICLES = { abd: 'Абдул', abu: 'Абу', umm: 'Ум' };
const withKind = (u: UnitData, name: string, particles: { abd: string; abu: string; umm: string }): string =>
  (u.kind === 'abd' || u.kind === 'abu' || u.kind === 'umm' ? `${particles[u.kind]} ${name}` : name);
