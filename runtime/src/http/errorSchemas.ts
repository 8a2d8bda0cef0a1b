// The error bodies of the API as components: ErrorCode (every code of errorMessages.ts and the calendar
// errors of the engine), Error, and the errors that add details. Error responses name them by component
// name (openapi/responses.ts: coded(codes, 'ValidationError')), which imports this module.
import { CALENDAR_ERROR_CODES } from '@onego/engine';
import Type, { type TProperties } from 'typebox';
import { component } from './apiComponents.ts';
import { closed, instant } from './apiSchemas.ts';
import { ERROR_CODES } from './errorMessages.ts';

const ErrorCode = component(
  'ErrorCode',
  Type.Enum([...ERROR_CODES, ...CALENDAR_ERROR_CODES], {
    type: 'string',
    description:
      'The stable error codes of the HTTP API (runtime/src/http/errorMessages.ts), and the working-day calendar errors of the engine. Each operation lists the codes it gives.',
  }),
);

const ErrorBody = component(
  'Error',
  Type.Object(
    { code: ErrorCode, message: Type.String({ description: 'What went wrong, for people (zh or en).' }) },
    {
      description:
        'Every error: a stable `code` and a human-readable `message` in the response language (zh by default, en with Accept-Language: en). Some codes add details (VALIDATION_FAILED: errors; DEFINITION_INVALID: issues; DRAFT_CHANGED: updatedBy, updatedAt; MATERIAL_TOO_LARGE: maxBytes; MATERIAL_TYPE_NOT_ALLOWED: detected, allowed; TEXT_TOO_LONG: field, maxLength). Never a stack trace; client input appears in a message only as a short excerpt (at most 120 characters, control and markup characters escaped as \\uXXXX).',
    },
  ),
);

/** An error of one code with the details it adds (`required`: the details always present). */
export const errorWith = <P extends TProperties>(code: string, details: P, description: string, required: readonly (keyof P & string)[] = Object.keys(details)) =>
  Type.Unsafe<{ code: string; message: string }>({
    description,
    allOf: [ErrorBody],
    properties: { code: { const: code }, ...details },
    required: ['code', 'message', ...required],
  });

component(
  'ValidationError',
  errorWith(
    'VALIDATION_FAILED',
    {
      errors: Type.Array(
        closed({
          path: Type.String({
            description:
              'JSON Pointer into the request body, starting with /answers or /data (e.g. /data/mother/idNumber); for a decision on a review step /results/<key>; for a rating /overall or /matters/<i>, for a rectification answer /answer or /measures.',
          }),
          message: Type.String({ description: 'What is wrong with that value, in the response language.' }),
        }),
        { minItems: 1 },
      ),
    },
    '422 VALIDATION_FAILED: the answers (情形) or the data of the merged form (一表申请) are not valid; one entry per problem.',
  ),
);

component(
  'OutboundTargetRefused',
  errorWith(
    'OUTBOUND_TARGET_REFUSED',
    { reason: Type.Enum(['scheme', 'credentials', 'metadata', 'loopback', 'private', 'link-local', 'unique-local', 'reserved'], { type: 'string' }) },
    '422 OUTBOUND_TARGET_REFUSED: a webhook URL the outbound policy refuses, and why.',
  ),
);

component(
  'DraftChanged',
  errorWith(
    'DRAFT_CHANGED',
    { updatedBy: Type.String({ description: 'Who saved the draft as it is now.' }), updatedAt: instant('When.') },
    '412 DRAFT_CHANGED: the bundle draft is not the one the caller read or saved; who saved it and when.',
  ),
);

component(
  'DefinitionInvalid',
  errorWith(
    'DEFINITION_INVALID',
    {
      issues: Type.Array(
        closed({
          file: Type.String({ description: "Which document: 'bundle', or 'matters/<index>' for the matters array." }),
          path: Type.String({ description: 'JSON Pointer into that document.' }),
          code: Type.String({ description: 'The stable definition issue code (e.g. SCHEMA_VIOLATION, UNKNOWN_MATTER, DEPENDENCY_CYCLE).' }),
          message: Type.String({ description: 'The issue in the response language.' }),
        }),
        { minItems: 1 },
      ),
    },
    '422 DEFINITION_INVALID: the bundle definition has problems, checked as `onego validate` checks files. POST /api/bundles lists them in `issues`; publishing a draft that no longer checks answers without them.',
    [],
  ),
);

component(
  'ApplicationQuotaExceeded',
  errorWith(
    'APPLICATION_QUOTA_EXCEEDED',
    {
      limit: Type.Integer({ minimum: 1, description: 'Applications one citizen may submit per day (ONEGO_QUOTA_APPLICATIONS_PER_DAY).' }),
      retryAfterSeconds: Type.Integer({ minimum: 1, description: 'Seconds to midnight, China Standard Time, when the count starts again (also the Retry-After header).' }),
    },
    '429 APPLICATION_QUOTA_EXCEEDED: the applicant submitted as many applications today as allowed; nothing was written.',
  ),
);

component(
  'UploadQuotaExceeded',
  errorWith(
    'UPLOAD_QUOTA_EXCEEDED',
    { limit: Type.Integer({ minimum: 1, description: 'Files one application or draft may hold for one material (ONEGO_QUOTA_UPLOADS_PER_MATERIAL).' }) },
    '429 UPLOAD_QUOTA_EXCEEDED: the material already has as many files as allowed; nothing was recorded.',
  ),
);

const possibleAt = instant('From when the reminder is possible.');

component(
  'ReminderTooEarly',
  errorWith('REMINDER_TOO_EARLY', { possibleAt }, '409 REMINDER_TOO_EARLY: the task has not passed its warning point (预警) yet; possibleAt says when it does.'),
);

component(
  'ReminderAlreadySent',
  errorWith('REMINDER_ALREADY_SENT', { possibleAt }, '409 REMINDER_ALREADY_SENT: a reminder of this task was sent this working day; possibleAt is the start of the next working day.'),
);
