// Starts OneGo: database and migrations, example bundles, the HTTP server, the deadline scheduler and the
// notification dispatcher and webhook sender. close() ends the notification streams, drains in-flight
// requests, stops the background loops and closes the database.
import { randomBytes, randomUUID } from 'node:crypto';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { TokenService } from './auth/tokens.ts';
import { BundleCatalog } from './bundles/bundleCatalog.ts';
import { publishExamples } from './bundles/publishExamples.ts';
import { AdjustableClock, SystemClock, type Clock } from './clock.ts';
import { CalendarBook } from './calendars/calendarBook.ts';
import { Departments } from './catalogue/departments.ts';
import { seedExampleMatters } from './catalogue/seedExampleMatters.ts';
import { calendarFiles, storeCalendarFiles } from './calendars/calendarFiles.ts';
import { CalendarService } from './calendars/calendarService.ts';
import { readStoredCalendars } from './calendars/calendarStore.ts';
import { calendarWarningText } from './calendars/calendarWarnings.ts';
import { COMMAND_HANDLERS } from './commands/commandHandlers.ts';
import { CommandRunner } from './commands/commandRunner.ts';
import type { RuntimeConfig } from './config.ts';
import type { Database } from './db/createDatabase.ts';
import { databaseName, openDatabase } from './db/openDatabase.ts';
import { underStartupLock } from './db/startupLock.ts';
import { migrateDatabase } from './migrateDatabase.ts';
import { createApp } from './http/createApp.ts';
import { answerMalformedRequests } from './http/malformedRequests.ts';
import type { BlobStore } from './materials/blobStore.ts';
import { DatabaseBlobStore } from './materials/databaseBlobStore.ts';
import { FileBlobStore } from './materials/fileBlobStore.ts';
import { OrphanBlobCollector } from './materials/orphanBlobs.ts';
import { closeNotificationStreams, createNotificationServices, startNotificationServices, stopNotificationServices } from './notifications/notificationServices.ts';
import { isWebAppBuilt } from './http/webApp.ts';
import { createLogger } from './observability/logger.ts';
import { createMetrics } from './observability/metrics.ts';
import { RatingService } from './ratings/ratingService.ts';
import { RectificationService } from './ratings/rectificationService.ts';
import { IDLE_PASS_MAX_MS, PeriodicPass } from './timers/periodicPass.ts';
import { startExampleDataProvider, type ExampleDataProvider } from './sharedData/exampleDataProvider.ts';
import { HttpDataSource } from './sharedData/httpDataSource.ts';
import { createOutboundFetch } from './outbound/outboundFetch.ts';
import { OutboundPolicy } from './outbound/outboundPolicy.ts';
import { SharedDataService } from './sharedData/sharedDataService.ts';
import { DeadlineScheduler } from './timers/scheduler.ts';
import { startExampleIssuingProvider, type ExampleIssuingProvider } from './issuance/exampleIssuingProvider.ts';
import { HttpIssuingConnector } from './issuance/httpIssuingConnector.ts';
import { startExampleNotificationGateway, type ExampleNotificationGateway } from './channels/exampleNotificationGateway.ts';
import { HttpChannelGateway } from './channels/httpChannelGateway.ts';
import { IssuancePass } from './issuance/issuancePass.ts';
import { startExamplePaymentProvider, type ExamplePaymentProvider } from './payments/examplePaymentProvider.ts';
import { HttpPaymentConnector } from './payments/httpPaymentConnector.ts';
import { PaymentPass } from './payments/paymentPass.ts';

export interface RunningServer {
  url: string;
  db: Database;
  /** The connections for reads (the same as db for an in-memory database). */
  reads: Database;
  close(): Promise<void>;
}

