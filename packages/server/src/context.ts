import type { FieldCipher, KinlinkDb } from '@kinlink/store';
import type { AuthStore } from './auth/auth-store';
import type { SignIn } from './auth/sign-in';
import type { ServerConfig } from './config';

/** What route plugins share: built once per server by buildServer. */
export interface ServerContext {
  config: ServerConfig;
  db: KinlinkDb;
  auth: AuthStore;
  signIn: SignIn;
  /** Encrypts and decrypts sensitive person fields; pass to every person-bearing repository call. */
  cipher: FieldCipher;
  now: () => Date;
}
