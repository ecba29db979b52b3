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
  safeParse(value: unknown): { success: true; data?: unknown } | { success: false; error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> } };
}

export function validate(schema: SafeParser, value: unknown): FieldIssue[] {
  const result = schema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: i.message }));
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

export function useFormState<T>(initial: T | (() => T), describe: (error: ApiError) => string): FormState<T> {
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
      const issues = validate(options.schema, options.prepare ? options.prepare(values) : values);
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
