export { canonicalJson } from './canonicalJson';
export { type OrganisationIdentity, generateIdentity, exportIdentity, importIdentity, signBytes, verifyBytes } from './identity';
export {
  type Peer,
  type DirectoryBody,
  type SignedDirectory,
  peerSchema,
  directoryBodySchema,
  signedDirectorySchema,
  signDirectory,
  PinnedDirectory,
  DirectoryError,
} from './directory';
export {
  type Envelope,
  type OutgoingMessage,
  type RejectionReason,
  type Verification,
  type VerifyContext,
  envelopeSchema,
  sealEnvelope,
  verifyEnvelope,
  DEFAULT_SKEW_MS,
  replayKey,
} from './envelope';
export { type ReplayGuard, MemoryReplayGuard } from './replayGuard';
export { type BackoffPolicy, DEFAULT_BACKOFF, nextDelayMs } from './backoff';
export {
  type OutboxEntry,
  type OutboxStatus,
  type OutboxStore,
  type Transport,
  type DeliveryReport,
  MemoryOutboxStore,
  Outbox,
  fetchTransport,
  INBOX_PATH,
} from './outbox';
export { type InboxStore, type MessageHandler, type Receipt, type InboxOptions, MemoryInboxStore, Inbox, MessageRefused, receiptStatus } from './inbox';
export { type RateLimit, type RateDecision, type PeerBudget, type Bucket, PeerRateLimiter, spend, checkRateLimit } from './rateLimiter';
export * from './messages';
export { FederationNode, type FederationNodeOptions } from './node/node';
export { federationRoutes, type FederationRoutesOptions } from './node/routes';
export { startFederatedServer, type FederatedServer, type FederatedServerOptions } from './node/federatedServer';
export { migrateFederation } from './node/migrations';
export { type FederationTables, type FederationDb, federationDb } from './node/tables';
export { SocietyService, FederationError, type TransferRequest } from './node/society';
export { HubService, type HubOptions } from './node/hub';
export { pseudonymousRef, toLinkageRecord, loadLocalPersons, type LocalPerson, type LinkageKind } from './node/localRecords';
export { SqlOutboxStore, SqlInboxStore, logMessage } from './node/sqlStores';
export { SqlReplayGuard } from './node/sqlReplayGuard';
export { FEDERATION_TABLES, federationTablesToDump, federationTablesToRestore } from './node/backupTables';
export { federationStatus, type FederationStatus, type Exchange } from './node/status';
export { attachFederation, federationConfigFromEnv, FederationConfigError } from './node/federationConfig';
