// The runtime roles of one process, composed: `npm start` runs both (startServer, server.ts), `onego serve`
// the HTTP role, `onego work` the background role (runtime/README.md, "Runtime roles").
// SQLite: one process owns the database file, so `serve` runs the background role too (and says so), and
// `work` is refused: a second process on the file would run no API and contend for its one writer.
import type { RuntimeConfig } from '../config.ts';
import type { Database } from '../db/createDatabase.ts';
import { startBackgroundRole, type BackgroundRole } from './backgroundRole.ts';
import { startHealthListener, type HealthListener } from './healthListener.ts';
import { startHttpRole, type HttpRole } from './httpRole.ts';
import { RoleRefusal } from './roleRefusal.ts';
import { openRuntimeCore } from './runtimeCore.ts';

type RoleName = 'all' | 'serve' | 'work';

export interface RoleOptions {
  role: RoleName;
  /** Bring the database up to date first; else a database that lacks migrations is refused. */
  migrate: boolean;
  /** `work`: answer GET /health on this port (0: any free one). */
  healthPort?: number;
}

export interface RunningRoles {
  /** The API's address (serve, all), or the health listener's (work with a health port). */
  url: string | undefined;
  /** Whether the background passes run in this process. */
  background: boolean;
  db: Database;
  reads: Database;
  /** Drains the requests in flight, finishes the passes in flight, closes the database. */
  close(): Promise<void>;
}

export async function startRoles(config: RuntimeConfig, options: RoleOptions): Promise<RunningRoles> {
  const sqlite = config.database.kind === 'sqlite';
  if (options.role === 'work' && sqlite) {
    throw new RoleRefusal(
      '需要 PostgreSQL（ONEGO_DATABASE_URL=postgres://…）：SQLite 数据库文件只能由一个进程使用，在 SQLite 上 onego serve 已同时运行后台任务。',
      'it needs PostgreSQL (ONEGO_DATABASE_URL=postgres://…): a SQLite database file belongs to one process, and onego serve on SQLite runs the background work itself.',
    );
  }
  const http = options.role !== 'work';
  const background = options.role !== 'serve' || sqlite;
  const core = await openRuntimeCore(config, { migrate: options.migrate, background });
  if (options.role === 'serve' && sqlite) core.log.info('SQLite: one process owns the database file, so this serve process runs the background work (timers, notifications, webhooks) too');
  let httpRole: HttpRole | undefined;
  let health: HealthListener | undefined;
  let backgroundRole: BackgroundRole | undefined;
  const close = async () => {
    await httpRole?.close();
    await health?.close();
    await backgroundRole?.stop();
    await core.close();
  };
  try {
    if (http) httpRole = await startHttpRole(core);
    if (options.healthPort !== undefined) health = await startHealthListener(core, options.healthPort);
    if (background) backgroundRole = await startBackgroundRole(core);
  } catch (error) {
    await close().catch(() => undefined);
    throw error;
  }
  if (!http) core.log.info({ health: health?.url ?? null }, 'OneGo background work is running');
  let closing: Promise<void> | undefined;
  return {
    url: httpRole?.url ?? health?.url,
    background,
    db: core.db,
    reads: core.reads,
    close() {
      closing ??= close().then(() => core.log.info('OneGo stopped'));
      return closing;
    },
  };
}
