// A problem found in a definition document, with a stable code and where it is.
import type { Lang } from '../i18n/lang.ts';
import { definitionMessage } from '../i18n/definitionMessages.ts';
import type { DefinitionIssueCode, IssueParams } from './definitionIssueCode.ts';

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
