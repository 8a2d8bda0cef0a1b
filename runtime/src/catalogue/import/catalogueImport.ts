// Catalogue import: the spreadsheets (XLSX or CSV: a sheet of matters and one of materials) or JSON (a list
// of matter definitions) a region's 事项库 exports, previewed — each problem located by sheet, row and
// column header; what would be created, updated or left as it is, with the differences — and applied as
// drafts only (never published), with the region's departments the rows name (实施主体) created. The
// same file imported again changes nothing. A file with any problem imports nothing.
import { divisionCodeProblem, matterProblems, NATIONAL_REGION, type MatterProblem, type Words } from '@onego/engine';
import type { Knex } from 'knex';
import type { Clock } from '../../clock.ts';
import type { Database } from '../../db/createDatabase.ts';
import { DomainError } from '../../domainError.ts';
import { departmentId, ensureDepartment } from '../departments.ts';
import { firstFree, idFromCode, idFromName } from '../generatedId.ts';
import { MatterCatalogue } from '../matterCatalogue.ts';
import { matterChanges, type MatterChange } from '../matterChanges.ts';
import { matterDigest } from '../matterDigest.ts';
import { readCatalogueFiles, type CatalogueFile, type Sheet } from './catalogueFiles.ts';
import { MATERIAL_COLUMNS, OPTIONAL_MATERIAL_COLUMNS, readMaterialRow, type MaterialValues } from './materialSheet.ts';
import { mergeSheetRow, type SheetDepartment } from './mergeSheetRow.ts';
import { MATTER_COLUMNS, OPTIONAL_MATTER_COLUMNS, readMatterRow, type CellProblem } from './matterSheet.ts';

export interface ImportOptions {
  /** The region of rows without a 行政区划代码 (GB/T 2260). */
  region?: string;
  regionName?: string;
  by: string;
}

/** A problem or note, located: the sheet (or file), the row as the spreadsheet numbers it, the column's header. */
interface ImportProblem {
  sheet: string;
  row?: number;
  column?: string;
  /** The whole sentence, place first: 事项表第 5 行「法定办结时限」应为天数，如“20个工作日”…. */
  message: Words;
}

export interface PlannedMatter {
  sheet: string;
  row: number;
  action: 'create' | 'update' | 'unchanged';
  /** The entry's id; for a matter to create, the id it would be given. */
  id: string;
  code?: string;
  name: string;
  department: { id: string; name: string; created: boolean };
  /** From the entry's draft (or latest version) to what the import saves. */
  changes: MatterChange[];
  /** What the draft still needs before it can be published (parts the sheets do not carry, such as steps and the form). */
  toComplete: MatterProblem[];
  definition: Record<string, unknown>;
}

export interface ImportPreview {
  matters: PlannedMatter[];
  /** Departments the import creates (named by 实施主体 in a region that has none of that name). */
  departments: SheetDepartment[];
  problems: ImportProblem[];
  /** How values were read (15日 as natural days …): worth a look, not in the way. */
  notes: ImportProblem[];
}

interface EntryRow {
  id: string;
  region: string;
  draft: string | null;
  latest_version: number;
}

/** A sheet as a sentence names it: 「事项」表, or a file by its name (matters.csv). */
const sheetWords = (sheet: string): string => (/\.[a-z0-9]+$/i.test(sheet) || sheet.startsWith('--') ? sheet : `「${sheet}」表`);

const located = (sheet: string, row: number | undefined, column: string | undefined, what: Words): ImportProblem => ({
  sheet,
  ...(row !== undefined ? { row } : {}),
  ...(column ? { column } : {}),
  message: {
    zh: `${sheetWords(sheet)}${row !== undefined ? `第 ${row} 行` : ''}${column ? `「${column}」` : ''}${column || row !== undefined ? '' : '：'}${what.zh}`,
    en: `${sheet}${row !== undefined ? `, row ${row}` : ''}${column ? `, ${column}` : ''}: ${what.en}`,
  },
});

const cellProblem = (sheet: string, row: number, problem: CellProblem): ImportProblem => located(sheet, row, problem.column, problem.message);

function missingHeaders(sheet: Sheet, required: readonly string[]): ImportProblem[] {
  return required.filter((h) => !sheet.headers.includes(h)).map((h) => located(sheet.name, 1, undefined, { zh: `缺少「${h}」列`, en: `the column ${h} is missing` }));
}

/** The base a row is applied to: the entry's draft, else its latest published version. */
async function baseOf(db: Knex, entry: EntryRow | undefined): Promise<Record<string, unknown> | undefined> {
  if (!entry) return undefined;
  if (entry.draft !== null) return JSON.parse(entry.draft) as Record<string, unknown>;
  const version = await db('matter_versions').where({ matter_id: entry.id, version: entry.latest_version }).first<{ definition: string } | undefined>('definition');
  return version ? (JSON.parse(version.definition) as Record<string, unknown>) : undefined;
}

