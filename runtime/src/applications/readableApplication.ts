// Who may read an application: its applicant, an officer of a department with a task in it, an admin.
// To anyone else it does not exist (APPLICATION_NOT_FOUND), as for an unknown id.
import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/createDatabase.ts';
import type { ApplicationRow } from '../db/rows.ts';
import { DomainError } from '../domainError.ts';

/** The application, if this principal may read it. */
export async function readableApplication(db: Database, id: string, principal: Principal): Promise<ApplicationRow> {
  const row = (await db('applications').where({ id }).first()) as ApplicationRow | undefined;
  const allowed =
    row &&
    (principal.role === 'admin' ||
      (principal.role === 'citizen' && row.applicant === principal.subject) ||
      // By the application's tasks (its unique index), then their departments: with the department in the
      // WHERE, SQLite chose the inbox's index and read every task of the department (npm run bench).
      (principal.role === 'officer' && (await db('tasks').where({ application_id: id }).select<{ department: string }[]>('department')).some((t) => t.department === principal.department)));
  if (!row || !allowed) throw new DomainError('APPLICATION_NOT_FOUND', { id });
  return row;
}
