// onego calendar parse <notice.txt> [--year N] [--out file.json]: the State Council's holiday notice,
// as text, to a calendar file (the engine's parseHolidayNotice). Exit 0 with the file (on stdout, or
// written to --out), 1 with every problem located as file:line:column.
import { readFile, writeFile } from 'node:fs/promises';
import { parseHolidayNotice, type Lang } from '@onego/engine';
import { formatCalendarFile } from './formatCalendarFile.ts';
import type { Output } from './validateCommand.ts';

export interface CalendarParseOptions {
  year?: number;
  out?: string;
  lang: Lang;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export async function calendarParseCommand(file: string, options: CalendarParseOptions, io: Output): Promise<number> {
  const { lang } = options;
  let text: string;
  try {
    text = (await readFile(file, 'utf8')).replace(/^\uFEFF/, '');
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    const detail = missing ? (lang === 'zh' ? '文件不存在' : 'no such file') : reason(error);
    io.err(`${file}  [FILE_NOT_READABLE] ${lang === 'zh' ? `无法读取通知文本：${detail}` : `cannot read the notice text: ${detail}`}`);
    return 1;
  }
  const result = parseHolidayNotice(text, options.year !== undefined ? { year: options.year } : {});
  if ('problems' in result) {
    for (const p of result.problems) {
      io.err(`${file}:${p.line}:${p.column}  [${p.code}] ${p.text[lang]}`);
      if (p.excerpt) io.err(`    ${p.excerpt}`);
    }
    io.err(lang === 'zh' ? `无法生成日历：发现 ${result.problems.length} 个问题` : `no calendar written: ${result.problems.length} problem(s) found`);
    return 1;
  }
  const { calendar } = result;
  const content = formatCalendarFile(calendar);
  if (options.out === undefined) {
    io.out(content.trimEnd());
    return 0;
  }
  try {
    await writeFile(options.out, content, 'utf8');
  } catch (error) {
    io.err(`${options.out}  [FILE_NOT_WRITABLE] ${lang === 'zh' ? `无法写入日历文件：${reason(error)}` : `cannot write the calendar file: ${reason(error)}`}`);
    return 1;
  }
  const [holidays, workdays] = [calendar.holidays.length, calendar.workdays.length];
  io.out(
    lang === 'zh'
      ? `已写入 ${options.out}：${calendar.year} 年，${holidays} 个假期，${workdays} 个调休上班日`
      : `wrote ${options.out}: ${calendar.year}, ${holidays} holiday(s), ${workdays} make-up working day(s)`,
  );
  return 0;
}
