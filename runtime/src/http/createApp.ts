// The Koa application: request id and logging, the error middleware, a 1 MB JSON body parser (the routes
// declared with a multipart body, the material uploads, read theirs), authentication, metrics, and the
// routers of each resource.
import Router from '@koa/router';
import { randomUUID } from 'node:crypto';
import { bodyParser } from '@koa/bodyparser';
import Koa from 'koa';
import type { Logger } from 'pino';
import { authenticate } from '../auth/authMiddleware.ts';
import { devLoginRoutes } from '../auth/devLoginRoutes.ts';
import { signInMethodsRoutes } from '../auth/signInMethodsRoutes.ts';
import type { TokenService } from '../auth/tokens.ts';
import { applicationRoutes } from '../applications/applicationRoutes.ts';
import { ApplicationService } from '../applications/applicationService.ts';
import { archiveRoutes } from '../archive/archiveRoutes.ts';
import { ArchiveService } from '../archive/archiveService.ts';
import { CjkFontSource } from '../documents/cjkFont.ts';
import { DocumentKey } from '../documents/documentKey.ts';
import { documentRoutes } from '../documents/documentRoutes.ts';
import { DocumentService } from '../documents/documentService.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import { calendarRoutes } from '../calendars/calendarRoutes.ts';
import { catalogueRoutes } from '../catalogue/catalogueRoutes.ts';
import { dataElementRoutes } from '../catalogue/dataElementRoutes.ts';
import { LocalDataElements } from '../catalogue/localDataElements.ts';
import { Departments } from '../catalogue/departments.ts';
import { CatalogueImport } from '../catalogue/import/catalogueImport.ts';
import { MatterCatalogue } from '../catalogue/matterCatalogue.ts';
import type { CalendarService } from '../calendars/calendarService.ts';
import { supplementRoutes } from '../applications/supplementRoutes.ts';
import { withdrawalRoutes } from '../applications/withdrawalRoutes.ts';
import { WithdrawalService } from '../applications/withdrawalService.ts';
import { reminderRoutes } from '../reminders/reminderRoutes.ts';
import { ReminderService } from '../reminders/reminderService.ts';
import { SupplementService } from '../applications/supplementService.ts';
import { bundleRoutes } from '../bundles/bundleRoutes.ts';
import { BundleService } from '../bundles/bundleService.ts';
import { BundleDraftService } from '../bundles/draftService.ts';
import { draftRoutes } from '../drafts/draftRoutes.ts';
import { DraftService } from '../drafts/draftService.ts';
import { partyRoutes } from '../applicants/partyRoutes.ts';
import { PartyService } from '../applicants/partyService.ts';
import { SharedDataService } from '../sharedData/sharedDataService.ts';
import type { AdjustableClock, Clock } from '../clock.ts';
import type { AnyCommand } from '../commands/commandHandlers.ts';
import type { CommandRunner } from '../commands/commandRunner.ts';
import type { Database } from '../db/createDatabase.ts';
import type { ReadReplica } from '../db/readReplica.ts';
import type { BlobStore } from '../materials/blobStore.ts';
import { materialRoutes } from '../materials/materialRoutes.ts';
import { licenceRoutes } from '../issuance/licenceRoutes.ts';
import { LicenceService } from '../issuance/licenceService.ts';
import type { IssuancePass } from '../issuance/issuancePass.ts';
import { paymentCallbackRoutes } from '../payments/paymentCallbackRoutes.ts';
import type { PaymentPass } from '../payments/paymentPass.ts';
import { MaterialUploadService } from '../materials/materialUploadService.ts';
import { draftMaterialRoutes } from '../materials/draftMaterialRoutes.ts';
import { DraftUploadService } from '../materials/draftUploadService.ts';
import { healthRoutes } from '../observability/healthRoutes.ts';
import type { Metrics } from '../observability/metrics.ts';
import { metricsRoutes } from '../observability/metricsRoutes.ts';
import { NotificationInbox } from '../notifications/notificationInbox.ts';
import { notificationRoutes } from '../notifications/notificationRoutes.ts';
import type { NotificationServices } from '../notifications/notificationServices.ts';
import { APIS, openApiDocument } from '../openapi/openApiDocument.ts';
import { openApiRoutes } from '../openapi/openApiRoutes.ts';
import { ratingRoutes } from '../ratings/ratingRoutes.ts';
import type { RatingService } from '../ratings/ratingService.ts';
import { rectificationRoutes } from '../ratings/rectificationRoutes.ts';
import type { RectificationService } from '../ratings/rectificationService.ts';
import { statsRoutes } from '../stats/statsRoutes.ts';
import { StatsService } from '../stats/statsService.ts';
import { DecisionService } from '../tasks/decisionService.ts';
import { taskRoutes } from '../tasks/taskRoutes.ts';
import { TaskService } from '../tasks/taskService.ts';
import { TaskHandlingService } from '../tasks/taskHandling.ts';
import { OfficerDirectory } from '../officers/officerDirectory.ts';
import { officerRoutes } from '../officers/officerRoutes.ts';
import type { SecurityConfig } from '../securityConfig.ts';
import { OutboundPolicy } from '../outbound/outboundPolicy.ts';
import type { PeriodicPass } from '../timers/periodicPass.ts';
import type { DeadlineScheduler } from '../timers/scheduler.ts';
import { testClockRoutes } from '../timers/testClockRoutes.ts';
import { webhookRoutes } from '../webhooks/webhookRoutes.ts';
import { signatureRoutes } from '../signatures/signatureRoutes.ts';
import { SignatureService } from '../signatures/signatureService.ts';
import { contactPreferenceRoutes } from '../channels/contactPreferenceRoutes.ts';
import { ContactPreferenceService } from '../channels/contactPreferenceService.ts';
import { WebhookService } from '../webhooks/webhookService.ts';
import { AppError } from './appError.ts';
import { logAppErrors } from './clientErrors.ts';
import { securityHeaders } from './securityHeaders.ts';
import { checkJsonShape } from './jsonShape.ts';
import { multipartRoutes } from './multipartRoutes.ts';
import { rateLimits } from './rateLimits.ts';
import { finishUnreadBody } from './unreadBody.ts';
import { errorHandler } from './errorHandler.ts';
import { webApp } from './webApp.ts';

