/**
 * Re-trains the model shipped in src/default-model.ts on synthetic data (unlabelled: EM only) and
 * writes it. Run: npx tsx packages/match/bench/train-default.ts
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { trainModel } from '@kinlink/match';
import { synthData } from './synth-quality';

const PEOPLE = 20_000;
const REQUESTS = 4_000;
const SEED = 7;
const data = synthData(PEOPLE, REQUESTS, false, SEED);
const started = performance.now();
const model = trainModel([...data.registry, ...data.requests], {
  trainedAt: new Date().toISOString(),
  source: `kinlink synth --people ${PEOPLE} --requests ${REQUESTS} --seed ${SEED} (registry + requests, unlabelled)`,
  modelVersion: `synth-em-${new Date().toISOString().slice(0, 10)}`,
});
const file = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../src/default-model.ts');
const body = `import type { ModelParams } from './model';

/** Trained by packages/match/bench/train-default.ts (EM on synthetic, unlabelled records); see training. */
export const DEFAULT_MODEL: ModelParams = ${JSON.stringify(model, null, 2)};
`;
writeFileSync(file, body);
console.log(`trained in ${((performance.now() - started) / 1000).toFixed(1)} s → ${file}`);
for (const c of model.comparisons) console.log(c.field.padEnd(18), c.levels.map((l) => `${l.label} ${l.m.toFixed(3)}/${l.u.toFixed(4)}`).join(' | '));
console.log('prior', model.prior, model.training);
