/**
 * Writes synth-tail.txt: the Latin spellings of the Wikipedia Arabic→English pairs the name engine of the day reads as
 * one name, the tail of the benchmark's synthetic world (data.ts, loadChosenTailNames). Run only to change that world.
 */
import { writeFileSync } from 'node:fs';
import { nameScore, prepareName, SAME_NAME_THRESHOLD } from '@kinlink/names';
import { CHOSEN_TAIL_FILE, loadTailNames } from './data';

const out = process.argv[2] ?? CHOSEN_TAIL_FILE;
const kept = loadTailNames().filter((t) => nameScore(prepareName(t.arabic), prepareName(t.latin)) >= SAME_NAME_THRESHOLD);
writeFileSync(out, kept.map((t) => t.latin).join('\n') + '\n');
console.log(`${kept.length} tail names → ${out}`);