export interface AppDependencies {
  db: Database;
  /** Connections for requests that only read (the writer's by default). */
  reads?: Database;
  /** Where reads that may be a few hundred milliseconds stale go (the statistics): a replica, or the writer. */
  replica?: ReadReplica;
  catalog: BundleCatalog;
  /** Uploaded files (content-addressed under the data folder). */
  blobs: BlobStore;
  commands: CommandRunner<AnyCommand>;
  tokens: TokenService;
  clock: Clock;
  /** Present only with ONEGO_TEST_CLOCK=1. */
  testClock?: AdjustableClock;
  scheduler: DeadlineScheduler;
  /** Unified issuance through the issuing system (run by the test clock too). */
  issuance: IssuancePass;
  /** Payments of fees through the payment platform (run by the test clock too). */
  payments: PaymentPass;
  /** The secret shared with the payment platform: its callback presents it (POST /api/payments/notifications). */
  paymentToken?: string;
  /** The notification dispatcher, stream hub and webhook sender. */
  notifications: NotificationServices;
  /** Events were written: the dispatcher runs soon, in this process or in the work processes (roles/); its own wake when absent. */
  wakeWork?: () => void;
  /** The working-day calendars: loaded years, loading one, warnings (statistics count processing days with them). */
  calendars: CalendarService;
  ratings: RatingService;
  rectifications: RectificationService;
  /** Flags rectifications past their deadline (also run by the test clock). */
  rectificationPass: PeriodicPass;
  /** Orphan collection of uploaded files (run by the test clock). */
  orphanPass: PeriodicPass;
  metrics: Metrics;
  log: Logger;
  devLogin: boolean;
  /** The departments (officers sign in as one); made over `db` when absent. */
  departments?: Departments;
  /** Days an application draft lives after its last save. */
  draftTtlDays: number;
  /** 秒报 / 免提交: the data-sharing connector; without one, nothing is prefilled or waived by shared data. */
  sharedData?: SharedDataService;
  /** The Chinese font file of PDF documents (ONEGO_CJK_FONT); Debian's Noto Sans CJK when absent. */
  cjkFont?: string;
  /** Where citizens reach OneGo (ONEGO_PUBLIC_URL), for the verification links of documents; the request's origin when absent. */
  publicUrl?: string;
  /** The built web app (designer/dist) to serve at `/`; none when absent. */
  webDir?: string;
  /** The identity provider whose tokens are accepted, for GET /api/auth/sign-in-methods. */
  identityProvider?: { issuer: string };
  /** Limits and hardening (the metrics token, …); the defaults when absent. */
  security?: SecurityConfig;
  /** Where webhooks may point (public addresses unless allow-listed); the default policy when absent. */
  outbound?: OutboundPolicy;
}

