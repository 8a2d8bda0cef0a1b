// Test support: OneGo as a real server process on a fresh database (SQLite, or PostgreSQL in the test run's
// postgres project: testDatabase.ts), and a small HTTP client.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { officerDepartment } from './exampleDepartments.ts';
import { openTestDatabase, TEST_DATABASE, testDatabaseUrl } from './testDatabase.ts';

/** The metrics token of the test servers: the client sends it on GET /metrics when given no other token. */
export const TEST_METRICS_TOKEN = 'onego-test-metrics-token';

export interface ServerProcess {
  url: string;
  dataDir: string;
  process: ChildProcess;
  output: () => string;
  /** A connection to the server's database, to look at or change its rows (destroy it after use). */
  database(): Knex;
  stop(signal?: NodeJS.Signals): Promise<number | null>;
}

/** Matches the line a started process prints: the API's address, or (onego work) its health listener's, if any. */
const READY = /(?:is running at (http:\/\/[^\s]+)|background work is running \([^)]*?(?:health (http:\/\/[^\s/]+)\/health)?\))/;

/**
 * Starts `runtime/src/main.ts` (npm start: every role in one process) with dev login on, on `dataDir` (a
 * fresh temp folder unless given: pass the folder of a stopped server to restart on its database), or
 * with `command`, the onego binary with those arguments (e.g. ['serve'], ['work', '--health-port', '0']):
 * `url` is then the API's, or the health listener's of a work process ('' without one). A variable
 * given as undefined is unset.
 */
export async function startServerProcess(
  env: Record<string, string | undefined> = {},
  dataDir = mkdtempSync(path.join(tmpdir(), 'onego-')),
  command?: readonly string[],
): Promise<ServerProcess> {
  const childEnv: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    ONEGO_DATABASE_URL: env['ONEGO_DATABASE_URL'] ?? (await testDatabaseUrl(dataDir)),
    ONEGO_DATA_DIR: dataDir,
    ONEGO_DEV_LOGIN: '1',
    ONEGO_LOG_LEVEL: 'warn',
    ONEGO_SCHEDULER_INTERVAL_MS: '200',
    ONEGO_METRICS_TOKEN: TEST_METRICS_TOKEN,
    ...env,
  };
  // The test run's own variables are not the server's.
  delete childEnv['ONEGO_TEST_DATABASE'];
  delete childEnv['ONEGO_TEST_POSTGRES_URL'];
  for (const [name, value] of Object.entries(childEnv)) if (value === undefined) delete childEnv[name];
  const child = spawn(process.execPath, command ? ['runtime/bin/onego.js', ...command] : ['--import', 'tsx', 'runtime/src/main.ts'], {
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A server left running by a failed test dies with the test process.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    // On PostgreSQL a start takes longer (a connection per statement's round trip while the examples are seeded).
    const timeout = setTimeout(() => reject(new Error(`server did not start:\n${output}`)), TEST_DATABASE === 'postgres' ? 90_000 : 30_000);
    const check = () => {
      const match = READY.exec(output);
      if (match) {
        clearTimeout(timeout);
        resolve(match[1] ?? match[2] ?? '');
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timeout);
      reject(new Error(`server exited with ${code}:\n${output}`));
    });
  });
  return {
    url,
    dataDir,
    process: child,
    output: () => output,
    database: () => openTestDatabase(dataDir),
    stop(signal: NodeJS.Signals = 'SIGTERM') {
      return new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) {
          resolve(child.exitCode);
          return;
        }
        child.once('exit', (code) => resolve(code));
        child.kill(signal);
      });
    },
  };
}

export interface Response<T = unknown> {
  status: number;
  body: T;
  headers: Headers;
}

/**
 * A small HTTP client of a server. Given no token, it signs GET /metrics with the test metrics token and
 * POST /api/test/clock as an admin (signed in once by dev login), as an operator's tools would.
 */
export function client(base: string) {
  let admin: Promise<string> | undefined;
  async function call<T = Record<string, unknown>>(method: string, url: string, options: { token?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {}): Promise<Response<T>> {
    const headers: Record<string, string> = { ...(options.headers ?? {}) };
    if (options.token) headers['authorization'] = `Bearer ${options.token}`;
    else if (!headers['authorization'] && url === '/metrics') headers['authorization'] = `Bearer ${TEST_METRICS_TOKEN}`;
    else if (!headers['authorization'] && url === '/api/test/clock') {
      // Dev tokens last 12 hours of the server's clock, which this very call moves: a token it
      // refuses as expired is replaced once.
      admin ??= login('admin', 'test-clock-admin');
      const moved = await call<T>(method, url, { ...options, token: await admin });
      if (moved.status !== 401) return moved;
      admin = login('admin', 'test-clock-admin');
      return call<T>(method, url, { ...options, token: await admin });
    }
    if (options.body !== undefined || options.raw !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${base}${url}`, {
      method,
      headers,
      ...(options.raw !== undefined ? { body: options.raw } : options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
    });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON (e.g. /metrics)
    }
    return { status: response.status, body: body as T, headers: response.headers };
  }
  /**
   * Dev login; an officer's `department` may be an example's short id (police): its regional department
   * (exampleDepartments.ts); `officer` gives an officer a display name and positions (窗口人员, 经办人 …).
   */
  async function login(role: string, subject: string, department?: string, officer?: { name: string; positions: string[] }): Promise<string> {
    const response = await call<{ token: string }>('POST', '/api/auth/dev-login', { body: { role, subject, ...(department ? { department: officerDepartment(department) } : {}), ...(officer ?? {}) } });
    if (response.status !== 200) throw new Error(`dev login failed: ${JSON.stringify(response.body)}`);
    return response.body.token;
  }
  return {
    call,
    get: <T = Record<string, unknown>>(url: string, token?: string, headers?: Record<string, string>) => call<T>('GET', url, { ...(token ? { token } : {}), ...(headers ? { headers } : {}) }),
    post: <T = Record<string, unknown>>(url: string, body: unknown, token?: string, headers?: Record<string, string>) =>
      call<T>('POST', url, { body, ...(token ? { token } : {}), ...(headers ? { headers } : {}) }),
    put: <T = Record<string, unknown>>(url: string, body: unknown, token?: string, headers?: Record<string, string>) =>
      call<T>('PUT', url, { body, ...(token ? { token } : {}), ...(headers ? { headers } : {}) }),
    login,
  };
}
