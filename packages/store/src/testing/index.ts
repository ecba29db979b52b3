export { startThrowawayPostgres, findPostgresBinaries, POSTGRES_MISSING_MESSAGE } from './postgres';
export type { ThrowawayPostgres } from './postgres';
export { createTestDatabase } from './test-database';
export type { TestDatabase } from './test-database';
export { forEachDialect, DIALECTS } from './for-each-dialect';
export type { DialectContext, ForEachDialectOptions } from './for-each-dialect';
export { withAuditChainBroken } from './audit-broken';
export { makeOrganisation, makeUser, personInput, caseInput, seedEverything } from './factories';
