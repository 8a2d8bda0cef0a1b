// Runtime configuration from the environment. Defaults run OneGo on one machine with SQLite.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
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
  /** SQLite file (created with its folder). */
  databaseFile: string;
  /** Folder for data beside the database (dev signing key, uploaded files under blobs/). */
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
  /** How often the scheduler looks for due timers, in milliseconds. */
  schedulerIntervalMs: number;
  /** Notifications and webhooks (see runtime/README.md). */
  notifications: {
    /** How often new events are turned into notifications, in milliseconds. */
    intervalMs: number;
    /** How often a notification stream (SSE) sends a keep-alive comment. */
    streamKeepAliveMs: number;
    webhookIntervalMs: number;
    webhookTimeoutMs: number;
    webhookMaxAttempts: number;
  };
  /** Days an application draft is kept after its last save (ONEGO_DRAFT_TTL_DAYS, default 30). */
  draftTtlDays: number;
  /** Working days a department has to answer a rectification (差评整改) after a bad rating. */
  rectificationDays: number;
  logLevel: string;
  dataSource: DataSourceConfig;
  /** Start examples/data-provider in-process and use it (dev login on and no ONEGO_DATA_SOURCE_URL, unless ONEGO_EXAMPLE_DATA_PROVIDER=0). */
  exampleDataProvider: boolean;
  /** The built web app served at `/` (designer/dist by default). */
  webDir: string;
  /** Limits and hardening (securityConfig.ts). */
  security: SecurityConfig;
}

/** designer/dist of this checkout, wherever the process runs from. */
const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../designer/dist', import.meta.url));

const flag = (value: string | undefined) => value === '1' || value === 'true';

function httpUrl(env: NodeJS.ProcessEnv, name: string): string {
  const raw = env[name] ?? '';
  let url: URL | undefined;
  try {
    url = new URL(raw);
  } catch {
    url = undefined;
  }
  if (url?.protocol !== 'http:' && url?.protocol !== 'https:') throw new Error(`${name} must be an http(s) URL`);
  return raw;
}

function wholeNumber(env: NodeJS.ProcessEnv, name: string, fallback: number, min: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be a whole number ≥ ${min}`);
  return value;
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): RuntimeConfig {
  const databaseFile = env['ONEGO_DB'] ?? path.join('data', 'onego.sqlite');
  const oidcIssuer = env['ONEGO_OIDC_ISSUER'];
  return {
    host: env['HOST'] ?? '127.0.0.1',
    port: Number(env['PORT'] ?? 3000),
    databaseFile,
    dataDir: env['ONEGO_DATA_DIR'] ?? path.dirname(databaseFile),
    devLogin: flag(env['ONEGO_DEV_LOGIN']),
    testClock: flag(env['ONEGO_TEST_CLOCK']),
    ...(flag(env['ONEGO_TEST_CLOCK']) && env['ONEGO_TEST_CLOCK_START'] ? { testClockStart: new Date(env['ONEGO_TEST_CLOCK_START']) } : {}),
    publishExamples: env['ONEGO_PUBLISH_EXAMPLES'] !== '0',
    examplesDir: env['ONEGO_EXAMPLES'] ?? 'examples',
    ...(oidcIssuer
      ? {
          oidc: {
            issuer: oidcIssuer,
            audience: env['ONEGO_OIDC_AUDIENCE'] ?? 'onego',
            jwksUrl: env['ONEGO_OIDC_JWKS_URL'] ?? `${oidcIssuer.replace(/\/$/, '')}/.well-known/jwks.json`,
            roleClaim: env['ONEGO_OIDC_ROLE_CLAIM'] ?? 'role',
            departmentClaim: env['ONEGO_OIDC_DEPARTMENT_CLAIM'] ?? 'department',
            idNumberClaim: env['ONEGO_OIDC_ID_NUMBER_CLAIM'] ?? 'idNumber',
          },
        }
      : {}),
    ...(env['ONEGO_CALENDAR_DIR'] ? { calendarDir: env['ONEGO_CALENDAR_DIR'] } : {}),
    schedulerIntervalMs: Number(env['ONEGO_SCHEDULER_INTERVAL_MS'] ?? 1000),
    notifications: {
      intervalMs: Number(env['ONEGO_NOTIFY_INTERVAL_MS'] ?? 500),
      streamKeepAliveMs: Number(env['ONEGO_SSE_KEEPALIVE_MS'] ?? 15_000),
      webhookIntervalMs: Number(env['ONEGO_WEBHOOK_INTERVAL_MS'] ?? 1000),
      webhookTimeoutMs: Number(env['ONEGO_WEBHOOK_TIMEOUT_MS'] ?? 10_000),
      webhookMaxAttempts: Number(env['ONEGO_WEBHOOK_MAX_ATTEMPTS'] ?? 10),
    },
    draftTtlDays: Number(env['ONEGO_DRAFT_TTL_DAYS'] ?? 30),
    rectificationDays: Number(env['ONEGO_RECTIFICATION_DAYS'] ?? 5),
    logLevel: env['ONEGO_LOG_LEVEL'] ?? 'info',
    dataSource: {
      ...(env['ONEGO_DATA_SOURCE_URL'] ? { url: httpUrl(env, 'ONEGO_DATA_SOURCE_URL') } : {}),
      ...(env['ONEGO_DATA_SOURCE_TOKEN'] ? { token: env['ONEGO_DATA_SOURCE_TOKEN'] } : {}),
      timeoutMs: wholeNumber(env, 'ONEGO_DATA_SOURCE_TIMEOUT_MS', 2000, 1),
      retries: wholeNumber(env, 'ONEGO_DATA_SOURCE_RETRIES', 1, 0),
      breakerFailures: wholeNumber(env, 'ONEGO_DATA_SOURCE_BREAKER_FAILURES', 5, 1),
      breakerResetMs: wholeNumber(env, 'ONEGO_DATA_SOURCE_BREAKER_RESET_MS', 30_000, 1),
    },
    exampleDataProvider: flag(env['ONEGO_DEV_LOGIN']) && !env['ONEGO_DATA_SOURCE_URL'] && env['ONEGO_EXAMPLE_DATA_PROVIDER'] !== '0',
    webDir: env['ONEGO_WEB_DIR'] ?? DEFAULT_WEB_DIR,
    security: securityConfigFromEnv(env),
  };
}
