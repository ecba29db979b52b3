import { OrganisationInput, OrganisationKind, Role, SiteInput, SiteKind, UserInput, type User } from '@kinlink/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { adminApi } from '../api/endpoints';
import { fieldLabel } from '../app/display';
import { usePreferences } from '../app/preferences';
import { useUser } from '../app/session';
import { useResource } from '../app/use-resource';
import { Button } from '../components/Button';
import { ErrorSummary } from '../components/form/ErrorSummary';
import { fieldId, useFormState } from '../components/form/form-state';
import { Select, TextInput } from '../components/form/inputs';
import { TableWrap } from '../components/TableWrap';
import { LoadError, useErrorText, useIssueText } from '../components/StatusMessage';
import { LANGUAGES } from '../i18n/languages';

/** Users, roles, organisations and sites of the administrator's organisation. */
export function AdminPage() {
  const { t } = useTranslation();
  return (
    <section>
      <h1>{t('admin.title')}</h1>
      <nav aria-label={t('admin.title')} className="actions">
        <a href="#users">{t('admin.users')}</a>
        <a href="#organisations">{t('admin.organisations')}</a>
        <a href="#sites">{t('admin.sites')}</a>
      </nav>
      <Users />
      <Organisations />
      <Sites />
    </section>
  );
}

function useSummary(errors: Record<string, string>, form: string) {
  const { t } = useTranslation();
  return Object.entries(errors)
    .filter(([p]) => p !== '')
    .map(([path, message]) => ({ fieldId: fieldId(form, path), label: labelFor(t, path), message }));
}

function labelFor(t: ReturnType<typeof useTranslation>['t'], path: string): string {
  const admin: Record<string, string> = {
    email: 'admin.email', displayName: 'admin.name', name: 'admin.name', role: 'admin.role', organisationId: 'admin.organisation',
    language: 'admin.language', password: 'admin.password', kind: 'admin.kind', country: 'admin.country', idDomain: 'admin.domain',
    place: 'person.lastKnownPlace',
  };
  return admin[path] ? t(admin[path] as string) : fieldLabel(t, path);
}

