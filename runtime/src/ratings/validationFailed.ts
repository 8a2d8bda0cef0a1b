// 422 VALIDATION_FAILED from the issues of a rating or an answer, in the response language.
import type { Lang } from '@onego/engine';
import { AppError } from '../http/appError.ts';
import type { InputIssue } from './ratingRules.ts';

export const validationFailed = (issues: InputIssue[], lang: Lang): AppError =>
  new AppError(422, 'VALIDATION_FAILED', {}, { errors: issues.map((i) => ({ path: i.path, message: i.message[lang] })) });
