// Errors as values: what went wrong at an edge (config, plugin, file, usage), said so a user can act on it.

export type ProblemKind = 'usage' | 'config' | 'plugin' | 'io';

/** A mistake or failure outside the linter's control, reported in one clear message and never as a stack trace. */
export class CopydeskError extends Error {
  readonly kind: ProblemKind;
  /** The file the problem is in, when it is in one (a config file): where an editor shows it. */
  readonly file?: string;
  /** Where in that file, 1-based, when it is known. */
  readonly place?: { readonly line: number; readonly column: number };

  /** `file`: where the problem is; null or absent when it is in none (the defaults, a flag). */
  constructor(kind: ProblemKind, message: string, options?: { cause?: unknown; file?: string | null; place?: { readonly line: number; readonly column: number } }) {
    super(message, options);
    this.name = 'CopydeskError';
    this.kind = kind;
    if (options?.file) this.file = options.file;
    if (options?.place) this.place = options.place;
  }
}

export function describeError(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
