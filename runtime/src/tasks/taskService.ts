// 部门待办: an officer's department inbox (by deadline, paged) and one task with only its matter's data.
// Everything here only reads.
import type { Lang } from '@onego/engine';
import type { Principal } from '../auth/principal.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Database } from '../db/createDatabase.ts';
import type { ApplicationRow, TaskRow } from '../db/rows.ts';
import { OPEN_TASK_STATUSES, OPEN_TASKS } from '../db/taskInbox.ts';
import { DomainError } from '../domainError.ts';
import { lastReminders } from '../reminders/lastReminders.ts';
import { ownTask } from './ownTask.ts';
import { officerNames } from '../officers/officerNames.ts';
import { namedSubjects, taskHandling } from './taskHandlingView.ts';
import { inboxTask, taskDetail } from './taskViews.ts';

export interface InboxQuery {
  status?: string | undefined;
  /** mine: held by the caller; unclaimed: held by nobody; department (default): all of the department's. */
  filter?: 'mine' | 'unclaimed' | 'department' | undefined;
  lang: Lang;
  page: number;
  pageSize: number;
}

export class TaskService {
  constructor(private readonly deps: { reads: Database; catalog: BundleCatalog }) {}

  /** One page of the officer's department's tasks (of one status), by deadline; and how many match. */
  async inbox(principal: Principal, { status, filter, page, pageSize, lang }: InboxQuery) {
    const { reads } = this.deps;
    const base = reads('tasks').where({ department: principal.department ?? '' });
    if (status) base.andWhere({ status });
    // Held by the caller / by nobody: read through (department, holder, sort_due, id) (migration 019).
    if (filter === 'mine') base.andWhere({ holder: principal.subject });
    if (filter === 'unclaimed') base.whereNull('holder');
    // Open statuses have an index of their own (migration 011), used only when the query says its WHERE.
    if (status && (OPEN_TASK_STATUSES as readonly string[]).includes(status)) base.andWhereRaw(OPEN_TASKS);
    // Exact, from the counts every command keeps (migration 009): counting the rows read every index
    // entry of the department's tasks.
    const counts = reads('task_counts').where({ department: principal.department ?? '' });
    if (status) counts.andWhere({ status });
    // task_counts counts by status only: who holds a task is counted from the holder index.
    const held = filter === 'mine' || filter === 'unclaimed' ? base.clone().clearSelect().clearOrder().count({ n: '*' }).first() : undefined;
    // The count and the page side by side, each on a read connection of its own.
    const [total, rows] = await Promise.all([
      (held ?? counts.sum({ n: 'tasks' }).first()) as Promise<{ n: number | string | null } | undefined>,
      // sort_due is the deadline, or a date after all others for undated tasks: the order the index holds.
      base.orderBy([{ column: 'sort_due' }, { column: 'id' }]).limit(pageSize).offset((page - 1) * pageSize) as Promise<TaskRow[]>,
    ]);
    const names = await officerNames(reads, rows.flatMap(namedSubjects));
    // 群众已催办: the applicant's last reminder of each task of the page.
    const reminded = await lastReminders(reads, rows);
    return { total: Number(total?.n ?? 0), tasks: rows.map((row) => ({ ...inboxTask(row, reminded), ...taskHandling(row, names, lang) })) };
  }

  /** 审批详情: the task of the officer's department with only what its matter needs. */
  async detail(id: string, principal: Principal, lang: Lang) {
    const { reads, catalog } = this.deps;
    const task = await ownTask(reads, id, principal);
    const app = (await reads('applications').where({ id: task.application_id }).first()) as ApplicationRow;
    const compiled = await catalog.compiledVersion(app.bundle_id, app.bundle_version);
    const matter = compiled.matters.get(task.matter_id);
    if (!matter) throw new DomainError('TASK_NOT_FOUND', { id: task.id });
    return taskDetail(reads, task, app, compiled, matter, lang);
  }
}
