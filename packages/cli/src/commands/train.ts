import type { Command } from 'commander';
import { trainModel } from '@kinlink/match';
import { parseNumberOption, progressOnStderr, readModelFile, readRecordsCsv, withInputErrors, writeFileAtomic } from './link';

export function addTrainCommand(program: Command): void {
  program
    .command('train')
    .description("Re-estimate the matching model on a deployment's own records (u from random pairs, m by EM)")
    .requiredOption('--in <file>', 'CSV of records (same columns as `kinlink link`), ideally including duplicates')
    .option('--model-out <file>', 'where to write the model JSON (default: model.json)', 'model.json')
    .option('--start <file>', 'model to start EM from (default: the shipped model)')
    .option('--random-pairs <n>', 'random pairs for u (default 200000)')
    .option('--seed <n>', 'random seed (default 1)')
    .action((o: { in: string; modelOut: string; start?: string; randomPairs?: string; seed?: string }) =>
      withInputErrors(() => {
        const randomPairs = parseNumberOption('random-pairs', o.randomPairs, 1000, 1e8, true);
        const seed = parseNumberOption('seed', o.seed, 0, 2 ** 31, true);
        const start = readModelFile(o.start);
        const records = readRecordsCsv(o.in);
        const progress = progressOnStderr();
        const trainedAt = new Date().toISOString();
        const model = trainModel(records, { trainedAt, source: o.in, randomPairs, seed, start, onProgress: progress.update });
        progress.stop();
        writeFileAtomic(o.modelOut, `${JSON.stringify(model, null, 2)}\n`);
        const t = model.training;
        console.error(`model ${model.modelVersion}: ${t.records} records, ${t.randomPairs} random pairs, ${t.blockedPairs} blocked pairs, EM ${t.emIterations} iterations (${t.converged ? 'converged' : 'NOT converged'}), prior ${model.prior.toExponential(2)} → ${o.modelOut}`);
      }),
    );
}
