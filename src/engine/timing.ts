// Time spent per rule (and in parsing), kept when COPYDESK_TIMING is set: which rule makes a run slow.

/** Milliseconds by rule id ("(parse)" for parsing), over every document of the run in this thread. */
const spent = new Map<string, number>();

/** Read once: process.env is slow to ask, and every document would ask. */
const TIMING = Boolean(process.env.COPYDESK_TIMING);

export const isTiming = (): boolean => TIMING;

export function addTime(id: string, milliseconds: number): void {
  spent.set(id, (spent.get(id) ?? 0) + milliseconds);
}

/** What this thread has measured so far, to print or to send from a worker to the main thread. */
export function timings(): Record<string, number> {
  return Object.fromEntries(spent);
}

export function addTimings(other: Readonly<Record<string, number>>): void {
  for (const [id, milliseconds] of Object.entries(other)) addTime(id, milliseconds);
}

/** A table of the slowest rules first, with each one's share of the total. */
export function formatTimings(measured: Readonly<Record<string, number>> = timings()): string {
  const rows = Object.entries(measured).sort((a, b) => b[1] - a[1]);
  const total = rows.reduce((sum, [, milliseconds]) => sum + milliseconds, 0);
  if (rows.length === 0) return '';
  const width = Math.max(4, ...rows.map(([id]) => id.length));
  const lines = rows.map(([id, milliseconds]) => `${id.padEnd(width)} | ${milliseconds.toFixed(1).padStart(9)} | ${((100 * milliseconds) / (total || 1)).toFixed(1).padStart(5)}%`);
  return [`${'Rule'.padEnd(width)} | Time (ms) | Share`, `${'-'.repeat(width)}-|-----------|-------`, ...lines].join('\n') + '\n';
}
