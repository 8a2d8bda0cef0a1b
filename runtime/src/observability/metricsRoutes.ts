// GET /metrics: the Prometheus exposition, for the operator's scraper only: it must send
// `Authorization: Bearer <ONEGO_METRICS_TOKEN>`. Without a configured token the endpoint refuses every
// caller (403 METRICS_DISABLED) rather than tell anyone what the server is doing. Mounted before the
// token middleware: this bearer is a shared secret, not a user's token.
import { timingSafeEqual, createHash } from 'node:crypto';
import Router from '@koa/router';
import { AppError } from '../http/appError.ts';
import type { Metrics } from './metrics.ts';

const digest = (text: string) => createHash('sha256').update(text).digest();

export function metricsRoutes(metrics: Metrics, token: string | undefined): Router {
  const router = new Router();
  router.get('/metrics', async (ctx) => {
    if (!token) throw new AppError(403, 'METRICS_DISABLED');
    const sent = /^Bearer\s+(\S+)$/i.exec(ctx.get('authorization'))?.[1];
    if (!sent) throw new AppError(401, 'UNAUTHENTICATED');
    // Compared in constant time (over digests, which have equal lengths).
    if (!timingSafeEqual(digest(sent), digest(token))) throw new AppError(401, 'INVALID_TOKEN');
    ctx.type = metrics.registry.contentType;
    ctx.body = await metrics.registry.metrics();
  });
  return router;
}
