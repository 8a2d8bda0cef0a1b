// Runtime configuration from the environment (environment.ts). Defaults run OneGo on one machine with SQLite.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ConfigError, readEnvironment, VARIABLES, type Environment } from './environment.ts';
import type { DatabaseLocation } from './db/openDatabase.ts';
import { securityConfigFromEnv, type SecurityConfig } from './securityConfig.ts';

export interface OidcConfig {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** Claim holding the role (citizen | officer | designer | admin). */
  roleClaim: string;
  /** Claim holding an officer's department id. */
  departmentClaim: string;
  /** Claim holding a citizen's resident ID number (used to look up their shared data). */
  idNumberClaim: string;
  /** Claim holding the display name (姓名) of the signed-in person. */
  nameClaim: string;
  /** Claim holding an officer's positions within their department (a list of names such as 经办人, 科室负责人). */
  positionsClaim: string;
  /** Claims of an enterprise user (法人): the enterprise's unified social credit code, its name, and the user's role in it (法定代表人 / 经办人). */
  enterpriseCodeClaim: string;
  enterpriseNameClaim: string;
  enterpriseRoleClaim: string;
}

/** The data-sharing connector (秒报 / 免提交): an HTTP JSON service, see runtime/src/sharedData/. */
export interface DataSourceConfig {
  /** The connector's resolve endpoint; unset: none (or the example provider in dev mode). */
  url?: string;
  /** Sent as `Authorization: Bearer <token>` when set. */
  token?: string;
  /** Per attempt. */
  timeoutMs: number;
  /** Attempts after the first, with exponential backoff. */
  retries: number;
  /** Consecutive failed attempts that open the circuit (calls then fail at once). */
  breakerFailures: number;
  /** How long the circuit stays open before one trial call. */
  breakerResetMs: number;
}

export interface RuntimeConfig {
  host: string;
  port: number;
  /** The database, from ONEGO_DATABASE_URL (or the deprecated ONEGO_DB): a SQLite file (created with its folder) or a PostgreSQL server. */
  database: DatabaseLocation;
  /** A streaming replica of the PostgreSQL database (ONEGO_DATABASE_READ_URL) for reads that may be a little stale (db/readReplica.ts). */
  readDatabaseUrl?: string;
  /** Folder for data beside the database (dev signing key, uploaded files under blobs/); ./data by default on PostgreSQL. */
  dataDir: string;
  devLogin: boolean;
  testClock: boolean;
  /** Where the test clock starts (ONEGO_TEST_CLOCK_START, an ISO instant); only with the test clock. */
  testClockStart?: Date;
  /** Publish examples/ on first start (when no bundle is published yet). */
  publishExamples: boolean;
  examplesDir: string;
  oidc?: OidcConfig;
  /** A folder of extra calendar year files (cn-national), e.g. next year's schedule. */
  calendarDir?: string;
  /** The Chinese font embedded in PDF documents (documents/cjkFont.ts); Debian's Noto Sans CJK when absent. */
  cjkFont?: string;
  /** Where citizens reach OneGo (the verification links of documents); the request's own origin when absent. */
  publicUrl?: string;
  /** How often the scheduler looks for due timers, in milliseconds. */
  schedulerIntervalMs: number;
  /** How often the stored calendars are checked for years another process loaded (and missing years warned of). */
  calendarRefreshMs: number;
  /** Notifications and webhooks (see runtime/README.md). */
  notifications: {
    /** How often new events are turned into notifications, in milliseconds. */
    intervalMs: number;
    /** How often a notification stream (SSE) sends a keep-alive comment. */
    streamKeepAliveMs: number;
    webhookIntervalMs: number;
    webhookTimeoutMs: number;
    webhookMaxAttempts: number;
    /** The SMS and e-mail outbox: how often it is looked at, per-attempt timeout, attempts before a message fails. */
    channelIntervalMs: number;
    channelTimeoutMs: number;
    channelMaxAttempts: number;
  };
  /** Where uploaded files are kept (ONEGO_BLOB_STORE): the database by default with PostgreSQL, else <dataDir>/blobs. */
  blobStore: 'files' | 'database';
  /** Uploaded files no upload names are removed once stored longer than this (ONEGO_ORPHAN_GRACE_HOURS, default 24 h). */
  orphanGraceMs: number;
  /** How often orphan collection runs (one process at a time). */
  orphanIntervalMs: number;
  /** Days an application draft is kept after its last save (ONEGO_DRAFT_TTL_DAYS, default 30). */
  draftTtlDays: number;
  /** Working days a department has to answer a rectification (差评整改) after a bad rating. */
  rectificationDays: number;
  logLevel: Environment['ONEGO_LOG_LEVEL'];
  dataSource: DataSourceConfig;
  /** Start examples/data-provider in-process and use it (dev login on and no ONEGO_DATA_SOURCE_URL, unless ONEGO_EXAMPLE_DATA_PROVIDER=0). */
  exampleDataProvider: boolean;
  /** The issuing system (统一发证): its endpoint, or none (ONEGO_ISSUING_URL unset); dev mode starts examples/issuing-provider instead. */
  issuing: { url?: string; token?: string; timeoutMs: number; intervalMs: number; example: boolean };
  /** The SMS and e-mail gateway (通知渠道): its endpoints, or none; dev mode starts examples/notification-gateway instead. */
  channels: { urls: { sms?: string; email?: string }; token?: string; example: boolean };
  /** The payment platform (收费, 非税支付): its base URL, or none (ONEGO_PAYMENT_URL unset); dev mode starts examples/payment-provider instead. */
  payment: { url?: string; token?: string; timeoutMs: number; intervalMs: number; example: boolean };
  /** The built web app served at `/` (designer/dist by default). */
  webDir: string;
  /** What the environment holds that works but should change (a deprecated or unknown variable), for the log. */
  warnings: string[];
  /** Limits and hardening (securityConfig.ts). */
  security: SecurityConfig;
}

