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
      // An enterprise's applications are every authorised user's of it (法人).
      (principal.role === 'citizen' && !!row.enterprise && row.enterprise === principal.enterprise?.creditCode) ||
      // By the application's tasks (its unique index), then their departments: with the department in the
      // WHERE, SQLite chose the inbox's index and read every task of the department (npm run bench).
      (principal.role === 'officer' && (await db('tasks').where({ application_id: id }).select<{ department: string }[]>('department')).some((t) => t.department === principal.department)));
  if (!row || !allowed) throw new DomainError('APPLICATION_NOT_FOUND', { id });
  return row;
}

/**
 * The application, if this principal may read it (readableApplication), or see it as a person it names: a
 * co-applicant, the person a proxy applied for (by the resident ID number of their sign-in). They see it;
 * acting on it (withdrawing, supplementing, rating) stays with its applicant.
 */
export async function viewableApplication(db: Database, id: string, principal: Principal): Promise<ApplicationRow> {
  try {
    return await readableApplication(db, id, principal);
  } catch (error) {
    if (!(error instanceof DomainError) || principal.role !== 'citizen' || !principal.idNumber) throw error;
    const named = (await db('application_parties').where({ application_id: id, id_number: principal.idNumber }).first('id')) !== undefined;
    const row = named ? ((await db('applications').where({ id }).first()) as ApplicationRow | undefined) : undefined;
    if (!row) throw error;
    return row;
  }
}