class Planner {
  readonly preview: ImportPreview = { matters: [], departments: [], problems: [], notes: [] };
  private readonly ids = new Set<string>();

  constructor(
    private readonly db: Knex,
    private readonly options: ImportOptions,
  ) {}

  private async department(name: string, region: string, regionName: string | undefined): Promise<SheetDepartment & { created: boolean }> {
    const row = await this.db('departments').where({ region, name_zh: name }).first<{ id: string; name_en: string | null; region_name: string | null } | undefined>('id', 'name_en', 'region_name');
    if (row) return { id: row.id, name: row.name_en ? { zh: name, en: row.name_en } : { zh: name }, region, ...(row.region_name || regionName ? { regionName: row.region_name ?? regionName } : {}), created: false };
    const planned = this.preview.departments.find((d) => d.region === region && d.name.zh === name);
    if (planned) return { ...planned, created: true };
    const department: SheetDepartment = { id: departmentId(name, region), name: { zh: name }, region, ...(regionName ? { regionName } : {}) };
    this.preview.departments.push(department);
    return { ...department, created: true };
  }

  private async regionName(region: string, given: string | undefined): Promise<string | undefined> {
    if (given) return given;
    if (this.options.regionName && region === this.options.region) return this.options.regionName;
    const known = await this.db('departments').where({ region }).whereNotNull('region_name').first<{ region_name: string } | undefined>('region_name');
    return known?.region_name;
  }

  private async entry(code: string | undefined, name: string, region: string): Promise<EntryRow | undefined> {
    const columns = ['id', 'region', 'draft', 'latest_version'];
    const byCode = code ? await this.db('matters').where({ code }).first<EntryRow | undefined>(columns) : undefined;
    // An entry without a code yet (written in the designer, or imported without one) is the same matter by its name.
    return byCode ?? this.db('matters').where({ name_zh: name, region }).whereNull('code').first<EntryRow | undefined>(columns);
  }

  /** The id a new matter would get (ids already planned in this import count as taken). */
  private async newId(base: string): Promise<string> {
    const id = await firstFree(base, async (candidate) => this.ids.has(candidate) || (await this.db('matters').where({ id: candidate }).first('id')) !== undefined);
    this.ids.add(id);
    return id;
  }

  private plan(sheet: string, row: number, entry: EntryRow | undefined, base: Record<string, unknown> | undefined, draft: Record<string, unknown>, id: string, department: PlannedMatter['department']): void {
    const action = !base ? 'create' : matterDigest(base) === matterDigest(draft) ? 'unchanged' : 'update';
    const code = typeof draft['code'] === 'string' ? draft['code'] : undefined;
    const name = (draft['name'] as { zh?: string } | undefined)?.zh ?? id;
    this.preview.matters.push({
      sheet,
      row,
      action,
      id: entry?.id ?? id,
      ...(code ? { code } : {}),
      name,
      department,
      changes: base ? matterChanges(base, draft) : [],
      toComplete: matterProblems({ ...draft, id: entry?.id ?? id }),
      definition: draft,
    });
  }

