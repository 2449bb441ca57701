// Types for scripts/real-words/lib.mjs, which the real-word scripts run as plain JavaScript and the tests import.
export type Range = readonly [start: number, end: number];
export type Half = 'tune' | 'test';
export interface RealWordCase { readonly doc: string; readonly offset: number; readonly wrong: string; readonly right: string; readonly set: string; readonly sentence?: string }
export interface ConfusionSet { readonly id: string; readonly words: readonly string[]; readonly sources: readonly string[] }
export interface ReportFix { readonly range: Range; readonly text: string }
export interface ReportMessage {
  readonly ruleId: string | null;
  readonly message: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly fix?: ReportFix;
  readonly suggestions?: readonly { readonly fix: ReportFix }[];
}
export interface CaseResult { readonly case: RealWordCase; readonly found: boolean; readonly fixed: boolean; readonly suggested: boolean }
export interface Alarm { readonly text: string; readonly message: string }
export interface SetFigures { set: string; cases: number; found: number; fixed: number; suggested: number; falseAlarms: number; recall: number | null; precision: number | null }

export function hash32(text: string): number;
export function halfOf(docId: string): Half;
export function withCaseOf(model: string, word: string): string;
export function overlaps(a: Range, b: Range): boolean;
export function applySubstitutions(text: string, cases: readonly RealWordCase[]): { text: string; spans: Range[] };
export function lineStarts(text: string): number[];
export function messageRange(message: ReportMessage, starts: readonly number[]): [number, number];
export function applyFix(text: string, fix: ReportFix): string;
export function countWords(text: string): number;
export function matchArticle(article: { text: string; cases: readonly RealWordCase[]; spans: readonly Range[]; messages: readonly ReportMessage[] }): { results: CaseResult[]; falseAlarms: Alarm[] };
export function cleanAlarms(article: { text: string; messages: readonly ReportMessage[] }): Alarm[];
export function summarize(input: { results: readonly CaseResult[]; falseAlarms: readonly Alarm[]; sets: readonly ConfusionSet[]; cleanWords: number; cleanFalseAlarms: number }): {
  overall: SetFigures & { cleanWords: number; cleanFalseAlarms: number; cleanFalseAlarmsPer1000Words: number | null };
  sets: SetFigures[];
};