export async function startServer(config: RuntimeConfig): Promise<RunningServer> {
  const log = createLogger(config.logLevel);
  for (const warning of config.warnings) log.warn(warning);
  const { db, reads } = openDatabase(config.database);
  const testClock = config.testClock ? new AdjustableClock(config.testClockStart) : undefined;
  const clock: Clock = testClock ?? new SystemClock();
  const catalog = new BundleCatalog(db);
  // Several processes starting together on one PostgreSQL database: one at a time migrates it, seeds the
  // examples and stores the calendar files; the next finds it done.
  await underStartupLock(db, async () => {
    await migrateDatabase(db);
    if (config.publishExamples) {
      // The examples' matters first: the example bundles published next are pinned to their versions.
      const seeded = await seedExampleMatters(db, config.examplesDir, clock.now().toISOString(), log);
      if (seeded.created.length > 0 || seeded.linked.length > 0) log.info({ matters: seeded.created, bundleVersions: seeded.linked }, 'catalogued the example matters');
      const published = await publishExamples(catalog, config.examplesDir, clock.now().toISOString(), log);
      if (published.length > 0) log.info({ bundles: published }, 'published the example bundles');
    }
    // The working-day calendars: the shipped and ONEGO_CALENDAR_DIR years stored in the database (shared
    // by every process), then read back with what operators uploaded.
    const storedFiles = await storeCalendarFiles(db, await calendarFiles(config.calendarDir), clock.now().toISOString(), log);
    if (storedFiles.length > 0) log.info({ calendars: storedFiles }, 'stored working-day calendars from files');
  });
  const calendars = new CalendarBook(await readStoredCalendars(db));
  const metrics = createMetrics({ calendarLastYear: () => calendars.nationalYears().at(-1) ?? 0 });
  const commands = new CommandRunner({ db, reads, catalog, clock, calendars, applicationsPerDay: config.security.quotas.applicationsPerDay }, COMMAND_HANDLERS);
  const calendarService = new CalendarService({ db, reads, catalog, commands, calendars, clock });
  const rebasedAtStart = await calendarService.rebaseProvisional('system');
  if (rebasedAtStart.length > 0) log.info({ deadlines: rebasedAtStart.length }, 'provisional deadlines re-based on the loaded calendars');
  // Other processes may load a year: take it within a minute. Warn operators once a day of missing years.
  let warnedOn = '';
  const calendarPass = new PeriodicPass(
    'calendars',
    async () => {
      const changed = await calendarService.refresh();
      if (changed > 0) await calendarService.rebaseProvisional('system');
      const today = clock.now().toISOString().slice(0, 10);
      const warnings = calendarService.warnings();
      if (warnings.length > 0 && warnedOn !== today) {
        warnedOn = today;
        for (const warning of warnings) log.warn({ code: warning.code, year: warning.year }, calendarWarningText(warning).en);
      }
      return changed;
    },
    log,
    config.calendarRefreshMs,
  );
  const scheduler = new DeadlineScheduler(db, commands, clock, log, config.schedulerIntervalMs, (kind) => metrics.timersFired.inc({ kind }));
  const ratings = new RatingService({ db, catalog, clock, calendars, rectificationDays: config.rectificationDays });
  const rectifications = new RectificationService(db, catalog, clock);
  const rectificationPass = new PeriodicPass('rectifications overdue', () => rectifications.flagOverdue(), log, config.schedulerIntervalMs, IDLE_PASS_MAX_MS);
  // The server's own requests (webhooks, the connector) reach public addresses only, unless allow-listed.
  const outbound = new OutboundPolicy(config.security.outboundAllow);
  // 通知渠道: the configured SMS and e-mail gateway, or in dev mode the example one in this process.
  const channelUrls: { sms?: string; email?: string } = { ...config.channels.urls };
  let channelPolicy = outbound;
  for (const [channel, url] of Object.entries(channelUrls)) {
    const channelRefusal = outbound.urlRefusal(url);
    if (channelRefusal) throw new Error(`ONEGO_${channel.toUpperCase()}_URL is refused (${channelRefusal}): allow its host or address with ONEGO_OUTBOUND_ALLOW if it is a trusted internal service`);
  }
  let exampleGateway: ExampleNotificationGateway | undefined;
  if (config.channels.example) {
    exampleGateway = await startExampleNotificationGateway(config.examplesDir);
    if (exampleGateway) {
      channelUrls.sms = exampleGateway.smsUrl;
      channelUrls.email = exampleGateway.emailUrl;
      channelPolicy = outbound.with([new URL(exampleGateway.url).hostname]);
      log.info({ url: exampleGateway.url }, 'dev mode: the example SMS and e-mail gateway runs in this process (it records messages, sends nothing)');
    }
  }
  const channelConnector =
    channelUrls.sms || channelUrls.email
      ? new HttpChannelGateway({ urls: channelUrls, timeoutMs: config.notifications.channelTimeoutMs, ...(config.channels.token ? { token: config.channels.token } : {}) }, createOutboundFetch(channelPolicy))
      : undefined;
  const notifications = createNotificationServices({ db, catalog, clock, log, metrics, config: config.notifications, outbound: createOutboundFetch(outbound), ...(channelConnector ? { channelConnector } : {}) });
  const departments = new Departments(db);
  const tokens = new TokenService({ devLogin: config.devLogin, dataDir: config.dataDir, oidc: config.oidc, knownDepartment: (id) => departments.exists(id) });

  // 秒报 / 免提交: the configured connector, or in dev mode the example provider in this process.
  let exampleProvider: ExampleDataProvider | undefined;
  let dataSourceUrl = config.dataSource.url;
  let dataSourcePolicy = outbound;
  const refusal = dataSourceUrl ? outbound.urlRefusal(dataSourceUrl) : undefined;
  if (refusal) throw new Error(`ONEGO_DATA_SOURCE_URL is refused (${refusal}): allow its host or address with ONEGO_OUTBOUND_ALLOW if it is a trusted internal service`);
  if (!dataSourceUrl && config.exampleDataProvider) {
    exampleProvider = await startExampleDataProvider(config.examplesDir);
    dataSourceUrl = exampleProvider?.resolveUrl;
    // The provider this process started itself, on loopback.
    if (dataSourceUrl) dataSourcePolicy = outbound.with([new URL(dataSourceUrl).hostname]);
    if (exampleProvider) log.info({ url: exampleProvider.resolveUrl }, 'dev mode: the example data provider runs in this process (sample applicants only)');
  }
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
  // Uploads: in the database, shared by every process (the default with PostgreSQL), or in the data folder.
  const blobs: BlobStore =
    config.blobStore === 'database' ? new DatabaseBlobStore(db, path.join(config.dataDir, 'blobs', 'tmp'), clock) : new FileBlobStore(path.join(config.dataDir, 'blobs'), clock);
  await blobs.open();

  // 统一发证: the configured issuing system, or in dev mode the example one in this process.
  let exampleIssuer: ExampleIssuingProvider | undefined;
  let issuingUrl = config.issuing.url;
  let issuingPolicy = outbound;
  const issuingRefusal = issuingUrl ? outbound.urlRefusal(issuingUrl) : undefined;
  if (issuingRefusal) throw new Error(`ONEGO_ISSUING_URL is refused (${issuingRefusal}): allow its host or address with ONEGO_OUTBOUND_ALLOW if it is a trusted internal service`);
  if (!issuingUrl && config.issuing.example) {
    exampleIssuer = await startExampleIssuingProvider(config.examplesDir);
    issuingUrl = exampleIssuer?.issueUrl;
    if (issuingUrl) issuingPolicy = outbound.with([new URL(issuingUrl).hostname]);
    if (exampleIssuer) log.info({ url: exampleIssuer.issueUrl }, 'dev mode: the example issuing system runs in this process');
  }
  if (!issuingUrl) log.warn('no issuing system (ONEGO_ISSUING_URL unset): applications wait in issuing (正在出证) until one is configured');
  const connector = issuingUrl
    ? new HttpIssuingConnector({ url: issuingUrl, timeoutMs: config.issuing.timeoutMs, ...(config.issuing.token ? { token: config.issuing.token } : {}) }, createOutboundFetch(issuingPolicy))
    : undefined;
  const issuance = new IssuancePass({ db, catalog, commands, clock, log, blobs, connector }, { intervalMs: config.issuing.intervalMs, leaseMs: config.issuing.timeoutMs + 60_000 });
  commands.issueAfterCommit((applicationId) => issuance.issueNow(applicationId));
  // A command's events are news: the dispatcher runs within its interval rather than after its idle wait.
  commands.onCommitted(() => notifications.dispatcher.wake());
  // 收费: the configured payment platform, or in dev mode the example one in this process.
  let examplePayments: ExamplePaymentProvider | undefined;
  let paymentUrl = config.payment.url;
  let paymentPolicy = outbound;
  let paymentToken = config.payment.token;
  const paymentRefusal = paymentUrl ? outbound.urlRefusal(paymentUrl) : undefined;
  if (paymentRefusal) throw new Error(`ONEGO_PAYMENT_URL is refused (${paymentRefusal}): allow its host or address with ONEGO_OUTBOUND_ALLOW if it is a trusted internal service`);
  if (!paymentUrl && config.payment.example) {
    // the example platform shares a secret made now with this process: for OneGo's calls and its callback
    paymentToken ??= randomBytes(24).toString('hex');
    examplePayments = await startExamplePaymentProvider(config.examplesDir, paymentToken);
    paymentUrl = examplePayments?.apiUrl;
    if (paymentUrl) paymentPolicy = outbound.with([new URL(paymentUrl).hostname]);
    if (examplePayments) log.info({ url: examplePayments.apiUrl }, 'dev mode: the example payment platform runs in this process');
  }
  if (!paymentUrl) log.info('no payment platform (ONEGO_PAYMENT_URL unset): matters with a fee wait unpaid (待缴费) until one is configured');
  const paymentConnector = paymentUrl
    ? new HttpPaymentConnector({ url: paymentUrl, timeoutMs: config.payment.timeoutMs, ...(paymentToken ? { token: paymentToken } : {}) }, createOutboundFetch(paymentPolicy))
    : undefined;
  const payments = new PaymentPass(
    { db, catalog, commands, clock, log, connector: paymentConnector, newId: randomUUID },
    { intervalMs: config.payment.intervalMs, leaseMs: config.payment.timeoutMs + 60_000, ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}) },
  );
  const orphans = new OrphanBlobCollector({ db, blobs, clock, graceMs: config.orphanGraceMs });
  const orphanPass = new PeriodicPass('orphan uploads', () => orphans.collect(), log, config.orphanIntervalMs);
  const app = createApp({ db, reads, catalog, commands, tokens, clock, ...(testClock ? { testClock } : {}), scheduler, issuance, payments, ...(paymentToken ? { paymentToken } : {}), notifications, calendars: calendarService, ratings, rectifications, rectificationPass, orphanPass, metrics, log, departments, devLogin: config.devLogin, draftTtlDays: config.draftTtlDays, blobs, sharedData, webDir: config.webDir, ...(config.cjkFont ? { cjkFont: config.cjkFont } : {}), ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}), security: config.security, outbound, ...(config.oidc ? { identityProvider: { issuer: config.oidc.issuer } } : {}) });
  if (!isWebAppBuilt(config.webDir)) log.warn({ webDir: config.webDir }, 'the web app is not built: run npm run build:web');

  const server: Server = await new Promise((resolve, reject) => {
    const s = app.listen(config.port, config.host, () => resolve(s));
    s.once('error', reject);
  });
  // Set deliberately (Node's defaults vary by version): how long a client may take to send its headers
  // and its whole request (uploads included), and how long an idle keep-alive connection stays open.
  server.headersTimeout = config.security.timeouts.headersMs;
  server.requestTimeout = config.security.timeouts.requestMs;
  server.keepAliveTimeout = config.security.timeouts.keepAliveMs;
  answerMalformedRequests(server, log);
  scheduler.start();
  issuance.start();
  payments.start();
  await startNotificationServices(notifications);
  rectificationPass.start();
  calendarPass.start();
  orphanPass.start();
  const address = server.address() as AddressInfo;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${address.port}`;
  examplePayments?.notifyTo(`${url}/api/payments/notifications`);
  log.info(
    {
      url,
      database: databaseName(config.database),
      calendarYears: calendars.nationalYears(),
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
    db,
    reads,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          closeNotificationStreams(notifications);
          server.closeIdleConnections();
        });
        await scheduler.stop();
        await issuance.stop();
        await payments.stop();
        await stopNotificationServices(notifications);
        await rectificationPass.stop();
        await calendarPass.stop();
        await orphanPass.stop();
        await exampleProvider?.close();
        await exampleIssuer?.close();
        await exampleGateway?.close();
        await examplePayments?.close();
        if (reads !== db) await reads.destroy();
        await db.destroy();
        log.info('OneGo stopped');
      })();
      return closing;
    },
  };
}
