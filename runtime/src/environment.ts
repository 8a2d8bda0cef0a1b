// The environment OneGo reads, as one schema (TypeBox, i.e. JSON Schema checked by ajv): every variable,
// its type, range and default, and what it must be in words (en in `description`, zh in `x-zh`) for the
// message that names it when its value is invalid. configFromEnv (config.ts) turns it into the config.
import { createAjv } from '@onego/engine';
import Type, { type Static, type TSchema } from 'typebox';

interface Expected {
  en: string;
  zh: string;
}

/** setTimeout's longest delay: a longer one fires after 1 ms (Node warns), like the NaN it replaced. */
const MAX_DELAY_MS = 2_147_483_647;

const text = (expected: Expected) => ({ description: expected.en, 'x-zh': expected.zh });

function wholeNumber(fallback: number, minimum: number, maximum: number, expected: Expected) {
  return Type.Integer({ default: fallback, minimum, maximum, ...text(expected) });
}

const milliseconds = (fallback: number) =>
  wholeNumber(fallback, 1, MAX_DELAY_MS, { en: `a whole number of milliseconds from 1 to ${MAX_DELAY_MS}`, zh: `1 到 ${MAX_DELAY_MS} 之间的整数（毫秒）` });

/** A limit from 0 (none) to 1,000,000 of something (requests per second, applications per day …). */
const limit = (fallback: number, what: string, zhWhat = '次请求/秒') =>
  wholeNumber(fallback, 0, 1_000_000, { en: `a whole number of ${what} from 0 (no limit) to 1000000`, zh: `0（不限）到 1000000 之间的整数（${zhWhat}）` });

/** An on/off switch: 1, true, 0 or false. */
const FLAG_VALUES = ['1', 'true', '0', 'false'] as const;
const flag = (fallback: '0' | '1') =>
  Type.Union(
    FLAG_VALUES.map((v) => Type.Literal(v)),
    { default: fallback, ...text({ en: '1 or true (on), 0 or false (off)', zh: '1 或 true（开启）、0 或 false（关闭）' }) },
  );

const someText = (expected: Expected = { en: 'a non-empty text', zh: '非空文本' }) => Type.String({ minLength: 1, ...text(expected) });

