import { CasePriority, Relationship, SeparationCause, TracingCaseInput } from '@kinlink/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { casesApi } from '../api/endpoints';
import { fieldLabel, recordPath } from '../app/display';
import { Button } from '../components/Button';
import { ErrorSummary } from '../components/form/ErrorSummary';
import { fieldId, useFormState } from '../components/form/form-state';
import { Checkbox, Select, TextArea, TextInput } from '../components/form/inputs';
import { PartialDateInput } from '../components/PartialDateInput';
import { PersonFields } from '../components/PersonFields';
import { useErrorText, useIssueText } from '../components/StatusMessage';
import { caseFormPath, emptyCase, emptySought, toCaseInput, type CaseForm } from '../forms/case-form';

const FORM = 'case';

/** A new tracing request: the enquirer, one or more sought persons, separation and last news. */
export function CaseFormPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorText = useErrorText();
  const issueText = useIssueText();
  const form = useFormState<CaseForm>(emptyCase, errorText, issueText);
  const { values, set, errors } = form;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    await form.submit(
      async (v) => {
        const created = await casesApi.create(toCaseInput(v));
        navigate(recordPath('cases', created.id));
      },
      { schema: TracingCaseInput, prepare: (v) => toCaseInput(v), mapPath: caseFormPath },
    );
  }

  const summary = Object.entries(errors)
    .filter(([path]) => path !== '')
    .map(([path, message]) => ({ fieldId: fieldId(FORM, path), label: fieldLabel(t, path), message }));

  return (
    <section>
      <h1>{t('caseForm.newTitle')}</h1>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('caseForm.newTitle')}>
        <ErrorSummary message={form.message} items={summary} />

        <fieldset>
          <legend>{t('caseForm.enquirer')}</legend>
          <PersonFields formId={FORM} path="enquirer" value={values.enquirer} set={set} errors={errors} />
        </fieldset>

        <h2>{t('caseForm.soughtPersons')}</h2>
        {values.sought.map((sought, i) => (
          <fieldset key={i} className="sought">
            <legend>{t('caseForm.soughtPerson', { n: i + 1 })}</legend>
            <Select
              id={fieldId(FORM, `sought.${i}.relationship`)}
              label={t('caseForm.relationship')}
              value={sought.relationship}
              onChange={(v) => set(`sought.${i}.relationship`, v)}
              error={errors[`sought.${i}.relationship`]}
              required
              placeholder="—"
              options={Relationship.options.map((r) => ({ value: r, label: t(`relationship.${r}`) }))}
            />
            <PersonFields formId={FORM} path={`sought.${i}.person`} value={sought.person} set={set} errors={errors} />
            {values.sought.length > 1 ? (
              <Button
                variant="danger"
                onClick={() =>
                  form.replace({ ...values, sought: values.sought.filter((_, j) => j !== i) })
                }
              >
                {t('caseForm.removeSought', { n: i + 1 })}
              </Button>
            ) : null}
          </fieldset>
        ))}
        <div className="actions">
          <Button onClick={() => form.replace({ ...values, sought: [...values.sought, emptySought()] })}>{t('caseForm.addSought')}</Button>
        </div>

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
              onChange={(checked) =>
                set('priorities', checked ? [...values.priorities, p] : values.priorities.filter((x) => x !== p))
              }
            />
          ))}
        </fieldset>

        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('app.saving')}>
            {t('caseForm.create')}
          </Button>
        </div>
      </form>
    </section>
  );
}
