import type {
  AuditEntry,
  CaseAction,
  Organisation,
  OrganisationInput,
  Registration,
  RegistrationInput,
  Site,
  SiteInput,
  TimelineEntry,
  TimelineEntryInput,
  PresentedCase,
  PresentedPerson,
  TracingCaseInput,
  TracingCaseUpdate,
  Transfer,
  TransferDecision,
  TransferInput,
  User,
  UserInput,
  UserUpdate,
} from '@kinlink/core';
import { api, type Page, type Query } from './client';
import { ApiError } from './errors';
import { readMatch, type MatchDecision, type PotentialMatch } from './matches';

/*
 * Every API call the web app makes, typed with the schemas of @kinlink/core that the server validates with.
 */

export interface CurrentUser {
  id: string;
  email: string;
  displayName: string;
  role: string;
  organisationId: string;
  branchId?: string | null;
  language?: string | null;
}

export type LoginResult = { status: 'signed-in'; user?: CurrentUser } | { status: 'totp-required' } | { status: 'totp-enrolment-required' };

export const authApi = {
  me: () => api.get<CurrentUser>('/auth/me'),
  login: (email: string, password: string) => api.post<LoginResult>('/auth/login', { email, password }),
  verifyTotp: (code: string) => api.post<LoginResult>('/auth/totp', { code }),
  enrolTotp: () => api.post<{ secret: string; uri: string }>('/auth/totp/enrol', {}),
  logout: () => api.post<unknown>('/auth/logout', {}),
  /** Remembers the user's language on the server. */
  setLanguage: (language: string) => api.patch<unknown>('/auth/me', { language }),
};

/** What GET /cases filters on (the server rejects other parameters). */
export interface CaseQuery extends Query {
  status?: string;
  /** `mine`: only the caller's cases. */
  assigned?: 'mine';
  cursor?: string;
  limit?: number;
}

export const casesApi = {
  list: (query: CaseQuery, signal?: AbortSignal) => api.get<Page<PresentedCase>>('/cases', query, signal),
  get: (id: string, signal?: AbortSignal) => api.get<PresentedCase>(`/cases/${encodeURIComponent(id)}`, undefined, signal),
  create: (input: TracingCaseInput) => api.post<PresentedCase>('/cases', input),
  update: (id: string, update: TracingCaseUpdate & { version?: number }) => api.patch<PresentedCase>(`/cases/${encodeURIComponent(id)}`, update),
  assign: (id: string, officerId: string | null) => api.post<PresentedCase>(`/cases/${encodeURIComponent(id)}/assignment`, { officerId }),
  setSoughtStatus: (id: string, personId: string, status: string) =>
    api.put<PresentedCase>(`/cases/${encodeURIComponent(id)}/sought/${encodeURIComponent(personId)}/status`, { status }),
  transition: (id: string, action: CaseAction) => api.post<PresentedCase>(`/cases/${encodeURIComponent(id)}/transitions`, action),
  timeline: (id: string, signal?: AbortSignal) => api.get<Page<TimelineEntry>>(`/cases/${encodeURIComponent(id)}/timeline`, { limit: 200 }, signal),
  addTimelineEntry: (id: string, entry: TimelineEntryInput) => api.post<TimelineEntry>(`/cases/${encodeURIComponent(id)}/timeline`, entry),
};

export const transfersApi = {
  list: (query: { caseId?: string; status?: string }, signal?: AbortSignal) => api.get<Page<Transfer>>('/transfers', query, signal),
  create: (input: TransferInput) => api.post<Transfer>('/transfers', input),
  decide: (id: string, decision: TransferDecision) => api.post<Transfer>(`/transfers/${encodeURIComponent(id)}/decision`, decision),
};

export const registrationsApi = {
  create: (input: RegistrationInput) => api.post<Registration>('/registrations', input),
  get: (id: string, signal?: AbortSignal) => api.get<Registration>(`/registrations/${encodeURIComponent(id)}`, undefined, signal),
};

export const adminApi = {
  organisations: (signal?: AbortSignal) => api.get<Page<Organisation>>('/organisations', { limit: 200 }, signal),
  createOrganisation: (input: OrganisationInput) => api.post<Organisation>('/organisations', input),
  sites: (signal?: AbortSignal) => api.get<Page<Site>>('/sites', { limit: 200 }, signal),
  createSite: (input: SiteInput) => api.post<Site>('/sites', input),
  users: (signal?: AbortSignal) => api.get<Page<User>>('/users', { limit: 200 }, signal),
  createUser: (input: UserInput & { password?: string }) => api.post<User>('/users', input),
  updateUser: (id: string, update: UserUpdate) => api.patch<User>(`/users/${encodeURIComponent(id)}`, update),
};

export const personsApi = {
  get: (id: string, signal?: AbortSignal) => api.get<PresentedPerson>(`/persons/${encodeURIComponent(id)}`, undefined, signal),
};

export const auditApi = {
  /** The whole trail of a case or person the caller's organisation owns; otherwise the organisation's log, filtered. */
  list: (query: { recordType?: string; recordId?: string; cursor?: string; limit?: number }, signal?: AbortSignal) => {
    const { recordType, recordId, ...page } = query;
    if (recordId && (recordType === 'case' || recordType === 'person')) {
      return api.get<Page<AuditEntry>>(`/${recordType === 'case' ? 'cases' : 'persons'}/${encodeURIComponent(recordId)}/audit`, page, signal);
    }
    return api.get<Page<AuditEntry>>('/audit', query, signal);
  },
};

const readList = (body: { items?: unknown[] }): PotentialMatch[] => (body.items ?? []).map(readMatch);

export const matchesApi = {
  /** A case's potential and confirmed matches, most probable first. */
  forCase: (caseId: string, signal?: AbortSignal) =>
    api.get<{ items?: unknown[] }>(`/cases/${encodeURIComponent(caseId)}/matches`, undefined, signal).then(readList),
  /** One match, found among its case's matches (the API lists matches by case). */
  inCase: async (caseId: string, id: string, signal?: AbortSignal): Promise<PotentialMatch> => {
    const found = (await matchesApi.forCase(caseId, signal)).find((m) => m.id === id);
    if (!found) throw new ApiError('not-found', 404, 'Match not found.');
    return found;
  },
  /**
   * Potential matches of the user's own open cases, most probable first. The API lists matches per case,
   * so this asks for each open case (a few at a time, at most `maxCases`).
   */
  waitingForMe: async (signal?: AbortSignal, maxCases = 30): Promise<Array<PotentialMatch & { caseOf: PresentedCase }>> => {
    const mine = await casesApi.list({ assigned: 'mine', limit: 200 }, signal);
    const open = mine.items.filter((c) => c.status === 'open' || c.status === 'in_progress').slice(0, maxCases);
    const out: Array<PotentialMatch & { caseOf: PresentedCase }> = [];
    for (let i = 0; i < open.length; i += 4) {
      const batch = open.slice(i, i + 4);
      const lists = await Promise.all(batch.map((c) => matchesApi.forCase(c.id, signal)));
      lists.forEach((list, j) => {
        for (const m of list) if (m.status === 'potential') out.push({ ...m, caseOf: batch[j] as PresentedCase });
      });
    }
    return out.sort((a, b) => b.probability - a.probability);
  },
  decide: (id: string, decision: MatchDecision) => api.post<unknown>(`/matches/${encodeURIComponent(id)}/decision`, decision).then(readMatch),
};

export type { Page };
