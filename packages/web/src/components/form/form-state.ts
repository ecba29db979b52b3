import { useCallback, useState } from 'react';
import { ApiError, issuesByPath, type FieldIssue } from '../../api/errors';

type Path = string; // dotted: "soughtPersons.0.givenName"

export function getAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Returns a copy of `value` with `path` set, copying only the objects and arrays on the way. */
export function setAt<T>(value: T, path: Path, next: unknown): T {
  const [head, ...rest] = path.split('.');
  const key = head as string;
  const container: Record<string, unknown> | unknown[] = Array.isArray(value)
    ? [...value]
    : { ...(value as Record<string, unknown>) };
  const child = (container as Record<string, unknown>)[key];
  (container as Record<string, unknown>)[key] = rest.length === 0 ? next : setAt(child ?? (/^\d+$/.test(rest[0] as string) ? [] : {}), rest.join('.'), next);
  return container as T;
}

/** The DOM id of the control for a form path (error summaries link to it). */
export function fieldId(formId: string, path: Path): string {
  return `${formId}-${path.replace(/[^a-zA-Z0-9]+/g, '-')}`;
}

/** Anything with zod's safeParse: the web app validates with the very schemas the API uses. */
export interface SafeParser {
  safeParse(value: unknown):
    | { success: true; data?: unknown }
    | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string; code?: string }> } };
}

/** A schema issue with its zod code, so that the message can be said in the user's language. */
export interface SchemaIssue extends FieldIssue {
  code?: string;
  /** The value at the path was missing or blank. */
  empty: boolean;
}

export function validate(schema: SafeParser, value: unknown): SchemaIssue[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((i) => {
    const path = i.path.map(String).join('.');
    const at = path === '' ? value : getAt(value, path);
    const empty = at === undefined || at === null || (typeof at === 'string' && at.trim() === '');
    return { path, message: i.message, code: i.code, empty };
  });
}

export interface FormState<T> {
  values: T;
  set: (path: Path, value: unknown) => void;
  replace: (values: T) => void;
  errors: Record<string, string>;
  message: string | undefined;
  busy: boolean;
  /** Runs a save; on failure keeps every value and shows the API's (or the schema's) field errors. */
  submit: (
    save: (values: T) => Promise<void>,
    options?: { schema?: SafeParser; prepare?: (values: T) => unknown; mapPath?: (apiPath: string) => string },
  ) => Promise<boolean>;
  clearErrors: () => void;
}

/** Says a schema issue in the user's language where there is a message for it; the schema's own text otherwise. */
export type IssueText = (issue: SchemaIssue) => string;

export function useFormState<T>(initial: T | (() => T), describe: (error: ApiError) => string, issueText: IssueText = (i) => i.message): FormState<T> {
  const [values, setValues] = useState<T>(initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | undefined>(undefined);
  const [busy, setBusy] = useState(false);

  const set = useCallback((path: Path, value: unknown) => {
    setValues((v) => setAt(v, path, value));
    setErrors((e) => {
      if (!(path in e)) return e;
      const { [path]: _removed, ...rest } = e;
      return rest;
    });
  }, []);

  const submit: FormState<T>['submit'] = async (save, options = {}) => {
    if (busy) return false;
    const mapPath = options.mapPath ?? ((p: string) => p);
    const toForm = (issues: FieldIssue[]) => issuesByPath(issues.map((i) => ({ path: mapPath(i.path), message: i.message })));
    if (options.schema) {
      const issues = validate(options.schema, options.prepare ? options.prepare(values) : values).map((i) => ({ path: i.path, message: issueText(i) }));
      if (issues.length > 0) {
        setErrors(toForm(issues));
        setMessage(undefined);
        return false;
      }
    }
    setBusy(true);
    setMessage(undefined);
    try {
      await save(values);
      setErrors({});
      return true;
    } catch (err) {
      const error = err instanceof ApiError ? err : new ApiError('other', 0, String(err));
      const byPath = toForm(error.issues);
      setErrors(byPath);
      const general = byPath[''];
      setMessage(general ?? (Object.keys(byPath).length === 0 ? describe(error) : undefined));
      return false;
    } finally {
      setBusy(false);
    }
  };

  return {
    values,
    set,
    replace: setValues,
    errors,
    message,
    busy,
    submit,
    clearErrors: () => {
      setErrors({});
      setMessage(undefined);
    },
  };
}
