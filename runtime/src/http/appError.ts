// Errors the HTTP layer turns into JSON responses: a status, a stable code, a message in zh and en, and
// optional details. Services throw these; only the error middleware knows about responses.
import type { ErrorParams } from '../domainError.ts';
import { errorMessage, type ErrorCode } from './errorMessages.ts';

export class AppError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly params: ErrorParams;
  readonly details: Record<string, unknown> | undefined;

  constructor(status: number, code: ErrorCode, params: ErrorParams = {}, details?: Record<string, unknown>) {
    super(errorMessage(code, params, 'en'));
    this.status = status;
    this.code = code;
    this.params = params;
    this.details = details;
  }
}

export const notFound = (code: ErrorCode = 'NOT_FOUND', params: Record<string, string | number> = {}) => new AppError(404, code, params);
export const forbidden = (params: Record<string, string | number> = {}) => new AppError(403, 'FORBIDDEN', params);
export const conflict = (code: ErrorCode, params: Record<string, string | number> = {}) => new AppError(409, code, params);

/** 422 VALIDATION_FAILED with one `{path, message}` per problem (the engine's validation errors, already in the response language). */
export const validationFailed = (errors: readonly { path: string; message: string }[]) =>
  new AppError(422, 'VALIDATION_FAILED', {}, { errors: errors.map((e) => ({ path: e.path, message: e.message })) });
