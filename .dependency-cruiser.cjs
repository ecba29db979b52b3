/* Layer rules: pure packages (names, match, core) never touch I/O; data flows one way. */
const pure = '^packages/(names|match|core|linkage)/src';
module.exports = {
  forbidden: [
    {
      name: 'pure-packages-no-io',
      comment: 'names, match and core are pure: no node built-ins for I/O, no HTTP, no SQL.',
      severity: 'error',
      from: { path: pure, pathNot: '\\.test\\.ts$' },
      to: {
        dependencyTypes: ['core', 'npm', 'npm-dev', 'npm-optional', 'npm-peer', 'npm-no-pkg', 'npm-unknown'],
        path: '^(fs|node:fs|net|node:net|http|node:http|https|node:https|child_process|node:child_process|dgram|node:dgram|fastify|kysely|pg|better-sqlite3|@fastify)',
      },
    },
    { name: 'names-is-the-base', severity: 'error', from: { path: '^packages/names/src' }, to: { path: '^packages/(match|core|store|server|web|cli)/' } },
    { name: 'match-uses-only-names', severity: 'error', from: { path: '^packages/match/src' }, to: { path: '^packages/(core|store|server|web|cli)/' } },
    { name: 'federation-joins-from-above', comment: 'the server is extended by attachFederation; it never imports federation', severity: 'error', from: { path: '^packages/(names|match|core|store|server|web)/src' }, to: { path: '^packages/federation/' } },
    { name: 'linkage-uses-only-names', severity: 'error', from: { path: '^packages/linkage/src' }, to: { path: '^packages/(match|core|store|server|web|cli|federation)/' } },
    { name: 'core-is-pure-domain', severity: 'error', from: { path: '^packages/core/src' }, to: { path: '^packages/(store|server|web|cli)/' } },
    { name: 'store-below-server', severity: 'error', from: { path: '^packages/store/src' }, to: { path: '^packages/(server|web|cli)/' } },
    { name: 'server-not-cli', severity: 'error', from: { path: '^packages/server/src' }, to: { path: '^packages/(cli|web/src)' } },
    { name: 'web-talks-http-only', severity: 'error', from: { path: '^packages/web/src' }, to: { path: '^packages/(store|server|cli|match)/' } },
    { name: 'no-circular', severity: 'error', from: {}, to: { circular: true } },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(node_modules|dist)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.base.json' },
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'default'], extensions: ['.ts', '.tsx', '.js'] },
  },
};
