// Matters written as a catalogue export: a sheet of matters and a sheet of materials, as an XLSX workbook
// (sheets 事项 and 材料) or as two CSV files (UTF-8 with a byte order mark, which Excel opens as UTF-8).
// What it writes, the import reads back as the same matters (matterSheet.ts, materialSheet.ts).
import ExcelJS from 'exceljs';
import type { Matter } from '@onego/schemas/types';
import { MATERIAL_COLUMNS, materialCells, OPTIONAL_MATERIAL_COLUMNS } from './materialSheet.ts';
import { MATTER_COLUMNS, matterCells, OPTIONAL_MATTER_COLUMNS } from './matterSheet.ts';

export type SheetRows = Record<string, string>[];

export interface CatalogueSheets {
  matters: SheetRows;
  materials: SheetRows;
}

export const MATTER_HEADERS = [...Object.values(MATTER_COLUMNS), OPTIONAL_MATTER_COLUMNS.region, OPTIONAL_MATTER_COLUMNS.regionName];
export const MATERIAL_HEADERS = [...Object.values(MATERIAL_COLUMNS), OPTIONAL_MATERIAL_COLUMNS.original];

/** The rows of matters of a region (each matter with a code has its materials listed under it). */
export function catalogueRows(matters: readonly { matter: Matter; region: string; regionName?: string }[]): CatalogueSheets {
  return {
    matters: matters.map(({ matter, region, regionName }) => ({ ...matterCells(matter), [OPTIONAL_MATTER_COLUMNS.region]: region, [OPTIONAL_MATTER_COLUMNS.regionName]: regionName ?? '' })),
    materials: matters.flatMap(({ matter }) => (matter.code ? matter.materials.map((m) => materialCells(matter.code as string, m)) : [])),
  };
}

function addSheet(workbook: ExcelJS.Workbook, name: string, headers: readonly string[], rows: SheetRows): void {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map((header) => ({ header, key: header, width: Math.max(10, Math.min(40, header.length * 3)) }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(headers.map((h) => row[h] ?? ''));
  sheet.eachRow((row) => {
    row.alignment = { vertical: 'top', wrapText: true };
  });
}

/** The workbook: sheets 事项 and 材料. Dated `created` so that the same rows make the same file. */
export async function catalogueXlsx(sheets: CatalogueSheets, created: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'OneGo';
  workbook.created = created;
  workbook.modified = created;
  addSheet(workbook, '事项', MATTER_HEADERS, sheets.matters);
  addSheet(workbook, '材料', MATERIAL_HEADERS, sheets.materials);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

const csvCell = (value: string): string => (/[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** One sheet as CSV: a byte order mark, the header, a row per line (cells quoted where they must be). */
export function catalogueCsv(headers: readonly string[], rows: SheetRows): string {
  return `\uFEFF${[headers, ...rows.map((row) => headers.map((h) => row[h] ?? ''))].map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
