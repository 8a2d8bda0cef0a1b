// What every runtime role of a process needs (roles/README in runtime/README.md, "Runtime roles"): the
// database brought up to date or checked, the examples and calendar files stored, the catalog, the clock,
// the calendars, the command runner and the connectors to other systems (issuing, payments, SMS and
// e-mail), the uploads, and the background passes built but not started (the background role starts
// them; the HTTP role's test clock runs them on demand). close() stops the calendar refresh, the example
// connectors and the database; the roles are stopped before it.
import { randomBytes, randomUUID } from 'node:crypto';
import path from 'node:path';
import type { Logger } from 'pino';
import { BundleCatalog } from '../bundles/bundleCatalog.ts';
import { publishExamples } from '../bundles/publishExamples.ts';
import { AdjustableClock, SystemClock, type Clock } from '../clock.ts';
import { CalendarBook } from '../calendars/calendarBook.ts';
import { seedExampleMatters } from '../catalogue/seedExampleMatters.ts';
import { calendarFiles, storeCalendarFiles } from '../calendars/calendarFiles.ts';
import { CalendarService } from '../calendars/calendarService.ts';
import { readStoredCalendars } from '../calendars/calendarStore.ts';
import { calendarWarningText } from '../calendars/calendarWarnings.ts';
import { COMMAND_HANDLERS, type AnyCommand } from '../commands/commandHandlers.ts';
import { CommandRunner } from '../commands/commandRunner.ts';
import type { RuntimeConfig } from '../config.ts';
import type { Database } from '../db/createDatabase.ts';
import { databaseName, isPostgres, openDatabase } from '../db/openDatabase.ts';
import { ReadReplica } from '../db/readReplica.ts';
import { underStartupLock } from '../db/startupLock.ts';
import type { BlobStore } from '../materials/blobStore.ts';
import { DatabaseBlobStore } from '../materials/databaseBlobStore.ts';
import { FileBlobStore } from '../materials/fileBlobStore.ts';
import { OrphanBlobCollector } from '../materials/orphanBlobs.ts';
import { createNotificationServices, type NotificationServices } from '../notifications/notificationServices.ts';
import { createLogger } from '../observability/logger.ts';
import { createMetrics, type Metrics } from '../observability/metrics.ts';
import { RectificationService } from '../ratings/rectificationService.ts';
import { IDLE_PASS_MAX_MS, PeriodicPass } from '../timers/periodicPass.ts';
import { createOutboundFetch } from '../outbound/outboundFetch.ts';
import { OutboundPolicy } from '../outbound/outboundPolicy.ts';
import { DeadlineScheduler } from '../timers/scheduler.ts';
import { startExampleIssuingProvider, type ExampleIssuingProvider } from '../issuance/exampleIssuingProvider.ts';
import { HttpIssuingConnector } from '../issuance/httpIssuingConnector.ts';
import { startExampleNotificationGateway, type ExampleNotificationGateway } from '../channels/exampleNotificationGateway.ts';
import { HttpChannelGateway } from '../channels/httpChannelGateway.ts';
import { IssuancePass } from '../issuance/issuancePass.ts';
import { startExamplePaymentProvider, type ExamplePaymentProvider } from '../payments/examplePaymentProvider.ts';
import { HttpPaymentConnector } from '../payments/httpPaymentConnector.ts';
import { PaymentPass } from '../payments/paymentPass.ts';
import { connectorEndpoint, refusedUrl, type Example } from './connectorEndpoint.ts';
import { prepareDatabase } from './databaseReady.ts';
import { WorkSignal } from './workSignal.ts';

export interface CoreOptions {
  /** Bring the database up to date first (else refuse one that is not: RoleRefusal). */
  migrate: boolean;
  /** Whether this process runs the background passes (else, on PostgreSQL, it tells the work processes of new events). */
  background: boolean;
}

