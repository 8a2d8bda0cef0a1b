// An officer acts only on their own department's tasks: another department's is FORBIDDEN (it exists),
// an unknown id TASK_NOT_FOUND.
import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/createDatabase.ts';
import type { TaskRow } from '../db/rows.ts';
import { DomainError } from '../domainError.ts';

export async function ownTask(db: Database, id: string, principal: Principal): Promise<TaskRow> {
  const task = (await db('tasks').where({ id }).first()) as TaskRow | undefined;
  if (!task) throw new DomainError('TASK_NOT_FOUND', { id });
  if (task.department !== principal.department) throw new DomainError('FORBIDDEN');
  return task;
}
