import { useEffect, useRef } from 'react';
import { authApi } from '../api/endpoints';
import { matchLanguage } from '../i18n/languages';
import { usePreferences } from './preferences';
import { useSession } from './session';

/**
 * When a user signs in, their saved language applies — unless the page was opened with `?lang=`, which
 * then becomes their saved language. Runs once per signed-in user.
 */
export function LanguageFromProfile(props: { languageFromUrl: boolean }) {
  const { state } = useSession();
  const { adoptLanguage, language } = usePreferences();
  const handled = useRef<string | undefined>(undefined);
  const userId = state.status === 'signed-in' ? state.user.id : undefined;
  const saved = state.status === 'signed-in' ? matchLanguage(state.user.language) : undefined;

  useEffect(() => {
    if (userId === undefined || handled.current === userId) return;
    handled.current = userId;
    if (props.languageFromUrl || saved === undefined) {
      if (saved !== language) authApi.setLanguage(language).catch(() => undefined);
    } else if (saved !== language) {
      adoptLanguage(saved);
    }
  }, [userId, saved, language, adoptLanguage, props.languageFromUrl]);
  return null;
}
