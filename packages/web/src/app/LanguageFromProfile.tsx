import { useEffect, useRef } from 'react';
import { authApi } from '../api/endpoints';
import { matchLanguage } from '../i18n/languages';
import { rememberedLanguageOf, rememberLanguageOf } from '../i18n/preference';
import { usePreferences } from './preferences';
import { useSession } from './session';

/**
 * The language is remembered per user: on the server (user.language) and, in case the server could not
 * be told, in this browser under the user's id. When a user signs in, a language chosen on this page
 * (`?lang=` or the switcher) wins and is saved; otherwise their remembered language applies.
 */
export function LanguageFromProfile() {
  const { state } = useSession();
  const { adoptLanguage, language, explicit } = usePreferences();
  const handled = useRef<string | undefined>(undefined);
  const userId = state.status === 'signed-in' ? state.user.id : undefined;
  const onServer = state.status === 'signed-in' ? matchLanguage(state.user.language) : undefined;

  useEffect(() => {
    if (userId === undefined) {
      handled.current = undefined;
      return;
    }
    if (handled.current !== userId) {
      handled.current = userId;
      const choice = explicit ? language : (rememberedLanguageOf(userId) ?? onServer ?? language);
      if (choice !== language) adoptLanguage(choice);
      if (choice !== onServer) authApi.setLanguage(choice).catch(() => undefined);
      rememberLanguageOf(userId, choice);
      return;
    }
    rememberLanguageOf(userId, language);
  }, [userId, onServer, language, explicit, adoptLanguage]);
  return null;
}