const httpUrl = (expected: Expected) => Type.String({ format: 'uri', pattern: '^https?://', ...text(expected) });

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const ENVIRONMENT = Type.Object({
  HOST: Type.String({ default: '127.0.0.1', minLength: 1, ...text({ en: 'a host name or IP address to listen on', zh: '监听的主机名或 IP 地址' }) }),
  PORT: wholeNumber(3000, 0, 65_535, { en: 'a TCP port from 0 to 65535 (0: any free port)', zh: '0 到 65535 之间的 TCP 端口（0：任一空闲端口）' }),
  ONEGO_DATABASE_URL: Type.Optional(
    Type.String({
      pattern: '^(sqlite:.+|postgres(ql)?://.+)$',
      ...text({
        en: 'a database URL: sqlite:<file> (e.g. sqlite:./data/onego.sqlite, or sqlite::memory:) or postgres://user:password@host:port/database',
        zh: '数据库 URL：sqlite:<文件>（如 sqlite:./data/onego.sqlite，或 sqlite::memory:）或 postgres://用户:密码@主机:端口/数据库',
      }),
    }),
  ),
  ONEGO_DATABASE_READ_URL: Type.Optional(
    Type.String({
      pattern: '^postgres(ql)?://.+$',
      ...text({
        en: 'a PostgreSQL URL of a streaming replica of ONEGO_DATABASE_URL (postgres://user:password@host:port/database), for reads that may be a few hundred milliseconds stale',
        zh: 'ONEGO_DATABASE_URL 的流复制只读副本的 PostgreSQL URL（postgres://用户:密码@主机:端口/数据库），用于可容忍数百毫秒滞后的读取',
      }),
    }),
  ),
  ONEGO_DB: Type.Optional(
    Type.String({
      pattern: '^(?!postgres(ql)?:).+$',
      ...text({
        en: 'a SQLite file (deprecated: use ONEGO_DATABASE_URL=sqlite:<file>); for PostgreSQL set ONEGO_DATABASE_URL=postgres://…',
        zh: 'SQLite 文件（已弃用：请改用 ONEGO_DATABASE_URL=sqlite:<文件>）；PostgreSQL 请设置 ONEGO_DATABASE_URL=postgres://…',
      }),
    }),
  ),
  ONEGO_DATA_DIR: Type.Optional(someText({ en: 'a folder', zh: '目录' })),
  ONEGO_DEV_LOGIN: flag('0'),
  ONEGO_TEST_CLOCK: flag('0'),
  ONEGO_TEST_CLOCK_START: Type.Optional(
    Type.String({ format: 'date-time', ...text({ en: 'an ISO instant with its offset, e.g. 2026-03-02T09:00:00+08:00', zh: '带时区的 ISO 时刻，如 2026-03-02T09:00:00+08:00' }) }),
  ),
  ONEGO_PUBLISH_EXAMPLES: flag('1'),
  ONEGO_EXAMPLES: Type.String({ default: 'examples', minLength: 1, ...text({ en: 'a folder', zh: '目录' }) }),
  ONEGO_OIDC_ISSUER: Type.Optional(httpUrl({ en: 'the identity provider’s issuer, an http(s) URL', zh: '身份认证服务的 issuer，http(s) URL' })),
  ONEGO_OIDC_AUDIENCE: Type.String({ default: 'onego', minLength: 1, ...text({ en: 'a non-empty text', zh: '非空文本' }) }),
  ONEGO_OIDC_JWKS_URL: Type.Optional(httpUrl({ en: 'an http(s) URL', zh: 'http(s) URL' })),
  ONEGO_OIDC_ROLE_CLAIM: Type.String({ default: 'role', minLength: 1, ...text({ en: 'a claim name', zh: '声明（claim）名称' }) }),
  ONEGO_OIDC_DEPARTMENT_CLAIM: Type.String({ default: 'department', minLength: 1, ...text({ en: 'a claim name', zh: '声明（claim）名称' }) }),
  ONEGO_OIDC_ID_NUMBER_CLAIM: Type.String({ default: 'idNumber', minLength: 1, ...text({ en: 'a claim name', zh: '声明（claim）名称' }) }),
  ONEGO_OIDC_NAME_CLAIM: Type.String({ default: 'name', minLength: 1, ...text({ en: 'a claim name', zh: '声明（claim）名称' }) }),
  ONEGO_OIDC_POSITIONS_CLAIM: Type.String({ default: 'positions', minLength: 1, ...text({ en: 'a claim name', zh: '声明（claim）名称' }) }),
  ONEGO_OIDC_ENTERPRISE_CODE_CLAIM: Type.String({ default: 'creditCode', minLength: 1, ...text({ en: 'a claim name', zh: '声明（claim）名称' }) }),
  ONEGO_OIDC_ENTERPRISE_NAME_CLAIM: Type.String({ default: 'enterpriseName', minLength: 1, ...text({ en: 'a claim name', zh: '声明（claim）名称' }) }),
  ONEGO_OIDC_ENTERPRISE_ROLE_CLAIM: Type.String({ default: 'enterpriseRole', minLength: 1, ...text({ en: 'a claim name', zh: '声明（claim）名称' }) }),
  ONEGO_DATA_SOURCE_URL: Type.Optional(httpUrl({ en: 'an http(s) URL', zh: 'http(s) URL' })),
  ONEGO_DATA_SOURCE_TOKEN: Type.Optional(someText()),
  ONEGO_DATA_SOURCE_TIMEOUT_MS: milliseconds(2000),
  ONEGO_DATA_SOURCE_RETRIES: wholeNumber(1, 0, 10, { en: 'a whole number of retries from 0 to 10', zh: '0 到 10 之间的整数（重试次数）' }),
  ONEGO_DATA_SOURCE_BREAKER_FAILURES: wholeNumber(5, 1, 1000, { en: 'a whole number of failures from 1 to 1000', zh: '1 到 1000 之间的整数（失败次数）' }),
  ONEGO_DATA_SOURCE_BREAKER_RESET_MS: milliseconds(30_000),
  ONEGO_ISSUING_URL: Type.Optional(httpUrl({ en: 'an http(s) URL', zh: 'http(s) URL' })),
  ONEGO_ISSUING_TOKEN: Type.Optional(someText()),
  ONEGO_ISSUING_TIMEOUT_MS: milliseconds(5000),
  ONEGO_ISSUING_INTERVAL_MS: milliseconds(5000),
  ONEGO_PAYMENT_URL: Type.Optional(httpUrl({ en: 'an http(s) URL', zh: 'http(s) URL' })),
  ONEGO_PAYMENT_TOKEN: Type.Optional(someText()),
  ONEGO_PAYMENT_TIMEOUT_MS: milliseconds(5000),
  ONEGO_PAYMENT_INTERVAL_MS: milliseconds(2000),
  ONEGO_EXAMPLE_DATA_PROVIDER: flag('1'),
  ONEGO_CALENDAR_DIR: Type.Optional(someText({ en: 'a folder', zh: '目录' })),
  ONEGO_PUBLIC_URL: Type.Optional(httpUrl({ en: 'the http(s) URL citizens reach OneGo at, e.g. https://ywtb.example.gov.cn', zh: '群众访问本平台的 http(s) 地址，如 https://ywtb.example.gov.cn' })),
  ONEGO_CJK_FONT: Type.Optional(
    someText({ en: 'a font file (.ttc, .otf or .ttf), a collection’s face after # (e.g. NotoSansCJK-Regular.ttc#NotoSansCJKsc-Regular)', zh: '字体文件（.ttc、.otf 或 .ttf），字体集合可在 # 后写字体名（如 NotoSansCJK-Regular.ttc#NotoSansCJKsc-Regular）' }),
  ),
  // Limits and hardening (securityConfig.ts).
  ONEGO_METRICS_TOKEN: Type.Optional(Type.String({ minLength: 16, ...text({ en: 'a text of at least 16 characters', zh: '至少 16 个字符的文本' }) })),
  ONEGO_TRUST_PROXY: Type.Optional(someText()),
  ONEGO_OUTBOUND_ALLOW: Type.Optional(someText()),
  ONEGO_RATE_LIMIT_PER_ADDRESS: limit(5000, 'requests per second'),
  ONEGO_RATE_LIMIT_PER_PRINCIPAL: limit(500, 'requests per second', '次请求/秒'),
  ONEGO_MAX_STREAMS_PER_PRINCIPAL: wholeNumber(10, 1, 100_000, { en: 'a whole number of streams from 1 to 100000', zh: '1 到 100000 之间的整数（连接数）' }),
  ONEGO_QUOTA_APPLICATIONS_PER_DAY: limit(20, 'applications per citizen per day', '件申请/人/天'),
  ONEGO_QUOTA_UPLOADS_PER_MATERIAL: limit(20, 'files per material', '个文件/材料'),
  ONEGO_HEADERS_TIMEOUT_MS: milliseconds(20_000),
  ONEGO_REQUEST_TIMEOUT_MS: milliseconds(300_000),
  ONEGO_KEEP_ALIVE_TIMEOUT_MS: milliseconds(5_000),
  ONEGO_SCHEDULER_INTERVAL_MS: milliseconds(1000),
  ONEGO_CALENDAR_REFRESH_MS: milliseconds(60_000),
  ONEGO_BLOB_STORE: Type.Optional(
    Type.Union(
      (['files', 'database'] as const).map((v) => Type.Literal(v)),
      text({ en: 'files (a folder of the data folder) or database (the default with PostgreSQL)', zh: 'files（数据目录下的文件夹）或 database（PostgreSQL 时的默认值）' }),
    ),
  ),
  ONEGO_ORPHAN_GRACE_HOURS: wholeNumber(24, 1, 8760, { en: 'a whole number of hours from 1 to 8760', zh: '1 到 8760 之间的整数（小时）' }),
  ONEGO_ORPHAN_INTERVAL_MS: milliseconds(600_000),
  ONEGO_DRAFT_TTL_DAYS: wholeNumber(30, 1, 3650, { en: 'a whole number of days from 1 to 3650', zh: '1 到 3650 之间的整数（天）' }),
  ONEGO_RECTIFICATION_DAYS: wholeNumber(5, 1, 365, { en: 'a whole number of working days from 1 to 365', zh: '1 到 365 之间的整数（工作日）' }),
  ONEGO_NOTIFY_INTERVAL_MS: milliseconds(500),
  ONEGO_SSE_KEEPALIVE_MS: milliseconds(15_000),
  ONEGO_SMS_URL: Type.Optional(httpUrl({ en: 'an http(s) URL', zh: 'http(s) URL' })),
  ONEGO_EMAIL_URL: Type.Optional(httpUrl({ en: 'an http(s) URL', zh: 'http(s) URL' })),
  ONEGO_CHANNEL_TOKEN: Type.Optional(someText()),
  ONEGO_CHANNEL_INTERVAL_MS: milliseconds(1000),
  ONEGO_CHANNEL_TIMEOUT_MS: milliseconds(5000),
  ONEGO_CHANNEL_MAX_ATTEMPTS: wholeNumber(10, 1, 1000, { en: 'a whole number of attempts from 1 to 1000', zh: '1 到 1000 之间的整数（尝试次数）' }),
  ONEGO_WEBHOOK_INTERVAL_MS: milliseconds(1000),
  ONEGO_WEBHOOK_TIMEOUT_MS: milliseconds(10_000),
  ONEGO_WEBHOOK_MAX_ATTEMPTS: wholeNumber(10, 1, 1000, { en: 'a whole number of attempts from 1 to 1000', zh: '1 到 1000 之间的整数（尝试次数）' }),
  ONEGO_LOG_LEVEL: Type.Union(
    LOG_LEVELS.map((level) => Type.Literal(level)),
    { default: 'info', ...text({ en: `one of ${LOG_LEVELS.join(', ')}`, zh: `${LOG_LEVELS.join('、')} 之一` }) },
  ),
  ONEGO_WEB_DIR: Type.Optional(someText({ en: 'a folder', zh: '目录' })),
});

