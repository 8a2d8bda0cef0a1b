// Catalogue import on a real SQLite file, with the examples' matters seeded as at start: the sample
// spreadsheet (XLSX, and the same as two CSV files) previews cleanly — the examples' rows unchanged, the
// other region's matters and departments to create — and applying it saves drafts only; importing it again
// changes nothing; an edited row shows what changes; a broken spreadsheet is refused with each problem
// located by sheet, row and column, writing nothing; JSON definitions import too; time limits as
// catalogues write them.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import type { Knex } from 'knex';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CatalogueImport, type ImportPreview } from '../src/catalogue/import/catalogueImport.ts';
import type { CatalogueFile } from '../src/catalogue/import/catalogueFiles.ts';
import { readTimeLimit, timeLimitText } from '../src/catalogue/import/timeLimitText.ts';
import { MatterCatalogue } from '../src/catalogue/matterCatalogue.ts';
import { seedExampleMatters } from '../src/catalogue/seedExampleMatters.ts';
import { SystemClock } from '../src/clock.ts';
import { createDatabase } from '../src/db/createDatabase.ts';
import { DomainError } from '../src/domainError.ts';
import { migrateDatabase } from '../src/migrateDatabase.ts';

const SAMPLE = 'examples/catalogue';
const file = (name: string): CatalogueFile => ({ name, bytes: readFileSync(path.join(SAMPLE, name)) });
const xlsx = [file('事项库示例.xlsx')];
const csv = [file('matters.csv'), file('materials.csv')];
const options = { by: 'importer' };

const dir = mkdtempSync(path.join(tmpdir(), 'onego-import-'));
let db: Knex;
let importer: CatalogueImport;
let catalogue: MatterCatalogue;

beforeAll(async () => {
  db = createDatabase(path.join(dir, 'import.sqlite'));
  await migrateDatabase(db);
  await seedExampleMatters(db, 'examples', '2026-03-02T00:00:00.000Z', pino({ level: 'silent' }));
  importer = new CatalogueImport({ db, clock: new SystemClock() });
  catalogue = new MatterCatalogue({ db, clock: new SystemClock() });
});
afterAll(async () => {
  await db?.destroy();
  rmSync(dir, { recursive: true, force: true });
});

/** Every row of every table: what "nothing was written" compares. */
const everything = async () => ({
  matters: await db('matters').orderBy('id'),
  versions: await db('matter_versions').orderBy(['matter_id', 'version']),
  departments: await db('departments').orderBy('id'),
});

const actions = (preview: ImportPreview) => preview.matters.map((m) => `${m.action} ${m.code ?? m.name}`);

/** A workbook of one matters sheet and one materials sheet, as rows of cells. */
async function workbook(matters: string[][], materials: string[][]): Promise<CatalogueFile> {
  const book = new ExcelJS.Workbook();
  book.addWorksheet('事项').addRows(matters);
  book.addWorksheet('材料').addRows(materials);
  return { name: 'broken.xlsx', bytes: new Uint8Array(await book.xlsx.writeBuffer()) };
}

const MATTER_HEADER = ['事项名称', '事项编码', '实施主体', '事项类型', '法定办结时限', '承诺办结时限', '到办事现场次数', '收费', '设定依据'];
const MATERIAL_HEADER = ['事项编码', '材料名称', '来源渠道', '纸质/电子', '份数', '必要性'];

