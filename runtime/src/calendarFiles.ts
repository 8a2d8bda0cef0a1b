// The working-day calendar the runtime counts deadlines with: the shipped national years plus the year
// files in ONEGO_CALENDAR_DIR (e.g. the next year's schedule, published each November), each checked
// like any definition. A file that fails its checks stops the start with the problems named.
import { describeIssue, loadDefinitions, NATIONAL_CALENDAR_ID, NATIONAL_CALENDARS, WorkingDayCalendar } from '@onego/engine';
import type { Calendar } from '@onego/schemas/types';
import { readDefinitionFiles } from './definitions/readDefinitionFiles.ts';

export async function loadWorkingDayCalendar(extraDir: string | undefined): Promise<WorkingDayCalendar> {
  const shipped = NATIONAL_CALENDARS.map((c) => c.definition);
  if (!extraDir) return new WorkingDayCalendar(shipped);
  const read = await readDefinitionFiles([extraDir]);
  const { definitions, issues } = loadDefinitions(read.documents);
  const problems = [
    ...read.problems.map((p) => `${p.file}: ${p.detail}`),
    ...issues.map((i) => `${i.file}${i.path}: ${describeIssue(i, 'zh')}`),
  ];
  if (problems.length > 0) throw new Error(`the calendars in ${extraDir} have problems:\n${problems.join('\n')}`);
  const extra: Calendar[] = definitions.calendars.map((c) => c.definition).filter((c) => c.id === NATIONAL_CALENDAR_ID);
  const years = new Set(extra.map((c) => c.year));
  return new WorkingDayCalendar([...shipped.filter((c) => !years.has(c.year)), ...extra]);
}
