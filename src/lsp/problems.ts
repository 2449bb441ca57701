// Problems the language server shows the user: each once (not on every keystroke), and a broken config as a
// diagnostic on the config file too, cleared when it is sound again.
import { DiagnosticSeverity, MessageType, type Connection } from 'vscode-languageserver/node';
import { pathToFileURL } from 'node:url';
import { CopydeskError, describeError } from '../errors';

/** Where a config problem is: the line and column it names (0-based in the protocol), else the file's start. */
function placeRange(error: unknown): { start: { line: number; character: number }; end: { line: number; character: number } } {
  const place = error instanceof CopydeskError ? error.place : undefined;
  const position = place ? { line: place.line - 1, character: place.column - 1 } : { line: 0, character: 0 };
  return { start: position, end: position };
}

export class Problems {
  /** Problems already shown to the user. */
  private readonly shown = new Set<string>();
  /** Config files with a diagnostic on them. */
  private readonly brokenConfigs = new Set<string>();

  constructor(private readonly connection: Connection) {}

  showOnce(type: MessageType, problem: string): void {
    if (this.shown.has(problem)) return;
    this.shown.add(problem);
    void this.connection.sendNotification('window/showMessage', { type, message: `copydesk: ${problem}` });
  }

  /** Shows a warning once: a setting or request the server cannot take. */
  readonly complain = (problem: string): void => this.showOnce(MessageType.Warning, problem);

  /** Shows a config or plugin problem once, and puts it on the config file too when it names one. */
  report(error: unknown): void {
    const text = error instanceof CopydeskError ? error.message : `internal error: ${describeError(error)}`;
    this.showOnce(MessageType.Error, text);
    const file = error instanceof CopydeskError ? error.file : undefined;
    if (file) {
      const uri = pathToFileURL(file).href;
      this.brokenConfigs.add(uri);
      void this.connection.sendDiagnostics({
        uri,
        diagnostics: [{ range: placeRange(error), severity: DiagnosticSeverity.Error, source: 'copydesk', message: text }],
      });
    }
  }

  clearBrokenConfigs(): void {
    for (const uri of this.brokenConfigs) void this.connection.sendDiagnostics({ uri, diagnostics: [] });
    this.brokenConfigs.clear();
  }

  /** Forgets what was shown: a problem that comes again is shown again. */
  forget(): void {
    this.shown.clear();
  }
}
