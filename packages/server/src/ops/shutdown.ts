export interface SignalOptions {
  /** After this long the process exits even if stopping has not finished (a stuck request or job). */
  forceAfterMs: number;
  onForced?: () => void;
}

/**
 * Stops gracefully on the first SIGTERM or SIGINT; a second signal, or the time limit, ends the process at
 * once with exit code 1. Resolves when the stop has finished.
 */
export function stopOnSignals(stop: () => Promise<void>, options: SignalOptions): Promise<void> {
  return new Promise((resolve, reject) => {
    const signals: NodeJS.Signals[] = ['SIGTERM', 'SIGINT'];
    let started = false;
    const onSignal = (): void => {
      if (started) {
        options.onForced?.();
        process.exit(1);
      }
      started = true;
      const timer = setTimeout(() => {
        options.onForced?.();
        process.exit(1);
      }, options.forceAfterMs);
      timer.unref();
      stop().then(
        () => {
          clearTimeout(timer);
          for (const signal of signals) process.off(signal, onSignal);
          resolve();
        },
        (error: unknown) => {
          clearTimeout(timer);
          reject(error instanceof Error ? error : new Error(String(error)));
        },
      );
    };
    for (const signal of signals) process.on(signal, onSignal);
  });
}
