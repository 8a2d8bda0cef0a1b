// Before a role starts on a database: bring it up to date (`--migrate`, and always for `npm start`), or
// check that it is, refusing to start on one that lacks migrations (`onego migrate` brings it up to date).
import type { Database } from '../db/createDatabase.ts';
import { pendingMigrations } from '../db/applyMigrations.ts';
import { migrateDatabase } from '../migrateDatabase.ts';
import { RoleRefusal } from './roleRefusal.ts';

/** Run under the startup lock (startupLock.ts), so that a migrating process is waited for. */
export async function prepareDatabase(db: Database, migrate: boolean): Promise<void> {
  if (migrate) {
    await migrateDatabase(db);
    return;
  }
  const pending = await pendingMigrations(db);
  if (pending.length === 0) return;
  throw new RoleRefusal(
    `数据库不是最新的（缺少 ${pending.length} 个迁移，最早的是 ${pending[0]}）：请先运行 onego migrate，或加 --migrate 启动。`,
    `the database is not up to date (${pending.length} migrations missing, the first ${pending[0]}): run onego migrate first, or start with --migrate.`,
  );
}
