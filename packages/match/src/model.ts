/**
 * Fellegi–Sunter model parameters as a versioned JSON document (Splink's layout, simplified): for each
 * compared field an ordered list of levels with m = P(level | match) and u = P(level | non-match), a
 * prior λ = P(match) for a random pair, and how the parameters were obtained.
 */
export const MODEL_FORMAT = 'kinlink-match-model';
export const MODEL_FORMAT_VERSION = 1;

export interface LevelParams {
  readonly label: string;
  readonly m: number;
  readonly u: number;
  /** Replace u by the term frequency of the agreeing value (common names weigh less). */
  readonly tf?: boolean;
}

export interface ComparisonParams {
  readonly field: string;
  readonly levels: readonly LevelParams[];
}

export interface TrainingInfo {
  readonly trainedAt: string;
  readonly source: string;
  readonly records: number;
  readonly randomPairs: number;
  readonly blockedPairs: number;
  readonly emIterations: number;
  readonly converged: boolean;
  readonly notes?: string;
}

export interface ModelParams {
  readonly format: typeof MODEL_FORMAT;
  readonly formatVersion: number;
  /** Identifies this parameter set (stored with every potential match it produced). */
  readonly modelVersion: string;
  readonly prior: number;
  readonly comparisons: readonly ComparisonParams[];
  readonly training: TrainingInfo;
}

const PROBABILITY_FLOOR = 1e-6;

function checkProbability(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > 1) {
    throw new Error(`invalid model: ${where} must be a probability, got ${JSON.stringify(value)}`);
  }
  return value;
}

/** Validates a parsed JSON document as model parameters (clear message on the first problem). */
export function parseModel(json: unknown): ModelParams {
  if (typeof json !== 'object' || json === null) throw new Error('invalid model: not an object');
  const doc = json as Record<string, unknown>;
  if (doc.format !== MODEL_FORMAT) throw new Error(`invalid model: format must be "${MODEL_FORMAT}"`);
  if (doc.formatVersion !== MODEL_FORMAT_VERSION) throw new Error(`invalid model: unsupported formatVersion ${String(doc.formatVersion)}`);
  if (typeof doc.modelVersion !== 'string') throw new Error('invalid model: modelVersion must be a string');
  checkProbability(doc.prior, 'prior');
  if (!Array.isArray(doc.comparisons)) throw new Error('invalid model: comparisons must be an array');
  for (const [i, c] of (doc.comparisons as unknown[]).entries()) {
    const comp = c as Record<string, unknown>;
    if (typeof comp.field !== 'string' || !Array.isArray(comp.levels)) throw new Error(`invalid model: comparisons[${i}]`);
    for (const [j, l] of (comp.levels as unknown[]).entries()) {
      const level = l as Record<string, unknown>;
      if (typeof level.label !== 'string') throw new Error(`invalid model: ${comp.field}.levels[${j}].label`);
      checkProbability(level.m, `${comp.field}.${level.label}.m`);
      checkProbability(level.u, `${comp.field}.${level.label}.u`);
    }
  }
  if (typeof doc.training !== 'object' || doc.training === null) throw new Error('invalid model: training metadata missing');
  return json as ModelParams;
}

/** Match weight of one level in bits: log2(m / u). */
export function levelWeight(level: LevelParams, uOverride?: number): number {
  const u = Math.max(uOverride ?? level.u, PROBABILITY_FLOOR);
  return Math.log2(Math.max(level.m, PROBABILITY_FLOOR) / u);
}

export function priorWeight(prior: number): number {
  const p = Math.min(Math.max(prior, PROBABILITY_FLOOR), 1 - PROBABILITY_FLOOR);
  return Math.log2(p / (1 - p));
}

export function probabilityFromWeight(bits: number): number {
  const odds = 2 ** bits;
  return Number.isFinite(odds) ? odds / (1 + odds) : 1;
}
