// Runtime configuration from the environment. Defaults run OneGo on one machine with SQLite.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export interface OidcConfig {
  issuer: string;
  audience: string;
  jwksUrl: string;
  /** Claim holding the role (citizen | officer | designer | admin). */
  roleClaim: string;
  /** Claim holding an officer's department id. */
  departmentClaim: string;
}

export interface RuntimeConfig {
  host: string;
  port: number;
  /** SQLite file (created with its folder). */
  databaseFile: string;
  /** Folder for data beside the database (dev signing key, later uploads). */
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
  logLevel: string;
  /** The built web app served at `/` (designer/dist by default). */
  webDir: string;
}

/** designer/dist of this checkout, wherever the process runs from. */
const DEFAULT_WEB_DIR = fileURLToPath(new URL('../../designer/dist', import.meta.url));

const flag = (value: string | undefined) => value === '1' || value === 'true';

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
          },
        }
      : {}),
    ...(env['ONEGO_CALENDAR_DIR'] ? { calendarDir: env['ONEGO_CALENDAR_DIR'] } : {}),
    schedulerIntervalMs: Number(env['ONEGO_SCHEDULER_INTERVAL_MS'] ?? 1000),
    logLevel: env['ONEGO_LOG_LEVEL'] ?? 'info',
    webDir: env['ONEGO_WEB_DIR'] ?? DEFAULT_WEB_DIR,
  };
}
