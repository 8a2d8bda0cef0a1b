// Errors of the domain (commands, timers, services): a stable code and its parameters, and no HTTP
// status. The HTTP edge answers them (http/domainErrorStatus.ts: one table of statuses; the zh/en texts
// are the API's, http/errorMessages.ts); anything else decides by the code.

/** The codes the domain throws, by module; each is also an API error code, with its messages. */
export type DomainErrorCode =
  // commands/
  | 'APPLICATION_NOT_FOUND'
  | 'IDEMPOTENCY_CONFLICT'
  | 'NOTHING_INCLUDED'
  | 'TASK_ALREADY_DECIDED'
  | 'TASK_NOT_ACTIONABLE'
  | 'TASK_AWAITING_PAYMENT'
  | 'CONCURRENT_UPDATE'
  | 'APPLICATION_QUOTA_EXCEEDED'
  // applications/
  | 'COMMITMENT_NOT_ALLOWED'
  | 'NOTHING_TO_SUPPLEMENT'
  | 'FIELDS_LOCKED'
  | 'MATERIALS_MISSING'
  | 'APPLICATION_NOT_WITHDRAWABLE'
  // reminders/
  | 'REMINDER_NOT_POSSIBLE'
  | 'REMINDER_TOO_EARLY'
  | 'REMINDER_ALREADY_SENT'
  // drafts/
  | 'DRAFT_CONFLICT'
  | 'TOO_MANY_DRAFTS'
  // tasks/
  | 'TASK_NOT_FOUND'
  | 'UNKNOWN_MATERIAL'
  | 'UNKNOWN_FIELD'
  | 'MATERIAL_IS_KEY'
  | 'MATERIALS_OWED'
  | 'TASK_ALREADY_CLAIMED'
  | 'TASK_NOT_CLAIMED'
  | 'NOT_TASK_HOLDER'
  | 'NOT_STEP_LEAD'
  | 'POSITION_REQUIRED'
  | 'COLLEAGUE_NOT_IN_DEPARTMENT'
  | 'DELEGATION_PENDING'
  | 'NOT_DELEGATED'
  | 'ALREADY_SIGNED'
  | 'NOT_A_SIGNER'
  | 'STEP_NOT_COUNTERSIGNED'
  | 'SIGNER_ALREADY_ADDED'
  | 'STEP_ALREADY_DECIDED'
  | 'STEP_NOT_EARLIER'
  | 'RETURN_ONLY_AT_FIRST_STEP'
  | 'NO_REVIEW_STEPS'
  // ratings/
  | 'RATING_NOT_OPEN'
  | 'ALREADY_RATED'
  | 'RATING_NOT_FOUND'
  | 'RECTIFICATION_NOT_FOUND'
  | 'RECTIFICATION_ALREADY_ANSWERED'
  // auth/
  | 'INVALID_TOKEN'
  | 'DEPARTMENT_UNKNOWN'
  | 'TOKEN_EXPIRY_REQUIRED'
  // materials/, archive/
  | 'APPLICATION_CLOSED'
  | 'BUNDLE_NOT_FOUND'
  | 'DRAFT_NOT_FOUND'
  | 'MATERIAL_NOT_FOUND'
  | 'MATERIAL_FILE_MISSING'
  | 'MATERIAL_TOO_LARGE'
  | 'MATERIAL_TYPE_NOT_ALLOWED'
  | 'UPLOAD_NOT_FOUND'
  | 'LICENCE_NOT_FOUND'
  | 'DRAFT_UPLOAD_NOT_ALLOWED'
  | 'ARCHIVE_NOT_READY'
  | 'UPLOAD_QUOTA_EXCEEDED'
  // notifications/, webhooks/, outbound/
  | 'NOTIFICATION_NOT_FOUND'
  | 'WEBHOOK_NOT_FOUND'
  | 'WEBHOOK_DELIVERY_NOT_FOUND'
  | 'OUTBOUND_TARGET_REFUSED'
  // signatures/
  | 'SIGNATURE_INVALID'
  | 'SIGNATURE_NOT_FOUND'
  // channels/
  | 'CHANNEL_NOT_AVAILABLE'
  | 'CONTACT_PHONE_INVALID'
  | 'CONTACT_EMAIL_INVALID'
  | 'CONTACT_PHONE_REQUIRED'
  | 'CONTACT_EMAIL_REQUIRED'
  // catalogue/
  | 'MATTER_NOT_FOUND'
  | 'MATTER_VERSION_NOT_FOUND'
  | 'MATTER_DRAFT_NOT_FOUND'
  | 'MATTER_DRAFT_CHANGED'
  | 'MATTER_DRAFT_GONE'
  | 'MATTER_INVALID'
  | 'MATTER_CODE_TAKEN'
  | 'DEPARTMENT_NAME_REQUIRED'
  | 'DEPARTMENT_NOT_FOUND'
  | 'DEPARTMENT_EXISTS'
  | 'REGION_INVALID'
  | 'DATA_ELEMENT_EXISTS'
  | 'DATA_ELEMENT_TYPE_INVALID'
  | 'DATA_ELEMENT_OPTIONS_INVALID'
  | 'DATA_ELEMENT_NAME_REQUIRED'
  | 'CATALOGUE_IMPORT_INVALID'
  // bundles/
  | 'DRAFT_CHANGED'
  | 'DRAFT_GONE'
  | 'BUNDLE_WITHDRAWN'
  // calendars/
  | 'CALENDAR_NOT_FOUND'
  // documents/
  | 'DOCUMENT_NOT_READY'
  | 'DOCUMENT_NOT_GENUINE'
  | 'DOCUMENT_FONT_MISSING'
  // applicants/ (who applies: co-applicants, proxies, enterprises)
  | 'COAPPLICANT_NOT_NAMED'
  | 'COAPPLICANT_ALREADY_CONFIRMED'
  | 'COAPPLICANT_CONFIRMATION_PENDING'
  | 'PROXY_CONSENT_PENDING'
  | 'PROXY_NOT_A_MINOR'
  | 'PROXY_FOR_ONESELF'
  | 'PROXY_ID_NUMBER_INVALID'
  | 'ENTERPRISE_SIGN_IN_REQUIRED'
  // any
  | 'BAD_REQUEST'
  | 'FORBIDDEN'
  | 'VALIDATION_FAILED'
  /** A definition (bundle, calendar, …) fails the checks of `onego validate`: issues lists each problem. */
  | 'DEFINITION_INVALID';

/** A parameter of an error's message: a value the same in every language, or a name in each (a material's, a matter's). */
type ErrorParam = string | number | Readonly<{ zh: string; en?: string }>;
export type ErrorParams = Readonly<Record<string, ErrorParam>>;

export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly params: ErrorParams = {},
    readonly details?: Readonly<Record<string, unknown>>,
  ) {
    // For logs (and a failed timer's last_error): the code and its parameters.
    const shown = Object.entries(params).map(([name, value]) => `${name}=${typeof value === 'object' ? value.zh : value}`);
    super(shown.length > 0 ? `${code} (${shown.join(', ')})` : code);
    this.name = 'DomainError';
  }
}

/** The engine refused the event: the matter is not in a state where it applies (decided, or not actionable now). */
export const isEventRefused = (error: unknown): error is DomainError =>
  error instanceof DomainError && (error.code === 'TASK_ALREADY_DECIDED' || error.code === 'TASK_NOT_ACTIONABLE');
