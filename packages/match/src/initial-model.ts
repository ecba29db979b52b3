import { COMPARISONS } from './comparisons';
import type { Comparison } from './comparisons';
import { MODEL_FORMAT, MODEL_FORMAT_VERSION } from './model';
import type { ModelParams } from './model';

/**
 * Starting values for training: matches mostly agree at the strongest level, non-matches mostly
 * disagree. EM moves m from here; u is re-estimated from random pairs.
 */
export function initialModel(comparisons: readonly Comparison[] = COMPARISONS): ModelParams {
  return {
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    modelVersion: 'initial',
    prior: 1e-4,
    comparisons: comparisons.map((c) => {
      const n = c.levels.length;
      return {
        field: c.field,
        levels: c.levels.map((label, i) => {
          const m = i === 0 ? 0.7 : i === n - 1 ? 0.05 : 0.25 / Math.max(1, n - 2);
          const u = i === n - 1 ? 0.9 : 0.1 / Math.max(1, n - 1);
          return { label, m, u, ...(c.termKeys && i === 0 ? { tf: true } : {}) };
        }),
      };
    }),
    training: { trainedAt: '1970-01-01T00:00:00.000Z', source: 'initial guesses', records: 0, randomPairs: 0, blockedPairs: 0, emIterations: 0, converged: false },
  };
}
