// 统一发证: the issuing system's answer recorded. The issue command sends ISSUE with the provider's numbers
// (every approved matter's result at once), stores which e-licence belongs to which result, and marks the
// application's issuance request issued — all in the command's one transaction, so an answer is recorded
// once or not at all. Refused (TASK_NOT_ACTIONABLE) when the application no longer waits for issuance.
import { applicationStatus, type IssuedResult } from '@onego/engine';
import type { Knex } from 'knex';
import type { ApplicationCommand, CommandHandler } from '../commands/applicationCommand.ts';
import { DomainError } from '../domainError.ts';

/** An e-licence as stored: its bytes are in the blob store under sha256. */
export interface LicenceRow {
  application_id: string;
  matter_id: string;
  sha256: string;
  size: number;
  media_type: string;
  file_name: string;
}

export interface IssueCommand extends ApplicationCommand {
  readonly kind: 'issue';
  readonly results: readonly IssuedResult[];
  readonly licences: readonly LicenceRow[];
}

export const issueCommand: CommandHandler<IssueCommand, { licences: readonly LicenceRow[]; now: string }> = {
  decide(command, { snapshot, now }) {
    const { phase, status } = applicationStatus(snapshot);
    if (phase !== 'issuing') throw new DomainError('TASK_NOT_ACTIONABLE', { status });
    return { events: [], issue: command.results, writes: { licences: command.licences, now } };
  },
  async write(trx: Knex.Transaction, { licences, now }, row) {
    if (licences.length > 0) await trx('issued_licences').insert([...licences]).onConflict(['application_id', 'matter_id']).ignore();
    await trx('issuance_requests').where({ application_id: row.id }).update({ status: 'issued', last_error: null, updated_at: now });
  },
};
