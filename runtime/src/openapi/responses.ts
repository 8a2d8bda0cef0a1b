// Building blocks of the OpenAPI operations: JSON responses, error responses that list the stable codes
// a route really gives, and the parameters, headers and shared responses of components/.
// The error components that coded() names (Error, ValidationError, …) are declared there.
import '../http/errorSchemas.ts';

export type JsonSchema = Record<string, unknown>;

/** A $ref to a component schema (declared beside its routes, http/apiComponents.ts). */
const schemaRef = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

const withRequestId = (headers: Record<string, JsonSchema> = {}) => ({ 'X-Request-Id': { $ref: '#/components/headers/X-Request-Id' }, ...headers });

/** A successful JSON response. */
export const ok = (description: string, schema: JsonSchema, headers?: Record<string, JsonSchema>): JsonSchema => ({
  description,
  headers: withRequestId(headers),
  content: { 'application/json': { schema } },
});

/** An error body whose `code` is one of `codes`; `base` adds the details of that kind of error. */
export const coded = (codes: readonly string[], base = 'Error'): JsonSchema => ({
  allOf: [schemaRef(base)],
  properties: { code: { enum: [...codes] } },
});

/** An error response with the codes it carries (each a `coded` schema, or one of several). */
export function failure(description: string, ...variants: JsonSchema[]): JsonSchema {
  const schema = variants.length === 1 ? variants[0] : { oneOf: variants };
  return { description, headers: withRequestId(), content: { 'application/json': { schema } } };
}

/** What TEXT_TOO_LONG says, for the routes whose body has strings of a bounded length. */
export const TEXT_TOO_LONG_TEXT = 'TEXT_TOO_LONG: a string of the body is longer than its limit (field and maxLength name it): ids 200 characters, comments 2,000, URLs 2,048.';

/** What the shape check of every JSON body refuses (runtime/src/http/jsonShape.ts). */
export const JSON_SHAPE_TEXT = 'JSON_TOO_DEEP: the body nests objects and lists deeper than 64 levels (maxDepth). NUMBER_NOT_FINITE: a number is out of range (e.g. 1e309), at path.';
export const JSON_SHAPE_CODES = ['JSON_TOO_DEEP', 'NUMBER_NOT_FINITE'];

/** 400 for a route that reads a JSON body: malformed JSON, its shape, plus the route's own checks (and TEXT_TOO_LONG when `bounded`). */
export const badRequest = (checks: string, bounded = false): JsonSchema =>
  failure(
    `BAD_JSON: the body is not valid JSON. ${JSON_SHAPE_TEXT} BAD_REQUEST: ${checks}${bounded ? ` ${TEXT_TOO_LONG_TEXT}` : ''}`,
    coded(['BAD_JSON', ...JSON_SHAPE_CODES, 'BAD_REQUEST', ...(bounded ? ['TEXT_TOO_LONG'] : [])]),
  );

/** 401 of a route that needs a token. */
export const unauthenticated = failure(
  'UNAUTHENTICATED: no Authorization header. INVALID_TOKEN: the bearer token is malformed, expired, or not from the dev login or the configured identity provider (统一身份认证). TOKEN_EXPIRY_REQUIRED: the token is well signed but has no expiry (exp claim): tokens that never expire are refused. DEPARTMENT_UNKNOWN: an officer\'s token names a department that is not a department record (GET /api/departments).',
  coded(['UNAUTHENTICATED', 'INVALID_TOKEN', 'TOKEN_EXPIRY_REQUIRED', 'DEPARTMENT_UNKNOWN']),
);

/** 401 of a public route: only when a token is sent anyway and is not valid (the token is checked on every route). */
export const invalidTokenOnly = failure(
  'INVALID_TOKEN: an Authorization header was sent and is not a valid bearer token (every route checks a token that is sent). TOKEN_EXPIRY_REQUIRED: the token sent has no expiry (exp claim). DEPARTMENT_UNKNOWN: an officer\'s token sent names a department that is not a department record (GET /api/departments); POST /api/auth/dev-login: the officer names such a department.',
  coded(['INVALID_TOKEN', 'TOKEN_EXPIRY_REQUIRED', 'DEPARTMENT_UNKNOWN']),
);

export const forbidden = (who: string): JsonSchema => failure(`FORBIDDEN: ${who}`, coded(['FORBIDDEN']));

export const notFound = (code: string, when: string): JsonSchema => failure(`${code}: ${when}`, coded([code]));

/** Responses every operation may give. */
export const always = {
  '405': { $ref: '#/components/responses/MethodNotAllowed' },
  '429': { $ref: '#/components/responses/TooManyRequests' },
  '500': { $ref: '#/components/responses/InternalError' },
  '503': { $ref: '#/components/responses/ServiceUnavailable' },
};

