// The sheet of materials (材料表) of a catalogue export, one row per material of a matter (joined by the
// 事项编码): its columns, each cell read into what it means, and a matter's materials written back as rows.
import type { Material } from '@onego/schemas/types';
import { necessityWords } from '../matterChanges.ts';
import type { CellProblem } from './matterSheet.ts';

export const MATERIAL_COLUMNS = {
  code: '事项编码',
  name: '材料名称',
  issuer: '来源渠道',
  medium: '纸质/电子',
  copies: '份数',
  necessity: '必要性',
} as const;

export const OPTIONAL_MATERIAL_COLUMNS = { original: '原件/复印件', nameEn: '材料名称(英文)' } as const;

type Necessity = '必要' | '非必要' | '容缺后补';

export interface MaterialValues {
  name: string;
  issuer: string;
  medium: Material['medium'];
  copies: number;
  necessity: Necessity;
  /** Only when the sheet has the 原件/复印件 column. */
  original?: Material['original'];
}

const MEDIA: Record<string, Material['medium']> = {
  纸质: 'paper',
  纸质版: 'paper',
  电子: 'electronic',
  电子版: 'electronic',
  纸质或电子: 'paper-or-electronic',
  '纸质/电子': 'paper-or-electronic',
  '纸质、电子': 'paper-or-electronic',
  纸质和电子: 'paper-or-electronic',
  电子或纸质: 'paper-or-electronic',
};
const MEDIUM_TEXT: Record<Material['medium'], string> = { paper: '纸质', electronic: '电子', 'paper-or-electronic': '纸质或电子' };

const ORIGINALS: Record<string, Material['original']> = { 原件: 'original', 复印件: 'copy', 原件和复印件: 'original-and-copy', 原件及复印件: 'original-and-copy', '原件/复印件': 'original-and-copy' };
const ORIGINAL_TEXT: Record<Material['original'], string> = { original: '原件', copy: '复印件', 'original-and-copy': '原件和复印件' };

const NECESSITIES: Record<string, Necessity> = { 必要: '必要', 必须: '必要', 是: '必要', 非必要: '非必要', 否: '非必要', 可选: '非必要', 容缺: '容缺后补', 容缺后补: '容缺后补', 容缺受理: '容缺后补', 非关键: '容缺后补' };

export function readMaterialRow(cells: ReadonlyMap<string, string>, hasOriginal: boolean): { values?: MaterialValues; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  const cell = (column: string): string => (cells.get(column) ?? '').trim();
  const required = (column: string): string | undefined => {
    const value = cell(column);
    if (!value) problems.push({ column, message: { zh: '未填写', en: 'is empty' } });
    return value || undefined;
  };
  const choice = <T>(column: string, table: Record<string, T>, expected: string): T | undefined => {
    const text = required(column);
    if (!text) return undefined;
    const value = table[text.normalize('NFKC').replace(/\s+/g, '')];
    if (value === undefined) problems.push({ column, message: { zh: `应为${expected}（现为“${text}”）`, en: `should be ${expected} (it is "${text}")` } });
    return value;
  };
  const name = required(MATERIAL_COLUMNS.name);
  const issuer = required(MATERIAL_COLUMNS.issuer);
  const medium = choice(MATERIAL_COLUMNS.medium, MEDIA, '“纸质”“电子”或“纸质或电子”');
  const copiesText = required(MATERIAL_COLUMNS.copies);
  const copiesMatch = copiesText ? /^(\d+)\s*份?$/.exec(copiesText.normalize('NFKC')) : null;
  const copies = copiesMatch ? Number(copiesMatch[1]) : undefined;
  if (copiesText && (copies === undefined || copies < 1)) problems.push({ column: MATERIAL_COLUMNS.copies, message: { zh: `应为不小于 1 的份数，如“1”“2份”（现为“${copiesText}”）`, en: `should be a number of copies of at least 1 (it is "${copiesText}")` } });
  const necessity = choice(MATERIAL_COLUMNS.necessity, NECESSITIES, '“必要”“非必要”或“容缺后补”');
  const original = hasOriginal ? choice(OPTIONAL_MATERIAL_COLUMNS.original, ORIGINALS, '“原件”“复印件”或“原件和复印件”') : undefined;
  if (problems.length > 0 || !name || !issuer || !medium || copies === undefined || !necessity || (hasOriginal && !original)) return { problems };
  return { values: { name, issuer, medium, copies, necessity, ...(original ? { original } : {}) }, problems };
}

/** What a material's row says, as the import reads it. */
export function materialValuesOf(material: Material, withOriginal: boolean): MaterialValues {
  return {
    name: material.name.zh,
    issuer: material.issuer.zh,
    medium: material.medium,
    copies: material.copies,
    necessity: necessityWords(material).zh as Necessity,
    ...(withOriginal ? { original: material.original } : {}),
  };
}

/** A material as a row of the sheet (header → cell text), under its matter's code. */
export function materialCells(code: string, material: Material): Record<string, string> {
  return {
    [MATERIAL_COLUMNS.code]: code,
    [MATERIAL_COLUMNS.name]: material.name.zh,
    [MATERIAL_COLUMNS.issuer]: material.issuer.zh,
    [MATERIAL_COLUMNS.medium]: MEDIUM_TEXT[material.medium],
    [MATERIAL_COLUMNS.copies]: String(material.copies),
    [MATERIAL_COLUMNS.necessity]: necessityWords(material).zh,
    [OPTIONAL_MATERIAL_COLUMNS.original]: ORIGINAL_TEXT[material.original],
  };
}
