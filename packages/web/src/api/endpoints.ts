import { api, type Page, type Query } from './client';

/*
 * The API's records as the web app uses them. Field names follow the server's JSON (camelCase of the
 * store's columns); the authoritative schemas are in @kinlink/core.
 */
export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  role: string;
  organisationId: string;
  language?: string | null;
  totpEnabled?: boolean;
}

export type LoginResult =
  | { status: 'signed-in'; user?: CurrentUser }
  | { status: 'totp-required' }
  | { status: 'totp-enrolment-required'; secret?: string; otpauthUrl?: string };

export const authApi = {
  me: () => api.get<CurrentUser | { user: CurrentUser }>('/auth/me').then(unwrapUser),
  login: (email: string, password: string) => api.post<Record<string, unknown>>('/auth/login', { email, password }).then(readLogin),
  verifyTotp: (code: string) => api.post<unknown>('/auth/totp', { code }),
  enrolTotp: () => api.post<{ secret: string; otpauthUrl?: string; uri?: string }>('/auth/totp/enrol', {}),
  logout: () => api.post<unknown>('/auth/logout', {}),
  setLanguage: (language: string) => api.patch<unknown>('/auth/me', { language }),
};

function unwrapUser(body: CurrentUser | { user: CurrentUser }): CurrentUser {
  return 'user' in body ? body.user : body;
}

/** The server answers a password that is right with either a session or a demand for the second factor. */
export function readLogin(body: Record<string, unknown>): LoginResult {
  const step = String(body.status ?? body.next ?? body.step ?? '');
  if (/enrol/i.test(step)) {
    return {
      status: 'totp-enrolment-required',
      secret: typeof body.secret === 'string' ? body.secret : undefined,
      otpauthUrl: typeof body.otpauthUrl === 'string' ? body.otpauthUrl : undefined,
    };
  }
  if (/totp|second|factor/i.test(step) || body.secondFactorRequired === true || body.totpRequired === true) {
    return { status: 'totp-required' };
  }
  const user = body.user as CurrentUser | undefined;
  return { status: 'signed-in', user };
}

export function list<T>(path: string, query?: Query, signal?: AbortSignal): Promise<Page<T>> {
  return api.get<Page<T>>(path, query, signal);
}
