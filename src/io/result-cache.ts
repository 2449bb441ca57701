// Remembers each file's findings by a hash of its text and of the rules that ran, so an unchanged file is not linted again.
import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import { writeFileAtomic } from './atomic-write';
import type { Message } from '../types';

interface Entry {
  readonly hash: string;
  readonly messages: readonly Message[];
}

interface Stored {
  readonly version: string;
  readonly entries: Record<string, Entry>;
}

export function hashText(...parts: readonly string[]): string {
  const hash = createHash('sha1');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

export class ResultCache {
  private changed = false;

  private constructor(
    private readonly file: string,
    private readonly version: string,
    private readonly entries: Map<string, Entry>,
  ) {}

  /** Opens the cache file; a missing, unreadable or other-version cache starts empty (it only ever saves time). */
  static async open(file: string, version: string): Promise<ResultCache> {
    let entries = new Map<string, Entry>();
    try {
      const stored = JSON.parse(await fs.readFile(file, 'utf8')) as Stored;
      if (stored.version === version && stored.entries && typeof stored.entries === 'object') entries = new Map(Object.entries(stored.entries));
    } catch {
      // Nothing cached yet, or a cache from elsewhere: lint everything.
    }
    return new ResultCache(file, version, entries);
  }

  /** The messages cached for the file, when its text and the rules that ran are as they were. */
  get(file: string, hash: string): readonly Message[] | undefined {
    const entry = this.entries.get(file);
    return entry && entry.hash === hash ? entry.messages : undefined;
  }

  set(file: string, hash: string, messages: readonly Message[]): void {
    // A file that could not be checked, or a rule that failed, is tried again next time.
    if (messages.some((message) => message.fatal)) {
      this.changed ||= this.entries.delete(file);
      return;
    }
    this.entries.set(file, { hash, messages });
    this.changed = true;
  }

  async save(): Promise<void> {
    if (!this.changed) return;
    const stored: Stored = { version: this.version, entries: Object.fromEntries(this.entries) };
    await writeFileAtomic(this.file, JSON.stringify(stored));
  }
}