  async sheets(matterSheets: Sheet[], materialSheets: Sheet[]): Promise<void> {
    const problems = this.preview.problems;
    // Materials by the code of their matter.
    const materials = new Map<string, { values: MaterialValues; nameEn?: string }[]>();
    const materialRows: { code: string; sheet: string; row: number }[] = [];
    for (const sheet of materialSheets) {
      const missing = missingHeaders(sheet, Object.values(MATERIAL_COLUMNS));
      problems.push(...missing);
      if (missing.length > 0) continue;
      const hasOriginal = sheet.headers.includes(OPTIONAL_MATERIAL_COLUMNS.original);
      for (const { row, cells } of sheet.rows) {
        const code = (cells.get(MATERIAL_COLUMNS.code) ?? '').trim();
        if (!code) problems.push(located(sheet.name, row, MATERIAL_COLUMNS.code, { zh: '未填写：材料按事项编码归入事项', en: 'is empty: materials belong to a matter by its code' }));
        const read = readMaterialRow(cells, hasOriginal);
        problems.push(...read.problems.map((p) => cellProblem(sheet.name, row, p)));
        if (code) materialRows.push({ code, sheet: sheet.name, row });
        if (!code || !read.values) continue;
        const nameEn = (cells.get(OPTIONAL_MATERIAL_COLUMNS.nameEn) ?? '').trim();
        materials.set(code, [...(materials.get(code) ?? []), { values: read.values, ...(nameEn ? { nameEn } : {}) }]);
      }
    }
    const withMaterials = materialSheets.length > 0;
    const codes = new Map<string, { sheet: string; row: number }>();
    // Every code the sheet of matters lists, also on a row with problems: its materials are not orphans.
    const listed = new Set<string>();
    for (const sheet of matterSheets) {
      const missing = missingHeaders(sheet, Object.values(MATTER_COLUMNS));
      problems.push(...missing);
      if (missing.length > 0) continue;
      const withoutEnglish: number[] = [];
      for (const { row, cells } of sheet.rows) {
        const listedCode = (cells.get(MATTER_COLUMNS.code) ?? '').trim();
        if (listedCode) listed.add(listedCode);
        const read = readMatterRow(cells);
        problems.push(...read.problems.map((p) => cellProblem(sheet.name, row, p)));
        this.preview.notes.push(...read.notes.map((p) => cellProblem(sheet.name, row, p)));
        const regionCell = (cells.get(OPTIONAL_MATTER_COLUMNS.region) ?? '').trim();
        const region = regionCell || this.options.region;
        if (!region) {
          problems.push(located(sheet.name, row, OPTIONAL_MATTER_COLUMNS.region, { zh: '未填写：请在表中填写行政区划代码，或导入时指定地区', en: 'is empty: give the division code in the sheet, or the region of the import' }));
          continue;
        }
        if (region !== NATIONAL_REGION && divisionCodeProblem(region) !== null) {
          problems.push(located(sheet.name, row, regionCell ? OPTIONAL_MATTER_COLUMNS.region : undefined, { zh: `“${region}”不是有效的行政区划代码，应为 6 位数字，如 370102`, en: `"${region}" is not a valid division code; it should be 6 digits, e.g. 370102` }));
          continue;
        }
        const values = read.values;
        if (!values) continue;
        if (values.code) {
          const earlier = codes.get(values.code);
          if (earlier) {
            problems.push(located(sheet.name, row, MATTER_COLUMNS.code, { zh: `“${values.code}”与${earlier.sheet}第 ${earlier.row} 行重复`, en: `"${values.code}" is also on ${earlier.sheet}, row ${earlier.row}` }));
            continue;
          }
          codes.set(values.code, { sheet: sheet.name, row });
        }
        const regionName = await this.regionName(region, (cells.get(OPTIONAL_MATTER_COLUMNS.regionName) ?? '').trim() || undefined);
        const department = await this.department(values.body, region, regionName);
        const entry = await this.entry(values.code, values.name, region);
        const base = await baseOf(this.db, entry);
        const nameEn = (cells.get(OPTIONAL_MATTER_COLUMNS.nameEn) ?? '').trim() || undefined;
        const rows = withMaterials ? (values.code ? (materials.get(values.code) ?? []) : undefined) : undefined;
        const draft = mergeSheetRow(base, { values, ...(nameEn ? { nameEn } : {}), ...(rows ? { materials: rows } : {}), department });
        if (!base && !nameEn) withoutEnglish.push(row);
        const id = entry?.id ?? (await this.newId(values.code ? idFromCode(values.code) : idFromName(values.name, 'm')));
        this.plan(sheet.name, row, entry, base, draft, id, { id: department.id, name: department.name.zh, created: department.created });
      }
      if (withoutEnglish.length > 0) {
        const rows = withoutEnglish.length > 5 ? `${withoutEnglish.slice(0, 5).join('、')} 等 ${withoutEnglish.length} 行` : `${withoutEnglish.join('、')} 行`;
        const rowsEn = withoutEnglish.length > 5 ? `${withoutEnglish.slice(0, 5).join(', ')} and ${withoutEnglish.length - 5} more` : withoutEnglish.join(', ');
        this.preview.notes.push(located(sheet.name, undefined, MATTER_COLUMNS.name, { zh: `：第 ${rows}的新事项没有英文名称（可加「事项名称（英文）」列），暂以中文名称代替`, en: `rows ${rowsEn}: new matters without an English name (add a 事项名称（英文） column); the Chinese name stands in for it` }));
      }
    }
    for (const m of materialRows) {
      if (!listed.has(m.code)) problems.push(located(m.sheet, m.row, MATERIAL_COLUMNS.code, { zh: `事项表中没有事项编码为“${m.code}”的事项`, en: `no matter on the sheet of matters has the code "${m.code}"` }));
    }
  }