function Users() {
  const { t } = useTranslation();
  const { fmt } = usePreferences();
  const me = useUser();
  const errorText = useErrorText();
  const issueText = useIssueText();
  const users = useResource((signal) => adminApi.users(signal), []);
  const [changed, setChanged] = useState<Record<string, User>>({});
  const form = useFormState({ email: '', displayName: '', role: 'field_volunteer', language: 'en', password: '' }, errorText, issueText);
  const { values, set, errors } = form;
  const summary = useSummary(errors, 'user');
  const prepare = (v: typeof values) => ({ email: v.email.trim(), displayName: v.displayName.trim(), role: v.role, language: v.language, organisationId: me.organisationId });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ok = await form.submit(
      async (v) => {
        await adminApi.createUser({ ...(prepare(v) as UserInput), ...(v.password ? { password: v.password } : {}) });
        users.reload();
      },
      { schema: UserInput, prepare },
    );
    if (ok) form.replace({ email: '', displayName: '', role: values.role, language: values.language, password: '' });
  }

  async function toggle(user: User) {
    const updated = await adminApi.updateUser(user.id, { disabled: !user.disabled });
    setChanged((c) => ({ ...c, [user.id]: updated }));
  }

  return (
    <section className="panel" id="users" aria-labelledby="users-h">
      <h2 id="users-h">{t('admin.users')}</h2>
      {users.error ? <LoadError error={users.error} onRetry={users.reload} /> : null}
      <TableWrap label={t('admin.users')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('admin.name')}</th>
              <th scope="col">{t('admin.email')}</th>
              <th scope="col">{t('admin.role')}</th>
              <th scope="col">{t('admin.totp')}</th>
              <th scope="col">{t('admin.active')}</th>
            </tr>
          </thead>
          <tbody>
            {(users.data?.items ?? []).map((raw) => {
              const u = changed[raw.id] ?? raw;
              return (
                <tr key={u.id}>
                  <td>
                    <bdi>{u.displayName}</bdi>
                  </td>
                  <td dir="ltr">{u.email}</td>
                  <td>{t(`roles.${u.role}`)}</td>
                  <td>{t(`twoFactor.${u.twoFactor}`)}</td>
                  <td>
                    {u.disabled ? t('app.no') : t('app.yes')}
                    {u.lastLoginAt ? <span className="muted"> · {fmt.date(u.lastLoginAt)}</span> : null}{' '}
                    {u.id !== me.id ? (
                      <Button variant="link" onClick={() => void toggle(u)}>
                        {u.disabled ? t('admin.enable') : t('admin.disable')}
                      </Button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableWrap>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <h3>{t('admin.addUser')}</h3>
        <ErrorSummary message={form.message} items={summary} />
        <div className="form-grid">
          <TextInput id={fieldId('user', 'displayName')} label={t('admin.name')} value={values.displayName} onChange={(v) => set('displayName', v)} error={errors.displayName} required dir="auto" />
          <TextInput id={fieldId('user', 'email')} type="email" label={t('admin.email')} value={values.email} onChange={(v) => set('email', v)} error={errors.email} required dir="ltr" autoComplete="off" />
          <Select id={fieldId('user', 'role')} label={t('admin.role')} value={values.role} onChange={(v) => set('role', v)} error={errors.role} options={Role.options.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />
          <Select id={fieldId('user', 'language')} label={t('admin.language')} value={values.language} onChange={(v) => set('language', v)} error={errors.language} options={LANGUAGES.map((l) => ({ value: l.code, label: l.name }))} />
          <TextInput id={fieldId('user', 'password')} type="password" label={t('admin.password')} value={values.password} onChange={(v) => set('password', v)} error={errors.password} autoComplete="new-password" dir="ltr" />
        </div>
        <Button type="submit" variant="primary" busy={form.busy}>
          {t('admin.addUser')}
        </Button>
      </form>
    </section>
  );
}

function Organisations() {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const issueText = useIssueText();
  const orgs = useResource((signal) => adminApi.organisations(signal), []);
  const form = useFormState({ kind: 'national_society', name: '', country: '', idDomain: '' }, errorText, issueText);
  const { values, set, errors } = form;
  const summary = useSummary(errors, 'org');
  const prepare = (v: typeof values) => ({ kind: v.kind, name: v.name.trim(), country: v.country.trim().toUpperCase(), idDomain: v.idDomain.trim() });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ok = await form.submit(
      async (v) => {
        await adminApi.createOrganisation(prepare(v) as OrganisationInput);
        orgs.reload();
      },
      { schema: OrganisationInput, prepare },
    );
    if (ok) form.replace({ kind: values.kind, name: '', country: '', idDomain: '' });
  }

  return (
    <section className="panel" id="organisations" aria-labelledby="orgs-h">
      <h2 id="orgs-h">{t('admin.organisations')}</h2>
      {orgs.error ? <LoadError error={orgs.error} onRetry={orgs.reload} /> : null}
      <ul className="plain-list">
        {(orgs.data?.items ?? []).map((o) => (
          <li key={o.id}>
            <strong>
              <bdi>{o.name}</bdi>
            </strong>{' '}
            <span className="muted">
              {t(`orgKind.${o.kind}`)} · {o.country} · <span dir="ltr">{o.idDomain}</span>
            </span>
            {o.branches.length > 0 ? <div className="muted">{o.branches.map((b) => b.name).join(', ')}</div> : null}
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <h3>{t('admin.addOrganisation')}</h3>
        <ErrorSummary message={form.message} items={summary} />
        <div className="form-grid">
          <Select id={fieldId('org', 'kind')} label={t('admin.kind')} value={values.kind} onChange={(v) => set('kind', v)} error={errors.kind} options={OrganisationKind.options.map((k) => ({ value: k, label: t(`orgKind.${k}`) }))} />
          <TextInput id={fieldId('org', 'name')} label={t('admin.name')} value={values.name} onChange={(v) => set('name', v)} error={errors.name} required dir="auto" />
          <TextInput id={fieldId('org', 'country')} label={t('admin.country')} value={values.country} onChange={(v) => set('country', v)} error={errors.country} required dir="ltr" maxLength={3} />
          <TextInput id={fieldId('org', 'idDomain')} label={t('admin.domain')} value={values.idDomain} onChange={(v) => set('idDomain', v)} error={errors.idDomain} required dir="ltr" />
        </div>
        <Button type="submit" variant="primary" busy={form.busy}>
          {t('admin.addOrganisation')}
        </Button>
      </form>
    </section>
  );
}

function Sites() {
  const { t } = useTranslation();
  const me = useUser();
  const errorText = useErrorText();
  const issueText = useIssueText();
  const sites = useResource((signal) => adminApi.sites(signal), []);
  const form = useFormState({ kind: 'transit_centre', name: '', country: '', place: '' }, errorText, issueText);
  const { values, set, errors } = form;
  const summary = useSummary(errors, 'site');
  const prepare = (v: typeof values) => ({
    organisationId: me.organisationId,
    kind: v.kind,
    name: v.name.trim(),
    country: v.country.trim().toUpperCase(),
    ...(v.place.trim() ? { place: v.place.trim() } : {}),
  });

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    const ok = await form.submit(
      async (v) => {
        await adminApi.createSite(prepare(v) as SiteInput);
        sites.reload();
      },
      { schema: SiteInput, prepare },
    );
    if (ok) form.replace({ kind: values.kind, name: '', country: values.country, place: '' });
  }

  return (
    <section className="panel" id="sites" aria-labelledby="sites-h">
      <h2 id="sites-h">{t('admin.sites')}</h2>
      {sites.error ? <LoadError error={sites.error} onRetry={sites.reload} /> : null}
      <ul className="plain-list">
        {(sites.data?.items ?? []).map((s) => (
          <li key={s.id}>
            <strong>
              <bdi>{s.name}</bdi>
            </strong>{' '}
            <span className="muted">
              {t(`siteKind.${s.kind}`)} · {s.place ? `${s.place}, ` : ''}
              {s.country}
            </span>
          </li>
        ))}
      </ul>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <h3>{t('admin.addSite')}</h3>
        <ErrorSummary message={form.message} items={summary} />
        <div className="form-grid">
          <Select id={fieldId('site', 'kind')} label={t('admin.kind')} value={values.kind} onChange={(v) => set('kind', v)} error={errors.kind} options={SiteKind.options.map((k) => ({ value: k, label: t(`siteKind.${k}`) }))} />
          <TextInput id={fieldId('site', 'name')} label={t('admin.name')} value={values.name} onChange={(v) => set('name', v)} error={errors.name} required dir="auto" />
          <TextInput id={fieldId('site', 'country')} label={t('admin.country')} value={values.country} onChange={(v) => set('country', v)} error={errors.country} required dir="ltr" maxLength={3} />
          <TextInput id={fieldId('site', 'place')} label={t('person.lastKnownPlace')} value={values.place} onChange={(v) => set('place', v)} error={errors.place} dir="auto" />
        </div>
        <Button type="submit" variant="primary" busy={form.busy}>
          {t('admin.addSite')}
        </Button>
      </form>
    </section>
  );
}
