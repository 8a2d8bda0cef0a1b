// A problem found in a definition document, with a stable code and where it is.
import type { Lang } from '../i18n/lang.ts';
import { definitionMessage } from '../i18n/definitionMessages.ts';

export const DEFINITION_ISSUE_CODES = [
  'JSON_SYNTAX',
  'SCHEMA_VIOLATION',
  'UNKNOWN_KIND',
  'DUPLICATE_ID',
  'UNKNOWN_DATA_ELEMENT',
  'UNKNOWN_ENTITY',
  'ENTITY_NOT_REPEATABLE',
  'UNKNOWN_E_LICENCE',
  'UNKNOWN_MATTER',
  'UNKNOWN_DEPENDENCY',
  'DEPENDENCY_CYCLE',
  'UNKNOWN_ANSWER',
  'UNKNOWN_DATA_PATH',
  'INVALID_SCHEMA',
  'INVALID_OPTION',
  'CONSTRAINT_CONFLICT',
  'TIME_LIMIT_EXCEEDS_LEGAL',
  'PROMISE_UNREACHABLE',
  'UNKNOWN_DICTIONARY',
  'INVALID_CALENDAR',
  'SAMPLE_MISMATCH',
  'SAMPLE_WITHOUT_BUNDLE',
] as const;

export type DefinitionIssueCode = (typeof DEFINITION_ISSUE_CODES)[number];

/** Message parameters; a value may differ per language. */
export type IssueParams = Record<string, string | number | { zh: string; en: string }>;

export interface DefinitionIssue {
  code: DefinitionIssueCode;
  /** The document the problem is in, as the caller named it (usually a file path). */
  file: string;
  /** JSON Pointer into that document. */
  path: string;
  params: IssueParams;
}

export function issueOf(code: DefinitionIssueCode, file: string, path: string, params: IssueParams = {}): DefinitionIssue {
  return { code, file, path, params };
}

/** The human-readable message of an issue. */
export function describeIssue(found: DefinitionIssue, lang: Lang): string {
  return definitionMessage(found.code, found.params, lang);
}

/** Escapes one JSON Pointer token. */
export function pointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointer(...tokens: (string | number)[]): string {
  return tokens.map((t) => `/${pointerToken(t)}`).join('');
}
