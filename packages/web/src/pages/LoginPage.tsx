import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/errors';
import { authApi } from '../api/endpoints';
import { useSession } from '../app/session';
import { Button } from '../components/Button';
import { TextInput } from '../components/form/inputs';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { ProgressBar } from '../components/ProgressBar';
import { useErrorText } from '../components/StatusMessage';

type Step = { kind: 'password' } | { kind: 'totp' } | { kind: 'enrol'; secret: string | undefined };

/** Sign in: email and password, then the second factor when the role needs it (enrolling first if needed). */
export function LoginPage() {
  const { t } = useTranslation();
  const { refresh } = useSession();
  const errorText = useErrorText();
  const [step, setStep] = useState<Step>({ kind: 'password' });
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [code, setCode] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);

  async function run(action: () => Promise<void>, wrong: string) {
    setBusy(true);
    setError(undefined);
    try {
      await action();
    } catch (err) {
      if (err instanceof ApiError && (err.kind === 'unauthorized' || err.kind === 'validation')) setError(wrong);
      else if (err instanceof ApiError) setError(errorText(err));
      else setError(String(err));
    } finally {
      setBusy(false);
    }
  }

  function onPassword(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      const result = await authApi.login(email.trim(), password);
      if (result.status === 'signed-in') {
        await refresh();
      } else if (result.status === 'totp-required') {
        setStep({ kind: 'totp' });
      } else {
        const { secret } = await authApi.enrolTotp();
        setStep({ kind: 'enrol', secret });
      }
    }, t('auth.invalid'));
  }

  function onCode(e: FormEvent) {
    e.preventDefault();
    void run(async () => {
      await authApi.verifyTotp(code.replace(/\s+/g, ''));
      await refresh();
    }, t('auth.totpInvalid'));
  }

  return (
    <div className="login">
      <ProgressBar />
      <div className="login__prefs">
        <LanguageSwitcher />
      </div>
      <main id="main" className="login__card" tabIndex={-1}>
        <p className="brand">
          <span className="brand__mark" aria-hidden="true">
            +
          </span>
          <span className="brand__name">{t('app.name')}</span>
          <span className="brand__tag">{t('app.tagline')}</span>
        </p>
        {step.kind === 'password' ? (
          <form onSubmit={onPassword} noValidate>
            <h1>{t('auth.title')}</h1>
            <p>{t('auth.intro')}</p>
            {error ? (
              <p className="notice notice--error" role="alert">
                {error}
              </p>
            ) : null}
            <TextInput id="login-email" label={t('auth.email')} type="email" autoComplete="username" value={email} onChange={setEmail} required dir="ltr" />
            <TextInput id="login-password" label={t('auth.password')} type="password" autoComplete="current-password" value={password} onChange={setPassword} required dir="ltr" />
            <Button type="submit" variant="primary" busy={busy} busyLabel={t('auth.signingIn')}>
              {t('auth.signIn')}
            </Button>
          </form>
        ) : (
          <form onSubmit={onCode} noValidate>
            <h1>{step.kind === 'enrol' ? t('auth.enrolTitle') : t('auth.totpTitle')}</h1>
            <p>{step.kind === 'enrol' ? t('auth.enrolIntro') : t('auth.totpIntro')}</p>
            {step.kind === 'enrol' && step.secret ? (
              <p>
                {t('auth.secret')}: <code dir="ltr" className="secret">{step.secret}</code>
              </p>
            ) : null}
            <TextInput
              id="login-code"
              label={t('auth.totpCode')}
              value={code}
              onChange={setCode}
              inputMode="numeric"
              autoComplete="one-time-code"
              maxLength={8}
              required
              dir="ltr"
              error={error}
            />
            <Button type="submit" variant="primary" busy={busy}>
              {t('auth.verify')}
            </Button>{' '}
            <Button
              variant="link"
              onClick={() => {
                setStep({ kind: 'password' });
                setCode('');
                setError(undefined);
                void authApi.logout().catch(() => undefined);
              }}
            >
              {t('auth.useDifferentAccount')}
            </Button>
          </form>
        )}
      </main>
    </div>
  );
}
