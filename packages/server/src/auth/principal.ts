import type { AccessGrant } from '@kinlink/core';

/** Who is making a request, once their credentials have been checked. */
export interface Principal {
  userId: string;
  email: string;
  displayName: string;
  role: string;
  organisationId: string;
  branchId: string | null;
  language: string;
  /** How they proved it: a browser session cookie or an integration's API token. */
  via: 'session' | 'token';
  /** The session or API token id (never the secret). */
  credentialId: string;
  /**
   * The accepted transfers and shares towards their organisation, when read with the session (one statement
   * for both); otherwise read when a route needs them (http/access.ts grantsFor).
   */
  accessGrants?: AccessGrant[];
}

/** A session whose password was right but whose second factor is still owed. */
export interface PendingSignIn {
  sessionId: string;
  userId: string;
  totpEnabled: boolean;
}

export const SESSION_COOKIE = 'kinlink_session';
