/** A failure to report to the user as one message and a non-zero exit code, without a stack trace. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export function fail(message: string, exitCode = 1): never {
  throw new CliError(message, exitCode);
}

/** zod issues as "  - path: message" lines. */
export function formatIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  return issues.map((i) => `  - ${i.path.map(String).join('.') || '(input)'}: ${i.message}`).join('\n');
}
