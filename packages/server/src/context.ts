import type { KinlinkDb } from '@kinlink/store';
import type { AuthStore } from './auth/auth-store';
import type { SignIn } from './auth/sign-in';
import type { ServerConfig } from './config';

/** What route plugins share: built once per server by buildServer. */
export interface ServerContext {
  config: ServerConfig;
  db: KinlinkDb;
  auth: AuthStore;
  signIn: SignIn;
  now: () => Date;
}
