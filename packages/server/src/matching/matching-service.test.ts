import { expect, it } from 'vitest';
import { createCase, createRegistration, decidePotentialMatch, listCaseMatches, updatePerson } from '@kinlink/store';
import { caseInput, forEachDialect, makeOrganisation, personInput } from '@kinlink/store/testing';
import { matchCaseJob } from './match-case-job';
import { MatchingService } from './matching-service';

forEachDialect((ctx) => {
  async function world() {
    const mk = await makeOrganisation(ctx.db);
    const rs = await makeOrganisation(ctx.db, { country: 'RS' });
    // A mother in Germany looks for her son, written in Arabic by the family.
    const mother = await ctx.db.transaction().execute((trx) =>
      createCase(trx, {
        organisationId: rs.id,
        case: caseInput({
          enquirer: personInput('فاطمة', 'حداد', { sex: 'female', birth: { kind: 'date', date: '1965-03-02' } }),
          sought: [{ relationship: 'son', person: { names: { given: [{ value: 'محمد' }], father: [{ value: 'حسين' }], family: [{ value: 'الخطيب' }] }, sex: 'male', birth: { kind: 'date', date: '1990-07-14' }, birthPlace: 'حلب', nationalities: ['SY'] } }],
        }),
      }),
    );
    // He was registered "safe and well" in Gevgelija, in Cyrillic, born "1 January 1990".
    const registration = await ctx.db.transaction().execute((trx) =>
      createRegistration(trx, {
        organisationId: mk.id,
        registration: { kind: 'safe_and_well', person: { names: { given: [{ value: 'Мухамед' }], father: [{ value: 'Хусеин' }], family: [{ value: 'Ал-Хатиб' }] }, sex: 'male', birth: { kind: 'date', date: '1990-01-01' }, birthPlace: 'Алепо', nationalities: ['SY'] } },
      }),
    );
    // And he asked for his mother himself, in Latin script: the two families are looking for each other.
    const son = await ctx.db.transaction().execute((trx) =>
      createCase(trx, {
        organisationId: mk.id,
        case: caseInput({
          enquirer: personInput('Mohammed', 'Alkhatib', { sex: 'male', birth: { kind: 'date', date: '1990' }, birthPlace: 'Aleppo' }),
          sought: [{ relationship: 'mother', person: personInput('Fatima', 'Haddad', { sex: 'female', birth: { kind: 'date', date: '1965' } }) }],
        }),
      }),
    );
    return { mother, registration, son };
  }

  it('finds the registration and the reciprocal request of a case, stores them with explanations', async () => {
    const { mother, registration, son } = await world();
    const service = new MatchingService();
    const result = await service.matchCase(ctx.db, mother.id);
    expect(result.outcomes.created).toBeGreaterThanOrEqual(2);
    const matches = await listCaseMatches(ctx.db, mother.id);
    const soughtId = mother.sought[0]!.person.id;
    const found = matches.find((m) => m.kind === 'registration');
    expect(found).toBeDefined();
    expect([found!.leftPersonId, found!.rightPersonId].sort()).toEqual([soughtId, registration.person.id].sort());
    expect(found!.probability).toBeGreaterThan(0.5);
    expect(found!.explanation.find((e) => e.field === 'name')?.level).toBe('exact');
    expect(found!.explanation.find((e) => e.field === 'birth_date')?.level).toBe('year');
    const reciprocal = matches.filter((m) => m.kind === 'reciprocal');
    expect(reciprocal.some((m) => m.leftCaseId === son.id || m.rightCaseId === son.id)).toBe(true);
  });

  it('does not bring back a rejected pair unless one of the records changes', async () => {
    const { mother } = await world();
    const service = new MatchingService();
    await service.matchCase(ctx.db, mother.id);
    const found = (await listCaseMatches(ctx.db, mother.id)).find((m) => m.kind === 'registration')!;
    await decidePotentialMatch(ctx.db, found.id, { status: 'rejected', reason: 'the family says he has a scar; this man does not' });
    const again = await service.matchCase(ctx.db, mother.id);
    expect(again.outcomes['kept-rejected']).toBeGreaterThanOrEqual(1);
    expect((await listCaseMatches(ctx.db, mother.id)).some((m) => m.id === found.id)).toBe(false);
    const soughtId = mother.sought[0]!.person.id;
    await updatePerson(ctx.db, soughtId, { birthPlace: 'Aleppo, Syria' });
    const afterChange = await service.matchCase(ctx.db, mother.id);
    expect(afterChange.outcomes.reopened).toBeGreaterThanOrEqual(1);
    expect((await listCaseMatches(ctx.db, mother.id)).find((m) => m.id === found.id)?.status).toBe('potential');
  });

  it('runs as the match.case background job', async () => {
    const { mother } = await world();
    const handler = matchCaseJob();
    const result = (await handler({ caseId: mother.id }, { db: ctx.db } as never)) as { outcomes: Record<string, number> };
    expect(Object.values(result.outcomes).reduce((s, n) => s + n, 0)).toBeGreaterThanOrEqual(2);
    await expect(handler({} as never, { db: ctx.db } as never)).rejects.toThrow(/caseId/);
  });
});
