import { TracingCaseUpdate, type TracingCase } from '@kinlink/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { casesApi } from '../api/endpoints';
import { fieldLabel } from '../app/display';
import { Button } from '../components/Button';
import { CaseCircumstancesFields } from '../components/CaseCircumstancesFields';
import { ErrorSummary } from '../components/form/ErrorSummary';
import { fieldId, useFormState } from '../components/form/form-state';
import { useErrorText, useIssueText } from '../components/StatusMessage';
import type { CaseCircumstancesForm } from '../forms/case-form';

type EditForm = CaseCircumstancesForm;

const FORM = 'edit';

function fromCase(c: TracingCase): EditForm {
  return {
    separation: { date: c.separation?.date ?? '', place: c.separation?.place ?? '', cause: c.separation?.cause ?? '', circumstances: c.separation?.circumstances ?? '' },
    lastNews: { date: c.lastNews?.date ?? '', content: c.lastNews?.content ?? '' },
    priorities: [...c.priorities],
  };
}

function compact(values: Record<string, string>): Record<string, string> | null {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(values)) if (v.trim() !== '') out[k] = v.trim();
  return Object.keys(out).length > 0 ? out : null;
}

/** Editing a request's separation, last news and priorities; a newer stored version is reported, never overwritten. */
export function CaseEditPanel(props: { value: TracingCase; onSaved: (c: TracingCase) => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const form = useFormState<EditForm>(() => fromCase(props.value), useErrorText(), useIssueText());
  const { values, set, errors } = form;
  const prepare = (v: EditForm) => ({ separation: compact(v.separation), lastNews: compact(v.lastNews), priorities: v.priorities });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    await form.submit(
      async (v) => {
        const saved = await casesApi.update(props.value.id, { ...(prepare(v) as TracingCaseUpdate), version: props.value.version });
        props.onSaved(saved);
      },
      { schema: TracingCaseUpdate, prepare },
    );
  }

  const summary = Object.entries(errors)
    .filter(([p]) => p !== '')
    .map(([path, message]) => ({ fieldId: fieldId(FORM, path), label: fieldLabel(t, path), message }));

  return (
    <form className="panel" onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('app.edit')}>
      <ErrorSummary message={form.message} items={summary} />
      <CaseCircumstancesFields form={FORM} values={values} errors={errors} set={set} />
      <div className="actions">
        <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('app.saving')}>
          {t('app.save')}
        </Button>
        <Button onClick={props.onCancel}>{t('app.cancel')}</Button>
      </div>
    </form>
  );
}
