// The sheet of matters (事项表) of a catalogue export, one row per matter: its columns, each cell read into
// what it means (a problem, in plain words, when it cannot be), and a matter written back as such a row —
// so that a matter exported and imported again is the same matter.
import type { Matter, TimeLimit } from '@onego/schemas/types';
import type { Words } from '@onego/engine';
import { readTimeLimit, timeLimitText } from './timeLimitText.ts';

export const MATTER_COLUMNS = {
  name: '事项名称',
  code: '事项编码',
  body: '实施主体',
  kind: '事项类型',
  legal: '法定办结时限',
  committed: '承诺办结时限',
  visits: '到办事现场次数',
  fee: '收费',
  legalBasis: '设定依据',
} as const;

/** Columns a sheet may add: the row's region (else --region), and English names. */
export const OPTIONAL_MATTER_COLUMNS = { region: '行政区划代码', regionName: '行政区划名称', nameEn: '事项名称(英文)' } as const;

type MatterKind = Matter['kind'];

export interface MatterValues {
  name: string;
  code?: string;
  body: string;
  kind: MatterKind;
  legal: TimeLimit;
  committed: TimeLimit;
  visits: number;
  fee: { charged: boolean; note?: string };
  legalBasis: { title: string; article?: string }[];
}

export interface CellProblem {
  column: string;
  message: Words;
}

const KINDS: Record<MatterKind, string> = {
  'administrative-permit': '行政许可',
  'administrative-confirmation': '行政确认',
  'administrative-payment': '行政给付',
  'public-service': '公共服务',
  'other-administrative-power': '其他行政权力',
};

/** The other kinds of administrative power a catalogue lists (十大类权力事项), which the format groups as 其他行政权力. */
const OTHER_POWERS = ['行政征收', '行政检查', '行政奖励', '行政裁决', '行政处罚', '行政强制', '其他职权', '其他权力'];

function readKind(text: string): MatterKind | undefined {
  const compact = text.replace(/\s+/g, '').replace(/类$/, '');
  const found = (Object.entries(KINDS) as [MatterKind, string][]).find(([, label]) => label === compact);
  if (found) return found[0];
  return OTHER_POWERS.includes(compact) ? 'other-administrative-power' : undefined;
}

const BARE_FEE = /^(收费|不收费|否|是|无|免费)$/;

function readFee(text: string): { charged: boolean; note?: string } {
  const compact = text.replace(/\s+/g, '');
  const free = /不收费|免费|免收|不收取|^否$|^无$/.test(compact);
  return BARE_FEE.test(compact) ? { charged: !free } : { charged: !free, note: text.trim() };
}

/** One law per line (or separated by ；): 《title》article, or title 第…条. */
function readLegalBasis(text: string): { title: string; article?: string }[] {
  return text
    .split(/[\n；;]+/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((line) => {
      const quoted = /^(《[^》]*》(?:（[^）]*）)?)\s*(.*)$/.exec(line);
      const plain = quoted ? undefined : /^(.*?)\s+(第.+)$/.exec(line);
      const [title, article] = quoted ? [quoted[1] ?? line, quoted[2]] : plain ? [plain[1] ?? line, plain[2]] : [line, undefined];
      return article ? { title, article } : { title };
    });
}

const CHINESE_COUNTS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 两: 2, 二: 2, 三: 3, 四: 4, 五: 5 };

function readVisits(text: string): number | undefined {
  const compact = text.normalize('NFKC').replace(/\s+/g, '');
  if (/^(不跑|零跑动|无需到场|全程网办)$/.test(compact)) return 0;
  const match = /^(?:最多跑)?([0-9]+|[零〇一两二三四五])次?$/.exec(compact);
  if (!match) return undefined;
  const count = match[1] ?? '';
  return /^\d+$/.test(count) ? Number(count) : CHINESE_COUNTS[count];
}

