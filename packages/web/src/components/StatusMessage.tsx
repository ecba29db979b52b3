import { useTranslation } from 'react-i18next';
import type { ApiError } from '../api/errors';
import type { IssueText } from './form/form-state';
import { Button } from './Button';

/** Says in the user's language what went wrong with a request. */
export function useErrorText(): (error: ApiError) => string {
  const { t } = useTranslation();
  return (error) => {
    switch (error.kind) {
      case 'network':
        return t('errors.network');
      case 'timeout':
        return t('errors.timeout');
      case 'unauthorized':
        return t('errors.unauthorized');
      case 'forbidden':
        return t('errors.forbidden');
      case 'not-found':
        return t('errors.notFound');
      case 'conflict':
        return t('errors.conflict');
      case 'too-many': {
        const seconds = Number(error.body.retryAfterSeconds ?? 60);
        return t('errors.tooMany', { minutes: Math.max(1, Math.ceil(seconds / 60)) });
      }
      case 'validation':
        return error.issues.length > 0 ? `${error.message} ${error.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}` : error.message;
      case 'server':
        return t('errors.server');
      default:
        return error.message;
    }
  };
}

/** Schema issues in the user's language: a missing value is "Required.", a bad date says how to write one. */
export function useIssueText(): IssueText {
  const { t } = useTranslation();
  return (issue) => {
    if (issue.empty && issue.code !== 'custom') return t('errors.required');
    if (/date/i.test(issue.path.split('.').pop() ?? '') || /YYYY/.test(issue.message)) return t('errors.invalidDate');
    return issue.message;
  };
}

export function LoadError(props: { error: ApiError; onRetry?: () => void }) {
  const { t } = useTranslation();
  const text = useErrorText();
  return (
    <div className="notice notice--error" role="alert">
      <p>{text(props.error)}</p>
      {props.onRetry ? <Button onClick={props.onRetry}>{t('app.retry')}</Button> : null}
    </div>
  );
}

export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" /> {t('app.loading')}
    </p>
  );
}
