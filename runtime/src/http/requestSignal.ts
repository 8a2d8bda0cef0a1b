// An AbortSignal that fires when the client goes away before its response is sent, so that work done
// for it elsewhere (e.g. a call to the data-sharing connector) stops too.
import type { Context } from 'koa';

export function requestSignal(ctx: Context): AbortSignal {
  const controller = new AbortController();
  ctx.res.once('close', () => {
    if (!ctx.res.writableFinished) controller.abort();
  });
  return controller.signal;
}
