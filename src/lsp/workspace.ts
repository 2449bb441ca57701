// The workspace the language server lints in: its folders, the file each document stands for, and linting a
// document through the API's FileLinter, as the command line lints the file, with the client's settings (rules
// switched off, language) and the .copydeskignore files above each document beside each config's ignore list.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { FileLinter } from '../api';
import { isArticleName } from '../io/expand-paths';
import { ruleDocs } from '../links';
import { IgnoreFiles } from '../io/ignore-files';
import { isInside, realPath } from '../io/links';
import { MAX_FILE_BYTES, sizeProblem } from '../io/read-file';
import { formatOf } from '../parse/document';
import { fatal } from '../run/lint-file';
import type { Config, Format, Message } from '../types';
import type { Settings } from './settings';

const ARTICLE_LANGUAGES = new Set(['markdown', 'plaintext', 'text', 'gfm', 'mdx']);

/** Whether copydesk lints this document: Markdown or plain text, by the client's language or by the file's name. */
function isArticle(document: TextDocument): boolean {
  return ARTICLE_LANGUAGES.has(document.languageId) || isArticleName(document.uri) || formatOf(document.uri) === 'markdown';
}

function formatFor(document: TextDocument, file: string): Format {
  if (document.languageId === 'plaintext') return 'text';
  if (document.languageId === 'markdown') return 'markdown';
  return formatOf(file);
}

/**
 * Why a document is not linted for its size, in the words the command line gives a file that size, or undefined.
 * Its UTF-8 size is counted only when it could pass the limit (a UTF-16 unit is at most three bytes).
 */
function tooLarge(document: TextDocument, file: string): string | undefined {
  const text = document.getText();
  if (text.length * 3 <= MAX_FILE_BYTES) return undefined;
  const problem = sizeProblem(Buffer.byteLength(text, 'utf8'));
  return problem && `${path.basename(file)} ${problem}`;
}

export class Workspace {
  /** The workspace folders, as paths. */
  folders: string[] = [];
  private linter: FileLinter;

  constructor(settings: Settings) {
    this.linter = this.linterFor(settings);
  }

  /** Forgets configs, rules and ignore files: they are read again on the next lint, under these settings. */
  reset(settings: Settings): void {
    this.linter = this.linterFor(settings);
  }

  /** The innermost workspace folder holding the file. */
  workspaceOf(file: string): string | undefined {
    return this.folders.filter((folder) => file === folder || file.startsWith(folder + path.sep)).sort((a, b) => b.length - a.length)[0];
  }

  /**
   * Whether a file lies inside a workspace folder, by its path and by where links lead: the only places the server
   * writes to.
   */
  holds(file: string): boolean {
    if (!this.workspaceOf(file)) return false;
    const real = path.join(realPath(path.dirname(file)), path.basename(file));
    return isInside(realPath(real), this.folders.map(realPath));
  }

  /** The file a document stands for: its path, or for an unsaved one, a name in the first workspace folder. */
  fileOf(document: TextDocument): string {
    if (document.uri.startsWith('file:')) return fileURLToPath(document.uri);
    const extension = document.languageId === 'plaintext' ? '.txt' : '.md';
    return path.join(this.folders[0] ?? process.cwd(), `untitled${extension}`);
  }

  /** The config that applies to a file. */
  configOf(file: string): Promise<Config> {
    return this.linter.configOf(file);
  }

  /** The documentation pages of the rules the document's config knows, by rule id (its rules are resolved once a config). */
  async ruleDocsOf(document: TextDocument): Promise<ReadonlyMap<string, string>> {
    const { known } = await this.linter.rulesOfFile(this.fileOf(document));
    return new Map(known.flatMap((rule) => {
      const docs = ruleDocs(rule);
      return docs === undefined ? [] : [[rule.id, docs] as const];
    }));
  }

  /**
   * Lints a document's text as the file it stands for, fixing when asked; undefined when it is ignored, not an
   * article or too large. Throws a CopydeskError for a broken config.
   */
  async lint(document: TextDocument, fix: boolean): Promise<{ readonly messages: Message[]; readonly output?: string } | undefined> {
    if (!isArticle(document)) return undefined;
    const file = this.fileOf(document);
    if (tooLarge(document, file)) return undefined;
    return this.linter.lint(file, () => document.getText(), { fix, format: formatFor(document, file) });
  }

  /**
   * Lints for diagnostics one rule at a time, and stops ('stale') as soon as `isStale` says a newer text has come
   * (see lintSourceInSteps); no messages when the document is ignored or not an article, and one saying so when it
   * is larger than an article may be.
   */
  async lintInSteps(document: TextDocument, isStale: () => boolean): Promise<readonly Message[] | 'stale'> {
    if (!isArticle(document)) return [];
    const file = this.fileOf(document);
    const problem = tooLarge(document, file);
    if (problem) return [fatal(problem)];
    return this.linter.lintInSteps(file, () => document.getText(), formatFor(document, file), isStale);
  }

  private linterFor(settings: Settings): FileLinter {
    // Read afresh with each linter: a change to an ignore file resets the workspace.
    const ignoreFiles = new IgnoreFiles();
    /** Whether a .copydeskignore leaves the file out, read at every level as the command line reads them. */
    const alsoIgnores = async (file: string): Promise<boolean> => ignoreFiles.isIgnored('copydesk', file, false);
    return new FileLinter({ rules: settings.rules, ...(settings.language ? { language: settings.language } : {}), alsoIgnores });
  }
}
