import i18next, { type i18n } from 'i18next';
import ICU from 'i18next-icu';
import { initReactI18next } from 'react-i18next';
import { CATALOGUES } from './catalogues';
import { DEFAULT_LANGUAGE, LANGUAGES, type LanguageCode } from './languages';

/** Creates the i18next instance with ICU messages and every catalogue bundled (no network loads). */
export async function createI18n(language: LanguageCode): Promise<i18n> {
  const instance = i18next.createInstance();
  instance.use(ICU).use(initReactI18next);
  await instance.init({
    lng: language,
    fallbackLng: DEFAULT_LANGUAGE,
    supportedLngs: LANGUAGES.map((l) => l.code),
    // Our codes are already exact (sr-Cyrl, sr-Latn); do not let i18next shorten them to "sr".
    load: 'currentOnly',
    nonExplicitSupportedLngs: false,
    resources: Object.fromEntries(
      Object.entries(CATALOGUES).map(([code, catalogue]) => [code, { translation: catalogue }]),
    ),
    interpolation: { escapeValue: false },
    returnNull: false,
    react: { useSuspense: false },
  });
  return instance;
}