  async json(file: string, list: readonly unknown[]): Promise<void> {
    for (const [i, item] of list.entries()) {
      const row = i + 1;
      if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        this.preview.problems.push(located(file, row, undefined, { zh: `第 ${row} 项不是事项定义（{…}）`, en: `item ${row} is not a matter definition ({…})` }));
        continue;
      }
      const definition = { ...(item as Record<string, unknown>) };
      delete definition['$schema'];
      const given = typeof definition['id'] === 'string' && definition['id'] !== '' ? definition['id'] : undefined;
      const code = typeof definition['code'] === 'string' && definition['code'] !== '' ? definition['code'] : undefined;
      const name = (definition['name'] as { zh?: unknown } | undefined)?.zh;
      if (!given && !code && typeof name !== 'string') {
        this.preview.problems.push(located(file, row, undefined, { zh: `第 ${row} 项没有事项名称`, en: `item ${row} has no name` }));
        continue;
      }
      const department = definition['department'] as { region?: { divisionCode?: unknown } } | undefined;
      const region = (typeof department?.region?.divisionCode === 'string' ? department.region.divisionCode : undefined) ?? this.options.region ?? NATIONAL_REGION;
      const entry = given
        ? await this.db('matters').where({ id: given }).first<EntryRow | undefined>('id', 'region', 'draft', 'latest_version')
        : await this.entry(code, typeof name === 'string' ? name : '', region);
      const base = await baseOf(this.db, entry);
      const id = entry?.id ?? given ?? (await this.newId(code ? idFromCode(code) : idFromName(String(name), 'm')));
      const draft = entry ? { ...definition, id: entry.id } : definition;
      const departmentName = (definition['department'] as { name?: { zh?: string } } | undefined)?.name?.zh ?? '';
      this.plan(file, row, entry, base, draft, id, { id: (definition['department'] as { id?: string } | undefined)?.id ?? '', name: departmentName, created: false });
    }
  }
}

async function plan(db: Knex, files: readonly CatalogueFile[], options: ImportOptions): Promise<ImportPreview> {
  const read = await readCatalogueFiles(files);
  const planner = new Planner(db, options);
  planner.preview.problems.push(...read.problems.map((p) => located(p.file, undefined, undefined, p.message)));
  if (options.region !== undefined && options.region !== NATIONAL_REGION && divisionCodeProblem(options.region) !== null) {
    planner.preview.problems.push(located('--region', undefined, undefined, { zh: `“${options.region}”不是有效的行政区划代码，应为 6 位数字，如 370102`, en: `"${options.region}" is not a valid division code; it should be 6 digits, e.g. 370102` }));
    return planner.preview;
  }
  const matterSheets = read.sheets.filter((s) => s.kind === 'matters');
  const materialSheets = read.sheets.filter((s) => s.kind === 'materials');
  if (materialSheets.length > 0 && matterSheets.length === 0) {
    planner.preview.problems.push(located(materialSheets[0]?.name ?? '', undefined, undefined, { zh: '只有材料表：请同时导入事项表（表头含“事项名称”）', en: 'materials only: import the sheet of matters (a 事项名称 column) with them' }));
  }
  await planner.sheets(matterSheets, materialSheets);
  for (const { file, matters } of read.json) await planner.json(file, matters);
  return planner.preview;
}

export class CatalogueImport {
  constructor(private readonly deps: { db: Database; clock: Clock }) {}

  /** What importing the files would do; writes nothing. */
  preview(files: readonly CatalogueFile[], options: ImportOptions): Promise<ImportPreview> {
    return plan(this.deps.db, files, options);
  }

  /**
   * Imports the files as drafts, in one transaction: refused with every problem when there is any
   * (CATALOGUE_IMPORT_INVALID, details.problems), writing nothing. Answers the preview it applied.
   */
  async apply(files: readonly CatalogueFile[], options: ImportOptions): Promise<ImportPreview> {
    return this.deps.db.transaction(async (trx) => {
      const preview = await plan(trx, files, options);
      if (preview.problems.length > 0) throw new DomainError('CATALOGUE_IMPORT_INVALID', { count: preview.problems.length }, { problems: preview.problems });
      const at = this.deps.clock.now().toISOString();
      for (const d of preview.departments) {
        await ensureDepartment(trx, { name: d.name.zh, region: d.region, ...(d.regionName ? { regionName: d.regionName } : {}) }, options.by, at);
      }
      const catalogue = new MatterCatalogue({ db: trx, clock: this.deps.clock });
      for (const planned of preview.matters) {
        if (planned.action === 'unchanged') continue;
        const saved = await catalogue.saveDraft(planned.action === 'create' ? { ...planned.definition, id: planned.id } : planned.definition, { by: options.by, ...(options.region ? { region: options.region } : {}) });
        planned.id = saved.id;
      }
      return preview;
    });
  }
}
