// onego migrate: brings the database of the configuration (ONEGO_DATABASE_URL) up to date — the migrations it lacks
// and the one-off steps after them — and reports what it applied. Nothing else starts.
import type { Lang } from '@onego/engine';
import { configFromEnv } from '../config.ts';
import { ConfigError } from '../environment.ts';
import type { Database } from '../db/createDatabase.ts';
import { connectDatabase, databaseName, type DatabaseLocation } from '../db/openDatabase.ts';
import { MIGRATIONS } from '../db/migrations.ts';
import { underStartupLock } from '../db/startupLock.ts';
import { migrateDatabase } from '../migrateDatabase.ts';
import { CliFailure } from './loadBundle.ts';
import type { Output } from './validateCommand.ts';

export async function migrateCommand(options: { lang: Lang }, io: Output, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const zh = options.lang === 'zh';
  let location: DatabaseLocation;
  try {
    ({ database: location } = configFromEnv(env));
  } catch (error) {
    if (error instanceof ConfigError) throw new CliFailure(error.message);
    throw error;
  }
  const failed = (error: unknown) => new CliFailure(`${zh ? '迁移失败' : 'migration failed'} (${databaseName(location)}): ${error instanceof Error ? error.message : String(error)}`);
  let db: Database;
  try {
    db = connectDatabase(location);
  } catch (error) {
    throw failed(error);
  }
  try {
    const report = await underStartupLock(db, () => migrateDatabase(db));
    for (const name of report.migrations) io.out(zh ? `已应用迁移 ${name}` : `applied migration ${name}`);
    for (const name of report.steps) io.out(zh ? `已完成一次性步骤：${name}` : `ran the one-off step: ${name}`);
    io.out(
      report.migrations.length === 0
        ? zh
          ? `数据库已是最新（${MIGRATIONS.length} 个迁移），未做更改：${databaseName(location)}`
          : `the database is up to date (${MIGRATIONS.length} migrations), nothing changed: ${databaseName(location)}`
        : zh
          ? `数据库已更新到最新（${MIGRATIONS.length} 个迁移）：${databaseName(location)}`
          : `the database is up to date now (${MIGRATIONS.length} migrations): ${databaseName(location)}`,
    );
    return 0;
  } catch (error) {
    throw failed(error);
  } finally {
    await db.destroy();
  }
}
