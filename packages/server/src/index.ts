export { buildServer, type BuildServerOptions } from './app';
export { loadConfig, databaseUrlOf, ConfigError, type ServerConfig } from './config';
export { SERVER_VERSION } from './version';
export { hasWebBuild } from './plugins/web';
export { hashPassword, MIN_PASSWORD_LENGTH } from './auth/passwords';
