import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api/errors';

export interface Resource<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

export function asApiError(err: unknown): ApiError {
  return err instanceof ApiError ? err : new ApiError('other', 0, err instanceof Error ? err.message : String(err));
}

interface State<T> {
  data: T | undefined;
  error: ApiError | undefined;
  /** The request key the state belongs to; loading = the current key has not answered yet. */
  key: string;
}

/**
 * Loads data for a screen; stale answers (the user moved on, the filters changed) are dropped, and the
 * previous data stays on screen while new data loads so the page never goes blank.
 */
export function useResource<T>(load: (signal: AbortSignal) => Promise<T>, deps: readonly unknown[]): Resource<T> {
  const [generation, setGeneration] = useState(0);
  const key = JSON.stringify([...deps, generation]);
  const [state, setState] = useState<State<T>>({ data: undefined, error: undefined, key: '' });

  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (value) => {
        if (!controller.signal.aborted) setState({ data: value, error: undefined, key });
      },
      (err: unknown) => {
        if (!controller.signal.aborted) setState((s) => ({ data: s.data, error: asApiError(err), key }));
      },
    );
    return () => controller.abort();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `key` stands for the caller's deps
  }, [key]);

  const reload = useCallback(() => setGeneration((g) => g + 1), []);
  return { data: state.data, error: state.error, loading: state.key !== key, reload };
}
