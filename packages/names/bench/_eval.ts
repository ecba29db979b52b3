// scratch: tuning-data rates and a dump of every judgement (never the blind sets)
import { writeFileSync } from 'node:fs';
import { nameScore, prepareName, SAME_NAME_THRESHOLD } from '../src/index';
import { useSpellingLexicon } from '../src/lexicon/active-lexicon';
import { compoundPairs } from './compound-spellings';
import { pairsWithoutDiacritics } from './without-diacritics';
import { buildHeldOut, loadGroups, loadMoreNames, loadOtherNames, loadPairs, BLIND_SETS, LATER_SETS, loadLaterSet, type LabelledPair } from './data';
if (process.env.NOLEX) useSpellingLexicon(null);
const dumpAt = process.argv.indexOf('--dump');
const later = LATER_SETS.map(([name]) => name).filter((n) => !BLIND_SETS.includes(n as never)).map((name) => ({ name, ...loadLaterSet(name) }));
const sets: [string, LabelledPair[]][] = [
  ['pairs.jsonl', loadPairs()],
  ['heldout-tune', buildHeldOut(loadGroups()).pairs.filter((p) => p.half === 'tune')],
  ['other', loadOtherNames().pairs],
  ['more', loadMoreNames().pairs],
  ...later.map((s) => [s.name, s.pairs] as [string, LabelledPair[]]),
  ['compounds', compoundPairs()],
  ['bare-tuning', pairsWithoutDiacritics(later.flatMap((s) => s.groups))],
];
const lines: string[] = [];
let tm = 0, td = 0, tu = 0;
for (const [name, pairs] of sets) {
  let sm = 0, da = 0, ua = 0, ns = 0, nd = 0;
  for (const p of pairs) {
    const s = nameScore(prepareName(p.a), prepareName(p.b));
    const same = s >= SAME_NAME_THRESHOLD;
    if (p.kind === 'same') { ns++; if (!same) sm++; }
    else if (p.kind === 'different') { nd++; if (same) da++; }
    else if (same) ua++;
    lines.push(`${name}\t${p.kind}\t${p.a}\t${p.b}\t${same ? 1 : 0}\t${s.toFixed(3)}`);
  }
  tm += sm; td += da; tu += ua;
  if (!process.env.QUIET) console.log(`${name.padEnd(16)} sameMiss ${sm}/${ns} diffAcc ${da}/${nd} unrelAcc ${ua}`);
}
console.log(`TOTAL sameMiss ${tm} diffAcc ${td} unrelAcc ${tu}  objective ${tm + td + 3 * tu}`);
if (dumpAt > 0) writeFileSync(process.argv[dumpAt + 1]!, lines.join('\n') + '\n');
