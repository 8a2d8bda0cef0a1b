// Starts OneGo: database and migrations, example bundles, the HTTP server and the deadline scheduler.
// close() drains in-flight requests, stops the scheduler and closes the database.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { TokenService } from './auth/tokens.ts';
import { BundleCatalog } from './bundles/bundleCatalog.ts';
import { publishExamples } from './bundles/publishExamples.ts';
import { AdjustableClock, SystemClock, type Clock } from './clock.ts';
import { loadWorkingDayCalendar } from './calendarFiles.ts';
import { CommandRunner } from './commands/commandRunner.ts';
import type { RuntimeConfig } from './config.ts';
import { createDatabase, migrate, type Database } from './db/createDatabase.ts';
import { createApp } from './http/createApp.ts';
import { isWebAppBuilt } from './http/webApp.ts';
import { createLogger } from './observability/logger.ts';
import { createMetrics } from './observability/metrics.ts';
import { DeadlineScheduler } from './timers/scheduler.ts';

export interface RunningServer {
  url: string;
  db: Database;
  close(): Promise<void>;
}

export async function startServer(config: RuntimeConfig): Promise<RunningServer> {
  const log = createLogger(config.logLevel);
  const db = createDatabase(config.databaseFile);
  await migrate(db);
  if (config.testClockStart && Number.isNaN(config.testClockStart.getTime())) throw new Error('ONEGO_TEST_CLOCK_START is not an ISO instant');
  const testClock = config.testClock ? new AdjustableClock(config.testClockStart) : undefined;
  const clock: Clock = testClock ?? new SystemClock();
  const catalog = new BundleCatalog(db);
  if (config.publishExamples) {
    const published = await publishExamples(catalog, config.examplesDir, clock.now().toISOString(), log);
    if (published.length > 0) log.info({ bundles: published }, 'published the example bundles');
  }
  const metrics = createMetrics();
  const calendar = await loadWorkingDayCalendar(config.calendarDir);
  const commands = new CommandRunner({ db, catalog, clock, calendar });
  const scheduler = new DeadlineScheduler(db, commands, clock, log, config.schedulerIntervalMs, (kind) => metrics.timersFired.inc({ kind }));
  const tokens = new TokenService({ devLogin: config.devLogin, dataDir: config.dataDir, oidc: config.oidc });
  const app = createApp({ db, catalog, commands, tokens, clock, ...(testClock ? { testClock } : {}), scheduler, metrics, log, devLogin: config.devLogin, webDir: config.webDir, ...(config.oidc ? { identityProvider: { issuer: config.oidc.issuer } } : {}) });
  if (!isWebAppBuilt(config.webDir)) log.warn({ webDir: config.webDir }, 'the web app is not built: run npm run build:web');

  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
    s.once('error', reject);
  });
  scheduler.start();
  const address = server.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${address.port}`;
  log.info({ url, database: config.databaseFile, calendarYears: calendar.years, devLogin: config.devLogin, testClock: config.testClock }, 'OneGo is listening');

  let closing: Promise<void> | undefined;
  return {
    url,
    db,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          server.closeIdleConnections();
        });
        await scheduler.stop();
        await db.destroy();
        log.info('OneGo stopped');
      })();
      return closing;
    },
  };
}
