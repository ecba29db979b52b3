import { useTranslation } from 'react-i18next';
import { useUser } from '../app/session';

/** Start page; lists are added as the API for them lands. */
export function DashboardPage() {
  const { t } = useTranslation();
  const user = useUser();
  return (
    <section>
      <h1>{t('dashboard.title')}</h1>
      <p>{t('dashboard.greeting', { name: user.displayName })}</p>
    </section>
  );
}
