// onego catalogue import FILE... [--region CODE] [--dry-run]: a region's 事项库 export (XLSX, CSV of
// matters and of materials, or JSON) into the catalogue of the configured database (ONEGO_DATABASE_URL),
// as drafts. Prints the preview — every problem by sheet, row and column; each matter created, updated or
// unchanged, with what changes and what it still needs before publishing — then applies it, unless
// --dry-run. Exit 1, nothing written, when the files have problems.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Lang } from '@onego/engine';
import { CatalogueImport, type ImportPreview, type PlannedMatter } from '../catalogue/import/catalogueImport.ts';
import { SystemClock } from '../clock.ts';
import { configFromEnv } from '../config.ts';
import type { Database } from '../db/createDatabase.ts';
import { connectDatabase, type DatabaseLocation } from '../db/openDatabase.ts';
import { MIGRATIONS } from '../db/migrations.ts';
import { DomainError } from '../domainError.ts';
import { ConfigError } from '../environment.ts';
import { CliFailure } from './loadBundle.ts';
import type { Output } from './validateCommand.ts';

export interface CatalogueImportOptions {
  region?: string;
  regionName?: string;
  dryRun?: boolean;
  lang: Lang;
}

/** How many of a matter's changes and remaining problems are listed (the rest are counted). */
const SHOWN = 8;

function printPlanned(m: PlannedMatter, lang: Lang, io: Output): void {
  const zh = lang === 'zh';
  const action = { create: zh ? '新建' : 'create', update: zh ? '更新' : 'update', unchanged: zh ? '无变化' : 'no change' }[m.action];
  const department = m.department.created ? (zh ? `${m.department.name}（新部门）` : `${m.department.name} (new department)`) : m.department.name;
  io.out(`  [${action}] ${m.name}${m.code ? ` ${m.code}` : ''} → ${m.id}  ${department}`);
  for (const change of m.changes.slice(0, SHOWN)) {
    const before = change.before?.[lang];
    const after = change.after?.[lang];
    const verb = { added: zh ? '新增' : 'added', removed: zh ? '删除' : 'removed', changed: zh ? '修改' : 'changed' }[change.kind];
    io.out(`      ${verb} ${change.what[lang]}${before !== undefined && after !== undefined ? `：${before} → ${after}` : before !== undefined ? `：${before}` : after !== undefined ? `：${after}` : ''}`);
  }
  if (m.changes.length > SHOWN) io.out(zh ? `      …… 另有 ${m.changes.length - SHOWN} 处变化` : `      … and ${m.changes.length - SHOWN} more changes`);
  if (m.action !== 'unchanged' && m.toComplete.length > 0) {
    const listed = m.toComplete.slice(0, 3).map((p) => p.message[lang]);
    const more = m.toComplete.length > 3 ? (zh ? ` 等 ${m.toComplete.length} 处` : ` and ${m.toComplete.length - 3} more`) : '';
    io.out(zh ? `      发布前需补充：${listed.join('；')}${more}` : `      to complete before publishing: ${listed.join('; ')}${more}`);
  }
}

function printPreview(preview: ImportPreview, lang: Lang, io: Output): void {
  const zh = lang === 'zh';
  for (const problem of preview.problems) io.err(`${zh ? '错误' : 'error'}: ${problem.message[lang]}`);
  for (const note of preview.notes) io.out(`${zh ? '提示' : 'note'}: ${note.message[lang]}`);
  if (preview.departments.length > 0) {
    io.out(zh ? `将新建 ${preview.departments.length} 个部门：` : `${preview.departments.length} department(s) to create:`);
    for (const d of preview.departments) io.out(`  ${d.name.zh}（${d.regionName ?? d.region}）→ ${d.id}`);
  }
  const count = (action: PlannedMatter['action']) => preview.matters.filter((m) => m.action === action).length;
  io.out(
    zh
      ? `事项 ${preview.matters.length} 个：新建 ${count('create')}，更新 ${count('update')}，无变化 ${count('unchanged')}`
      : `${preview.matters.length} matter(s): ${count('create')} to create, ${count('update')} to update, ${count('unchanged')} unchanged`,
  );
  for (const m of preview.matters) printPlanned(m, lang, io);
}

/** The database must be up to date: importing is no time to migrate it. */
async function checkMigrated(db: Database, zh: boolean): Promise<void> {
  const applied = (await db.schema.hasTable('knex_migrations')) ? ((await db('knex_migrations').pluck('name')) as string[]) : [];
  const missing = MIGRATIONS.filter((m) => !applied.includes(m.name));
  if (missing.length > 0) throw new CliFailure(zh ? '数据库尚未迁移到最新版本：请先运行 onego migrate' : 'the database is not up to date: run onego migrate first');
}

export async function catalogueImportCommand(files: readonly string[], options: CatalogueImportOptions, io: Output, env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const zh = options.lang === 'zh';
  let location: DatabaseLocation;
  try {
    ({ database: location } = configFromEnv(env));
  } catch (error) {
    if (error instanceof ConfigError) throw new CliFailure(error.message);
    throw error;
  }
  const read = await Promise.all(
    files.map(async (file) => {
      try {
        return { name: path.basename(file), bytes: await readFile(file) };
      } catch (error) {
        throw new CliFailure(`${zh ? '无法读取' : 'cannot read'} ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
    }),
  );
  const db = connectDatabase(location);
  try {
    await checkMigrated(db, zh);
    const importer = new CatalogueImport({ db, clock: new SystemClock() });
    const importOptions = { by: 'cli', ...(options.region ? { region: options.region } : {}), ...(options.regionName ? { regionName: options.regionName } : {}) };
    const preview = await importer.preview(read, importOptions);
    printPreview(preview, options.lang, io);
    if (preview.problems.length > 0) {
      io.err(zh ? `有 ${preview.problems.length} 处需要修改，未导入任何内容` : `${preview.problems.length} problem(s) to fix; nothing was imported`);
      return 1;
    }
    if (options.dryRun) {
      io.out(zh ? '试运行（--dry-run）：未写入任何内容' : 'dry run (--dry-run): nothing was written');
      return 0;
    }
    try {
      const applied = await importer.apply(read, importOptions);
      const written = applied.matters.filter((m) => m.action !== 'unchanged').length;
      io.out(zh ? `已导入：保存 ${written} 个事项草稿（未发布），新建 ${applied.departments.length} 个部门` : `imported: ${written} matter draft(s) saved (not published), ${applied.departments.length} department(s) created`);
    } catch (error) {
      // The catalogue changed between the preview and the import (another import at the same time).
      if (error instanceof DomainError && error.code === 'CATALOGUE_IMPORT_INVALID') {
        io.err(zh ? '导入时发现问题，未导入任何内容；请重新运行' : 'problems found while importing; nothing was imported: run it again');
        return 1;
      }
      throw error;
    }
    return 0;
  } finally {
    await db.destroy();
  }
}
