// The configuration: the whole environment read through one schema (runtime/src/environment.ts), each
// invalid value refused with a message naming the variable and what it must be (zh and en), the database
// as a URL, and every variable documented in runtime/README.md.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configFromEnv } from '../src/config.ts';
import { ConfigError, VARIABLES } from '../src/environment.ts';

/** The issues configFromEnv reports for `env`, as `VARIABLE: en message` lines. */
function issuesOf(env: NodeJS.ProcessEnv): string[] {
  try {
    configFromEnv(env);
  } catch (error) {
    if (error instanceof ConfigError) return error.issues.map((i) => `${i.variable}: ${i.en}`);
    throw error;
  }
  return [];
}

describe('configuration', () => {
  it('runs OneGo on one machine with SQLite by default', () => {
    const config = configFromEnv({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 3000, database: { kind: 'sqlite', file: './data/onego.sqlite' }, dataDir: './data', devLogin: false, testClock: false, publishExamples: true });
    expect(config).toMatchObject({ schedulerIntervalMs: 1000, draftTtlDays: 30, rectificationDays: 5, logLevel: 'info', exampleDataProvider: false, warnings: [] });
    expect(config.notifications).toEqual({
      intervalMs: 500,
      streamKeepAliveMs: 15_000,
      webhookIntervalMs: 1000,
      webhookTimeoutMs: 10_000,
      webhookMaxAttempts: 10,
      channelIntervalMs: 1000,
      channelTimeoutMs: 5000,
      channelMaxAttempts: 10,
    });
    // No SMS or e-mail gateway unless configured (dev mode starts the example one).
    expect(config.channels).toEqual({ urls: {}, example: false });
    expect(config.dataSource).toEqual({ timeoutMs: 2000, retries: 1, breakerFailures: 5, breakerResetMs: 30_000 });
  });

  it('reads typed values; an empty value is unset', () => {
    const config = configFromEnv({ PORT: '0', ONEGO_SCHEDULER_INTERVAL_MS: '250', ONEGO_DEV_LOGIN: 'true', ONEGO_PUBLISH_EXAMPLES: '0', ONEGO_DRAFT_TTL_DAYS: '', ONEGO_LOG_LEVEL: 'warn' });
    expect(config).toMatchObject({ port: 0, schedulerIntervalMs: 250, devLogin: true, publishExamples: false, draftTtlDays: 30, logLevel: 'warn', exampleDataProvider: true });
  });

  it('takes the database as a URL; ONEGO_DB still works, deprecated', () => {
    expect(configFromEnv({ ONEGO_DATABASE_URL: 'sqlite:/var/lib/onego/onego.sqlite' })).toMatchObject({ database: { kind: 'sqlite', file: '/var/lib/onego/onego.sqlite' }, dataDir: '/var/lib/onego' });
    expect(configFromEnv({ ONEGO_DATABASE_URL: 'sqlite::memory:' }).database).toEqual({ kind: 'sqlite', file: ':memory:' });
    const old = configFromEnv({ ONEGO_DB: 'other/onego.sqlite' });
    expect(old).toMatchObject({ database: { kind: 'sqlite', file: 'other/onego.sqlite' }, dataDir: 'other' });
    expect(old.warnings).toEqual(['ONEGO_DB is deprecated: use ONEGO_DATABASE_URL=sqlite:other/onego.sqlite']);
    expect(issuesOf({ ONEGO_DB: 'a.sqlite', ONEGO_DATABASE_URL: 'sqlite:b.sqlite' })).toEqual([expect.stringMatching(/^ONEGO_DB: ONEGO_DB must not be set with ONEGO_DATABASE_URL/)]);
  });

  it('takes a PostgreSQL URL; ONEGO_DB refuses one, pointing to ONEGO_DATABASE_URL, without repeating it', () => {
    for (const url of ['postgres://onego:secret@db.example/onego', 'postgresql://onego:secret@db/onego?sslmode=require']) {
      expect(configFromEnv({ ONEGO_DATABASE_URL: url })).toMatchObject({ database: { kind: 'postgres', url }, dataDir: './data' });
    }
    expect(configFromEnv({ ONEGO_DATABASE_URL: 'postgres://db/onego', ONEGO_DATA_DIR: '/srv/onego' }).dataDir).toBe('/srv/onego');
    const [issue, ...more] = issuesOf({ ONEGO_DB: 'postgres://onego:secret@db/onego' });
    expect(more).toEqual([]);
    expect(issue).toContain('for PostgreSQL set ONEGO_DATABASE_URL=postgres://');
    expect(issue).not.toContain('secret');
  });

  it('takes a read replica of a PostgreSQL database only, without repeating its URL in a message', () => {
    const replica = 'postgres://onego:secret@replica.example/onego';
    expect(configFromEnv({ ONEGO_DATABASE_URL: 'postgres://db/onego', ONEGO_DATABASE_READ_URL: replica }).readDatabaseUrl).toBe(replica);
    expect(configFromEnv({ ONEGO_DATABASE_URL: 'postgres://db/onego' }).readDatabaseUrl).toBeUndefined();
    const [onSqlite, ...more] = issuesOf({ ONEGO_DATABASE_READ_URL: replica });
    expect(more).toEqual([]);
    expect(onSqlite).toMatch(/^ONEGO_DATABASE_READ_URL: ONEGO_DATABASE_READ_URL is a replica of a PostgreSQL database/);
    const [notPostgres] = issuesOf({ ONEGO_DATABASE_URL: 'postgres://db/onego', ONEGO_DATABASE_READ_URL: 'sqlite:secret.sqlite' });
    expect(notPostgres).toMatch(/^ONEGO_DATABASE_READ_URL: ONEGO_DATABASE_READ_URL must be a PostgreSQL URL of a streaming replica/);
    expect(notPostgres).not.toContain('secret');
  });

  it.each([
    ['a whole number that is not one', { ONEGO_SCHEDULER_INTERVAL_MS: '1s' }, 'ONEGO_SCHEDULER_INTERVAL_MS must be a whole number of milliseconds from 1 to 2147483647, not "1s"'],
    ['a fraction', { ONEGO_RECTIFICATION_DAYS: '2.5' }, 'ONEGO_RECTIFICATION_DAYS must be a whole number of working days from 1 to 365, not "2.5"'],
    ['a number in another notation', { ONEGO_NOTIFY_INTERVAL_MS: '1e3' }, 'ONEGO_NOTIFY_INTERVAL_MS must be a whole number of milliseconds from 1 to 2147483647, not "1e3"'],
    ['below the minimum', { ONEGO_WEBHOOK_MAX_ATTEMPTS: '0' }, 'ONEGO_WEBHOOK_MAX_ATTEMPTS must be a whole number of attempts from 1 to 1000, not "0"'],
    ['above the maximum (setTimeout would fire at once)', { ONEGO_SSE_KEEPALIVE_MS: '3000000000' }, 'ONEGO_SSE_KEEPALIVE_MS must be a whole number of milliseconds from 1 to 2147483647, not "3000000000"'],
    ['a port out of range', { PORT: '70000' }, 'PORT must be a TCP port from 0 to 65535 (0: any free port), not "70000"'],
    ['a switch that is not one', { ONEGO_DEV_LOGIN: 'yes' }, 'ONEGO_DEV_LOGIN must be 1 or true (on), 0 or false (off), not "yes"'],
    ['a value not in the list', { ONEGO_LOG_LEVEL: 'verbose' }, 'ONEGO_LOG_LEVEL must be one of fatal, error, warn, info, debug, trace, silent, not "verbose"'],
    ['an instant without its offset', { ONEGO_TEST_CLOCK_START: '2026-03-02 09:00' }, 'ONEGO_TEST_CLOCK_START must be an ISO instant with its offset, e.g. 2026-03-02T09:00:00+08:00, not "2026-03-02 09:00"'],
    ['a URL that is not http(s)', { ONEGO_OIDC_ISSUER: 'ftp://idp.example' }, 'ONEGO_OIDC_ISSUER must be the identity provider’s issuer, an http(s) URL, not "ftp://idp.example"'],
    ['a database URL of no known kind', { ONEGO_DATABASE_URL: './data/onego.sqlite' }, expect.stringMatching(/^ONEGO_DATABASE_URL must be a database URL: sqlite:<file>/)],
  ])('refuses %s, naming the variable and what it must be', (_kind, env, message) => {
    expect(issuesOf(env).map((line) => line.replace(/^[A-Z_]+: /, ''))).toEqual([message]);
  });

  it('reports every invalid variable at once, in zh and in en', () => {
    const error = (() => {
      try {
        configFromEnv({ ONEGO_SCHEDULER_INTERVAL_MS: 'abc', ONEGO_DATA_SOURCE_URL: 'not a url', ONEGO_DATA_SOURCE_RETRIES: '-1' });
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ConfigError);
    const { message } = error as ConfigError;
    expect(message).toContain('ONEGO_SCHEDULER_INTERVAL_MS 应为 1 到 2147483647 之间的整数（毫秒），而不是 "abc"');
    expect(message).toContain('ONEGO_DATA_SOURCE_RETRIES must be a whole number of retries from 0 to 10, not "-1"');
    // A URL may hold a secret: said what it must be, not repeated.
    expect(message).toContain('ONEGO_DATA_SOURCE_URL must be an http(s) URL\n');
    expect(message).not.toContain('not a url');
  });

  it('reads the limits and quotas of Limits and hardening as known, checked variables (securityConfig.ts)', () => {
    const config = configFromEnv({ ONEGO_RATE_LIMIT_PER_PRINCIPAL: '5', ONEGO_MAX_STREAMS_PER_PRINCIPAL: '2', ONEGO_QUOTA_APPLICATIONS_PER_DAY: '0', ONEGO_REQUEST_TIMEOUT_MS: '1000' });
    expect(config.warnings).toEqual([]);
    expect(config.security).toMatchObject({ rateLimits: { perAddress: 5000, perPrincipal: 5 }, maxStreamsPerPrincipal: 2, quotas: { applicationsPerDay: 0, uploadsPerMaterial: 20 } });
    expect(config.security.timeouts).toEqual({ headersMs: 20_000, requestMs: 1000, keepAliveMs: 5000 });
    expect(issuesOf({ ONEGO_QUOTA_UPLOADS_PER_MATERIAL: '-1', ONEGO_METRICS_TOKEN: 'short' })).toEqual([
      'ONEGO_METRICS_TOKEN: ONEGO_METRICS_TOKEN must be a text of at least 16 characters',
      'ONEGO_QUOTA_UPLOADS_PER_MATERIAL: ONEGO_QUOTA_UPLOADS_PER_MATERIAL must be a whole number of files per material from 0 (no limit) to 1000000, not "-1"',
    ]);
  });

  it('warns of an ONEGO_ variable it does not know (misspelt?)', () => {
    expect(configFromEnv({ ONEGO_SHEDULER_INTERVAL_MS: '10' }).warnings).toEqual(['unknown variables, ignored (misspelt?): ONEGO_SHEDULER_INTERVAL_MS']);
  });

  it('documents every variable in runtime/README.md', () => {
    const readme = readFileSync('runtime/README.md', 'utf8');
    const documented = new Set([...readme.matchAll(/^\| (.+?) \|/gm)].flatMap((row) => [...(row[1] ?? '').matchAll(/`([A-Z_]+)`/g)].map((m) => m[1])));
    expect(VARIABLES.filter((name) => !documented.has(name))).toEqual([]);
  });

  it('stops the server with the message and no stack trace', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'runtime/src/main.ts'], {
      encoding: 'utf8',
      env: { PATH: process.env['PATH'], ONEGO_SCHEDULER_INTERVAL_MS: 'NaN' },
      timeout: 30_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('ONEGO_SCHEDULER_INTERVAL_MS must be a whole number of milliseconds');
    expect(result.stderr).toContain('ONEGO_SCHEDULER_INTERVAL_MS 应为');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
