import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { BrowserRouter, Route, Routes, useSearchParams } from 'react-router';
import { matchLanguage } from '../i18n/languages';
import { AdminPage } from '../pages/AdminPage';
import { AuditPage } from '../pages/AuditPage';
import { CaseFormPage } from '../pages/CaseFormPage';
import { CaseListPage } from '../pages/CaseListPage';
import { CasePage } from '../pages/CasePage';
import { DashboardPage } from '../pages/DashboardPage';
import { LoginPage } from '../pages/LoginPage';
import { MatchesPage } from '../pages/MatchesPage';
import { MatchReviewPage } from '../pages/MatchReviewPage';
import { NotFoundPage } from '../pages/NotFoundPage';
import { RegistrationPage } from '../pages/RegistrationPage';
import { Layout } from './Layout';
import { usePreferences } from './preferences';
import { useSession } from './session';

/** `?lang=xx` on any page, also when the app is already running (a link from another screen). */
function LanguageFromUrl() {
  const [params] = useSearchParams();
  const { language, setLanguage } = usePreferences();
  const requested = matchLanguage(params.get('lang'));
  useEffect(() => {
    if (requested && requested !== language) setLanguage(requested);
  }, [requested, language, setLanguage]);
  return null;
}

function Screens() {
  const { t } = useTranslation();
  const { state } = useSession();
  if (state.status === 'loading') {
    return (
      <p className="loading loading--page" role="status">
        <span className="spinner" aria-hidden="true" /> {t('app.loading')}
      </p>
    );
  }
  if (state.status === 'signed-out') return <LoginPage />;
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<DashboardPage />} />
        <Route path="cases" element={<CaseListPage />} />
        <Route path="cases/new" element={<CaseFormPage />} />
        <Route path="cases/*" element={<CasePage />} />
        <Route path="registrations/new" element={<RegistrationPage />} />
        <Route path="matches" element={<MatchesPage />} />
        <Route path="matches/*" element={<MatchReviewPage />} />
        <Route path="audit" element={<AuditPage />} />
        <Route path="admin" element={<AdminPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}

export function App() {
  return (
    <BrowserRouter>
      <LanguageFromUrl />
      <Screens />
    </BrowserRouter>
  );
}
