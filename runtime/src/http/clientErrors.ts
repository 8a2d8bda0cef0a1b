// Errors Koa reports outside the middleware chain (a response that could not be written, a socket that
// failed): logged as JSON lines like every other log, never printed as a stack trace to stderr (Koa's
// default). A client that went away (connection reset, request cut off mid-body) is routine: debug only.
import type Koa from 'koa';
import type { Logger } from 'pino';

const CLIENT_GONE_CODES = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'ERR_STREAM_PREMATURE_CLOSE', 'ERR_STREAM_DESTROYED', 'ECANCELED']);

/** Did this error come from a client that closed its connection (or sent a body it never finished)? */
function isClientGone(error: unknown): boolean {
  if (typeof error !== 'object' || error === null) return false;
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (CLIENT_GONE_CODES.has(code) || code.startsWith('HPE_'))) return true;
  return message === 'aborted' || message === 'Parse Error' || message === 'request aborted';
}

/** Replaces Koa's default error printer with the logger. */
export function logAppErrors(app: Koa, log: Logger): void {
  app.on('error', (error: unknown, ctx?: Koa.Context) => {
    const where = ctx ? { requestId: String(ctx.state['requestId'] ?? ''), method: ctx.method, path: ctx.path } : {};
    if (isClientGone(error)) {
      log.debug({ ...where, reason: error instanceof Error ? error.message : String(error) }, 'client went away');
      return;
    }
    log.error({ ...where, err: error }, 'response failed');
  });
}
