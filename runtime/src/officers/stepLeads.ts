// Who leads a step in a department: the officers whose positions include the step's lead position (its
// `lead`, 科室负责人 by default), as the staff directory last recorded them, in a stable order (by their
// sign-in identity): the first is the one an escalation transfers a task to.
import type { Knex } from 'knex';
import { officerOf, type Officer, type OfficerRow } from './officerDirectory.ts';

export async function stepLeads(reads: Knex, department: string, position: string): Promise<Officer[]> {
  const rows = (await reads('officers').where({ department }).orderBy('subject')) as OfficerRow[];
  return rows.map(officerOf).filter((officer) => officer.positions.includes(position));
}