describe('catalogue import', () => {
  it('previews the sample spreadsheet cleanly: the examples unchanged, the other region to create', async () => {
    const before = await everything();
    const preview = await importer.preview(xlsx, options);
    expect(preview.problems).toEqual([]);
    expect(preview.matters).toHaveLength(31);
    expect(preview.matters.filter((m) => m.action === 'unchanged').map((m) => m.id).sort()).toEqual((await db('matters').pluck('id')).sort());
    const created = preview.matters.filter((m) => m.action === 'create');
    expect(created).toHaveLength(13);
    expect(created.map((m) => m.id)).toContain('sx-sd-370100-001');
    // Without a code, the id comes from the name.
    expect(created.find((m) => !m.code)?.id).toBe('gerensuodeshuizonghesuodenianduhuisuan');
    // New departments of 济南市 (370100): none of the examples' regions.
    expect(preview.departments.map((d) => d.region)).toEqual(preview.departments.map(() => '370100'));
    expect(preview.departments.map((d) => d.name.zh)).toContain('国网济南供电公司');
    // What the sheets do not carry, still to complete before publishing.
    expect(created[0]?.toComplete.map((p) => p.message.zh)).toEqual(expect.arrayContaining(['办理环节未填写', '表单未填写', '办理结果未填写']));
    // How "3日" was read, said once.
    expect(preview.notes.map((n) => n.message.zh)).toContain('「事项」表第 27 行「法定办结时限」“3日”按自然日计；如指工作日，请写“3个工作日”');
    // The same rows as two CSV files: the same plan.
    const fromCsv = await importer.preview(csv, options);
    expect(fromCsv.problems).toEqual([]);
    expect(fromCsv.matters.map((m) => [m.action, m.id, m.definition])).toEqual(preview.matters.map((m) => [m.action, m.id, m.definition]));
    expect(await everything()).toEqual(before);
  });

  it('applies it as drafts only, with the departments, and a second import changes nothing', async () => {
    const versionsBefore = await db('matter_versions').count({ n: '*' }).first();
    const applied = await importer.apply(xlsx, options);
    expect(applied.matters.filter((m) => m.action === 'create')).toHaveLength(13);
    expect(await db('matter_versions').count({ n: '*' }).first()).toEqual(versionsBefore);
    const transfer = await catalogue.summary('sx-sd-370100-001');
    expect(transfer).toMatchObject({ code: 'SD-370100-001', region: '370100', department: { name: '济南市自然资源和规划局' } });
    expect(transfer.latestVersion).toBeUndefined();
    const draft = await catalogue.draft('sx-sd-370100-001');
    expect(draft.definition).toMatchObject({ timeLimits: { legal: { days: 30, kind: 'working' }, committed: { days: 1, kind: 'working' } }, fee: { charged: true } });
    expect((draft.definition['materials'] as { name: { zh: string }; key: boolean }[]).map((m) => [m.name.zh, m.key])).toContainEqual(['婚姻状况证明', false]);
    expect((await db('departments').where({ region: '370100' })).length).toBe(applied.departments.length);

    const before = await everything();
    const again = await importer.apply(xlsx, options);
    expect(again.matters.every((m) => m.action === 'unchanged')).toBe(true);
    expect(again.departments).toEqual([]);
    expect(await everything()).toEqual(before);
  });

  it('shows what an edited row changes: the limits, a material', async () => {
    const matters = readFileSync(path.join(SAMPLE, 'matters.csv'), 'utf8').replace('SD-370100-006,济南市住房和城乡建设局,公共服务,5个工作日,即办', 'SD-370100-006,济南市住房和城乡建设局,公共服务,5个工作日,2个工作日');
    const materials = readFileSync(path.join(SAMPLE, 'materials.csv'), 'utf8').replace('SD-370100-007,交易资金监管协议,买卖双方与监管机构签订,纸质,3,', 'SD-370100-007,交易资金监管协议,买卖双方与监管机构签订,纸质,2,');
    const preview = await importer.preview([{ name: 'matters.csv', bytes: Buffer.from(matters) }, { name: 'materials.csv', bytes: Buffer.from(materials) }], options);
    expect(preview.problems).toEqual([]);
    expect(actions(preview).filter((a) => !a.startsWith('unchanged'))).toEqual(['update SD-370100-006', 'update SD-370100-007']);
    const changes = preview.matters.filter((m) => m.action === 'update').flatMap((m) => m.changes.map((c) => `${c.what.zh}：${c.before?.zh} → ${c.after?.zh}`));
    expect(changes).toEqual(['承诺办结时限：即办 → 2 个工作日', '申请材料「交易资金监管协议」的份数：3 → 2']);
  });

  it('refuses a broken spreadsheet with each problem located by sheet, row and column, writing nothing', async () => {
    const before = await everything();
    const broken = await workbook(
      [
        MATTER_HEADER,
        ['二手车过户登记', 'T-001', '济南市公安局', '行政许可', '20个工作日', '5个工作日', '1', '不收费', '《机动车登记规定》'],
        ['驾驶证换证', 'T-002', '济南市公安局', '行政许可', '二十天左右', '5个工作日', '1', '不收费', '《机动车驾驶证申领和使用规定》'],
        ['', 'T-003', '', '行政审批', '即办', '即办', '一次半', '不收费', '《道路交通安全法》'],
        ['车辆年检', 'T-001', '济南市公安局', '公共服务', '即办', '即办', '0', '不收费', '《道路交通安全法》'],
      ],
      [MATERIAL_HEADER, ['T-001', '机动车登记证书', '公安机关', '纸质', '零', '必要'], ['T-009', '身份证', '公安机关', '传真', '1', '必须']],
    );
    const preview = await importer.preview([broken], { ...options, region: '370100' });
    expect(preview.problems.map((p) => [p.sheet, p.row, p.column])).toEqual([
      ['材料', 2, '份数'],
      ['材料', 3, '纸质/电子'],
      ['事项', 3, '法定办结时限'],
      ['事项', 4, '事项名称'],
      ['事项', 4, '实施主体'],
      ['事项', 4, '事项类型'],
      ['事项', 4, '到办事现场次数'],
      ['事项', 5, '事项编码'],
      ['材料', 3, '事项编码'],
    ]);
    expect(preview.problems[2]?.message).toEqual({
      zh: '「事项」表第 3 行「法定办结时限」应为天数，如“20个工作日”“15个自然日”“15日”或“即办”（现为“二十天左右”）',
      en: '事项, row 3, 法定办结时限: should be a number of days, e.g. "20个工作日" (working days), "15个自然日" (natural days), "15日" or "即办" (on the spot) (it is "二十天左右")',
    });
    expect(preview.problems[7]?.message.zh).toBe('「事项」表第 5 行「事项编码」“T-001”与事项第 2 行重复');
    const refused = await importer.apply([broken], { ...options, region: '370100' }).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'CATALOGUE_IMPORT_INVALID', params: { count: 9 } });
    expect(await everything()).toEqual(before);
  });

  it('needs a region for rows without one, and refuses a file it cannot read', async () => {
    const noRegion = await workbook([MATTER_HEADER, ['二手车过户登记', 'T-001', '济南市公安局', '行政许可', '20个工作日', '5个工作日', '1', '不收费', '《机动车登记规定》']], [MATERIAL_HEADER]);
    expect((await importer.preview([noRegion], options)).problems.map((p) => p.message.zh)).toEqual(['「事项」表第 2 行「行政区划代码」未填写：请在表中填写行政区划代码，或导入时指定地区']);
    expect((await importer.preview([{ name: 'notes.txt', bytes: Buffer.from('x') }], options)).problems.map((p) => p.message.zh)).toEqual(['notes.txt：只能导入 .xlsx、.csv 或 .json 文件']);
    expect((await importer.preview([{ name: 'bad.xlsx', bytes: Buffer.from('not a zip') }], options)).problems).toHaveLength(1);
  });

  it('imports JSON matter definitions: a change to a catalogued matter, and a new one', async () => {
    const vaccination = (await catalogue.get('vaccination-check')).definition;
    const changed = { ...vaccination, visits: { count: 0 } };
    const created = { ...vaccination, id: undefined, code: 'JSON-001', name: { zh: '入学体检', en: 'School health check' } };
    const bytes = Buffer.from(JSON.stringify([changed, created]));
    const preview = await importer.apply([{ name: 'matters.json', bytes }], { ...options, region: '370102' });
    expect(preview.problems).toEqual([]);
    expect(preview.matters.map((m) => [m.action, m.id])).toEqual([
      ['update', 'vaccination-check'],
      ['create', 'sx-json-001'],
    ]);
    expect(preview.matters[0]?.changes.map((c) => c.what.zh)).toEqual(['到办事现场次数']);
    expect((await catalogue.draft('vaccination-check')).problems).toEqual([]);
    expect((await catalogue.versions('vaccination-check')).versions).toHaveLength(1);
    expect((await importer.preview([{ name: 'matters.json', bytes }], options)).matters.map((m) => m.action)).toEqual(['unchanged', 'unchanged']);
  });
});

