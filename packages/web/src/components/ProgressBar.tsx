import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { progress } from '../api/progress';

/** A thin bar while requests are in flight, and a polite notice when the network is slow. */
export function ProgressBar() {
  const { t } = useTranslation();
  const snapshot = useSyncExternalStore(progress.subscribe, progress.getSnapshot);
  return (
    <>
      <div className={`progress${snapshot.inFlight > 0 ? ' progress--active' : ''}`} aria-hidden="true" />
      <div className="visually-hidden" role="status" aria-live="polite">
        {snapshot.inFlight > 0 ? t('app.working') : ''}
      </div>
      {snapshot.slow ? (
        <p className="notice notice--slow" role="status">
          <span className="spinner" aria-hidden="true" /> {t('app.slow')}
        </p>
      ) : null}
    </>
  );
}
