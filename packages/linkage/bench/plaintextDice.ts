import { fieldTokens, type LinkageRecord, type LinkageSchema } from '../src/index';

/**
 * The unencoded baseline: the same tokens the CLK holds, compared directly with a weighted Dice
 * coefficient (weight = the field's k), i.e. what the encoding approximates. Tokens are interned to
 * integers and each record's tokens sorted, so a pair is one merge.
 */
export interface PlainSet {
  readonly tokens: Int32Array[];
  readonly weights: Float64Array;
  readonly totals: Float64Array;
}

export function plainSets(records: readonly LinkageRecord[], schema: LinkageSchema, intern: Map<string, number>, weights: number[]): PlainSet {
  const tokens: Int32Array[] = [];
  const totals = new Float64Array(records.length);
  records.forEach((record, row) => {
    const fields = fieldTokens(record, schema.q);
    const ids: number[] = [];
    for (const field of ['name', 'birthYear', 'sex'] as const) {
      for (const token of fields[field]) {
        const key = `${field}:${token}`;
        let id = intern.get(key);
        if (id === undefined) {
          id = intern.size;
          intern.set(key, id);
          weights[id] = schema.k[field];
        }
        ids.push(id);
      }
    }
    const sorted = Int32Array.from(new Set(ids)).sort();
    tokens.push(sorted);
    totals[row] = sorted.reduce((sum, id) => sum + weights[id]!, 0);
  });
  return { tokens, weights: Float64Array.from(weights), totals };
}

export function plainDice(a: PlainSet, i: number, b: PlainSet, j: number): number {
  const x = a.tokens[i]!;
  const y = b.tokens[j]!;
  let p = 0;
  let q = 0;
  let common = 0;
  while (p < x.length && q < y.length) {
    if (x[p]! === y[q]!) {
      common += a.weights[x[p]!]!;
      p++;
      q++;
    } else if (x[p]! < y[q]!) p++;
    else q++;
  }
  const total = a.totals[i]! + b.totals[j]!;
  return total === 0 ? 0 : (2 * common) / total;
}
