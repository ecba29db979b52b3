import { Relationship, TracingCaseInput } from '@kinlink/core';
import type { FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { casesApi } from '../api/endpoints';
import { fieldLabel, recordPath } from '../app/display';
import { Button } from '../components/Button';
import { CaseCircumstancesFields } from '../components/CaseCircumstancesFields';
import { ErrorSummary } from '../components/form/ErrorSummary';
import { fieldId, useFormState } from '../components/form/form-state';
import { Select } from '../components/form/inputs';
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

        <CaseCircumstancesFields form={FORM} values={values} errors={errors} set={set} />

        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('app.saving')}>
            {t('caseForm.create')}
          </Button>
        </div>
      </form>
    </section>
  );
}
