export { buildServer, type BuildServerOptions } from './app';
export { loadConfig, ConfigError, type ServerConfig } from './config';
export { SERVER_VERSION } from './version';
