/**
 * Expectation–maximisation for the Fellegi–Sunter mixture over comparison vectors (level index per
 * comparison, -1 when a value is missing). Identical vectors are counted once with a multiplicity.
 */
export interface PatternCount {
  readonly levels: readonly number[];
  readonly count: number;
}

export interface EmParams {
  /** m[c][l], u[c][l] */
  m: number[][];
  u: number[][];
  lambda: number;
}

export interface EmOptions {
  maxIterations?: number;
  tolerance?: number;
  /** Comparisons whose m stays as given (e.g. the ones used for blocking, which would be biased). */
  fixedM?: ReadonlySet<number>;
  /** Keep u as given (estimated from random pairs, as Splink does). */
  fixU?: boolean;
}

export interface EmResult extends EmParams {
  iterations: number;
  converged: boolean;
}

const FLOOR = 1e-6;

/** Counts identical comparison vectors. */
export function countPatterns(vectors: Iterable<readonly number[]>): PatternCount[] {
  const map = new Map<string, { levels: readonly number[]; count: number }>();
  for (const v of vectors) {
    const key = v.join(',');
    const hit = map.get(key);
    if (hit) hit.count++;
    else map.set(key, { levels: v, count: 1 });
  }
  return [...map.values()];
}

function normalize(row: number[]): number[] {
  const total = row.reduce((s, x) => s + x, 0);
  return row.map((x) => Math.max(total > 0 ? x / total : 1 / row.length, FLOOR));
}

export function runEm(patterns: readonly PatternCount[], start: EmParams, options: EmOptions = {}): EmResult {
  const maxIterations = options.maxIterations ?? 200;
  const tolerance = options.tolerance ?? 1e-5;
  let m = start.m.map((r) => [...r]);
  let u = start.u.map((r) => [...r]);
  let lambda = start.lambda;
  for (let it = 1; it <= maxIterations; it++) {
    const mAcc = m.map((r) => r.map(() => 0));
    const uAcc = u.map((r) => r.map(() => 0));
    let matchMass = 0;
    let total = 0;
    for (const p of patterns) {
      let logM = Math.log(lambda);
      let logU = Math.log(1 - lambda);
      p.levels.forEach((l, c) => {
        if (l < 0) return;
        logM += Math.log(m[c]![l]!);
        logU += Math.log(u[c]![l]!);
      });
      const posterior = 1 / (1 + Math.exp(logU - logM));
      const wm = posterior * p.count;
      const wu = (1 - posterior) * p.count;
      matchMass += wm;
      total += p.count;
      p.levels.forEach((l, c) => {
        if (l < 0) return;
        mAcc[c]![l]! += wm;
        uAcc[c]![l]! += wu;
      });
    }
    const newM = mAcc.map((row, c) => (options.fixedM?.has(c) ? m[c]! : normalize(row)));
    const newU = options.fixU ? u : uAcc.map(normalize);
    const newLambda = Math.min(Math.max(matchMass / total, FLOOR), 1 - FLOOR);
    let delta = Math.abs(newLambda - lambda);
    newM.forEach((row, c) => row.forEach((x, l) => (delta = Math.max(delta, Math.abs(x - m[c]![l]!)))));
    newU.forEach((row, c) => row.forEach((x, l) => (delta = Math.max(delta, Math.abs(x - u[c]![l]!)))));
    m = newM;
    u = newU;
    lambda = newLambda;
    if (delta < tolerance) return { m, u, lambda, iterations: it, converged: true };
  }
  return { m, u, lambda, iterations: maxIterations, converged: false };
}
