import { alternateKeys, isInitialKey, skeleton } from './keys';

/**
 * Blocking keys of a whole name from the unit keys of its parts and the keys of their other readings (`readingKeys`):
 * an index of a million people prepares each distinct given or family name once (they repeat) and joins their unit
 * keys, instead of preparing every "given family" whole. Same keys as `nameKeys` on the whole name whenever the parts'
 * units are the whole name's units (a unit never spans two fields).
 */
export function nameKeysFromUnitKeys(keys: readonly string[], readingKeys: readonly string[] = []): string[] {
  if (keys.length === 0) return [''];
  const out = [keys.join(' ')];
  const add = (k: string): void => {
    if (!out.includes(k)) out.push(k);
  };
  add([...keys].sort().join(' '));
  if (keys.length > 2) add([...keys.slice(0, 2)].sort().join(' '));
  // an initial stands for too many names to be a key of its own
  for (const k of keys) if (!isInitialKey(k)) add(`u:${k}`);
  // second keys where spellings of one name split the first systematically
  for (const k of keys) for (const alt of alternateKeys(k)) add(`u:${alt}`);
  // two neighbouring names as the one word other spellings make of them (Noor Mohammad = Noormohammad, Mir Wais)
  for (let i = 0; i + 1 < keys.length; i++) {
    const joined = joinedKey(keys[i]!, keys[i + 1]!, '');
    if (joined !== null) add(`u:${joined}`);
    // … the second without a last h, which Arabic script keys as a vowel after alif (Ahmad Shah = احمدشاه)
    const withoutH = keys[i + 1]!.length > 1 && keys[i + 1]!.endsWith('h') ? joinedKey(keys[i]!, keys[i + 1]!.slice(0, -1), '') : null;
    if (withoutH !== null) add(`u:${withoutH}`);
    // … and with the l of the article between them, as South Asian spellings join X al-Y (Nur al-Haq = Noorulhaq)
    const linked = joinedKey(keys[i]!, keys[i + 1]!, 'l');
    if (linked !== null) add(`u:${linked}`);
    // … and the Somali Abdi written apart from the name of its Abd- compound (Abdi Wali = Cabdiwali)
    if (keys[i] === ABDI_KEY && PLAIN.test(keys[i + 1]!)) add(`u:abd${keys[i + 1]!}`);
  }
  // the keys of the units' other readings (`readingKeys`: Rasjid read as the Dutch spelling of Rashid)
  for (const k of readingKeys) add(`u:${k}`);
  return out;
}

const PLAIN = /^[a-z]+$/;
const ABDI_KEY = skeleton('abdi');
/** The key of two plain neighbouring units written as one word, `link` between them; null for initials and compounds. */
function joinedKey(a: string, b: string, link: string): string | null {
  if (!PLAIN.test(a) || !PLAIN.test(b) || a.startsWith('abd') || b.startsWith('abd')) return null;
  // a w or y that begins the second is inside the joined word, where the key leaves semivowels out
  return (a + link + b.replace(/^[wy]/, '')).replace(/(.)\1+/g, '$1');
}