export type Environment = Static<typeof ENVIRONMENT>;

/** Variables whose value is never repeated in a message (it may hold a secret). */
const SECRET = new Set(['ONEGO_METRICS_TOKEN', 'ONEGO_DATA_SOURCE_TOKEN', 'ONEGO_DATA_SOURCE_URL', 'ONEGO_ISSUING_TOKEN', 'ONEGO_ISSUING_URL', 'ONEGO_SMS_URL', 'ONEGO_EMAIL_URL', 'ONEGO_CHANNEL_TOKEN', 'ONEGO_PAYMENT_TOKEN', 'ONEGO_PAYMENT_URL', 'ONEGO_DATABASE_URL', 'ONEGO_DATABASE_READ_URL', 'ONEGO_DB', 'ONEGO_OIDC_JWKS_URL']);

export interface ConfigIssue {
  variable: string;
  en: string;
  zh: string;
}

/** An invalid environment: every problem, each naming its variable and what it must be, in zh and en. */
export class ConfigError extends Error {
  constructor(readonly issues: readonly ConfigIssue[]) {
    super(['配置无效 invalid configuration:', ...issues.flatMap((i) => [`  ${i.zh}`, `  ${i.en}`])].join('\n'));
    this.name = 'ConfigError';
  }
}

const variables = ENVIRONMENT.properties as Record<string, TSchema & { type?: string; default?: unknown; description?: string; 'x-zh'?: string }>;
const validate = createAjv().compile<Environment>(ENVIRONMENT);

