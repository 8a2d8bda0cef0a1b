// A request answered after its body was read in part (too large for the JSON parser, too many parts for
// the upload's …) leaves the rest of the body on the connection, where a kept-alive connection would read
// the client's next request from: that request is then reset. The rest is read and dropped instead, so
// that the connection stays in step and a client still sending gets its answer — up to a bound, past
// which (or when the length is not known) the connection is closed after the answer.
import type { Context } from 'koa';

/** Bytes of a refused body the server still reads (at network speed, within ONEGO_REQUEST_TIMEOUT_MS). */
const MAX_DRAINED_BYTES = 8 * 1024 * 1024;

export function finishUnreadBody(ctx: Context): void {
  const request = ctx.req;
  // A body nobody started to read is read and dropped by Node itself, one still flowing by its reader.
  if (request.complete || request.destroyed || request.readableFlowing !== false) return;
  const length = Number(ctx.get('content-length'));
  if (Number.isSafeInteger(length) && length > 0 && length <= MAX_DRAINED_BYTES) {
    request.unpipe();
    request.resume();
  } else {
    ctx.set('Connection', 'close');
  }
}