/** The values of one row, with its problems (a value is left out where its cell has one). */
export function readMatterRow(cells: ReadonlyMap<string, string>): { values?: MatterValues; problems: CellProblem[]; notes: CellProblem[] } {
  const problems: CellProblem[] = [];
  const notes: CellProblem[] = [];
  const cell = (column: string): string => (cells.get(column) ?? '').trim();
  const required = (column: string): string | undefined => {
    const value = cell(column);
    if (!value) problems.push({ column, message: { zh: '未填写', en: 'is empty' } });
    return value || undefined;
  };
  const name = required(MATTER_COLUMNS.name);
  const body = required(MATTER_COLUMNS.body);
  const kindText = required(MATTER_COLUMNS.kind);
  const kind = kindText ? readKind(kindText) : undefined;
  if (kindText && !kind) {
    problems.push({ column: MATTER_COLUMNS.kind, message: { zh: `应为 ${Object.values(KINDS).join('、')} 或其他权力事项类型（现为“${kindText}”）`, en: `should be one of ${Object.values(KINDS).join(', ')} or another kind of administrative power (it is "${kindText}")` } });
  }
  const limit = (column: string): TimeLimit | undefined => {
    const text = required(column);
    if (!text) return undefined;
    const reading = readTimeLimit(text, kind === 'administrative-permit');
    if ('problem' in reading) {
      problems.push({ column, message: reading.problem });
      return undefined;
    }
    if (reading.note) notes.push({ column, message: reading.note });
    return reading.limit;
  };
  const legal = limit(MATTER_COLUMNS.legal);
  const committed = limit(MATTER_COLUMNS.committed);
  const visitsText = required(MATTER_COLUMNS.visits);
  const visits = visitsText ? readVisits(visitsText) : undefined;
  if (visitsText && visits === undefined) problems.push({ column: MATTER_COLUMNS.visits, message: { zh: `应为次数，如“0”“1次”（现为“${visitsText}”）`, en: `should be a count such as 0 or 1 (it is "${visitsText}")` } });
  const feeText = required(MATTER_COLUMNS.fee);
  const basisText = required(MATTER_COLUMNS.legalBasis);
  if (problems.length > 0 || !name || !body || !kind || !legal || !committed || visits === undefined || !feeText || !basisText) return { problems, notes };
  const code = cell(MATTER_COLUMNS.code);
  return {
    values: { name, ...(code ? { code } : {}), body, kind, legal, committed, visits, fee: readFee(feeText), legalBasis: readLegalBasis(basisText) },
    problems,
    notes,
  };
}

type Loose<T> = { [K in keyof T]?: T[K] | undefined };

/** What a matter's row says, read back as the import reads it (undefined where the matter lacks a part). */
export function matterValuesOf(matter: Loose<Matter>): Loose<MatterValues> {
  return {
    name: matter.name?.zh,
    ...(matter.code ? { code: matter.code } : {}),
    body: matter.department?.name?.zh,
    kind: matter.kind,
    legal: matter.timeLimits?.legal,
    committed: matter.timeLimits?.committed,
    visits: matter.visits?.count,
    fee: matter.fee ? readFee(matter.fee.note?.zh ?? (matter.fee.charged ? '收费' : '不收费')) : undefined,
    legalBasis: matter.legalBasis ? readLegalBasis(legalBasisText(matter.legalBasis)) : undefined,
  };
}

function legalBasisText(basis: NonNullable<Matter['legalBasis']>): string {
  return basis.map((b) => (b.title.zh.startsWith('《') ? `${b.title.zh}${b.article ?? ''}` : `${b.title.zh}${b.article ? ` ${b.article}` : ''}`)).join('\n');
}

/** A matter as a row of the sheet (header → cell text). */
export function matterCells(matter: Matter): Record<string, string> {
  return {
    [MATTER_COLUMNS.name]: matter.name.zh,
    [MATTER_COLUMNS.code]: matter.code ?? '',
    [MATTER_COLUMNS.body]: matter.department.name.zh,
    [MATTER_COLUMNS.kind]: KINDS[matter.kind],
    [MATTER_COLUMNS.legal]: timeLimitText(matter.timeLimits.legal),
    [MATTER_COLUMNS.committed]: timeLimitText(matter.timeLimits.committed),
    [MATTER_COLUMNS.visits]: String(matter.visits.count),
    [MATTER_COLUMNS.fee]: matter.fee?.note?.zh ?? (matter.fee?.charged ? '收费' : '不收费'),
    [MATTER_COLUMNS.legalBasis]: legalBasisText(matter.legalBasis),
  };
}
