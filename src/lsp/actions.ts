// The language server's quick fixes for findings: apply the fix, take a suggestion, add the word to the
// dictionary, or switch the rule off for the line or the file with the inline directives the README documents.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Message } from '../types';
import { fixTitle } from './fix-title';
import { rangeOf, type Encoding } from './positions';

/** The code action kind of "Fix all copydesk problems", as editors ask for it on save (`source.fixAll`). */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.copydesk`;

/** The command behind "Add «word» to the dictionary": arguments [document URI, word]. */
export const ADD_WORD_COMMAND = 'copydesk.addToDictionary';

function editOf(document: TextDocument, range: readonly [number, number], text: string, encoding: Encoding): TextEdit {
  return { range: rangeOf(document, range, encoding), newText: text };
}

function lineBreakOf(text: string): string {
  return text.includes('\r\n') ? '\r\n' : '\n';
}

/**
 * `<!-- copydesk-disable-next-line RULE -->` for a line: at the end of the line above when that line is text of
 * the same block (a line of its own inside a paragraph would end the paragraph there), else on a line of its own.
 */
export function disableLineEdit(document: TextDocument, line: number, rule: string, encoding: Encoding): TextEdit {
  const directive = `<!-- copydesk-disable-next-line ${rule} -->`;
  const lineStart = document.offsetAt({ line, character: 0 });
  if (line > 0) {
    const above = document.getText({ start: { line: line - 1, character: 0 }, end: { line, character: 0 } }).replace(/\r?\n$|\r$/, '');
    if (above.trim() !== '') {
      const end = document.offsetAt({ line: line - 1, character: above.length });
      return editOf(document, [end, end], ` ${directive}`, encoding);
    }
  }
  const indent = /^[ \t]*/.exec(document.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }))![0];
  return editOf(document, [lineStart, lineStart], `${indent}${directive}${lineBreakOf(document.getText())}`, encoding);
}

/** `<!-- copydesk-disable RULE -->` at the top of the file, after any front matter. */
export function disableFileEdit(document: TextDocument, rule: string, encoding: Encoding): TextEdit {
  const text = document.getText();
  const lineBreak = lineBreakOf(text);
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text)?.[0];
  const at = frontMatter?.length ?? 0;
  const needsBreak = frontMatter !== undefined && !frontMatter.endsWith('\n');
  return editOf(document, [at, at], `${needsBreak ? lineBreak : ''}<!-- copydesk-disable ${rule} -->${lineBreak}`, encoding);
}

/**
 * The quick fixes for these findings of the document: each fix (preferred when it is the only choice), named by
 * what it does (see fix-title.ts), each
 * suggestion, "Add to the dictionary" for an unknown word, and "Disable" for the line and for the file, once a
 * rule and line.
 */
export function quickFixes(document: TextDocument, messages: readonly Message[], encoding: Encoding, diagnosticOf: (message: Message) => Diagnostic): CodeAction[] {
  const { uri } = document;
  const actions: CodeAction[] = [];
  const disabledLines = new Set<string>();
  const disabledFiles = new Set<string>();
  for (const message of messages) {
    if (!message.ruleId || message.fatal) continue;
    const diagnostics = [diagnosticOf(message)];
    const choices = (message.fix ? 1 : 0) + (message.suggestions?.length ?? 0);
    const change = (range: readonly [number, number], text: string) => ({ changes: { [uri]: [editOf(document, range, text, encoding)] } });
    if (message.fix) {
      actions.push({ title: fixTitle(document.getText(), message.fix, message.ruleId), kind: CodeActionKind.QuickFix, diagnostics, isPreferred: choices === 1, edit: change(message.fix.range, message.fix.text) });
    }
    for (const suggestion of message.suggestions ?? []) {
      actions.push({ title: suggestion.message, kind: CodeActionKind.QuickFix, diagnostics, ...(choices === 1 ? { isPreferred: true } : {}), edit: change(suggestion.fix.range, suggestion.fix.text) });
    }
    if (message.ruleId === 'spelling' && message.actual) {
      const title = `Add “${message.actual}” to the dictionary`;
      actions.push({ title, kind: CodeActionKind.QuickFix, diagnostics, command: { title, command: ADD_WORD_COMMAND, arguments: [uri, message.actual] } });
    }
    const rule = message.ruleId;
    const line = document.positionAt(message.range[0]).line;
    if (!disabledLines.has(`${rule}\0${line}`)) {
      disabledLines.add(`${rule}\0${line}`);
      actions.push({ title: `Disable ${rule} for this line`, kind: CodeActionKind.QuickFix, diagnostics, edit: { changes: { [uri]: [disableLineEdit(document, line, rule, encoding)] } } });
    }
    if (!disabledFiles.has(rule)) {
      disabledFiles.add(rule);
      actions.push({ title: `Disable ${rule} for this file`, kind: CodeActionKind.QuickFix, diagnostics, edit: { changes: { [uri]: [disableFileEdit(document, rule, encoding)] } } });
    }
  }
  return actions;
}
