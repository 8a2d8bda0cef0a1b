// A throwaway PostgreSQL server for tests: initdb in a temporary folder, started on a free loopback port
// (its socket in the same folder), stopped and removed afterwards. Root cannot run PostgreSQL, so as
// root the server runs as the `postgres` user (Debian's package creates it). When PostgreSQL is not
// installed this fails loudly with how to install it: a suite that needs it never passes without it.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freePort } from './freePort.ts';

export interface PostgresServer {
  /** postgres://postgres@127.0.0.1:PORT/postgres */
  url: string;
  /** Stops the server and removes its folder. */
  stop(): void;
  /** Shuts the server down (fast: its connections are terminated), keeping its data. */
  halt(): void;
  /** Starts it again, on the same port and data, after halt(). */
  resume(): void;
  /**
   * A streaming replica of this server (pg_basebackup -R into a new folder, started on another port, hot
   * standby: it answers reads). Stop it before this server.
   */
  replica(): Promise<PostgresServer>;
}

/** The folder holding initdb and pg_ctl: `PG_BIN`, else Debian's newest /usr/lib/postgresql/N/bin. */
function binaries(): string {
  const fromEnv = process.env['PG_BIN'];
  if (fromEnv && existsSync(path.join(fromEnv, 'pg_ctl'))) return fromEnv;
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((v) => existsSync(path.join(debian, v, 'bin', 'pg_ctl')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions[0]) return path.join(debian, versions[0], 'bin');
  }
  throw new Error('PostgreSQL is not installed: `apt-get install postgresql` (or set PG_BIN to the folder of initdb and pg_ctl). .ci/run installs it.');
}

/**
 * `settings`: more server settings (`-c name=value`), e.g. synchronous_commit=off where a suite needs
 * no durability across a crash of the server and would rather not wait for each commit's flush.
 */
export async function startPostgres(settings: readonly string[] = []): Promise<PostgresServer> {
  const bin = binaries();
  const dir = mkdtempSync(path.join(tmpdir(), 'onego-pg-'));
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]): void => {
    const [file, argv] = asRoot ? ['runuser', ['-u', 'postgres', '--', path.join(bin, command), ...args]] : [path.join(bin, command), args];
    const result = spawnSync(file, argv, { encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`${command} failed (${result.status}): ${result.stderr || result.stdout}`);
  };
  if (asRoot) {
    chmodSync(dir, 0o700);
    execFileSync('chown', ['postgres:postgres', dir]);
  }
  const data = path.join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8']);
  const port = await freePort();
  return serverIn({ dir, data, port, settings, run });
}

interface ServerFolder {
  dir: string;
  data: string;
  port: number;
  settings: readonly string[];
  run: (command: string, args: string[]) => void;
}

/** Starts the server of a data folder and gives its handle. */
function serverIn({ dir, data, port, settings, run }: ServerFolder): PostgresServer {
  const start = (): void =>
    run('pg_ctl', ['-D', data, '-l', path.join(dir, 'log'), '-w', '-t', '60', '-o', `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=on ${settings.map((s) => `-c ${s}`).join(' ')}`, 'start']);
  const halt = (): void => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        halt();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
    halt,
    resume: start,
    async replica() {
      const replicaDir = mkdtempSync(path.join(tmpdir(), 'onego-pg-replica-'));
      if (process.getuid?.() === 0) {
        chmodSync(replicaDir, 0o700);
        execFileSync('chown', ['postgres:postgres', replicaDir]);
      }
      const replicaData = path.join(replicaDir, 'data');
      // -R writes standby.signal and primary_conninfo: the copy starts as a standby streaming from this server.
      run('pg_basebackup', ['-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-D', replicaData, '-R', '-X', 'stream']);
      return serverIn({ dir: replicaDir, data: replicaData, port: await freePort(), settings: [], run });
    },
  };
}
