// onego calendar parse as an operator runs it: a real process, the real notices giving the shipped files
// byte for byte, and what cannot be read refused as file:line:column [CODE] with exit 1.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const run = (...args: string[]) => spawnSync(process.execPath, ['runtime/bin/onego.js', 'calendar', 'parse', ...args], { encoding: 'utf8' });

const NOTICES = 'engine/test/fixtures/notices';
const shipped = (year: number) => readFileSync(`engine/data/calendars/cn-national-${year}.json`, 'utf8');
const dir = mkdtempSync(path.join(tmpdir(), 'onego-notice-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A copy of the 2026 notice with one edit, in the temporary folder. */
function editedNotice(name: string, from: string, to: string): string {
  const text = readFileSync(`${NOTICES}/2026.txt`, 'utf8');
  expect(text).toContain(from);
  const file = path.join(dir, name);
  writeFileSync(file, text.replace(from, to));
  return file;
}

describe('onego calendar parse', () => {
  it('prints the 2025 notice as the shipped calendar file, byte for byte', () => {
    const result = run(`${NOTICES}/2025.txt`);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(shipped(2025));
  });

  it('writes the 2026 notice with --year and --out as the shipped file, and says what it wrote', () => {
    const out = path.join(dir, 'cn-national-2026.json');
    const result = run(`${NOTICES}/2026.txt`, '--year', '2026', '--out', out);
    expect(result.status).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(shipped(2026));
    expect(result.stdout).toBe(`已写入 ${out}：2026 年，7 个假期，6 个调休上班日\n`);
  });

  it('refuses a date that does not exist at its line and column, with the line, and writes nothing', () => {
    const file = editedNotice('bad-date.txt', '2月28日（周六）上班', '2月30日（周六）上班');
    const out = path.join(dir, 'not-written.json');
    const result = run(file, '--out', out);
    expect(result.status).toBe(1);
    const line = '　　二、春节：2月15日（农历腊月二十八、周日）至23日（农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月30日（周六）上班。';
    expect(result.stderr).toBe(
      [
        `${file}:6:${line.indexOf('2月30日') + 1}  [NOTICE_DATE_INVALID] “2月30日”不是真实的日期（2026 年 2 月没有 30 日）`,
        `    ${line.trim()}`,
        '无法生成日历：发现 1 个问题',
        '',
      ].join('\n'),
    );
    expect(() => readFileSync(out)).toThrow();
  });

  it('refuses an item line it cannot read and a make-up day on a weekday, each located', () => {
    const unreadable = editedNotice('unreadable.txt', '三、清明节：4月4日（周六）至6日（周一）放假', '三、清明节：4月4日（周六）到6日（周一）放假');
    const first = run(unreadable);
    expect(first.status).toBe(1);
    expect(first.stderr).toBe(
      [
        `${unreadable}:7:17  [NOTICE_LINE_UNREADABLE] 读不懂“到6日（周一）放假，…”：应为“至”“放假”或“放假调休”`,
        '    三、清明节：4月4日（周六）到6日（周一）放假，共3天。',
        '无法生成日历：发现 1 个问题',
        '',
      ].join('\n'),
    );
    const weekday = editedNotice('weekday.txt', '1月4日（周日）上班', '1月5日（周一）上班');
    expect(run(weekday).stderr).toContain(`${weekday}:5:`);
    expect(run(weekday).stderr).toContain('[NOTICE_WORKDAY_NOT_WEEKEND] 调休上班日 2026-01-05 是周一');
  });

  it('refuses a --year other than the title’s, in English with --lang en', () => {
    const result = run(`${NOTICES}/2026.txt`, '--year', '2027', '--lang', 'en');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${NOTICES}/2026.txt:1:9  [NOTICE_YEAR_MISMATCH] the title is the schedule for 2026, but the year given is 2027`);
    expect(result.stderr).toContain('no calendar written: 1 problem(s) found');
  });

  it('refuses an empty text, a missing file and a malformed --year without a stack trace', () => {
    const empty = path.join(dir, 'empty.txt');
    writeFileSync(empty, '');
    expect(run(empty).stderr).toContain(`${empty}:1:1  [NOTICE_EMPTY] 通知文本是空的`);
    const missing = run('no/such/notice.txt');
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('no/such/notice.txt  [FILE_NOT_READABLE] 无法读取通知文本：文件不存在\n');
    const badYear = run(`${NOTICES}/2026.txt`, '--year', '26');
    expect(badYear.status).not.toBe(0);
    expect(badYear.stderr).toContain('年份应为 2000–2100 之间的四位数字');
    for (const r of [missing, badYear]) expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('explains itself in --help, in Chinese and English, with the operator’s example', () => {
    const help = run('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--year <year>');
    expect(help.stdout).toContain('--out <file>');
    expect(help.stdout).toContain('由国务院办公厅节假日安排通知生成日历文件');
    expect(help.stdout).toContain('npx onego calendar parse notice.txt --year 2027 --out cn-national-2027.json');
    const top = spawnSync(process.execPath, ['runtime/bin/onego.js', '--help'], { encoding: 'utf8' });
    expect(top.stdout).toMatch(/calendar\s+working-day calendars/);
  });
});
