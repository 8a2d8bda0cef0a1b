// The HTTP role (`onego serve`, and the all-in-one `npm start`): the API and the web app on the configured
// port — sign-in, the data-sharing connector (秒报 / 免提交), the Koa app — and the notification streams,
// fed with what any process's dispatcher writes (on PostgreSQL through LISTEN/NOTIFY). No background pass
// runs here unless the background role runs in the same process. close() stops accepting, ends the open
// streams and waits for the requests in flight.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Koa from 'koa';
import { TokenService } from '../auth/tokens.ts';
import { Departments } from '../catalogue/departments.ts';
import { databaseName } from '../db/openDatabase.ts';
import { createApp } from '../http/createApp.ts';
import { answerMalformedRequests } from '../http/malformedRequests.ts';
import { isWebAppBuilt } from '../http/webApp.ts';
import { closeNotificationStreams, listenForOtherProcesses } from '../notifications/notificationServices.ts';
import { RatingService } from '../ratings/ratingService.ts';
import { startExampleDataProvider, type ExampleDataProvider } from '../sharedData/exampleDataProvider.ts';
import { HttpDataSource } from '../sharedData/httpDataSource.ts';
import { createOutboundFetch } from '../outbound/outboundFetch.ts';
import { SharedDataService } from '../sharedData/sharedDataService.ts';
import { connectorEndpoint, type Example } from './connectorEndpoint.ts';
import type { RuntimeCore } from './runtimeCore.ts';

export interface HttpRole {
  url: string;
  /** Stops accepting, ends the notification streams, waits for the requests in flight. */
  close(): Promise<void>;
}

export async function startHttpRole(core: RuntimeCore): Promise<HttpRole> {
  const { config, log, db, reads, catalog, clock, metrics, outbound } = core;
  const departments = new Departments(db);
  const tokens = new TokenService({ devLogin: config.devLogin, dataDir: config.dataDir, oidc: config.oidc, knownDepartment: (id) => departments.exists(id) });
  const ratings = new RatingService({ db, catalog, clock, calendars: core.calendars.book, rectificationDays: config.rectificationDays });

  // 秒报 / 免提交: the configured connector, or in dev mode the example provider in this process.
  const examples: Example[] = [];
  const closeExamples = async () => {
    for (const example of examples) await example.close();
  };
  const { url: dataSourceUrl, policy: dataSourcePolicy } = await connectorEndpoint({
    variable: 'ONEGO_DATA_SOURCE_URL',
    configured: config.dataSource.url,
    outbound,
    example: config.exampleDataProvider ? () => startExampleDataProvider(config.examplesDir) : undefined,
    urlOf: (example: ExampleDataProvider) => example.resolveUrl,
    started: examples,
    log,
    says: 'dev mode: the example data provider runs in this process (sample applicants only)',
  });
  const dataSource = dataSourceUrl
    ? new HttpDataSource({ ...config.dataSource, url: dataSourceUrl }, clock, {
        circuit(status, lastError) {
          metrics.dataSourceCircuitState.set(status === 'closed' ? 0 : status === 'open' ? 1 : 2);
          if (status === 'open') {
            metrics.dataSourceCircuitOpened.inc();
            log.warn(
              { reason: lastError?.reason, detail: lastError?.message, failures: config.dataSource.breakerFailures, resetMs: config.dataSource.breakerResetMs },
              'data source circuit opened after repeated failures: shared data is not asked for until it resets',
            );
          } else log.info({ status }, `data source circuit ${status}`);
        },
      }, createOutboundFetch(dataSourcePolicy))
    : undefined;
  if (!dataSource) log.info('no data source (ONEGO_DATA_SOURCE_URL unset): nothing is prefilled or waived by shared data');
  const sharedData = new SharedDataService(dataSource, { clock, log, metrics });

  const app = createApp({
    db,
    reads,
    replica: core.replica,
    ...(core.paymentToken ? { paymentToken: core.paymentToken } : {}),
    catalog,
    commands: core.commands,
    tokens,
    clock,
    ...(core.testClock ? { testClock: core.testClock } : {}),
    scheduler: core.scheduler,
    issuance: core.issuance,
    payments: core.payments,
    notifications: core.notifications,
    wakeWork: core.wakeWork,
    calendars: core.calendars,
    ratings,
    rectifications: core.rectifications,
    rectificationPass: core.rectificationPass,
    orphanPass: core.orphanPass,
    metrics,
    log,
    departments,
    devLogin: config.devLogin,
    draftTtlDays: config.draftTtlDays,
    blobs: core.blobs,
    sharedData,
    webDir: config.webDir,
    ...(config.cjkFont ? { cjkFont: config.cjkFont } : {}),
    ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
    security: config.security,
    outbound,
    ...(config.oidc ? { identityProvider: { issuer: config.oidc.issuer } } : {}),
  });
  if (!isWebAppBuilt(config.webDir)) log.warn({ webDir: config.webDir }, 'the web app is not built: run npm run build:web');

  let server: Server;
  try {
    server = await listen(app, config.port, config.host);
  } catch (error) {
    await closeExamples();
    throw error;
  }
  // Set deliberately (Node's defaults vary by version): how long a client may take to send its headers
  // and its whole request (uploads included), and how long an idle keep-alive connection stays open.
  server.headersTimeout = config.security.timeouts.headersMs;
  server.requestTimeout = config.security.timeouts.requestMs;
  server.keepAliveTimeout = config.security.timeouts.keepAliveMs;
  answerMalformedRequests(server, log);
  // The streams hear of the notifications other processes write (a work process's, on PostgreSQL).
  await listenForOtherProcesses(core.notifications);
  const url = urlOf(server, config.host);
  core.paymentCallbackAt(`${url}/api/payments/notifications`);
  log.info(
    {
      url,
      database: databaseName(config.database),
      calendarYears: core.calendars.book.nationalYears(),
      devLogin: config.devLogin,
      testClock: config.testClock,
      // Without user info or query: either might hold a secret.
      dataSource: dataSourceUrl ? `${new URL(dataSourceUrl).origin}${new URL(dataSourceUrl).pathname}` : null,
    },
    'OneGo is listening',
  );

  let closing: Promise<void> | undefined;
  return {
    url,
    close() {
      closing ??= (async () => {
        const closed = new Promise<void>((resolve) => server.close(() => resolve()));
        await closeNotificationStreams(core.notifications);
        server.closeIdleConnections();
        await closed;
        await closeExamples();
      })();
      return closing;
    },
  };
}

/** The app listening on host:port (port 0: any free one), once it listens. */
export function listen(app: Koa, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host, () => {
      server.off('error', reject);
      resolve(server);
    });
    server.once('error', reject);
  });
}

/** http://host:port of a listening server (an IPv6 host in brackets). */
export function urlOf(server: Server, host: string): string {
  const address = server.address() as AddressInfo;
  return `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;
}
