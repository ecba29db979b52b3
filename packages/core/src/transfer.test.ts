import { describe, expect, it } from 'vitest';
import { TransferInput, transitionTransfer } from './transfer';

const pending = { status: 'requested' as const, fromOrganisationId: 'mk', toOrganisationId: 'rs' };

describe('transitionTransfer', () => {
  it('lets the receiving organisation accept or decline', () => {
    expect(transitionTransfer(pending, { type: 'accept' }, 'rs')).toEqual({ ok: true, status: 'accepted' });
    expect(transitionTransfer(pending, { type: 'decline', reason: 'out of mandate' }, 'rs')).toEqual({ ok: true, status: 'declined' });
  });

  it('lets only the sender withdraw and only the receiver decide', () => {
    expect(transitionTransfer(pending, { type: 'withdraw' }, 'mk')).toEqual({ ok: true, status: 'withdrawn' });
    expect(transitionTransfer(pending, { type: 'withdraw' }, 'rs')).toMatchObject({ ok: false, error: { code: 'wrong_side' } });
    expect(transitionTransfer(pending, { type: 'accept' }, 'mk')).toMatchObject({ ok: false, error: { code: 'wrong_side' } });
  });

  it('decides a transfer only once', () => {
    const accepted = { ...pending, status: 'accepted' as const };
    expect(transitionTransfer(accepted, { type: 'decline', reason: 'x' }, 'rs')).toMatchObject({
      ok: false, error: { code: 'not_pending', status: 'accepted' },
    });
  });
});

describe('TransferInput', () => {
  const valid = { kind: 'case_transfer', caseId: 'mk.redcross.example/1', toOrganisationId: 'rs', legalBasis: 'consent', dataCategories: ['identity'] };
  it('needs a case or a person, a legal basis and at least one distinct data category', () => {
    expect(TransferInput.safeParse(valid).success).toBe(true);
    expect(TransferInput.safeParse({ ...valid, caseId: undefined }).success).toBe(false);
    expect(TransferInput.safeParse({ ...valid, dataCategories: [] }).success).toBe(false);
    expect(TransferInput.safeParse({ ...valid, dataCategories: ['identity', 'identity'] }).success).toBe(false);
    expect(TransferInput.safeParse({ ...valid, legalBasis: 'immigration_control' }).success).toBe(false);
  });
});
