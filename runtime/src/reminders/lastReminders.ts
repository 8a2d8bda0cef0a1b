// The last reminder (催办) of each task: the latest REMINDED event of its application and matter.
import type { Knex } from 'knex';

const keyOf = (applicationId: string, matterId: string): string => `${applicationId} ${matterId}`;

/** The last reminder of each of these tasks, by `lastReminderOf`'s key; tasks never reminded are absent. */
export async function lastReminders(reads: Knex, tasks: readonly { application_id: string; matter_id: string }[]): Promise<Map<string, string>> {
  const applications = [...new Set(tasks.map((t) => t.application_id))];
  if (applications.length === 0) return new Map();
  const rows: { application_id: string; matter_id: string | null; at: string }[] = await reads('events')
    .whereIn('application_id', applications)
    .andWhere({ type: 'REMINDED' })
    .groupBy('application_id', 'matter_id')
    .select('application_id', 'matter_id')
    .max({ at: 'at' });
  return new Map(rows.filter((r) => r.matter_id !== null).map((r) => [keyOf(r.application_id, r.matter_id as string), r.at]));
}

/** A task's last reminder in what `lastReminders` read, or null. */
export const lastReminderOf = (reminders: ReadonlyMap<string, string>, task: { application_id: string; matter_id: string }): string | null =>
  reminders.get(keyOf(task.application_id, task.matter_id)) ?? null;
