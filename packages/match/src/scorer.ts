import { COMPARISONS } from './comparisons';
import type { Comparison } from './comparisons';
import { levelWeight, priorWeight, probabilityFromWeight } from './model';
import type { LevelParams, ModelParams } from './model';
import type { PreparedRecord } from './prepare';
import type { TermFrequencies } from './term-frequencies';

export interface FieldExplanation {
  readonly field: string;
  /** Null when either record lacks the field (it then weighs nothing). */
  readonly level: string | null;
  /** Match weight of this field in bits (log2 of m/u), positive for evidence for a match. */
  readonly bits: number;
  /** True when u was replaced by how common the agreeing name is. */
  readonly termFrequencyAdjusted?: boolean;
}

export interface MatchScore {
  readonly probability: number;
  /** Total match weight in bits, the prior included. */
  readonly weight: number;
  readonly fields: readonly FieldExplanation[];
}

/** A score with the slow comparisons left out (null in their places); see `Scorer.partialScore`. */
export interface PartialScore {
  readonly fields: readonly (FieldExplanation | null)[];
  /** Weight of the comparisons made, the prior included. */
  readonly weight: number;
  /** The most the complete weight can be. */
  readonly bound: number;
}

interface BoundComparison {
  readonly comparison: Comparison;
  readonly levels: ReadonlyMap<string, LevelParams>;
}

/** Scores pairs of prepared records with a model; term frequencies come from the registry searched. */
export class Scorer {
  private readonly bound: readonly BoundComparison[];
  private readonly prior: number;

  constructor(
    readonly model: ModelParams,
    private readonly frequencies?: TermFrequencies,
    comparisons: readonly Comparison[] = COMPARISONS,
  ) {
    const byField = new Map(model.comparisons.map((c) => [c.field, c]));
    this.bound = comparisons.flatMap((comparison) => {
      const params = byField.get(comparison.field);
      if (!params) return [];
      return [{ comparison, levels: new Map(params.levels.map((l) => [l.label, l])) }];
    });
    this.prior = priorWeight(model.prior);
  }

  private fieldWeight(b: BoundComparison, a: PreparedRecord, c: PreparedRecord, label: string | null): FieldExplanation {
    const field = b.comparison.field;
    if (label === null) return { field, level: null, bits: 0 };
    const params = b.levels.get(label);
    if (!params) return { field, level: label, bits: 0 };
    if (params.tf && this.frequencies && b.comparison.termKeys) {
      const f = this.frequencies.nameFrequency(b.comparison.termKeys(a));
      // The frequency of the name agreed on replaces u, but never makes agreement weaker than disagreement.
      if (f !== undefined) return { field, level: label, bits: Math.max(levelWeight(params, f), 0), termFrequencyAdjusted: true };
    }
    return { field, level: label, bits: levelWeight(params) };
  }

  /** Match weight (bits, prior excluded) of the comparisons in `fields` only: a cheap partial score for ranking. */
  partialWeight(a: PreparedRecord, b: PreparedRecord, fields: ReadonlySet<string>): number {
    let weight = 0;
    for (const bc of this.bound) {
      if (!fields.has(bc.comparison.field)) continue;
      const label = bc.comparison.compare(a, b);
      if (label === null) continue;
      const params = bc.levels.get(label);
      if (params) weight += levelWeight(params);
    }
    return weight;
  }

  /**
   * Per comparison, the most bits it can give when `a` is compared with any record (0 when no level is
   * positive; term frequencies from `a`, as in `score`): with `partialScore`, an upper bound of a weight.
   */
  ceilings(a: PreparedRecord): number[] {
    return this.bound.map((b) => {
      let most = 0;
      for (const params of b.levels.values()) {
        const f = params.tf && this.frequencies && b.comparison.termKeys ? this.frequencies.nameFrequency(b.comparison.termKeys(a)) : undefined;
        most = Math.max(most, f === undefined ? levelWeight(params) : levelWeight(params, f));
      }
      return most;
    });
  }

  /**
   * The cheap part of a score: every comparison but the slow ones (`present` set) is made; `bound` is the
   * most the whole weight can be (the slow ones present on both sides counted at their ceiling).
   * `completeScore` makes the slow ones and gives what `score` gives.
   */
  partialScore(a: PreparedRecord, b: PreparedRecord, ceilings: readonly number[]): PartialScore {
    let weight = this.prior;
    let bound = 0;
    const fields = this.bound.map((bc, i) => {
      const present = bc.comparison.present;
      if (present) {
        if (present(a, b)) bound += ceilings[i]!;
        return null;
      }
      const f = this.fieldWeight(bc, a, b, bc.comparison.compare(a, b));
      weight += f.bits;
      return f;
    });
    return { fields, weight, bound: weight + bound };
  }

  completeScore(a: PreparedRecord, b: PreparedRecord, partial: PartialScore): MatchScore {
    // Summed in field order, as `score` sums: the same pair gets the same weight to the last bit.
    let weight = this.prior;
    const fields = this.bound.map((bc, i) => {
      const f = partial.fields[i] ?? this.fieldWeight(bc, a, b, bc.comparison.compare(a, b));
      weight += f.bits;
      return f;
    });
    return { probability: probabilityFromWeight(weight), weight, fields };
  }

  score(a: PreparedRecord, b: PreparedRecord): MatchScore {
    let weight = this.prior;
    const fields = this.bound.map((bc) => {
      const f = this.fieldWeight(bc, a, b, bc.comparison.compare(a, b));
      weight += f.bits;
      return f;
    });
    return { probability: probabilityFromWeight(weight), weight, fields };
  }
}
