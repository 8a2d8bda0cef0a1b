// onego serve / onego work: one runtime role of OneGo (roles/startRoles.ts) with the configuration from
// the environment, until SIGTERM or SIGINT; then the requests in flight are drained and the passes in
// flight finished before it exits 0. A role that cannot start exits 1 with a plain message.
import type { Lang } from '@onego/engine';
import { configFromEnv, type RuntimeConfig } from '../config.ts';
import { ConfigError } from '../environment.ts';
import { databaseName } from '../db/openDatabase.ts';
import { RoleRefusal } from '../roles/roleRefusal.ts';
import { startRoles, type RunningRoles } from '../roles/startRoles.ts';
import { CliFailure } from './loadBundle.ts';
import type { Output } from './validateCommand.ts';

export interface RoleCommandOptions {
  lang: Lang;
  migrate?: boolean;
  /** work: answer GET /health on this port. */
  healthPort?: number;
}

/** Resolves when the process is asked to stop (SIGTERM or SIGINT), with the signal's name. */
const stopSignal = (): Promise<string> =>
  new Promise((resolve) => {
    const stop = (signal: string) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      resolve(signal);
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });

export async function roleCommand(role: 'serve' | 'work', options: RoleCommandOptions, io: Output, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const zh = options.lang === 'zh';
  let config: RuntimeConfig;
  try {
    config = configFromEnv(env);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliFailure(error.message);
    throw error;
  }
  // Asked to stop while starting: stopped once started.
  const stopping = stopSignal();
  let running: RunningRoles;
  try {
    running = await startRoles(config, { role, migrate: options.migrate === true, ...(options.healthPort !== undefined ? { healthPort: options.healthPort } : {}) });
  } catch (error) {
    if (error instanceof RoleRefusal) throw new CliFailure(`onego ${role}: ${zh ? error.zh : error.en}`);
    const detail = error instanceof Error ? error.message : String(error);
    throw new CliFailure(`onego ${role}: ${zh ? '无法启动' : 'could not start'} (${databaseName(config.database)}): ${detail}`);
  }
  const database = databaseName(config.database);
  if (role === 'serve') {
    const both = running.background ? (zh ? '，含后台任务（SQLite）' : ', with the background work (SQLite)') : '';
    io.out(`OneGo 一件事一次办 is running at ${running.url ?? ''}  (database: ${database}${both})`);
  } else {
    const health = running.url ? `, health ${running.url}/health` : '';
    io.out(`OneGo 一件事一次办 background work is running (database: ${database}${health})`);
  }
  const signal = await stopping;
  io.out(zh ? `${signal}：处理完进行中的请求和任务后停止…` : `${signal}: stopping after the requests and passes in flight…`);
  try {
    await running.close();
    return 0;
  } catch (error) {
    io.err(`onego ${role}: ${zh ? '停止时出错' : 'error while stopping'}: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
