// What every answer of the server must be, whatever was sent: never a 5xx; an error is JSON {code,
// message} with a code of the API's list and a status and code the document gives for the operation (or
// one every operation may give); a success is a documented status; no stack trace, internal path or SQL
// in any body; the request id plain; and a caller the operation does not accept never succeeds.
import { ERROR_CODES } from '../../runtime/src/http/errorMessages.ts';
import type { Operation } from './apiOperations.ts';
import { roleOf, type Caller } from './fuzzFixtures.ts';
import type { FuzzRequest } from './hostileRequests.ts';

export interface Answer {
  status: number;
  headers: Headers;
  /** The body as text (empty for a stream, which is not read). */
  text: string;
}

/** Statuses any operation may answer, with their codes: the body parser, authentication, routing, rate limits. */
const ANY_OPERATION: Record<number, string[]> = {
  400: ['BAD_JSON', 'JSON_TOO_DEEP', 'NUMBER_NOT_FINITE'],
  401: ['UNAUTHENTICATED', 'INVALID_TOKEN', 'TOKEN_EXPIRY_REQUIRED'],
  403: ['FORBIDDEN'],
  404: ['NOT_FOUND'],
  405: ['METHOD_NOT_ALLOWED'],
  413: ['PAYLOAD_TOO_LARGE'],
  415: ['UNSUPPORTED_MEDIA_TYPE'],
  429: ['RATE_LIMITED'],
};

/** What refusing a body gives, before authentication looks at the token. */
const BODY_REFUSALS = [400, 413, 415];

/** What must never reach a client: stack frames, the server's files. */
const leakPatterns = (dataDir: string): RegExp[] => [
  /\bat (?:async )?[\w$.<>[\] ]+ \((?:file:|node:|\/)/,
  /\n\s+at /,
  /file:\/\//,
  /node_modules/,
  /\.ts:\d+:\d+/,
  new RegExp(dataDir.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
];

/** What an error must not show either: source paths (the API document names some), the driver, SQL. */
const ERROR_LEAKS = [/runtime\/src\//, /engine\/src\//, /SQLITE_[A-Z]+/, /\bsqlite3?\b/i, /\bknex\b/i, /\b(?:SELECT\s+[\w*,\s."`]+\s+FROM|INSERT\s+INTO|UPDATE\s+["`\w]+\s+SET|DELETE\s+FROM)\b/i];

const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The URL as the server reads it (percent-decoding that fails is left as it is). */
function decoded(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    return url;
  }
}

/** The callers of an operation: who its security requirement names (the metrics token for /metrics). */
function accepts(op: Operation, caller: Caller, variant: number): boolean {
  if (op.path === '/metrics') return caller === 'metrics';
  if (caller === 'invalid' || caller === 'metrics') return false;
  if (op.access.kind === 'public') return true;
  const role = roleOf(caller, variant);
  if (role === undefined) return false;
  return op.access.kind === 'signed-in' || op.access.roles.includes(role);
}

/** The problems of one answer (none: it is as it must be). */
export function problemsOf(op: Operation, request: FuzzRequest, answer: Answer, dataDir: string): string[] {
  const problems: string[] = [];
  const { status } = answer;
  if (status >= 500) problems.push(`answered ${status}`);
  const requestId = answer.headers.get('x-request-id') ?? '';
  if (!REQUEST_ID.test(requestId)) problems.push(`X-Request-Id is not plain: ${JSON.stringify(requestId.slice(0, 100))}`);

  const sent = `${request.url}\n${decoded(request.url)}\n${JSON.stringify(request.headers)}\n${request.body ? Buffer.from(request.body).toString('utf8') : ''}`;
  const json = (answer.headers.get('content-type') ?? '').includes('application/json');
  if (status >= 400 || json) {
    for (const pattern of [...leakPatterns(dataDir), ...(status >= 400 ? ERROR_LEAKS : [])]) {
      const leaked = pattern.exec(answer.text);
      // Input the server repeats (an excerpt in a message) is not a leak of its own.
      if (leaked && !pattern.test(sent) && !sent.includes(leaked[0])) problems.push(`the body shows ${JSON.stringify(leaked[0])} (${pattern})`);
    }
  }

  if (status >= 400) {
    let body: unknown;
    try {
      body = JSON.parse(answer.text);
    } catch {
      problems.push(`the error body is not JSON: ${JSON.stringify(answer.text.slice(0, 200))}`);
    }
    if (!json) problems.push(`the error is ${answer.headers.get('content-type') ?? 'without a content type'}, not JSON`);
    const { code, message } = (typeof body === 'object' && body !== null ? body : {}) as { code?: unknown; message?: unknown };
    if (typeof code !== 'string' || !(ERROR_CODES as readonly string[]).includes(code)) problems.push(`the error code ${JSON.stringify(code)} is not one of the API's`);
    if (typeof message !== 'string' || message === '') problems.push('the error has no message');
    else {
      if (message.length > 1_000) problems.push(`the message is ${message.length} characters long`);
      if (/[\p{Cc}\p{Cf}\u2028\u2029<>]/u.test(message)) problems.push(`the message repeats unescaped input: ${JSON.stringify(message.slice(0, 200))}`);
    }
    const documented = op.responses.get(status);
    if (documented === undefined && ANY_OPERATION[status] === undefined) problems.push(`status ${status} is not documented for ${op.name}`);
    else if (typeof code === 'string' && ![...(documented ?? []), ...(ANY_OPERATION[status] ?? [])].includes(code)) {
      problems.push(`${status} ${code} is not documented for ${op.name} (documented: ${(documented ?? []).join(', ') || 'nothing'}; any operation: ${(ANY_OPERATION[status] ?? []).join(', ')})`);
    }
  } else if (!op.responses.has(status)) {
    problems.push(`success ${status} is not documented for ${op.name}`);
  }

  // Who may succeed: a refused body is answered before the token is looked at.
  const bodyRefused = request.body !== undefined && BODY_REFUSALS.includes(status);
  if ((request.caller === 'invalid' || (request.caller === 'metrics' && op.path !== '/metrics')) && status !== 401 && !bodyRefused) {
    problems.push(`a forged or foreign token got ${status}, not 401`);
  }
  // (An unmatched path is 404 and another method 405 before anyone is asked for a token.)
  if (request.caller === 'anonymous' && op.access.kind !== 'public' && status === 403) problems.push('no token got 403, not 401');
  if (status < 300 && !accepts(op, request.caller, request.variant)) problems.push(`${request.caller} may not call ${op.name}, yet got ${status}`);
  return problems;
}