/** A request id a client may choose: 1 to 64 letters, digits, ".", "_" or "-". */
const REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The routes that read a multipart body, the uploads of applications and drafts (every other body is JSON). */
const acceptsMultipart = multipartRoutes(APIS);

const READ_ONLY_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function createApp(deps: AppDependencies): Koa {
  const app = new Koa();
  const wakeWork = deps.wakeWork ?? (() => deps.notifications.dispatcher.wake());
  // X-Forwarded-* are read only behind a proxy the operator trusts (ONEGO_TRUST_PROXY=1).
  app.proxy = deps.security?.trustProxy ?? false;
  logAppErrors(app, deps.log);

  app.use(async (ctx, next) => {
    const started = process.hrtime.bigint();
    // A client's request id is kept only when it is short and plain (it goes into headers and logs).
    const sent = ctx.get('x-request-id');
    ctx.state['requestId'] = REQUEST_ID.test(sent) ? sent : randomUUID();
    ctx.set('X-Request-Id', String(ctx.state['requestId']));
    try {
      await next();
    } finally {
      finishUnreadBody(ctx);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const route = (ctx as { routerPath?: string }).routerPath ?? (ctx.status === 404 ? 'unmatched' : ctx.path);
      deps.metrics.httpDuration.observe({ method: ctx.method, route, status: String(ctx.status) }, seconds);
      deps.log.info({ requestId: ctx.state['requestId'], method: ctx.method, path: ctx.path, status: ctx.status, ms: Math.round(seconds * 1000) }, 'request');
      // A request that changed something may have written events (a submission, a reminder, a rating …).
      if (ctx.status < 400 && !READ_ONLY_METHODS.has(ctx.method)) wakeWork();
    }
  });
  app.use(securityHeaders());
  app.use(errorHandler(deps.log));
  if (deps.webDir) app.use(webApp(deps.webDir));
  app.use(async (ctx, next) => {
    // Bodies are JSON: anything else is refused rather than silently read as empty. The routes declared
    // with a multipart body alone (the material uploads of applications and drafts) read it, streamed by
    // the route, which refuses any other body itself.
    const hasBody = (ctx.request.length ?? 0) > 0 || ctx.get('transfer-encoding') !== '';
    const upload = acceptsMultipart(ctx.method, ctx.path);
    if (['POST', 'PUT', 'PATCH'].includes(ctx.method) && hasBody && !upload && !ctx.is('application/json', '+json')) {
      throw new AppError(415, 'UNSUPPORTED_MEDIA_TYPE');
    }
    await next();
  });
  const jsonBody = bodyParser({ enableTypes: ['json'], jsonLimit: '1mb', encoding: 'utf-8' });
  app.use((ctx, next) => (acceptsMultipart(ctx.method, ctx.path) ? next() : jsonBody(ctx, next)));
  app.use((ctx, next) => {
    // Before any route or recursive code: bounded depth, finite numbers.
    if (ctx.request.body !== undefined) checkJsonShape(ctx.request.body);
    return next();
  });
  // Before the token middleware: its bearer is the operator's metrics token, not a user's.
  const metrics = metricsRoutes(deps.metrics, deps.security?.metricsToken);
  app.use(metrics.routes()).use(metrics.allowedMethods({ throw: true }));
  // So is the payment platform's: the secret shared with it (ONEGO_PAYMENT_TOKEN).
  const paymentNotices = paymentCallbackRoutes(deps.payments, deps.paymentToken);
  app.use(paymentNotices.routes()).use(paymentNotices.allowedMethods({ throw: true }));
  const { db, catalog, blobs, clock, commands } = deps;
  const reads = deps.reads ?? db;
  const officers = new OfficerDirectory({ db, reads, now: () => clock.now().toISOString() });
  app.use(authenticate(deps.tokens, deps.clock, (principal) => officers.record(principal)));
  if (deps.security) app.use(rateLimits(deps.security.rateLimits));

  const sharedData = deps.sharedData ?? new SharedDataService(undefined, deps);
  const departments = deps.departments ?? new Departments(db);
  const uploadsPerMaterial = deps.security?.quotas.uploadsPerMaterial ?? 0;
  const routers = [
    healthRoutes(deps.calendars, reads),
    openApiRoutes(openApiDocument),
    ...(deps.testClock
      ? [testClockRoutes({ clock: deps.testClock, scheduler: deps.scheduler, issuance: deps.issuance, payments: deps.payments, rectificationPass: deps.rectificationPass, notifications: deps.notifications, orphanPass: deps.orphanPass })]
      : []),
    signInMethodsRoutes({ devLogin: deps.devLogin, identityProvider: deps.identityProvider ?? null }),
    ...(deps.devLogin ? [devLoginRoutes(deps.tokens, clock, departments, catalog)] : []),
    bundleRoutes(new BundleService({ db, catalog, sharedData, clock }), new BundleDraftService({ db, catalog, clock })),
    applicationRoutes(new ApplicationService({ db, reads, catalog, commands, sharedData, clock, calendars: deps.calendars.book, blobs })),
    signatureRoutes(new SignatureService(db, blobs)),
    materialRoutes(db, blobs, new MaterialUploadService({ db, catalog, blobs, clock, uploadsPerMaterial })),
    licenceRoutes(new LicenceService(db, blobs)),
    archiveRoutes(db, new ArchiveService({ db, catalog, blobs, clock })),
    documentRoutes(db, deps.publicUrl, new DocumentService({ db, catalog, font: new CjkFontSource(deps.cjkFont), key: new DocumentKey(db) })),
    supplementRoutes(new SupplementService({ reads, catalog, commands })),
    withdrawalRoutes(new WithdrawalService({ reads, catalog, commands })),
    reminderRoutes(new ReminderService({ db, reads, catalog, clock, calendars: deps.calendars.book })),
    draftRoutes(new DraftService({ db, catalog, clock, ttlDays: deps.draftTtlDays })),
    partyRoutes(new PartyService({ db, catalog, clock })),
    draftMaterialRoutes(db, clock, blobs, new DraftUploadService({ db, catalog, blobs, clock, ttlDays: deps.draftTtlDays, uploadsPerMaterial })),
    taskRoutes(new TaskService({ reads, catalog }), new DecisionService({ reads, catalog, commands }), new TaskHandlingService({ reads, officers, commands })),
    officerRoutes(officers),
    ratingRoutes(db, deps.ratings),
    catalogueRoutes({ matters: new MatterCatalogue({ db, clock }), departments, imports: new CatalogueImport({ db, clock }), clock }),
    dataElementRoutes({ elements: new LocalDataElements(db), clock }),
    rectificationRoutes(deps.rectifications),
    statsRoutes(new StatsService({ reads: () => deps.replica?.stale() ?? db, catalog, calendars: deps.calendars.book, clock })),
    calendarRoutes(deps.calendars),
    notificationRoutes({
      inbox: new NotificationInbox({ db, catalog, hub: deps.notifications.hub, clock }),
      hub: deps.notifications.hub,
      tokens: deps.tokens,
      clock,
      keepAliveMs: deps.notifications.streamKeepAliveMs,
      ...(deps.security ? { maxStreamsPerPrincipal: deps.security.maxStreamsPerPrincipal } : {}),
    }),
    contactPreferenceRoutes(new ContactPreferenceService({ db, clock, channels: () => deps.notifications.channels.channels })),
    webhookRoutes(new WebhookService({ db, clock, outbound: deps.outbound ?? new OutboundPolicy() })),
  ];
  // One router holding every resource's routes: a request is matched once, not once per resource.
  const api = new Router();
  for (const router of routers) api.use(router.routes());
  app.use(api.routes()).use(api.allowedMethods({ throw: true }));
  return app;
}
