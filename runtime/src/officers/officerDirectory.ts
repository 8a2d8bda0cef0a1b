// 部门工作人员: the officers of each department as their last sign-in said (subject, display name,
// positions), recorded as they call the API; by it assign, transfer, delegate and 加签 pick a colleague by
// name, and the inbox and the timeline name who holds and who did what.
import type { Principal } from '../auth/principal.ts';
import type { Database } from '../db/createDatabase.ts';
import { DomainError } from '../domainError.ts';

/** An officer of a department. */
export interface Officer {
  subject: string;
  name: string;
  positions: string[];
}

export interface OfficerRow {
  subject: string;
  name: string | null;
  department: string;
  positions: string;
}

export const officerOf = (row: OfficerRow): Officer => ({ subject: row.subject, name: row.name ?? row.subject, positions: JSON.parse(row.positions) as string[] });

/** Officers seen by this process, by subject, as recorded (so that a request records nothing new). */
const SEEN_CACHE = 5_000;

export class OfficerDirectory {
  private readonly seen = new Map<string, string>();

  constructor(private readonly deps: { db: Database; reads: Database; now: () => string }) {}

  /** Records an officer as their token says (once per process unless it says something new). */
  async record(principal: Principal): Promise<void> {
    if (principal.role !== 'officer' || !principal.department) return;
    const row = { subject: principal.subject, name: principal.name ?? null, department: principal.department, positions: JSON.stringify(principal.positions ?? []) };
    const key = JSON.stringify(row);
    if (this.seen.get(principal.subject) === key) return;
    await this.deps.db('officers').insert({ ...row, seen_at: this.deps.now() }).onConflict('subject').merge();
    this.seen.delete(principal.subject);
    this.seen.set(principal.subject, key);
    if (this.seen.size > SEEN_CACHE) this.seen.delete(this.seen.keys().next().value as string);
  }

  /** The officers of the caller's own department, by name. */
  async staff(department: string, principal: Principal): Promise<Officer[]> {
    if (principal.department !== department) throw new DomainError('FORBIDDEN');
    const rows = (await this.deps.reads('officers').where({ department }).orderBy([{ column: 'name' }, { column: 'subject' }])) as OfficerRow[];
    return rows.map(officerOf);
  }

  /** A colleague of the department, else COLLEAGUE_NOT_IN_DEPARTMENT. */
  async colleague(department: string, subject: string): Promise<Officer> {
    const row = (await this.deps.reads('officers').where({ subject, department }).first()) as OfficerRow | undefined;
    if (!row) throw new DomainError('COLLEAGUE_NOT_IN_DEPARTMENT', { name: subject });
    return officerOf(row);
  }
}
