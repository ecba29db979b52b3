/**
 * How a unit is shown in Latin and Cyrillic letters to a caseworker or volunteer (the name field's other scripts, the
 * explanation, `kinlink names key`): an Arabic-script name the lexicon of attested spellings knows as the Latin spelling
 * it is most often written with (محمد حسين → Mohamed Hussein, Мохамед Хусеин), any other by rule from its symbols.
 */
import { activeSpellingLexicon, onSpellingLexiconChange } from './lexicon/active-lexicon';
import { capitalise, symbolsToCyrillic } from './render';
import type { UnitData } from './units';

interface Forms { latin: string; cyrillic: string }
/** by unit id, worked out once (units are interned): the explanation shows every unit of every comparison it explains */
const formsById: (Forms | undefined)[] = [];
onSpellingLexiconChange(() => { formsById.length = 0; });

/** The unit in Latin letters, without its article. */
export const latinForm = (u: UnitData): string => formsOf(u).latin;

/** The unit in Cyrillic letters, without its article. */
export const cyrillicForm = (u: UnitData): string => formsOf(u).cyrillic;

function formsOf(u: UnitData): Forms {
  let f = formsById[u.id];
  if (f === undefined) formsById[u.id] = f = formsByLexiconOrRule(u);
  return f;
}

function formsByLexiconOrRule(u: UnitData): Forms {
  const usual = activeSpellingLexicon()?.usualLatin(u) ?? null;
  if (usual === null) return { latin: u.readable, cyrillic: cyrillicByRule(u) };
  const latin = withKind(u, capitalise(usual.text), LATIN_PARTICLES);
  // (an h the Arabic spelling does not write is a silent one of the Latin spelling, John = جون, Sarah = سارة, which
  // Cyrillic does not write: those are spelt by rule)
  const silentH = usual.symbols.includes('h') && !/[hx]/.test((u.kind === 'name' ? u.full : u.part).symbols);
  return { latin, cyrillic: silentH ? cyrillicByRule(u) : withKind(u, capitalise(symbolsToCyrillic(usual.symbols, false)), CYRILLIC_PARTICLES) };
}

function cyrillicByRule(u: UnitData): string {
  const core = capitalise(symbolsToCyrillic(u.part.symbols, u.abjad));
  switch (u.kind) {
    case 'abd': return u.part.symbols === 'a' ? 'Абдулах' : `Абдул ${core}`;
    case 'allah-compound': return `${core}улах`;
    case 'din-compound': return `${core}удин`;
    case 'allah-first': return `Аллах${symbolsToCyrillic(u.part.symbols, u.abjad)}`;
    case 'abu': case 'umm': return withKind(u, core, CYRILLIC_PARTICLES);
    default: return capitalise(symbolsToCyrillic(u.full.symbols, u.abjad));
  }
}

const LATIN_PARTICLES = { abd: 'Abdul', abu: 'Abu', umm: 'Umm' };
const CYRILLIC_PARTICLES = { abd: 'Абдул', abu: 'Абу', umm: 'Ум' };
const withKind = (u: UnitData, name: string, particles: { abd: string; abu: string; umm: string }): string =>
  (u.kind === 'abd' || u.kind === 'abu' || u.kind === 'umm' ? `${particles[u.kind]} ${name}` : name);
