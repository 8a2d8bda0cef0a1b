// onego backup DIR: a consistent copy of a running (or stopped) server's SQLite database and its uploads,
// taken online. The database first, with SQLite's VACUUM INTO (one read transaction: the copy is the
// database as of one moment, compact, while the server goes on writing), then the uploaded files it names:
// they are content-addressed and never change, and each is on disk before the row naming it commits, so
// copying them after the database copy leaves none missing. Restoring is starting a server on the copy
// (ONEGO_DATABASE_URL=sqlite:DIR/onego.sqlite ONEGO_DATA_DIR=DIR). PostgreSQL is backed up with its own
// tools (pg_dump; runtime/README.md), uploads included (they are rows of the database by default), which
// this says instead of copying anything.
import { copyFile, mkdir, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Lang } from '@onego/engine';
import { configFromEnv } from '../config.ts';
import { connectDatabase, databaseName } from '../db/openDatabase.ts';
import { ConfigError } from '../environment.ts';
import { CliFailure } from './loadBundle.ts';
import type { Output } from './validateCommand.ts';

/** Copies the files under `from` that `to` lacks (content-addressed: a file of the same name is the same file). */
async function copyMissing(from: string, to: string): Promise<number> {
  let copied = 0;
  let entries;
  try {
    entries = await readdir(from, { withFileTypes: true });
  } catch {
    return 0; // no uploads yet
  }
  await mkdir(to, { recursive: true });
  for (const entry of entries) {
    const source = path.join(from, entry.name);
    const target = path.join(to, entry.name);
    if (entry.isDirectory()) copied += await copyMissing(source, target);
    else if (entry.isFile() && !(await stat(target).catch(() => undefined))) {
      await copyFile(source, target);
      copied++;
    }
  }
  return copied;
}

export async function backupCommand(target: string, options: { lang: Lang }, io: Output, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const zh = options.lang === 'zh';
  let config;
  try {
    config = configFromEnv(env);
  } catch (error) {
    if (error instanceof ConfigError) throw new CliFailure(error.message);
    throw error;
  }
  const location = config.database;
  if (location.kind === 'postgres') {
    const dump = `pg_dump --format=custom --file=onego.dump "${databaseName(location)}"`;
    // With the database blob store (the default there), the uploads are rows of the database: in the dump.
    const uploads =
      config.blobStore === 'database'
        ? zh
          ? '上传文件存于数据库中，随之一并备份'
          : 'the uploads are in the database and in the dump with it'
        : zh
          ? `上传文件在 ${path.join(config.dataDir, 'blobs')}`
          : `the uploads are in ${path.join(config.dataDir, 'blobs')}`;
    throw new CliFailure(
      zh
        ? `PostgreSQL 数据库请用其自带工具备份：${dump}，${uploads}（见 runtime/README.md「备份与恢复」）`
        : `back up a PostgreSQL database with its own tools: ${dump}; ${uploads} (runtime/README.md, "Backup and restore")`,
    );
  }
  if (location.file === ':memory:') throw new CliFailure(zh ? '内存数据库无法备份' : 'an in-memory database cannot be backed up');
  const file = path.join(target, 'onego.sqlite');
  if (await stat(file).catch(() => undefined)) {
    throw new CliFailure(zh ? `${file} 已存在：请指定一个新的备份目录，不会覆盖已有备份` : `${file} exists: name a new backup folder (an existing backup is never overwritten)`);
  }
  await mkdir(target, { recursive: true });
  const db = connectDatabase(location);
  try {
    await db.raw('VACUUM INTO ?', [path.resolve(file)]);
  } catch (error) {
    throw new CliFailure(`${zh ? '备份失败' : 'backup failed'} (${databaseName(location)}): ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await db.destroy();
  }
  const uploads = await copyMissing(path.join(config.dataDir, 'blobs', 'sha256'), path.join(target, 'blobs', 'sha256'));
  io.out(zh ? `已备份数据库到 ${file}，上传文件 ${uploads} 个` : `backed up the database to ${file}, and ${uploads} uploaded file(s)`);
  io.out(
    zh
      ? `恢复：ONEGO_DATABASE_URL=sqlite:${file} ONEGO_DATA_DIR=${target} npm start`
      : `to restore: ONEGO_DATABASE_URL=sqlite:${file} ONEGO_DATA_DIR=${target} npm start`,
  );
  return 0;
}
