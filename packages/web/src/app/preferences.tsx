import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { i18n } from 'i18next';
import { formatDate, formatDateTime, formatNumber, formatPartialDate, formatPercent } from '../i18n/format';
import { languageInfo, type CalendarCode, type LanguageCode } from '../i18n/languages';
import { rememberCalendar, rememberLanguage } from '../i18n/preference';

export interface Preferences {
  language: LanguageCode;
  calendar: CalendarCode;
  dir: 'ltr' | 'rtl';
  /** True once the language was chosen on this page load (`?lang=` or the switcher), not just remembered. */
  explicit: boolean;
  /** Changes the language now, remembers it in this browser, and tells `onLanguageChosen` (the server). */
  setLanguage: (code: LanguageCode) => void;
  setCalendar: (calendar: CalendarCode) => void;
  /** Applies a language that came from the server profile, without saving it back. */
  adoptLanguage: (code: LanguageCode) => void;
  fmt: {
    date: (iso: string) => string;
    dateTime: (iso: string) => string;
    partialDate: (value: string) => string;
    number: (n: number) => string;
    percent: (p: number) => string;
  };
}

const PreferencesContext = createContext<Preferences | null>(null);

/** Sets <html lang dir> so that the browser, screen readers and CSS logical properties follow the language. */
export function applyDocumentLanguage(code: LanguageCode): void {
  const root = document.documentElement;
  root.lang = code;
  root.dir = languageInfo(code).dir;
}

export function PreferencesProvider(props: {
  i18n: i18n;
  initialLanguage: LanguageCode;
  initialCalendar: CalendarCode;
  /** The page was opened with `?lang=`. */
  languageFromUrl: boolean;
  onLanguageChosen: (code: LanguageCode) => void;
  children: ReactNode;
}) {
  const { i18n: instance, onLanguageChosen } = props;
  const [language, setLanguageState] = useState<LanguageCode>(props.initialLanguage);
  const [calendar, setCalendarState] = useState<CalendarCode>(props.initialCalendar);
  const [explicit, setExplicit] = useState(props.languageFromUrl);

  useEffect(() => {
    applyDocumentLanguage(language);
    if (instance.language !== language) void instance.changeLanguage(language);
  }, [instance, language]);

  const adoptLanguage = useCallback((code: LanguageCode) => {
    setLanguageState(code);
    rememberLanguage(code);
  }, []);

  const setLanguage = useCallback(
    (code: LanguageCode) => {
      adoptLanguage(code);
      setExplicit(true);
      onLanguageChosen(code);
    },
    [adoptLanguage, onLanguageChosen],
  );

  const setCalendar = useCallback((value: CalendarCode) => {
    setCalendarState(value);
    rememberCalendar(value);
  }, []);

  const value = useMemo<Preferences>(
    () => ({
      language,
      calendar,
      dir: languageInfo(language).dir,
      explicit,
      setLanguage,
      setCalendar,
      adoptLanguage,
      fmt: {
        date: (iso) => formatDate(iso, language, calendar),
        dateTime: (iso) => formatDateTime(iso, language, calendar),
        partialDate: (v) => formatPartialDate(v, language, calendar),
        number: (n) => formatNumber(n, language),
        percent: (p) => formatPercent(p, language),
      },
    }),
    [language, calendar, explicit, setLanguage, setCalendar, adoptLanguage],
  );
  return <PreferencesContext.Provider value={value}>{props.children}</PreferencesContext.Provider>;
}

export function usePreferences(): Preferences {
  const value = useContext(PreferencesContext);
  if (!value) throw new Error('usePreferences outside PreferencesProvider');
  return value;
}
