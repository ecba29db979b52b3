import type { Command } from 'commander';
import { stringify } from 'csv-stringify/sync';
import { clustersFromHits, indexRecords } from '@kinlink/match';
import { parseNumberOption, progressOnStderr, readModelFile, readRecordsCsv, withInputErrors, writeFileAtomic } from './link';
import { searchInParallel } from './parallel-search';

/** Candidates looked at per record. */
const CANDIDATES = 10;

export function addDedupeCommand(program: Command): void {
  program
    .command('dedupe')
    .description('Group the records of one CSV that are the same person')
    .requiredOption('--in <file>', 'CSV of records (same columns as `kinlink link`)')
    .requiredOption('--out <file>', 'CSV: cluster_id, id, cluster_size, min_probability')
    .option('--threshold <p>', 'match probability that joins two records (default 0.5)')
    .option('--model <file>', 'model parameters (JSON from `kinlink train`)')
    .option('--threads <n>', 'threads searching (worker threads sharing one index; default: the available cores)')
    .action((o: { in: string; out: string; threshold?: string; model?: string; threads?: string }) =>
      withInputErrors(async () => {
        const threshold = parseNumberOption('threshold', o.threshold, 0, 1, false) ?? 0.5;
        const threads = parseNumberOption('threads', o.threads, 1, 256, true);
        const model = readModelFile(o.model);
        const records = readRecordsCsv(o.in);
        const progress = progressOnStderr();
        const index = indexRecords(records, { model, onProgress: progress.update });
        const hits = await searchInParallel(index, records, { top: CANDIDATES, threshold, excludeSelf: true, threads, onProgress: (done, total) => progress.update('search', done, total) });
        const clusters = clustersFromHits(records, hits);
        progress.stop();
        const rows = clusters.flatMap((c) => c.ids.map((id) => [c.clusterId, id, String(c.ids.length), c.minProbability.toFixed(6)]));
        writeFileAtomic(o.out, stringify(rows, { header: true, columns: ['cluster_id', 'id', 'cluster_size', 'min_probability'] }));
        const multi = clusters.filter((c) => c.ids.length > 1).length;
        console.error(`${records.length} records → ${clusters.length} clusters (${multi} with duplicates) → ${o.out}`);
      }),
    );
}