/** The issue of a variable whose value is not what it must be. */
function invalidValue(variable: string, value: string | undefined, expected: Expected = { en: variables[variable]?.description ?? '', zh: variables[variable]?.['x-zh'] ?? '' }): ConfigIssue {
  const shown = value === undefined || SECRET.has(variable) ? undefined : JSON.stringify(value);
  return {
    variable,
    en: `${variable} must be ${expected.en}${shown ? `, not ${shown}` : ''}`,
    zh: `${variable} 应为${/^[\x21-\x7e]/.test(expected.zh) ? ' ' : ''}${expected.zh}${shown ? `，而不是 ${shown}` : ''}`,
  };
}

/**
 * The environment's OneGo variables, checked and typed, defaults filled in. An empty value counts as unset.
 * Throws ConfigError naming every invalid variable.
 */
export function readEnvironment(env: NodeJS.ProcessEnv): Environment {
  const values: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(variables)) {
    const raw = env[name];
    if (raw === undefined || raw === '') {
      if (schema.default !== undefined) values[name] = schema.default;
    } else {
      // A whole number is digits (an optional sign): not 1e3, 0x10, 1.0 or " 1".
      values[name] = schema.type === 'integer' && /^[+-]?\d+$/.test(raw) ? Number(raw) : raw;
    }
  }
  if (validate(values)) return values;
  const invalid = new Set((validate.errors ?? []).map((e) => e.instancePath.split('/')[1] ?? ''));
  throw new ConfigError(Object.keys(variables).filter((name) => invalid.has(name)).map((name) => invalidValue(name, env[name])));
}

/** The names of the variables read: those not listed starting with ONEGO_ are probably misspelt. */
export const VARIABLES: readonly string[] = Object.keys(variables);
