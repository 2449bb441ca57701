// Runs a function with a time limit that holds even over code that never returns: V8 stops the script running
// under node:vm when its timeout passes, and the function is called from inside such a script.
import vm from 'node:vm';

/** How long a plugin rule may take on one file, by default: far beyond any sound rule on any article. */
export const DEFAULT_RULE_TIME_LIMIT_SECONDS = 5;

/** Thrown when the limit passed: the function was stopped wherever it was. */
export class TimeLimitError extends Error {
  constructor(readonly limitMs: number) {
    super(`did not finish within ${limitMs / 1000} s`);
    this.name = 'TimeLimitError';
  }
}

let context: vm.Context | undefined;
let script: vm.Script | undefined;

/**
 * Calls `run` and returns what it returns, or throws TimeLimitError once `limitMs` has passed. What `run` throws
 * comes through unchanged. Costs about 60 µs a call (a watchdog thread), so it guards code that is not our own.
 */
export function withTimeLimit<T>(run: () => T, limitMs: number): T {
  context ??= vm.createContext({ run: undefined });
  script ??= new vm.Script('run()', { filename: 'copydesk-time-limit' });
  const previous = context.run as unknown;
  context.run = run;
  try {
    return script.runInContext(context, { timeout: limitMs }) as T;
  } catch (error) {
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'ERR_SCRIPT_EXECUTION_TIMEOUT') throw new TimeLimitError(limitMs);
    throw error;
  } finally {
    context.run = previous;
  }
}