/** Responses of every operation that reads a request body (the 1 MB JSON body parser). */
export const bodyLimits = {
  '413': { $ref: '#/components/responses/PayloadTooLarge' },
  '415': { $ref: '#/components/responses/UnsupportedMediaType' },
};

export const sharedResponses: Record<string, JsonSchema> = {
  InternalError: failure('INTERNAL_ERROR: an unexpected error; the message carries the request id to quote, never a stack trace.', coded(['INTERNAL_ERROR'])),
  TooManyRequests: failure(
    'RATE_LIMITED: more requests in one second than allowed from this address (ONEGO_RATE_LIMIT_PER_ADDRESS) or for this signed-in principal (ONEGO_RATE_LIMIT_PER_PRINCIPAL); the Retry-After header (and retryAfterSeconds) says when to retry. GET /health is never limited.',
    coded(['RATE_LIMITED']),
  ),
  ServiceUnavailable: failure(
    'DATABASE_UNAVAILABLE: the database cannot be reached just now (restarting, failing over, or the network); nothing of the request was written. Retry after the Retry-After header (and retryAfterSeconds); a submission retried with the same Idempotency-Key is never duplicated.',
    coded(['DATABASE_UNAVAILABLE']),
  ),
  MethodNotAllowed: failure('METHOD_NOT_ALLOWED: the path exists but not with this method (the Allow header lists those it has).', coded(['METHOD_NOT_ALLOWED'])),
  PayloadTooLarge: failure('PAYLOAD_TOO_LARGE: the request body exceeds 1 MB.', coded(['PAYLOAD_TOO_LARGE'])),
  UnsupportedMediaType: failure(
    'UNSUPPORTED_MEDIA_TYPE: a body was sent that is not application/json, or that cannot be decoded (an unsupported Content-Encoding).',
    coded(['UNSUPPORTED_MEDIA_TYPE']),
  ),
};

export const parameters: Record<string, JsonSchema> = {
  AcceptLanguage: {
    name: 'Accept-Language',
    in: 'header',
    required: false,
    description: 'Language of messages and names: Chinese (zh) by default; English when the client prefers en (e.g. `en-US,en;q=0.9`).',
    schema: { type: 'string', examples: ['en', 'zh-CN,zh;q=0.9'] },
  },
  IdempotencyKey: {
    name: 'Idempotency-Key',
    in: 'header',
    required: true,
    description:
      'Makes submission safe to retry (幂等): the same key with the same body returns the same application (200) without a duplicate; the same key with another body is refused (409 IDEMPOTENCY_CONFLICT). Keys are per applicant.',
    schema: { type: 'string', minLength: 1, maxLength: 200 },
  },
  ApplicationId: { name: 'id', in: 'path', required: true, description: 'The application id (办件编号).', schema: { type: 'string' } },
  DraftId: { name: 'id', in: 'path', required: true, description: 'The draft id.', schema: { type: 'string' } },
  IfMatch: {
    name: 'If-Match',
    in: 'header',
    required: false,
    description: 'The ETag of the bundle draft as the caller last read or saved it (or *): the request applies only to that draft, else 412.',
    schema: { type: 'string', examples: ['"3q2-7w…"', '*'] },
  },
  IfNoneMatch: {
    name: 'If-None-Match',
    in: 'header',
    required: false,
    description: '*: save only if the bundle has no draft yet (a new draft never replaces one someone else saved), else 412.',
    schema: { type: 'string', examples: ['*'] },
  },
  Page: { name: 'page', in: 'query', required: false, description: 'Page number, from 1.', schema: { type: 'integer', minimum: 1, maximum: 1_000_000, default: 1 } },
  PageSize: { name: 'pageSize', in: 'query', required: false, description: 'Tasks per page.', schema: { type: 'integer', minimum: 1, maximum: 100, default: 20 } },
};

export const headers: Record<string, JsonSchema> = {
  'X-Request-Id': {
    description:
      "The request id: the client's X-Request-Id when it sent one of 1–64 letters, digits, '.', '_' or '-', else a new UUID (a longer or other id is replaced, never echoed); it appears in the logs and in INTERNAL_ERROR messages.",
    schema: { type: 'string', pattern: '^[A-Za-z0-9._-]{1,64}$' },
  },
  'X-Total-Count': { description: 'How many items (tasks, applications, rectifications) match the filter, over all pages.', schema: { type: 'integer', minimum: 0 } },
  Location: { description: 'The URL of the application: /api/applications/{id}.', schema: { type: 'string' } },
  ETag: { description: 'The entity tag of the bundle draft as saved (quoted, strong): send it as If-Match to save, publish or discard that draft only.', schema: { type: 'string' } },
};
