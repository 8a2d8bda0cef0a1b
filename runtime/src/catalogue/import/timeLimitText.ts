// Time limits as catalogues write them — "20个工作日", "15日", "3 天", "即办", "二十个工作日", "１个月" — read into
// the definition format's {days, kind}, and written back as a catalogue writes them. "N日"/"N天" without
// 工作日 or 自然日 counts natural days, except for an administrative permit, whose days are working days
// by law (行政许可法 Art. 82); either way the reader is told how it was read.
import type { TimeLimit } from '@onego/schemas/types';
import type { Words } from '@onego/engine';

export type TimeLimitReading = { limit: TimeLimit; note?: Words } | { problem: Words };

const ON_THE_SPOT = /^(即办|即办件|即时办结|即时办理|当场办结|当场办理|立即办结|立即办理|当日办结|当天办结|0)$/;

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** 十五 → 15, 二十 → 20, 三十五 → 35, 一百二十 → 120 (numbers up to 999, as limits are written). */
function chineseNumber(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  if (!/^[零〇一二两三四五六七八九十百]+$/.test(text)) return undefined;
  let total = 0;
  let digit = 0;
  for (const char of text) {
    if (char === '百') {
      total += (digit || 1) * 100;
      digit = 0;
    } else if (char === '十') {
      total += (digit || 1) * 10;
      digit = 0;
    } else digit = DIGITS[char] ?? 0;
  }
  return total + digit;
}

const SHAPE: Words = { zh: '应为天数，如“20个工作日”“15个自然日”“15日”或“即办”', en: 'should be a number of days, e.g. "20个工作日" (working days), "15个自然日" (natural days), "15日" or "即办" (on the spot)' };

/**
 * Reads one time limit. `permit`: the matter is an administrative permit (its plain days are working days).
 * "无" and the like are not a limit: the caller decides what a missing one means.
 */
export function readTimeLimit(text: string, permit: boolean): TimeLimitReading {
  const compact = text.normalize('NFKC').replace(/\s+/g, '').replace(/[。.]$/, '');
  if (ON_THE_SPOT.test(compact)) return { limit: { days: 0, kind: 'working' } };
  const match = /^(?:承诺|法定)?([0-9]+|[零〇一二两三四五六七八九十百]+)(个)?(工作日|自然日|日|天|个月|月)(?:内)?(?:办结)?$/.exec(compact);
  if (!match) return { problem: { zh: `${SHAPE.zh}（现为“${text.trim()}”）`, en: `${SHAPE.en} (it is "${text.trim()}")` } };
  const count = chineseNumber(match[1] ?? '');
  if (count === undefined || count > 3650) return { problem: { zh: `${SHAPE.zh}（现为“${text.trim()}”）`, en: `${SHAPE.en} (it is "${text.trim()}")` } };
  const unit = match[3];
  if (unit === '工作日') return { limit: { days: count, kind: 'working' } };
  if (unit === '自然日') return { limit: { days: count, kind: 'natural' } };
  if (unit === '个月' || unit === '月') {
    return { limit: { days: count * 30, kind: 'natural' }, note: { zh: `“${text.trim()}”按 ${count * 30} 个自然日计`, en: `"${text.trim()}" read as ${count * 30} natural days` } };
  }
  if (permit) {
    return { limit: { days: count, kind: 'working' }, note: { zh: `“${text.trim()}”按工作日计（行政许可的期限以工作日计算，行政许可法第八十二条）`, en: `"${text.trim()}" read as working days (permit limits count working days, Administrative Licensing Law Art. 82)` } };
  }
  return { limit: { days: count, kind: 'natural' }, note: { zh: `“${text.trim()}”按自然日计；如指工作日，请写“${count}个工作日”`, en: `"${text.trim()}" read as natural days; write "${count}个工作日" for working days` } };
}

/** A limit as a catalogue writes it: "20个工作日", "15个自然日", "即办". */
export function timeLimitText(limit: TimeLimit): string {
  if (limit.days === 0) return '即办';
  return `${limit.days}个${limit.kind === 'working' ? '工作日' : '自然日'}`;
}
