// The one error middleware: typed AppErrors become JSON {code, message, ...details} in the caller's
// language; anything else is logged with its stack and answered 500 without it.
import type { Context, Next } from 'koa';
import type { Logger } from 'pino';
import { CalendarError } from '@onego/engine';
import { isDatabaseUnavailable } from '../db/databaseUnavailable.ts';
import { AppError } from './appError.ts';
import { httpErrorOf } from './domainErrorStatus.ts';
import { errorMessage } from './errorMessages.ts';
import { boundedDetails } from './excerpt.ts';
import { languageOf } from './language.ts';

interface HttpishError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
  errno?: number;
  code?: string;
}

/** zlib's and brotli's errors (Z_DATA_ERROR, ERR__ERROR_FORMAT_PADDING_2 …): a compressed body that does not decompress. */
const isDecompressionError = (e: HttpishError): boolean => typeof e.errno === 'number' && typeof e.code === 'string' && /^(Z_|ERR__ERROR_|ERR_BROTLI)/.test(e.code);

/** Errors thrown by Koa's body parser and friends, mapped to OneGo codes. */
function fromFramework(error: unknown, method: string): AppError | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const e = error as HttpishError;
  // The body parser inflates gzip, deflate and br bodies and passes zlib's error on as it is.
  if (isDecompressionError(e)) return new AppError(400, 'BAD_JSON');
  const status = e.status ?? e.statusCode;
  if (status === 405 || status === 501) return new AppError(405, 'METHOD_NOT_ALLOWED', { method });
  if (status === 413 || e.type === 'entity.too.large') return new AppError(413, 'PAYLOAD_TOO_LARGE', { limit: '1 MB' });
  if (status === 415) return new AppError(415, 'UNSUPPORTED_MEDIA_TYPE');
  if (status === 400 && (e.type === 'entity.parse.failed' || error instanceof SyntaxError)) return new AppError(400, 'BAD_JSON');
  if (status === 400) return new AppError(400, 'BAD_JSON');
  return undefined;
}

/** How long a client waits before retrying a request the database could not serve. */
const DATABASE_RETRY_AFTER_SECONDS = 2;

export function errorHandler(log: Logger) {
  return async (ctx: Context, next: Next): Promise<void> => {
    try {
      await next();
      if (ctx.status === 404 && ctx.body === undefined) throw new AppError(404, 'NOT_FOUND');
    } catch (error) {
      const lang = languageOf(ctx.get('accept-language'));
      const known = httpErrorOf(error) ?? fromFramework(error, ctx.method);
      if (known) {
        ctx.status = known.status;
        // A refusal that passes with time (a rate limit, a daily quota) says when.
        const retryAfter = known.details?.['retryAfterSeconds'];
        if (typeof retryAfter === 'number') ctx.set('Retry-After', String(retryAfter));
        ctx.body = { code: known.code, message: errorMessage(known.code, known.params, lang), ...(boundedDetails(known.details ?? {}) as Record<string, unknown>) };
        return;
      }
      if (error instanceof CalendarError) {
        log.error({ err: error }, 'calendar data missing');
        ctx.status = 503;
        ctx.body = { code: error.code, message: lang === 'zh' ? error.text.zh : error.text.en };
        return;
      }
      if (isDatabaseUnavailable(error)) {
        log.warn({ err: error, method: ctx.method, path: ctx.path }, 'database unavailable');
        ctx.status = 503;
        ctx.set('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
        ctx.body = { code: 'DATABASE_UNAVAILABLE', message: errorMessage('DATABASE_UNAVAILABLE', {}, lang), retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS };
        return;
      }
      const requestId = String(ctx.state['requestId'] ?? '');
      log.error({ err: error, requestId, method: ctx.method, path: ctx.path }, 'unhandled error');
      ctx.status = 500;
      ctx.body = { code: 'INTERNAL_ERROR', message: errorMessage('INTERNAL_ERROR', { requestId }, lang) };
    }
  };
}
