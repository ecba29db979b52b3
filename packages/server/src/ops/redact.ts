/**
 * Keys whose values are personal data or secrets, at any depth of a logged object. pino's own `redact`
 * paths match fixed depths only; this catches `{ case: { enquirer: { names: … } } }` as well.
 */
export const PERSONAL_KEYS: ReadonlySet<string> = new Set(
  [
    'password', 'newPassword', 'currentPassword', 'token', 'secret', 'totpSecret', 'code',
    'email', 'phone', 'phones', 'phoneNumber', 'address', 'displayName',
    'names', 'givenName', 'familyName', 'fatherName', 'grandfatherName', 'motherName', 'otherNames', 'nickname',
    'birthDate', 'birth', 'birthPlace', 'documents', 'documentNumber', 'photo',
    'cookie', 'authorization', 'set-cookie', 'x-api-key',
  ].map((k) => k.toLowerCase()),
);

export const CENSOR = '[redacted]';
const MAX_DEPTH = 8;

function redactValue(value: unknown, depth: number, seen: WeakSet<object>): unknown {
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return value;
  if (seen.has(value)) return value;
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => redactValue(item, depth + 1, seen));
  // Class instances (requests, replies, errors) are left to pino's serializers, which pick safe fields.
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) {
    out[key] = PERSONAL_KEYS.has(key.toLowerCase()) ? CENSOR : redactValue(inner, depth + 1, seen);
  }
  return out;
}

/** A copy of a log record with personal fields censored at any depth (pino `formatters.log`). */
export function redactPersonalData(record: Record<string, unknown>): Record<string, unknown> {
  return redactValue(record, 0, new WeakSet()) as Record<string, unknown>;
}
