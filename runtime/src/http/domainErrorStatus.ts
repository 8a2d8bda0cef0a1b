// The HTTP status of each domain error code (domainError.ts): the one place where the domain's refusals
// become statuses. The response is the API's usual {code, message, ...details}, in the caller's language.
import { DomainError, type DomainErrorCode } from '../domainError.ts';
import { AppError } from './appError.ts';

const STATUS: Readonly<Record<DomainErrorCode, number>> = {
  APPLICATION_NOT_FOUND: 404,
  IDEMPOTENCY_CONFLICT: 409,
  NOTHING_INCLUDED: 422,
  TASK_ALREADY_DECIDED: 409,
  TASK_NOT_ACTIONABLE: 409,
  CONCURRENT_UPDATE: 409,
  APPLICATION_QUOTA_EXCEEDED: 429,
  RATING_NOT_OPEN: 409,
  ALREADY_RATED: 409,
  RATING_NOT_FOUND: 404,
  RECTIFICATION_NOT_FOUND: 404,
  RECTIFICATION_ALREADY_ANSWERED: 409,
  FORBIDDEN: 403,
  VALIDATION_FAILED: 422,
};

/** The error as the API answers it: an AppError as it is, a DomainError with the status of its code. */
export function httpErrorOf(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof DomainError) return new AppError(STATUS[error.code], error.code, { ...error.params }, error.details ? { ...error.details } : undefined);
  return undefined;
}
