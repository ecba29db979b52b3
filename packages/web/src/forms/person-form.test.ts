import { TracingCaseInput } from '@kinlink/core';
import { describe, expect, it } from 'vitest';
import { caseFormPath, emptyCase, toCaseInput } from './case-form';
import { emptyPerson, fromPerson, personFormPath, toPersonInput } from './person-form';

describe('toPersonInput', () => {
  it('keeps names as typed with their script and leaves empty fields out', () => {
    const input = toPersonInput({ ...emptyPerson(), given: ' محمد ', family: 'Ал-Хатиб', birthDate: '1990', nationality: 'syr, IRQ' });
    expect(input).toEqual({
      names: {
        given: [{ value: 'محمد', script: 'arabic' }],
        family: [{ value: 'Ал-Хатиб', script: 'cyrillic' }],
        father: [], grandfather: [], mother: [], other: [],
      },
      birth: { kind: 'date', date: '1990' },
      nationalities: ['SYR', 'IRQ'],
    });
  });

  it('dates an estimated age today when the birth date is unknown', () => {
    expect(toPersonInput({ ...emptyPerson(), given: 'Ali', estimatedAge: '34' }, '2026-05-01').birth).toEqual({ kind: 'estimated_age', years: 34, at: '2026-05-01' });
  });

  it('round-trips through fromPerson', () => {
    const form = { ...emptyPerson(), given: 'Ahmad', family: 'Rahimi', sex: 'male', birthDate: '1988-03', phone: '+389 70 123 456', lastKnownPlace: 'Tabanovce' };
    expect(fromPerson(toPersonInput(form))).toEqual(form);
  });
});

describe('case form validation with the API schema', () => {
  it('passes a complete request and places errors next to the right fields', () => {
    const form = emptyCase();
    form.enquirer.given = 'فاطمة';
    form.sought[0] = { relationship: 'brother', person: { ...emptyPerson(), given: 'محمد', family: 'الخطيب', birthDate: '1990' } };
    expect(TracingCaseInput.safeParse(toCaseInput(form)).success).toBe(true);

    form.sought[0].person.birthDate = '1990-13';
    form.sought[0].relationship = '';
    form.enquirer.given = '';
    const result = TracingCaseInput.safeParse(toCaseInput(form));
    expect(result.success).toBe(false);
    const paths = result.success ? [] : result.error.issues.map((i) => caseFormPath(i.path.join('.')));
    expect(paths.sort()).toEqual(['enquirer.given', 'sought.0.person.birthDate', 'sought.0.relationship']);
  });
});

describe('personFormPath', () => {
  it('maps API paths to form controls', () => {
    expect(personFormPath('sought.1.person.names.family.0.value')).toBe('sought.1.person.family');
    expect(personFormPath('enquirer.names')).toBe('enquirer.given');
    expect(personFormPath('person.birth.years')).toBe('person.estimatedAge');
    expect(personFormPath('person.nationalities.0')).toBe('person.nationality');
    expect(personFormPath('person.phones.0.number')).toBe('person.phone');
    expect(personFormPath('separation.date')).toBe('separation.date');
  });
});
