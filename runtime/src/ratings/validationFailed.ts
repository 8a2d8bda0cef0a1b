// VALIDATION_FAILED from the issues of a rating or an answer, in the response language.
import type { Lang } from '@onego/engine';
import { DomainError } from '../domainError.ts';
import type { InputIssue } from './ratingRules.ts';

export const validationFailed = (issues: InputIssue[], lang: Lang): DomainError =>
  new DomainError('VALIDATION_FAILED', {}, { errors: issues.map((i) => ({ path: i.path, message: i.message[lang] })) });
