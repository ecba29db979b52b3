import { CasePriority, SeparationCause } from '@kinlink/core';
import { useTranslation } from 'react-i18next';
import type { CaseCircumstancesForm } from '../forms/case-form';
import { fieldId } from './form/form-state';
import { Checkbox, Select, TextArea, TextInput } from './form/inputs';
import { PartialDateInput } from './PartialDateInput';

/** A request's separation, last news and priorities: the same fields when it is created and when it is edited. */
export function CaseCircumstancesFields(props: {
  form: string;
  values: CaseCircumstancesForm;
  errors: Record<string, string>;
  set: (path: string, value: unknown) => void;
}) {
  const { t } = useTranslation();
  const { form, values, errors, set } = props;
  const id = (path: string) => fieldId(form, path);
  return (
    <>
      <fieldset>
        <legend>{t('caseForm.separation')}</legend>
        <div className="form-grid">
          <PartialDateInput id={id('separation.date')} label={t('caseForm.separationDate')} value={values.separation.date} onChange={(v) => set('separation.date', v)} error={errors['separation.date']} />
          <TextInput id={id('separation.place')} label={t('caseForm.separationPlace')} value={values.separation.place} onChange={(v) => set('separation.place', v)} error={errors['separation.place']} dir="auto" />
          <Select
            id={id('separation.cause')}
            label={t('caseForm.separationCause')}
            value={values.separation.cause}
            onChange={(v) => set('separation.cause', v)}
            error={errors['separation.cause']}
            placeholder="—"
            options={SeparationCause.options.map((c) => ({ value: c, label: t(`separationCause.${c}`) }))}
          />
        </div>
        <TextArea id={id('separation.circumstances')} label={t('casePage.details')} value={values.separation.circumstances} onChange={(v) => set('separation.circumstances', v)} error={errors['separation.circumstances']} />
      </fieldset>

      <fieldset>
        <legend>{t('caseForm.lastNews')}</legend>
        <PartialDateInput id={id('lastNews.date')} label={t('caseForm.lastNewsDate')} value={values.lastNews.date} onChange={(v) => set('lastNews.date', v)} error={errors['lastNews.date']} />
        <TextArea id={id('lastNews.content')} label={t('caseForm.lastNewsContent')} value={values.lastNews.content} onChange={(v) => set('lastNews.content', v)} error={errors['lastNews.content']} />
      </fieldset>

      <fieldset>
        <legend>{t('caseForm.priority')}</legend>
        {CasePriority.options.map((p) => (
          <Checkbox
            key={p}
            id={id(`priorities.${p}`)}
            label={t(`priority.${p}`)}
            checked={values.priorities.includes(p)}
            onChange={(checked) => set('priorities', checked ? [...values.priorities, p] : values.priorities.filter((x) => x !== p))}
          />
        ))}
      </fieldset>
    </>
  );
}