export interface RuntimeCore {
  config: RuntimeConfig;
  log: Logger;
  db: Database;
  /** The connections for reads (the same as db for an in-memory database and on PostgreSQL). */
  reads: Database;
  /** ONEGO_DATABASE_READ_URL: the streaming replica the statistics and downloads read (else the writer). */
  replica: ReadReplica;
  clock: Clock;
  /** Present only with ONEGO_TEST_CLOCK=1. */
  testClock: AdjustableClock | undefined;
  catalog: BundleCatalog;
  calendars: CalendarService;
  metrics: Metrics;
  commands: CommandRunner<AnyCommand>;
  /** Where the server's own requests may go (webhooks, connectors). */
  outbound: OutboundPolicy;
  blobs: BlobStore;
  notifications: NotificationServices;
  scheduler: DeadlineScheduler;
  issuance: IssuancePass;
  payments: PaymentPass;
  /** The secret the payment platform's callback carries (ONEGO_PAYMENT_TOKEN, or made for the example platform). */
  paymentToken?: string;
  /** Tells the example payment platform where the HTTP role listens for its callback (dev mode). */
  paymentCallbackAt(url: string): void;
  rectifications: RectificationService;
  rectificationPass: PeriodicPass;
  orphanPass: PeriodicPass;
  /** PostgreSQL: how serve processes wake the work processes (workSignal.ts). */
  workSignal: WorkSignal | undefined;
  /** Events were written: the dispatcher runs soon (here, or in the work processes). */
  wakeWork: () => void;
  close(): Promise<void>;
}

export async function openRuntimeCore(config: RuntimeConfig, options: CoreOptions): Promise<RuntimeCore> {
  const log = createLogger(config.logLevel);
  for (const warning of config.warnings) log.warn(warning);
  const { db, reads } = openDatabase(config.database);
  let replica = ReadReplica.none(db);
  const closeDatabase = async () => {
    await replica.close();
    if (reads !== db) await reads.destroy();
    await db.destroy();
  };
  try {
    if (config.readDatabaseUrl) replica = await ReadReplica.open(db, config.readDatabaseUrl, databaseName({ kind: 'postgres', url: config.readDatabaseUrl }), log);
    return await openOn(config, options, log, db, reads, replica, closeDatabase);
  } catch (error) {
    await closeDatabase().catch(() => undefined);
    throw error;
  }
}

