/**
 * Padded q-grams of one comparable token: "ali" with q=2 → "_a", "al", "li", "i_". Padding makes the
 * first and last letters count, which is where transliterations of one name agree most.
 */
export function qgrams(token: string, q: number): string[] {
  if (token.length === 0) return [];
  const padded = `${'_'.repeat(q - 1)}${token}${'_'.repeat(q - 1)}`;
  const grams: string[] = [];
  for (let i = 0; i + q <= padded.length; i++) grams.push(padded.slice(i, i + q));
  return grams;
}

/** The set of q-grams of all tokens of a name; a set, so name order does not matter. */
export function nameQgrams(tokens: readonly string[], q: number): Set<string> {
  const grams = new Set<string>();
  for (const token of tokens) for (const gram of qgrams(token, q)) grams.add(gram);
  return grams;
}
