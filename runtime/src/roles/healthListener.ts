// `onego work --health-port N`: a listener that answers GET /health only — the same answer as the server's
// (observability/healthRoutes.ts: 200 ok or degraded, 503 DATABASE_UNAVAILABLE) — for an orchestrator's
// probes of a process that serves no API.
import Koa from 'koa';
import { errorHandler } from '../http/errorHandler.ts';
import { securityHeaders } from '../http/securityHeaders.ts';
import { healthRoutes } from '../observability/healthRoutes.ts';
import { listen, urlOf } from './httpRole.ts';
import type { RuntimeCore } from './runtimeCore.ts';

export interface HealthListener {
  url: string;
  close(): Promise<void>;
}

export async function startHealthListener(core: RuntimeCore, port: number): Promise<HealthListener> {
  const app = new Koa();
  app.use(securityHeaders());
  app.use(errorHandler(core.log));
  const routes = healthRoutes(core.calendars, core.reads);
  app.use(routes.routes()).use(routes.allowedMethods({ throw: true }));
  const server = await listen(app, port, core.config.host);
  return {
    url: urlOf(server, core.config.host),
    close() {
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      return closed;
    },
  };
}
