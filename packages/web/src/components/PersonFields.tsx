import { Sex } from '@kinlink/core';
import { useTranslation } from 'react-i18next';
import { fieldId } from './form/form-state';
import { Select, TextInput } from './form/inputs';
import type { PersonForm } from '../forms/person-form';
import { NameInput } from './NameInput';
import { PartialDateInput } from './PartialDateInput';

/** The identity fields of one person, as told; `path` is where the person sits in the form ("sought.0.person"). */
export function PersonFields(props: {
  formId: string;
  path: string;
  value: PersonForm;
  set: (path: string, value: unknown) => void;
  errors: Record<string, string>;
  /** Field volunteers need fewer fields: contact details and places are optional extras. */
  withContact?: boolean;
}) {
  const { t } = useTranslation();
  const { formId, path, value, set, errors } = props;
  const id = (field: string) => fieldId(formId, `${path}.${field}`);
  const err = (field: string) => errors[`${path}.${field}`];
  const name = (field: keyof PersonForm, label: string, required = false) => (
    <NameInput
      id={id(field)}
      label={label}
      value={value[field]}
      onChange={(v) => set(`${path}.${field}`, v)}
      error={err(field)}
      required={required}
    />
  );
  return (
    <>
      <p className="field__hint">{t('person.nameHint')}</p>
      <div className="form-grid">
        {name('given', t('person.givenName'), true)}
        {name('family', t('person.familyName'))}
        {name('father', t('person.fatherName'))}
        {name('grandfather', t('person.grandfatherName'))}
        {name('mother', t('person.motherName'))}
        {name('other', t('person.otherNames'))}
      </div>
      <div className="form-grid">
        <Select
          id={id('sex')}
          label={t('person.sex')}
          value={value.sex}
          onChange={(v) => set(`${path}.sex`, v)}
          error={err('sex')}
          placeholder={t('app.unknown')}
          options={Sex.options.filter((s) => s !== 'unknown').map((s) => ({ value: s, label: t(`sex.${s}`) }))}
        />
        <PartialDateInput id={id('birthDate')} label={t('person.birthDate')} value={value.birthDate} onChange={(v) => set(`${path}.birthDate`, v)} error={err('birthDate')} />
        <TextInput
          id={id('estimatedAge')}
          label={t('person.estimatedAge')}
          hint={t('person.estimatedAgeHint')}
          value={value.estimatedAge}
          onChange={(v) => set(`${path}.estimatedAge`, v)}
          error={err('estimatedAge')}
          inputMode="numeric"
          dir="ltr"
          maxLength={3}
        />
        <TextInput id={id('birthPlace')} label={t('person.birthPlace')} value={value.birthPlace} onChange={(v) => set(`${path}.birthPlace`, v)} error={err('birthPlace')} dir="auto" />
        <TextInput
          id={id('nationality')}
          label={t('person.nationality')}
          hint={t('person.nationalityHint')}
          value={value.nationality}
          onChange={(v) => set(`${path}.nationality`, v)}
          error={err('nationality')}
          dir="ltr"
          maxLength={40}
        />
        {props.withContact !== false ? (
          <>
            <TextInput id={id('phone')} label={t('person.phone')} type="tel" value={value.phone} onChange={(v) => set(`${path}.phone`, v)} error={err('phone')} dir="ltr" inputMode="tel" />
            <TextInput id={id('lastKnownPlace')} label={t('person.lastKnownPlace')} value={value.lastKnownPlace} onChange={(v) => set(`${path}.lastKnownPlace`, v)} error={err('lastKnownPlace')} dir="auto" />
          </>
        ) : null}
      </div>
    </>
  );
}
