// The problems of a definition (a bundle with its matters, a calendar file) as the API shows them, and
// DEFINITION_INVALID, which refuses a definition with every problem listed.
import { describeIssue, type DefinitionIssue, type Lang } from '@onego/engine';
import { DomainError } from '../domainError.ts';

export interface IssueView {
  file: string;
  path: string;
  code: string;
  message: string;
}

/** Each issue with its message in the response language. */
export const issueViews = (issues: readonly DefinitionIssue[], lang: Lang): IssueView[] =>
  issues.map((i) => ({ file: i.file, path: i.path, code: i.code, message: describeIssue(i, lang) }));

/** DEFINITION_INVALID with every issue (file, JSON path, code, message). */
export const definitionInvalid = (issues: readonly DefinitionIssue[], lang: Lang): DomainError =>
  new DomainError('DEFINITION_INVALID', { count: issues.length }, { issues: issueViews(issues, lang) });
