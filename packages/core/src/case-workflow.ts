import { z } from 'zod';
import { text } from './primitives';
import type { CaseStatus } from './tracing-case';
import { CaseTrack, ClosureReason } from './tracing-case';

/** The part of a case its workflow governs. */
export interface CaseState {
  readonly status: CaseStatus;
  readonly track: CaseTrack | null;
  readonly closureReason: ClosureReason | null;
}

/** Workflow actions, as accepted by the API (`POST /cases/:id/transitions`). */
export const CaseAction = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('submit') }),
  z.strictObject({ type: z.literal('start'), track: CaseTrack }),
  z.strictObject({ type: z.literal('change_track'), track: CaseTrack }),
  z.strictObject({ type: z.literal('close'), reason: ClosureReason, note: text(4000).optional() }),
  z.strictObject({ type: z.literal('reopen'), note: text(4000) }),
]);
export type CaseAction = z.infer<typeof CaseAction>;
export type CaseActionType = CaseAction['type'];

export type CaseTransitionError =
  | { code: 'invalid_transition'; from: CaseStatus; action: CaseActionType; message: string }
  | { code: 'same_track'; track: CaseTrack; message: string };

export type CaseTransitionResult = { ok: true; state: CaseState } | { ok: false; error: CaseTransitionError };

/** Which statuses each action may leave from. */
export const CASE_TRANSITIONS: Readonly<Record<CaseActionType, readonly CaseStatus[]>> = {
  submit: ['draft'],
  start: ['open'],
  change_track: ['in_progress'],
  close: ['draft', 'open', 'in_progress'],
  reopen: ['closed'],
};

const invalid = (from: CaseStatus, action: CaseActionType): CaseTransitionResult => ({
  ok: false,
  error: {
    code: 'invalid_transition',
    from,
    action,
    message: `a ${from.replace('_', ' ')} case cannot be ${{ submit: 'submitted', start: 'started', change_track: 'moved to another track', close: 'closed', reopen: 'reopened' }[action]}`,
  },
});

/**
 * The case workflow: draft → open → in_progress (desk | field | transferred) → closed (with a reason),
 * closed → open again on reopen. Pure: returns the new state or a typed error, never throws.
 */
export function transitionCase(state: CaseState, action: CaseAction): CaseTransitionResult {
  if (!CASE_TRANSITIONS[action.type].includes(state.status)) return invalid(state.status, action.type);
  switch (action.type) {
    case 'submit':
      return { ok: true, state: { status: 'open', track: null, closureReason: null } };
    case 'start':
      return { ok: true, state: { status: 'in_progress', track: action.track, closureReason: null } };
    case 'change_track':
      if (state.track === action.track) {
        return { ok: false, error: { code: 'same_track', track: action.track, message: `the case is already on the ${action.track} track` } };
      }
      return { ok: true, state: { status: 'in_progress', track: action.track, closureReason: null } };
    case 'close':
      return { ok: true, state: { status: 'closed', track: null, closureReason: action.reason } };
    case 'reopen':
      return { ok: true, state: { status: 'open', track: null, closureReason: null } };
  }
}

/** Actions available from a state (for the UI's buttons). */
export function availableCaseActions(state: CaseState): CaseActionType[] {
  return (Object.keys(CASE_TRANSITIONS) as CaseActionType[]).filter((a) => CASE_TRANSITIONS[a].includes(state.status));
}
