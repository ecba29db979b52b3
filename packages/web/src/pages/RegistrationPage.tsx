import { Relationship, RegistrationInput, type Registration } from '@kinlink/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { adminApi, registrationsApi } from '../api/endpoints';
import { fieldLabel, shortReference, recordPath } from '../app/display';
import { useResource } from '../app/use-resource';
import { Button } from '../components/Button';
import { ErrorSummary } from '../components/form/ErrorSummary';
import { fieldId, useFormState } from '../components/form/form-state';
import { RadioGroup, Select, TextArea, TextInput } from '../components/form/inputs';
import { PersonFields } from '../components/PersonFields';
import { useErrorText, useIssueText } from '../components/StatusMessage';
import { emptySought } from '../forms/case-form';
import { emptyRegistration, registrationFormPath, toRegistrationInput, type RegistrationForm, type RegistrationKindValue } from '../forms/registration-form';

const FORM = 'reg';
const SITE_KEY = 'kinlink.site';

/** Registering a person met at a site, fast, on a tablet: the site is remembered between registrations. */
export function RegistrationPage() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const issueText = useIssueText();
  const sites = useResource((signal) => adminApi.sites(signal), []);
  const form = useFormState<RegistrationForm>(() => ({ ...emptyRegistration(), siteId: localStorage.getItem(SITE_KEY) ?? '' }), errorText, issueText);
  const [saved, setSaved] = useState<Registration | undefined>(undefined);
  const { values, set, errors } = form;

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    await form.submit(
      async (v) => {
        const created = await registrationsApi.create(toRegistrationInput(v));
        if (v.siteId) localStorage.setItem(SITE_KEY, v.siteId);
        setSaved(created);
      },
      { schema: RegistrationInput, prepare: (v) => toRegistrationInput(v), mapPath: registrationFormPath },
    );
  }

  if (saved) {
    return (
      <section>
        <h1>{t('registration.title')}</h1>
        <p className="notice notice--ok" role="status">
          {t('registration.saved', { reference: shortReference(saved.id) })}
        </p>
        {saved.caseId ? (
          <p>
            <Link to={recordPath('cases', saved.caseId)}>{t('matches.caseLink', { reference: shortReference(saved.caseId) })}</Link>
          </p>
        ) : null}
        <Button
          variant="primary"
          onClick={() => {
            form.replace({ ...emptyRegistration(), siteId: values.siteId, kind: values.kind });
            setSaved(undefined);
          }}
        >
          {t('registration.another')}
        </Button>
      </section>
    );
  }

  const summary = Object.entries(errors)
    .filter(([p]) => p !== '')
    .map(([path, message]) => ({ fieldId: fieldId(FORM, path), label: fieldLabel(t, path), message }));
  const kinds: RegistrationKindValue[] = ['safe_and_well', 'looking_for_someone', 'unaccompanied_child'];

  return (
    <section>
      <h1>{t('registration.title')}</h1>
      <p>{t('registration.intro')}</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={t('registration.title')}>
        <ErrorSummary message={form.message} items={summary} />
        <div className="form-grid">
          <Select
            id={fieldId(FORM, 'siteId')}
            label={t('registration.site')}
            value={values.siteId}
            onChange={(v) => set('siteId', v)}
            error={errors.siteId}
            placeholder="—"
            options={(sites.data?.items ?? []).filter((s) => s.active).map((s) => ({ value: s.id, label: `${s.name}${s.place ? `, ${s.place}` : ''}` }))}
          />
        </div>
        <RadioGroup
          id={fieldId(FORM, 'kind')}
          name="kind"
          label={t('registration.kind')}
          value={values.kind}
          onChange={(v) => set('kind', v)}
          error={errors.kind}
          options={kinds.map((k) => ({ value: k, label: t(`registration.${k}`) }))}
        />
        {values.kind === 'unaccompanied_child' ? (
          <p className="notice notice--warn" role="note">
            {t('registration.childReferral')}
          </p>
        ) : null}
        <fieldset>
          <legend>{t('registration.person')}</legend>
          <PersonFields formId={FORM} path="person" value={values.person} set={set} errors={errors} />
        </fieldset>

        {values.kind === 'safe_and_well' ? (
          <TextArea id={fieldId(FORM, 'message')} label={t('registration.message')} value={values.message} onChange={(v) => set('message', v)} error={errors.message} />
        ) : null}

        {values.kind === 'looking_for_someone'
          ? values.sought.map((s, i) => (
              <fieldset key={i}>
                <legend>{t('caseForm.soughtPerson', { n: i + 1 })}</legend>
                <Select
                  id={fieldId(FORM, `sought.${i}.relationship`)}
                  label={t('caseForm.relationship')}
                  value={s.relationship}
                  onChange={(v) => set(`sought.${i}.relationship`, v)}
                  error={errors[`sought.${i}.relationship`]}
                  required
                  placeholder="—"
                  options={Relationship.options.map((r) => ({ value: r, label: t(`relationship.${r}`) }))}
                />
                <PersonFields formId={FORM} path={`sought.${i}.person`} value={s.person} set={set} errors={errors} withContact={false} />
                {values.sought.length > 1 ? (
                  <Button variant="danger" onClick={() => form.replace({ ...values, sought: values.sought.filter((_, j) => j !== i) })}>
                    {t('caseForm.removeSought', { n: i + 1 })}
                  </Button>
                ) : null}
              </fieldset>
            ))
          : null}
        {values.kind === 'looking_for_someone' ? (
          <div className="actions">
            <Button onClick={() => form.replace({ ...values, sought: [...values.sought, emptySought()] })}>{t('caseForm.addSought')}</Button>
          </div>
        ) : null}

        {values.kind === 'unaccompanied_child' ? (
          <div className="form-grid">
            <TextInput id={fieldId(FORM, 'referredTo')} label={t('registration.referredTo')} value={values.referredTo} onChange={(v) => set('referredTo', v)} error={errors.referredTo} required dir="auto" />
            <TextInput id={fieldId(FORM, 'referralReference')} label={t('registration.referralReference')} value={values.referralReference} onChange={(v) => set('referralReference', v)} error={errors.referralReference} dir="auto" />
          </div>
        ) : null}

        <TextArea id={fieldId(FORM, 'note')} label={t('casePage.note')} value={values.note} onChange={(v) => set('note', v)} error={errors.note} />
        <div className="actions">
          <Button type="submit" variant="primary" busy={form.busy} busyLabel={t('app.saving')}>
            {t('registration.submit')}
          </Button>
        </div>
      </form>
    </section>
  );
}