describe('time limits as catalogues write them', () => {
  it('are read into days and working or natural days, saying how a plain 日 was read', () => {
    expect(readTimeLimit('20个工作日', false)).toEqual({ limit: { days: 20, kind: 'working' } });
    expect(readTimeLimit(' 20 个工作日 ', false)).toEqual({ limit: { days: 20, kind: 'working' } });
    expect(readTimeLimit('二十个工作日', false)).toEqual({ limit: { days: 20, kind: 'working' } });
    expect(readTimeLimit('１５个自然日', false)).toEqual({ limit: { days: 15, kind: 'natural' } });
    expect(readTimeLimit('即办', false)).toEqual({ limit: { days: 0, kind: 'working' } });
    expect(readTimeLimit('当场办结', false)).toEqual({ limit: { days: 0, kind: 'working' } });
    expect(readTimeLimit('15日', false)).toMatchObject({ limit: { days: 15, kind: 'natural' }, note: { zh: '“15日”按自然日计；如指工作日，请写“15个工作日”' } });
    expect(readTimeLimit('20日', true)).toMatchObject({ limit: { days: 20, kind: 'working' } });
    expect(readTimeLimit('3个月', false)).toMatchObject({ limit: { days: 90, kind: 'natural' } });
    expect(readTimeLimit('尽快', false)).toHaveProperty('problem');
    expect(readTimeLimit('9999个工作日', false)).toHaveProperty('problem');
  });

  it('are written back as they are read', () => {
    for (const limit of [{ days: 20, kind: 'working' as const }, { days: 15, kind: 'natural' as const }, { days: 0, kind: 'working' as const }]) {
      expect(readTimeLimit(timeLimitText(limit), false)).toEqual({ limit });
    }
  });
});
