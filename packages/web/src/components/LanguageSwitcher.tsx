import { useTranslation } from 'react-i18next';
import { usePreferences } from '../app/preferences';
import { CALENDARS, LANGUAGES, matchLanguage, isCalendar } from '../i18n/languages';

export function LanguageSwitcher() {
  const { t } = useTranslation();
  const prefs = usePreferences();
  return (
    <div className="prefs">
      <label className="prefs__item">
        <span className="prefs__label">{t('app.language')}</span>
        <select
          value={prefs.language}
          onChange={(e) => {
            const code = matchLanguage(e.target.value);
            if (code) prefs.setLanguage(code);
          }}
        >
          {LANGUAGES.map((l) => (
            <option key={l.code} value={l.code} lang={l.code} dir={l.dir}>
              {l.name}
            </option>
          ))}
        </select>
      </label>
      <label className="prefs__item">
        <span className="prefs__label">{t('app.calendar')}</span>
        <select
          value={prefs.calendar}
          onChange={(e) => {
            if (isCalendar(e.target.value)) prefs.setCalendar(e.target.value);
          }}
        >
          {CALENDARS.map((c) => (
            <option key={c} value={c}>
              {t(`calendars.${c}`)}
            </option>
          ))}
        </select>
      </label>
    </div>
  );
}
