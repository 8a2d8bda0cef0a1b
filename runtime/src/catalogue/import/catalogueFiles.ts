// The files of a catalogue import, read into sheets of rows by header name (exceljs, for XLSX and CSV),
// or into matter definitions (JSON). An XLSX has a sheet of matters and a sheet of materials, found by
// their headers (事项名称 / 材料名称), whatever the sheets are called; CSV is one file per sheet, told apart
// the same way (matters.csv and materials.csv, or 事项.csv and 材料.csv). CSV may be UTF-8 (with or without
// a byte order mark) or GBK, as Excel saves it in Chinese Windows.
import { Readable } from 'node:stream';
import ExcelJS from 'exceljs';
import type { Words } from '@onego/engine';

export interface CatalogueFile {
  /** The file's name: its extension says how to read it (.xlsx, .csv, .json). */
  name: string;
  bytes: Uint8Array;
}

interface SheetRow {
  /** The row number as the spreadsheet shows it (the header is row 1). */
  row: number;
  cells: Map<string, string>;
}

export interface Sheet {
  /** How a person finds it: the sheet's name in an XLSX, the file's in a CSV. */
  name: string;
  kind: 'matters' | 'materials';
  headers: string[];
  rows: SheetRow[];
}

interface JsonMatters {
  file: string;
  matters: unknown[];
}

interface FileProblem {
  file: string;
  message: Words;
}

export interface CatalogueFiles {
  sheets: Sheet[];
  json: JsonMatters[];
  problems: FileProblem[];
}

const MATTERS_HEADER = '事项名称';
const MATERIALS_HEADER = '材料名称';

/** A header as written, without spaces and with full-width brackets made ordinary (（英文） → (英文)). */
const headerKey = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');

function sheetOf(name: string, worksheet: ExcelJS.Worksheet): Sheet | undefined {
  let headers: string[] = [];
  let headerRow = 0;
  const rows: SheetRow[] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      values[column - 1] = cell.text.trim();
    });
    if (headerRow === 0) {
      if (values.every((v) => !v)) return;
      headers = Array.from(values, (v) => headerKey(v ?? ''));
      headerRow = number;
      return;
    }
    if (values.every((v) => !v)) return;
    const cells = new Map<string, string>();
    headers.forEach((header, i) => {
      if (header) cells.set(header, values[i] ?? '');
    });
    rows.push({ row: number, cells });
  });
  const kind = headers.includes(MATERIALS_HEADER) ? 'materials' : headers.includes(MATTERS_HEADER) ? 'matters' : undefined;
  return kind ? { name, kind, headers: headers.filter(Boolean), rows } : undefined;
}

/** CSV text: UTF-8 when it is valid UTF-8, else GBK. */
function csvText(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    return new TextDecoder('gbk').decode(bytes);
  }
}

const baseName = (file: string): string => file.split(/[\\/]/).at(-1) ?? file;

async function readXlsx(file: CatalogueFile, into: CatalogueFiles): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(file.bytes) as unknown as ArrayBuffer);
  } catch (error) {
    into.problems.push({ file: file.name, message: { zh: `无法读取 Excel 文件：${error instanceof Error ? error.message : String(error)}`, en: `cannot read the Excel file: ${error instanceof Error ? error.message : String(error)}` } });
    return;
  }
  const before = into.sheets.length;
  workbook.eachSheet((worksheet) => {
    const sheet = sheetOf(worksheet.name, worksheet);
    if (sheet) into.sheets.push(sheet);
  });
  if (into.sheets.length === before) into.problems.push({ file: file.name, message: { zh: '没有找到事项表（表头含“事项名称”）或材料表（表头含“材料名称”）', en: 'no sheet of matters (a 事项名称 column) or of materials (a 材料名称 column)' } });
}

async function readCsv(file: CatalogueFile, into: CatalogueFiles): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const worksheet = await workbook.csv.read(Readable.from([csvText(file.bytes)]), { map: (value: string) => value });
  const sheet = sheetOf(baseName(file.name), worksheet);
  if (sheet) into.sheets.push(sheet);
  else into.problems.push({ file: file.name, message: { zh: '第 1 行应为表头，含“事项名称”（事项表）或“材料名称”（材料表）', en: 'row 1 should be the header, with 事项名称 (matters) or 材料名称 (materials)' } });
}

function readJson(file: CatalogueFile, into: CatalogueFiles): void {
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder().decode(file.bytes).replace(/^\uFEFF/, ''));
  } catch (error) {
    into.problems.push({ file: file.name, message: { zh: `不是有效的 JSON：${error instanceof Error ? error.message : String(error)}`, en: `not valid JSON: ${error instanceof Error ? error.message : String(error)}` } });
    return;
  }
  const list = Array.isArray(parsed) ? parsed : (parsed as { matters?: unknown } | null)?.matters;
  if (!Array.isArray(list)) {
    into.problems.push({ file: file.name, message: { zh: 'JSON 应为事项定义的列表（[ {…}, {…} ]）', en: 'the JSON should be a list of matter definitions ([ {…}, {…} ])' } });
    return;
  }
  into.json.push({ file: baseName(file.name), matters: list });
}

export async function readCatalogueFiles(files: readonly CatalogueFile[]): Promise<CatalogueFiles> {
  const into: CatalogueFiles = { sheets: [], json: [], problems: [] };
  for (const file of files) {
    const extension = file.name.toLowerCase().split('.').at(-1);
    if (extension === 'xlsx') await readXlsx(file, into);
    else if (extension === 'csv') await readCsv(file, into);
    else if (extension === 'json') readJson(file, into);
    else into.problems.push({ file: file.name, message: { zh: '只能导入 .xlsx、.csv 或 .json 文件', en: 'only .xlsx, .csv and .json files can be imported' } });
  }
  return into;
}
