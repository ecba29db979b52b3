import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import '@fontsource/noto-sans-arabic/400.css';
import '@fontsource/noto-sans-arabic/700.css';
import '@fontsource/noto-naskh-arabic/400.css';
import '@fontsource/noto-sans-ethiopic/400.css';
import '@fontsource/noto-sans-bengali/400.css';
import '@fontsource/noto-sans-gurmukhi/400.css';
import '@fontsource/noto-sans-devanagari/400.css';
import '@fontsource/noto-sans-armenian/400.css';
import './styles/app.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { authApi } from './api/endpoints';
import { App } from './app/App';
import { LanguageFromProfile } from './app/LanguageFromProfile';
import { applyDocumentLanguage, PreferencesProvider } from './app/preferences';
import { SessionProvider } from './app/session';
import { createI18n } from './i18n/setup';
import { matchLanguage, type LanguageCode } from './i18n/languages';
import { initialCalendar, initialLanguage, rememberLanguage } from './i18n/preference';

/** Tells the server the user's language; the page works on whether or not this succeeds. */
function saveLanguageOnServer(code: LanguageCode): void {
  authApi.setLanguage(code).catch(() => undefined);
}

async function start() {
  const language = initialLanguage();
  const languageFromUrl = matchLanguage(new URLSearchParams(location.search).get('lang')) !== undefined;
  if (languageFromUrl) rememberLanguage(language);
  applyDocumentLanguage(language);
  const i18n = await createI18n(language);
  const root = createRoot(document.getElementById('root') as HTMLElement);
  root.render(
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <PreferencesProvider i18n={i18n} initialLanguage={language} initialCalendar={initialCalendar()} languageFromUrl={languageFromUrl} onLanguageChosen={saveLanguageOnServer}>
          <SessionProvider>
            <LanguageFromProfile />
            <App />
          </SessionProvider>
        </PreferencesProvider>
      </I18nextProvider>
    </StrictMode>,
  );
}

void start();
