import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lexiconRows, WIKIDATA_TOKENS } from '../scripts/build-lexicon';
import { WIKIDATA_SPELLINGS } from '../src/lexicon/wikidata-spellings';

describe('the shipped table of Wikidata spellings', () => {
  it('is what `npm run names:lexicon` builds from ../shared/data (regenerate it after changing the filter)', () => {
    expect(existsSync(WIKIDATA_TOKENS), `${WIKIDATA_TOKENS} is missing: the shared data must sit beside the checkout`).toBe(true);
    expect(lexiconRows(readFileSync(WIKIDATA_TOKENS, 'utf8'))).toBe(WIKIDATA_SPELLINGS);
  });
  it('holds Arabic-script spellings of names people on the route carry', () => {
    const rows = new Set(WIKIDATA_SPELLINGS.split('\n').map((l) => l.split('\t').slice(0, 2).join(' ')));
    for (const pair of ['mohammed محمد', 'saleh صالح', 'salah صلاح', 'slimane سليمان']) expect(rows.has(pair), pair).toBe(true);
  });
});
