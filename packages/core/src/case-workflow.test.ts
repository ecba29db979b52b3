import { describe, expect, it } from 'vitest';
import type { CaseAction, CaseState } from './case-workflow';
import { CaseAction as CaseActionSchema, availableCaseActions, transitionCase } from './case-workflow';
import { ClosureReason } from './tracing-case';

const draft: CaseState = { status: 'draft', track: null, closureReason: null };
const open: CaseState = { status: 'open', track: null, closureReason: null };
const desk: CaseState = { status: 'in_progress', track: 'desk', closureReason: null };
const closed: CaseState = { status: 'closed', track: null, closureReason: 'reunited' };

const apply = (state: CaseState, ...actions: CaseAction[]): CaseState =>
  actions.reduce((s, a) => {
    const r = transitionCase(s, a);
    if (!r.ok) throw new Error(r.error.message);
    return r.state;
  }, state);

describe('transitionCase', () => {
  it('walks draft → open → in progress → closed → reopened', () => {
    expect(apply(draft, { type: 'submit' })).toEqual(open);
    expect(apply(open, { type: 'start', track: 'field' })).toEqual({ status: 'in_progress', track: 'field', closureReason: null });
    expect(apply(desk, { type: 'change_track', track: 'transferred' }).track).toBe('transferred');
    expect(apply(desk, { type: 'close', reason: 'located_contact_restored' })).toEqual({
      status: 'closed', track: null, closureReason: 'located_contact_restored',
    });
    expect(apply(closed, { type: 'reopen', note: 'new information from the enquirer' })).toEqual(open);
  });

  it('rejects transitions the workflow does not allow, with a typed error', () => {
    const cases: [CaseState, CaseAction][] = [
      [draft, { type: 'start', track: 'desk' }],
      [open, { type: 'submit' }],
      [desk, { type: 'start', track: 'field' }],
      [closed, { type: 'close', reason: 'reunited' }],
      [closed, { type: 'start', track: 'desk' }],
      [open, { type: 'reopen', note: 'x' }],
      [open, { type: 'change_track', track: 'field' }],
    ];
    for (const [state, action] of cases) {
      const result = transitionCase(state, action);
      expect(result.ok, `${state.status} + ${action.type}`).toBe(false);
      if (!result.ok) {
        expect(result.error).toMatchObject({ code: 'invalid_transition', from: state.status, action: action.type });
        expect(result.error.message).toMatch(/cannot be/);
      }
    }
  });

  it('refuses to move a case to the track it is already on', () => {
    const result = transitionCase(desk, { type: 'change_track', track: 'desk' });
    expect(result).toMatchObject({ ok: false, error: { code: 'same_track' } });
  });

  it('requires a closure reason from DESIGN.md to close', () => {
    expect(CaseActionSchema.safeParse({ type: 'close' }).success).toBe(false);
    expect(CaseActionSchema.safeParse({ type: 'close', reason: 'solved' }).success).toBe(false);
    for (const reason of ClosureReason.options) {
      expect(CaseActionSchema.safeParse({ type: 'close', reason }).success).toBe(true);
    }
    expect(ClosureReason.options).toHaveLength(9);
  });

  it('lists the actions available from each status', () => {
    expect(availableCaseActions(draft)).toEqual(['submit', 'close']);
    expect(availableCaseActions(open)).toEqual(['start', 'close']);
    expect(availableCaseActions(desk)).toEqual(['change_track', 'close']);
    expect(availableCaseActions(closed)).toEqual(['reopen']);
  });
});
