import { readFileSync } from 'node:fs';
import { ConfigError } from '../config';

/** `databaseUrl` → `KINLINK_DATABASE_URL`; keys already spelled as variables are kept. */
export function settingName(key: string): string {
  if (/^KINLINK_[A-Z0-9_]+$/.test(key)) return key;
  if (!/^[a-z][a-zA-Z0-9]*$/.test(key)) throw new ConfigError(`configuration key "${key}" is neither camelCase (databaseUrl) nor a KINLINK_ variable name`);
  return `KINLINK_${key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase()}`;
}

function settingValue(key: string, value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join(',');
  throw new ConfigError(`configuration key "${key}" must be a string, number, boolean or list of strings`);
}

/**
 * Reads a JSON configuration file (`{"port": 8080, "databaseUrl": "postgres://…", "jobConcurrency": 4}`) into
 * the environment variables it stands for. Environment variables and command-line options override it.
 */
export function readConfigFile(file: string): Record<string, string> {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ConfigError(`cannot read the configuration file ${file}: ${(error as Error).message}`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new ConfigError(`the configuration file ${file} is not valid JSON: ${(error as Error).message}`);
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) throw new ConfigError(`the configuration file ${file} must hold one JSON object`);
  const env: Record<string, string> = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (key === '$schema' || key.startsWith('//')) continue;
    const name = settingName(key);
    if (name === 'KINLINK_CONFIG') throw new ConfigError('a configuration file cannot name another configuration file');
    if (name in env) throw new ConfigError(`configuration key "${key}" is given twice in ${file}`);
    env[name] = settingValue(key, value);
  }
  return env;
}

/**
 * The environment with a configuration file underneath: the file named by `file` or by KINLINK_CONFIG supplies
 * defaults, real environment variables win.
 */
export function environmentWithConfigFile(env: Record<string, string | undefined>, file?: string): Record<string, string | undefined> {
  const path = file ?? env.KINLINK_CONFIG?.trim();
  if (!path) return env;
  return { ...readConfigFile(path), ...env };
}
