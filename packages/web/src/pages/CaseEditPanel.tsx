import { CasePriority, SeparationCause, TracingCaseUpdate, type TracingCase } from '@kinlink/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { casesApi } from '../api/endpoints';
import { fieldLabel } from '../app/display';
import { Button } from '../components/Button';
import { ErrorSummary } from '../components/form/ErrorSummary';
import { fieldId, useFormState } from '../components/form/form-state';
import { Checkbox, Select, TextArea, TextInput } from '../components/form/inputs';
import { PartialDateInput } from '../components/PartialDateInput';
import { useErrorText, useIssueText } from '../components/StatusMessage';

interface EditForm {
  separation: { date: string; place: string; cause: string; circumstances: string };
  lastNews: { date: string; content: string };
  priorities: string[];
}

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
      <fieldset>
        <legend>{t('caseForm.separation')}</legend>
        <div className="form-grid">
          <PartialDateInput id={fieldId(FORM, 'separation.date')} label={t('caseForm.separationDate')} value={values.separation.date} onChange={(v) => set('separation.date', v)} error={errors['separation.date']} />
          <TextInput id={fieldId(FORM, 'separation.place')} label={t('caseForm.separationPlace')} value={values.separation.place} onChange={(v) => set('separation.place', v)} error={errors['separation.place']} dir="auto" />
          <Select
            id={fieldId(FORM, 'separation.cause')}
            label={t('caseForm.separationCause')}
            value={values.separation.cause}
            onChange={(v) => set('separation.cause', v)}
            error={errors['separation.cause']}
            placeholder="—"
            options={SeparationCause.options.map((c) => ({ value: c, label: t(`separationCause.${c}`) }))}
          />
        </div>
        <TextArea id={fieldId(FORM, 'separation.circumstances')} label={t('casePage.details')} value={values.separation.circumstances} onChange={(v) => set('separation.circumstances', v)} error={errors['separation.circumstances']} />
      </fieldset>
      <fieldset>
        <legend>{t('caseForm.lastNews')}</legend>
        <PartialDateInput id={fieldId(FORM, 'lastNews.date')} label={t('caseForm.lastNewsDate')} value={values.lastNews.date} onChange={(v) => set('lastNews.date', v)} error={errors['lastNews.date']} />
        <TextArea id={fieldId(FORM, 'lastNews.content')} label={t('caseForm.lastNewsContent')} value={values.lastNews.content} onChange={(v) => set('lastNews.content', v)} error={errors['lastNews.content']} />
      </fieldset>
      <fieldset>
        <legend>{t('caseForm.priority')}</legend>
        {CasePriority.options.map((p) => (
          <Checkbox
            key={p}
            id={fieldId(FORM, `priorities.${p}`)}
            label={t(`priority.${p}`)}
            checked={values.priorities.includes(p)}
            onChange={(checked) => set('priorities', checked ? [...values.priorities, p] : values.priorities.filter((x) => x !== p))}
          />
        ))}
      </fieldset>
      <div className="actions">
        <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('app.saving')}>
          {t('app.save')}
        </Button>
        <Button onClick={props.onCancel}>{t('app.cancel')}</Button>
      </div>
    </form>
  );
}
