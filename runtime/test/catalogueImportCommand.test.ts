// onego catalogue import as an operator runs it, on the database of ONEGO_DATABASE_URL: --dry-run prints
// the preview and writes nothing; without it the same preview is applied as drafts; a broken file prints
// each problem by sheet, row and column and exits 1 with nothing written; an unmigrated database is
// refused with what to do.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import knex from 'knex';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(path.join(tmpdir(), 'onego-catalogue-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const database = path.join(dir, 'onego.sqlite');

const onego = (file: string, ...args: string[]) =>
  spawnSync(process.execPath, ['runtime/bin/onego.js', ...args], { encoding: 'utf8', env: { ...process.env, ONEGO_DATABASE_URL: `sqlite:${file}` } });

async function rows(table: string): Promise<number> {
  const db = knex({ client: 'sqlite3', connection: { filename: database }, useNullAsDefault: true });
  try {
    return Number((await db(table).count({ n: '*' }).first())?.n);
  } finally {
    await db.destroy();
  }
}

describe('onego catalogue import', () => {
  it('refuses a database that is not migrated', () => {
    const result = onego(path.join(dir, 'fresh.sqlite'), 'catalogue', 'import', 'examples/catalogue/事项库示例.xlsx');
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe('数据库尚未迁移到最新版本：请先运行 onego migrate');
  });

  it('previews with --dry-run and writes nothing, then imports the same as drafts', async () => {
    expect(onego(database, 'migrate').status).toBe(0);
    const dry = onego(database, 'catalogue', 'import', 'examples/catalogue/matters.csv', 'examples/catalogue/materials.csv', '--dry-run');
    expect(dry.stderr).toBe('');
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain('事项 31 个：新建 31，更新 0，无变化 0');
    expect(dry.stdout).toContain('  [新建] 居民用水过户 SD-370100-011 → sx-sd-370100-011  济南水务集团有限公司（新部门）');
    expect(dry.stdout.trim().split('\n').at(-1)).toBe('试运行（--dry-run）：未写入任何内容');
    expect(await rows('matters')).toBe(0);
    expect(await rows('departments')).toBe(0);

    const applied = onego(database, 'catalogue', 'import', 'examples/catalogue/事项库示例.xlsx', '--lang', 'en');
    expect(applied.status).toBe(0);
    expect(applied.stdout.trim().split('\n').at(-1)).toBe('imported: 31 matter draft(s) saved (not published), 23 department(s) created');
    expect(await rows('matters')).toBe(31);
    expect(await rows('matter_versions')).toBe(0);
  }, 120_000); // three runs of the binary, each starting TypeScript

  it('lists every problem of a broken file by sheet, row and column, exits 1 and writes nothing', async () => {
    const broken = path.join(dir, '事项.csv');
    writeFileSync(broken, '事项名称,事项编码,实施主体,事项类型,法定办结时限,承诺办结时限,到办事现场次数,收费,设定依据\n二手车过户登记,T-001,济南市公安局,行政许可,二十天左右,5个工作日,1,不收费,《机动车登记规定》\n');
    const result = onego(database, 'catalogue', 'import', broken, '--region', '370100');
    expect(result.status).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([
      '错误: 事项.csv第 2 行「法定办结时限」应为天数，如“20个工作日”“15个自然日”“15日”或“即办”（现为“二十天左右”）',
      '有 1 处需要修改，未导入任何内容',
    ]);
    expect(await rows('matters')).toBe(31);
  });
});
