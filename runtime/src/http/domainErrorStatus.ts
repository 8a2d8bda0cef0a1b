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
  COMMITMENT_NOT_ALLOWED: 422,
  NOTHING_TO_SUPPLEMENT: 409,
  FIELDS_LOCKED: 422,
  MATERIALS_MISSING: 422,
  DRAFT_CONFLICT: 409,
  TOO_MANY_DRAFTS: 409,
  TASK_NOT_FOUND: 404,
  UNKNOWN_MATERIAL: 400,
  UNKNOWN_FIELD: 400,
  MATERIAL_IS_KEY: 422,
  MATERIALS_OWED: 409,
  RATING_NOT_OPEN: 409,
  ALREADY_RATED: 409,
  RATING_NOT_FOUND: 404,
  RECTIFICATION_NOT_FOUND: 404,
  RECTIFICATION_ALREADY_ANSWERED: 409,
  INVALID_TOKEN: 401,
  TOKEN_EXPIRY_REQUIRED: 401,
  APPLICATION_CLOSED: 409,
  BUNDLE_NOT_FOUND: 404,
  DRAFT_NOT_FOUND: 404,
  MATERIAL_NOT_FOUND: 404,
  MATERIAL_FILE_MISSING: 400,
  MATERIAL_TOO_LARGE: 413,
  MATERIAL_TYPE_NOT_ALLOWED: 415,
  UPLOAD_NOT_FOUND: 404,
  DRAFT_UPLOAD_NOT_ALLOWED: 422,
  ARCHIVE_NOT_READY: 409,
  UPLOAD_QUOTA_EXCEEDED: 429,
  NOTIFICATION_NOT_FOUND: 404,
  WEBHOOK_NOT_FOUND: 404,
  WEBHOOK_DELIVERY_NOT_FOUND: 404,
  OUTBOUND_TARGET_REFUSED: 422,
  BAD_REQUEST: 400,
  MATTER_NOT_FOUND: 404,
  MATTER_VERSION_NOT_FOUND: 404,
  MATTER_DRAFT_NOT_FOUND: 404,
  MATTER_DRAFT_CHANGED: 412,
  MATTER_DRAFT_GONE: 412,
  MATTER_INVALID: 422,
  MATTER_CODE_TAKEN: 409,
  DEPARTMENT_NAME_REQUIRED: 422,
  DEPARTMENT_EXISTS: 409,
  REGION_INVALID: 422,
  CATALOGUE_IMPORT_INVALID: 422,
  DRAFT_CHANGED: 412,
  DRAFT_GONE: 412,
  CALENDAR_NOT_FOUND: 404,
  FORBIDDEN: 403,
  VALIDATION_FAILED: 422,
  DEFINITION_INVALID: 422,
};

/** The error as the API answers it: an AppError as it is, a DomainError with the status of its code. */
export function httpErrorOf(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof DomainError) return new AppError(STATUS[error.code], error.code, { ...error.params }, error.details ? { ...error.details } : undefined);
  return undefined;
}
