// The Koa application: request id and logging, the error middleware, a 1 MB JSON body parser,
// authentication, metrics, and the routers of each resource.
import { randomUUID } from 'node:crypto';
import { bodyParser } from '@koa/bodyparser';
import Router from '@koa/router';
import Koa from 'koa';
import type { Logger } from 'pino';
import { authenticate } from '../auth/authMiddleware.ts';
import { devLoginRoutes } from '../auth/devLoginRoutes.ts';
import { signInMethodsRoutes } from '../auth/signInMethodsRoutes.ts';
import type { TokenService } from '../auth/tokens.ts';
import { applicationRoutes } from '../applications/applicationRoutes.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import { bundleRoutes } from '../bundles/bundleRoutes.ts';
import type { AdjustableClock, Clock } from '../clock.ts';
import type { CommandRunner } from '../commands/commandRunner.ts';
import type { Database } from '../db/createDatabase.ts';
import type { Metrics } from '../observability/metrics.ts';
import { openApiDocument } from '../openapi/openApiDocument.ts';
import { taskRoutes } from '../tasks/taskRoutes.ts';
import type { DeadlineScheduler } from '../timers/scheduler.ts';
import { AppError } from './appError.ts';
import { objectBody } from './body.ts';
import { errorHandler } from './errorHandler.ts';
import { webApp } from './webApp.ts';

export interface AppDependencies {
  db: Database;
  catalog: BundleCatalog;
  commands: CommandRunner;
  tokens: TokenService;
  clock: Clock;
  /** Present only with ONEGO_TEST_CLOCK=1. */
  testClock?: AdjustableClock;
  scheduler: DeadlineScheduler;
  metrics: Metrics;
  log: Logger;
  devLogin: boolean;
  /** The built web app (designer/dist) to serve at `/`; none when absent. */
  webDir?: string;
  /** The identity provider whose tokens are accepted, for GET /api/auth/sign-in-methods. */
  identityProvider?: { issuer: string };
}

export function createApp(deps: AppDependencies): Koa {
  const app = new Koa();
  app.proxy = false;

  app.use(async (ctx, next) => {
    const started = process.hrtime.bigint();
    ctx.state['requestId'] = ctx.get('x-request-id') || randomUUID();
    ctx.set('X-Request-Id', String(ctx.state['requestId']));
    try {
      await next();
    } finally {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = (ctx as { routerPath?: string }).routerPath ?? (ctx.status === 404 ? 'unmatched' : ctx.path);
      deps.metrics.httpDuration.observe({ method: ctx.method, route, status: String(ctx.status) }, seconds);
      deps.log.info({ requestId: ctx.state['requestId'], method: ctx.method, path: ctx.path, status: ctx.status, ms: Math.round(seconds * 1000) }, 'request');
    }
  });
  app.use(errorHandler(deps.log));
  if (deps.webDir) app.use(webApp(deps.webDir));
  app.use(async (ctx, next) => {
    // Bodies are JSON: anything else is refused rather than silently read as empty.
    const hasBody = (ctx.request.length ?? 0) > 0 || ctx.get('transfer-encoding') !== '';
    if (['POST', 'PUT', 'PATCH'].includes(ctx.method) && hasBody && !ctx.is('application/json', '+json')) {
      throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE');
    }
    await next();
  });
  app.use(bodyParser({ enableTypes: ['json'], jsonLimit: '1mb', encoding: 'utf-8' }));
  app.use(authenticate(deps.tokens, deps.clock));

  const root = new Router();
  root.get('/health', (ctx) => {
    ctx.body = { status: 'ok' };
  });
  root.get('/metrics', async (ctx) => {
    ctx.type = deps.metrics.registry.contentType;
    ctx.body = await deps.metrics.registry.metrics();
  });
  root.get('/api/openapi.json', (ctx) => {
    ctx.body = openApiDocument();
  });
  const testClock = deps.testClock;
  if (testClock) root.post('/api/test/clock', async (ctx) => {
    const advanceMs = objectBody(ctx.request.body)['advanceMs'];
    if (typeof advanceMs !== 'number' || !Number.isFinite(advanceMs) || advanceMs < 0) {
      throw new AppError(400, 'BAD_REQUEST', { detail: '"advanceMs" must be a number ≥ 0' });
    }
    const now = testClock.advance(advanceMs);
    const fired = await deps.scheduler.runDue();
    ctx.body = { now: now.toISOString(), timersFired: fired };
  });

  const routers = [
    root,
    signInMethodsRoutes({ devLogin: deps.devLogin, identityProvider: deps.identityProvider ?? null }),
    ...(deps.devLogin ? [devLoginRoutes(deps.tokens, deps.clock)] : []),
    bundleRoutes(deps.catalog, deps.db, deps.clock),
    applicationRoutes(deps.db, deps.catalog, deps.commands),
    taskRoutes(deps.db, deps.catalog, deps.commands),
  ];
  for (const router of routers) app.use(router.routes()).use(router.allowedMethods({ throw: true }));
  return app;
}
