import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, Outlet, useLocation } from 'react-router';
import { LanguageSwitcher } from '../components/LanguageSwitcher';
import { ProgressBar } from '../components/ProgressBar';
import { canAdminister, canCreateCase, canRegister, canReviewMatches, canTrace } from './permissions';
import { useSession, useUser } from './session';

/** Header, navigation and the page; the navigation sits beside the page on a laptop and above it on a tablet. */
export function Layout() {
  const { t } = useTranslation();
  const user = useUser();
  const { signOut } = useSession();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // Moving to another screen moves focus to its content, as a full page load would for screen readers.
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    main.current?.focus();
  }, [location.pathname]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <div className="brand">
          <span className="brand__mark" aria-hidden="true">
            +
          </span>
          <span className="brand__name">{t('app.name')}</span>
          <span className="brand__tag">{t('app.tagline')}</span>
        </div>
        <LanguageSwitcher />
        <div className="user">
          <span className="user__name">{t('app.signedInAs', { name: user.displayName })}</span>
          <button type="button" className="btn btn--link" onClick={() => void signOut()}>
            {t('app.signOut')}
          </button>
        </div>
      </header>
      <ProgressBar />
      <div className="shell">
        <nav className="nav" aria-label={t('app.mainNavigation')}>
          <ul>
            <li>
              <NavLink to="/" end>
                {t('nav.dashboard')}
              </NavLink>
            </li>
            {canTrace(user) ? (
              <li>
                <NavLink to="/cases" end>
                  {t('nav.cases')}
                </NavLink>
              </li>
            ) : null}
            {canCreateCase(user) ? (
              <li>
                <NavLink to="/cases/new">{t('nav.newCase')}</NavLink>
              </li>
            ) : null}
            {canRegister(user) ? (
              <li>
                <NavLink to="/registrations/new">{t('nav.registration')}</NavLink>
              </li>
            ) : null}
            {canReviewMatches(user) ? (
              <li>
                <NavLink to="/matches">{t('nav.matches')}</NavLink>
              </li>
            ) : null}
            {canAdminister(user) ? (
              <li>
                <NavLink to="/admin">{t('nav.admin')}</NavLink>
              </li>
            ) : null}
          </ul>
        </nav>
        <main id="main" className="main" tabIndex={-1} ref={main}>
          <Outlet />
        </main>
      </div>
    </div>
  );
}