/** designer/dist of this checkout, wherever the process runs from. */
const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../designer/dist', import.meta.url));

const DEFAULT_DATABASE_URL = 'sqlite:./data/onego.sqlite';
const DEFAULT_DATA_DIR = './data';

const on = (value: string) => value === '1' || value === 'true';

/** The database of a `sqlite:<file>` URL (`:memory:` for `sqlite::memory:`) or a `postgres://…` one. */
const databaseAt = (url: string): DatabaseLocation => (url.startsWith('sqlite:') ? { kind: 'sqlite', file: url.slice('sqlite:'.length) } : { kind: 'postgres', url });

/**
 * The configuration from the environment (environment.ts: every variable checked, with its default).
 * Throws ConfigError naming each invalid variable and what it must be.
 */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const e = readEnvironment(env);
  const warnings: string[] = [];
  if (e.ONEGO_DATABASE_URL !== undefined && e.ONEGO_DB !== undefined) {
    throw new ConfigError([
      {
        variable: 'ONEGO_DB',
        en: 'ONEGO_DB must not be set with ONEGO_DATABASE_URL: it is its deprecated alias; keep ONEGO_DATABASE_URL only',
        zh: 'ONEGO_DB 不能与 ONEGO_DATABASE_URL 同时设置：它是后者已弃用的别名，请只保留 ONEGO_DATABASE_URL',
      },
    ]);
  }
  if (e.ONEGO_DB !== undefined) warnings.push(`ONEGO_DB is deprecated: use ONEGO_DATABASE_URL=sqlite:${e.ONEGO_DB}`);
  const database: DatabaseLocation = e.ONEGO_DB !== undefined ? { kind: 'sqlite', file: e.ONEGO_DB } : databaseAt(e.ONEGO_DATABASE_URL ?? DEFAULT_DATABASE_URL);
  if (e.ONEGO_DATABASE_READ_URL !== undefined && database.kind !== 'postgres') {
    throw new ConfigError([
      {
        variable: 'ONEGO_DATABASE_READ_URL',
        en: 'ONEGO_DATABASE_READ_URL is a replica of a PostgreSQL database: set ONEGO_DATABASE_URL=postgres://… too, or leave it out (SQLite reads its own file)',
        zh: 'ONEGO_DATABASE_READ_URL 是 PostgreSQL 数据库的只读副本：请同时设置 ONEGO_DATABASE_URL=postgres://…，或不设置它（SQLite 读取自己的文件）',
      },
    ]);
  }
  const unknown = Object.keys(env).filter((name) => name.startsWith('ONEGO_') && !VARIABLES.includes(name));
  if (unknown.length > 0) warnings.push(`unknown variables, ignored (misspelt?): ${unknown.join(', ')}`);
  const issuer = e.ONEGO_OIDC_ISSUER;
  return {
    host: e.HOST,
    port: e.PORT,
    database,
    ...(e.ONEGO_DATABASE_READ_URL !== undefined ? { readDatabaseUrl: e.ONEGO_DATABASE_READ_URL } : {}),
    dataDir: e.ONEGO_DATA_DIR ?? (database.kind === 'sqlite' ? path.dirname(database.file) : DEFAULT_DATA_DIR),
    devLogin: on(e.ONEGO_DEV_LOGIN),
    testClock: on(e.ONEGO_TEST_CLOCK),
    ...(on(e.ONEGO_TEST_CLOCK) && e.ONEGO_TEST_CLOCK_START ? { testClockStart: new Date(e.ONEGO_TEST_CLOCK_START) } : {}),
    publishExamples: on(e.ONEGO_PUBLISH_EXAMPLES),
    examplesDir: e.ONEGO_EXAMPLES,
    ...(issuer
      ? {
          oidc: {
            issuer,
            audience: e.ONEGO_OIDC_AUDIENCE,
            jwksUrl: e.ONEGO_OIDC_JWKS_URL ?? `${issuer.replace(/\/$/, '')}/.well-known/jwks.json`,
            roleClaim: e.ONEGO_OIDC_ROLE_CLAIM,
            departmentClaim: e.ONEGO_OIDC_DEPARTMENT_CLAIM,
            idNumberClaim: e.ONEGO_OIDC_ID_NUMBER_CLAIM,
            nameClaim: e.ONEGO_OIDC_NAME_CLAIM,
            positionsClaim: e.ONEGO_OIDC_POSITIONS_CLAIM,
            enterpriseCodeClaim: e.ONEGO_OIDC_ENTERPRISE_CODE_CLAIM,
            enterpriseNameClaim: e.ONEGO_OIDC_ENTERPRISE_NAME_CLAIM,
            enterpriseRoleClaim: e.ONEGO_OIDC_ENTERPRISE_ROLE_CLAIM,
          },
        }
      : {}),
    ...(e.ONEGO_CALENDAR_DIR ? { calendarDir: e.ONEGO_CALENDAR_DIR } : {}),
    ...(e.ONEGO_CJK_FONT ? { cjkFont: e.ONEGO_CJK_FONT } : {}),
    ...(e.ONEGO_PUBLIC_URL ? { publicUrl: e.ONEGO_PUBLIC_URL.replace(/\/+$/, '') } : {}),
    schedulerIntervalMs: e.ONEGO_SCHEDULER_INTERVAL_MS,
    calendarRefreshMs: e.ONEGO_CALENDAR_REFRESH_MS,
    notifications: {
      intervalMs: e.ONEGO_NOTIFY_INTERVAL_MS,
      streamKeepAliveMs: e.ONEGO_SSE_KEEPALIVE_MS,
      webhookIntervalMs: e.ONEGO_WEBHOOK_INTERVAL_MS,
      webhookTimeoutMs: e.ONEGO_WEBHOOK_TIMEOUT_MS,
      webhookMaxAttempts: e.ONEGO_WEBHOOK_MAX_ATTEMPTS,
      channelIntervalMs: e.ONEGO_CHANNEL_INTERVAL_MS,
      channelTimeoutMs: e.ONEGO_CHANNEL_TIMEOUT_MS,
      channelMaxAttempts: e.ONEGO_CHANNEL_MAX_ATTEMPTS,
    },
    channels: {
      urls: { ...(e.ONEGO_SMS_URL ? { sms: e.ONEGO_SMS_URL } : {}), ...(e.ONEGO_EMAIL_URL ? { email: e.ONEGO_EMAIL_URL } : {}) },
      ...(e.ONEGO_CHANNEL_TOKEN ? { token: e.ONEGO_CHANNEL_TOKEN } : {}),
      example: on(e.ONEGO_DEV_LOGIN) && !e.ONEGO_SMS_URL && !e.ONEGO_EMAIL_URL && on(e.ONEGO_EXAMPLE_DATA_PROVIDER),
    },
    blobStore: e.ONEGO_BLOB_STORE ?? (database.kind === 'postgres' ? 'database' : 'files'),
    orphanGraceMs: e.ONEGO_ORPHAN_GRACE_HOURS * 60 * 60 * 1000,
    orphanIntervalMs: e.ONEGO_ORPHAN_INTERVAL_MS,
    draftTtlDays: e.ONEGO_DRAFT_TTL_DAYS,
    rectificationDays: e.ONEGO_RECTIFICATION_DAYS,
    logLevel: e.ONEGO_LOG_LEVEL,
    dataSource: {
      ...(e.ONEGO_DATA_SOURCE_URL ? { url: e.ONEGO_DATA_SOURCE_URL } : {}),
      ...(e.ONEGO_DATA_SOURCE_TOKEN ? { token: e.ONEGO_DATA_SOURCE_TOKEN } : {}),
      timeoutMs: e.ONEGO_DATA_SOURCE_TIMEOUT_MS,
      retries: e.ONEGO_DATA_SOURCE_RETRIES,
      breakerFailures: e.ONEGO_DATA_SOURCE_BREAKER_FAILURES,
      breakerResetMs: e.ONEGO_DATA_SOURCE_BREAKER_RESET_MS,
    },
    exampleDataProvider: on(e.ONEGO_DEV_LOGIN) && !e.ONEGO_DATA_SOURCE_URL && on(e.ONEGO_EXAMPLE_DATA_PROVIDER),
    issuing: {
      ...(e.ONEGO_ISSUING_URL ? { url: e.ONEGO_ISSUING_URL } : {}),
      ...(e.ONEGO_ISSUING_TOKEN ? { token: e.ONEGO_ISSUING_TOKEN } : {}),
      timeoutMs: e.ONEGO_ISSUING_TIMEOUT_MS,
      intervalMs: e.ONEGO_ISSUING_INTERVAL_MS,
      example: on(e.ONEGO_DEV_LOGIN) && !e.ONEGO_ISSUING_URL && on(e.ONEGO_EXAMPLE_DATA_PROVIDER),
    },
    payment: {
      ...(e.ONEGO_PAYMENT_URL ? { url: e.ONEGO_PAYMENT_URL } : {}),
      ...(e.ONEGO_PAYMENT_TOKEN ? { token: e.ONEGO_PAYMENT_TOKEN } : {}),
      timeoutMs: e.ONEGO_PAYMENT_TIMEOUT_MS,
      intervalMs: e.ONEGO_PAYMENT_INTERVAL_MS,
      example: on(e.ONEGO_DEV_LOGIN) && !e.ONEGO_PAYMENT_URL && on(e.ONEGO_EXAMPLE_DATA_PROVIDER),
    },
    webDir: e.ONEGO_WEB_DIR ?? DEFAULT_WEB_DIR,
    warnings,
    security: securityConfigFromEnv(e),
  };
}
