import type { TracingCaseInput } from '@kinlink/core';
import { emptyPerson, personFormPath, toPersonInput, type PersonForm } from './person-form';

export interface SoughtForm {
  relationship: string;
  person: PersonForm;
}

export interface CaseForm {
  enquirer: PersonForm;
  sought: SoughtForm[];
  separation: { date: string; place: string; cause: string; circumstances: string };
  lastNews: { date: string; content: string };
  priorities: string[];
}

/** The part of a request that is edited after it was created. */
export type CaseCircumstancesForm = Pick<CaseForm, 'separation' | 'lastNews' | 'priorities'>;

export function emptySought(): SoughtForm {
  return { relationship: '', person: emptyPerson() };
}

export function emptyCase(): CaseForm {
  return {
    enquirer: emptyPerson(),
    sought: [emptySought()],
    separation: { date: '', place: '', cause: '', circumstances: '' },
    lastNews: { date: '', content: '' },
    priorities: [],
  };
}

/** Drops empty strings so that optional fields are really optional (data minimisation). */
function compact<T extends Record<string, string>>(values: T): Partial<T> | undefined {
  const out: Partial<T> = {};
  for (const [k, v] of Object.entries(values)) if (v.trim() !== '') (out as Record<string, string>)[k] = v.trim();
  return Object.keys(out).length > 0 ? out : undefined;
}

export function toCaseInput(form: CaseForm, today?: string): TracingCaseInput {
  const input: TracingCaseInput = {
    enquirer: toPersonInput(form.enquirer, today),
    sought: form.sought.map((s) => ({
      relationship: s.relationship as TracingCaseInput['sought'][number]['relationship'],
      person: toPersonInput(s.person, today),
    })),
    priorities: form.priorities as TracingCaseInput['priorities'],
  };
  const separation = compact(form.separation);
  if (separation) input.separation = separation as TracingCaseInput['separation'];
  const lastNews = compact(form.lastNews);
  if (lastNews) input.lastNews = lastNews;
  return input;
}

/** Where an API error path of a TracingCaseInput lands in the form. */
export function caseFormPath(apiPath: string): string {
  return personFormPath(apiPath);
}
