import type { DialectName } from './database';

/** Each dialect's functions to build JSON inside a query: aggregates that bring related rows along in one statement. */
export interface JsonFunctions {
  /** `object('key', value, …)` */
  object: string;
  /** The aggregate of values into an array (null on PostgreSQL over no rows, `[]` on SQLite). */
  array: string;
  /** A text column holding JSON, embedded as JSON rather than as a string. */
  embed: (column: string) => string;
}

const JSON_FUNCTIONS: Record<DialectName, JsonFunctions> = {
  postgres: { object: 'json_build_object', array: 'json_agg', embed: (column) => `${column}::json` },
  sqlite: { object: 'json_object', array: 'json_group_array', embed: (column) => `json(${column})` },
};

export const jsonFunctions = (dialect: DialectName): JsonFunctions => JSON_FUNCTIONS[dialect];

/** A JSON column as read: PostgreSQL's driver parses json, SQLite returns its text. */
export function jsonValue<T>(value: unknown): T | null {
  if (value === null || value === undefined) return null;
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