async function openOn(config: RuntimeConfig, options: CoreOptions, log: Logger, db: Database, reads: Database, replica: ReadReplica, closeDatabase: () => Promise<void>): Promise<RuntimeCore> {
  const testClock = config.testClock ? new AdjustableClock(config.testClockStart) : undefined;
  const clock: Clock = testClock ?? new SystemClock();
  const catalog = new BundleCatalog(db);
  // Several processes starting together on one PostgreSQL database: one at a time migrates it (or checks
  // it is up to date), seeds the examples and stores the calendar files; the next finds it done.
  await underStartupLock(db, async () => {
    await prepareDatabase(db, options.migrate);
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
  // Every role computes deadlines with the calendars: this pass runs in every process.
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
  const rectifications = new RectificationService(db, catalog, clock);
  const rectificationPass = new PeriodicPass('rectifications overdue', () => rectifications.flagOverdue(), log, config.schedulerIntervalMs, IDLE_PASS_MAX_MS);
  // The server's own requests (webhooks, the connector) reach public addresses only, unless allow-listed.
  const outbound = new OutboundPolicy(config.security.outboundAllow);
  // Started below; closed with the core (also when a later step fails).
  const examples: Example[] = [];
  const closeExamples = async () => {
    for (const example of examples) await example.close();
  };
  try {
    // 通知渠道: the configured SMS and e-mail gateway, or in dev mode the example one in this process.
    const channelUrls: { sms?: string; email?: string } = { ...config.channels.urls };
    let channelPolicy = outbound;
    for (const [channel, url] of Object.entries(channelUrls)) {
      const channelRefusal = outbound.urlRefusal(url);
      if (channelRefusal) throw refusedUrl(`ONEGO_${channel.toUpperCase()}_URL`, channelRefusal);
    }
    let exampleGateway: ExampleNotificationGateway | undefined;
    if (config.channels.example) {
      exampleGateway = await startExampleNotificationGateway(config.examplesDir);
      if (exampleGateway) {
        examples.push(exampleGateway);
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
    // Uploads: in the database, shared by every process (the default with PostgreSQL), or in the data folder.
    const blobs: BlobStore =
      config.blobStore === 'database' ? new DatabaseBlobStore(db, path.join(config.dataDir, 'blobs', 'tmp'), clock, () => replica.stale()) : new FileBlobStore(path.join(config.dataDir, 'blobs'), clock);
    await blobs.open();

    // 统一发证: the configured issuing system, or in dev mode the example one in this process.
    const { url: issuingUrl, policy: issuingPolicy } = await connectorEndpoint({
      variable: 'ONEGO_ISSUING_URL',
      configured: config.issuing.url,
      outbound,
      example: config.issuing.example ? () => startExampleIssuingProvider(config.examplesDir) : undefined,
      urlOf: (example: ExampleIssuingProvider) => example.issueUrl,
      started: examples,
      log,
      says: 'dev mode: the example issuing system runs in this process',
    });
    if (!issuingUrl) log.warn('no issuing system (ONEGO_ISSUING_URL unset): applications wait in issuing (正在出证) until one is configured');
    const connector = issuingUrl
      ? new HttpIssuingConnector({ url: issuingUrl, timeoutMs: config.issuing.timeoutMs, ...(config.issuing.token ? { token: config.issuing.token } : {}) }, createOutboundFetch(issuingPolicy))
      : undefined;
    const issuance = new IssuancePass({ db, catalog, commands, clock, log, blobs, connector }, { intervalMs: config.issuing.intervalMs, leaseMs: config.issuing.timeoutMs + 60_000 });
    // Right after the command that made the result ready, by the process that ran it (whatever its role):
    // the request is claimed in the database, the issuance pass of a background role retries what failed.
    commands.issueAfterCommit((applicationId) => issuance.issueNow(applicationId));
    // A command's events are news: the dispatcher runs within its interval rather than after its idle
    // wait — here, or (a serve process on PostgreSQL) in the work processes, told through the database.
    const workSignal = isPostgres(db) ? new WorkSignal({ db, log }) : undefined;
    const wakeWork = options.background || !workSignal ? () => notifications.dispatcher.wake() : () => workSignal.announce();
    commands.onCommitted(wakeWork);
    // 收费: the configured payment platform, or in dev mode the example one in this process.
    // The example platform shares a secret made now with this process: for OneGo's calls and its callback.
    let paymentToken = config.payment.token;
    let examplePayments: ExamplePaymentProvider | undefined;
    const { url: paymentUrl, policy: paymentPolicy } = await connectorEndpoint({
      variable: 'ONEGO_PAYMENT_URL',
      configured: config.payment.url,
      outbound,
      example: config.payment.example
        ? async () => {
            paymentToken ??= randomBytes(24).toString('hex');
            examplePayments = await startExamplePaymentProvider(config.examplesDir, paymentToken);
            return examplePayments;
          }
        : undefined,
      urlOf: (example: ExamplePaymentProvider) => example.apiUrl,
      started: examples,
      log,
      says: 'dev mode: the example payment platform runs in this process',
    });
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
    calendarPass.start();

    let closing: Promise<void> | undefined;
    return {
      config,
      log,
      db,
      reads,
      replica,
      clock,
      testClock,
      catalog,
      calendars: calendarService,
      metrics,
      commands,
      outbound,
      blobs,
      notifications,
      scheduler,
      issuance,
      payments,
      ...(paymentToken ? { paymentToken } : {}),
      paymentCallbackAt: (url: string) => examplePayments?.notifyTo(url),
      rectifications,
      rectificationPass,
      orphanPass,
      workSignal,
      wakeWork,
      close() {
        closing ??= (async () => {
          await issuance.stop();
          await calendarPass.stop();
          await workSignal?.drain();
          await closeExamples();
          await closeDatabase();
        })();
        return closing;
      },
    };
  } catch (error) {
    await calendarPass.stop();
    await closeExamples().catch(() => undefined);
    throw error;
  }
}
