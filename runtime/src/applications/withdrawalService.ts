// 撤回: the applicant withdraws their application while no matter has been decided. A command
// (`{ kind: 'withdraw', … }`) whose handler, `withdrawCommand` below, sends the engine's WITHDRAW from the
// application as it is when the command runs: the application ends as withdrawn, its open tasks are
// cancelled (they leave the inboxes and counts), its timers are deleted, and the departments are notified
// (MATTER_CANCELLED after WITHDRAW: notificationDispatcher.ts). An Idempotency-Key makes a retry safe.
import type { Lang } from '@onego/engine';
import type { Principal } from '../auth/principal.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { ApplicationCommand, CommandHandler } from '../commands/applicationCommand.ts';
import type { CommandRunner } from '../commands/commandRunner.ts';
import type { Database } from '../db/createDatabase.ts';
import { loggedEvents } from '../db/eventLog.ts';
import type { EventRow } from '../db/rows.ts';
import { DomainError } from '../domainError.ts';
import type { Knex } from 'knex';
import { applicationView } from './applicationViews.ts';
import { readableApplication } from './readableApplication.ts';
import { WITHDRAWAL_KEY, withdrawable } from './withdrawability.ts';

export interface WithdrawCommand extends ApplicationCommand {
  readonly kind: 'withdraw';
  readonly reason?: string;
  /** Kept with the WITHDRAW event: a retry with it is answered, not refused. */
  readonly idempotencyKey?: string;
}

/** ['ACCEPT'] when an officer accepted a matter with materials owed (容缺受理), which the snapshot forgets once they are supplied. */
async function acceptances(reads: Knex, applicationId: string): Promise<string[]> {
  return (await reads('events').where({ application_id: applicationId, type: 'ACCEPT' }).first('id')) === undefined ? [] : ['ACCEPT'];
}

export const withdrawCommand: CommandHandler<WithdrawCommand, never> = {
  async decide(command, { snapshot, row, now, reads }) {
    if (snapshot.status !== 'active' || !withdrawable(row.status, snapshot.context, await acceptances(reads, row.id))) {
      throw new DomainError('APPLICATION_NOT_WITHDRAWABLE', { status: row.status });
    }
    return {
      events: [{ type: 'WITHDRAW', by: command.by, at: now, ...(command.reason ? { reason: command.reason } : {}) }],
      details: [command.idempotencyKey ? { [WITHDRAWAL_KEY]: command.idempotencyKey } : undefined],
    };
  },
};

/** What the applicant sends. */
export interface WithdrawalRequest {
  reason?: string;
}

export class WithdrawalService {
  constructor(private readonly deps: { reads: Database; catalog: BundleCatalog; commands: Pick<CommandRunner<WithdrawCommand>, 'run'> }) {}

  /** Withdraws the applicant's own application; answers it as it is now. A retry with the same key answers it again. */
  async withdraw(id: string, principal: Principal, request: WithdrawalRequest, idempotencyKey: string | undefined, lang: Lang) {
    const { reads, catalog, commands } = this.deps;
    const row = await readableApplication(reads, id, principal);
    const reason = request.reason?.trim() || undefined;
    const answered = async () => applicationView(reads, catalog, await readableApplication(reads, id, principal), lang, principal);
    if (idempotencyKey !== undefined && (await this.withdrawnWithKey(row.id, idempotencyKey, reason))) return answered();
    try {
      await commands.run({ kind: 'withdraw', applicationId: row.id, by: principal.subject, ...(reason ? { reason } : {}), ...(idempotencyKey ? { idempotencyKey } : {}) });
    } catch (error) {
      // The same withdrawal sent twice at once: the second finds it done with its key.
      if (!(error instanceof DomainError && error.code === 'APPLICATION_NOT_WITHDRAWABLE' && idempotencyKey !== undefined)) throw error;
      if (!(await this.withdrawnWithKey(row.id, idempotencyKey, reason))) throw error;
    }
    return answered();
  }

  /** Whether the application was withdrawn with this key; IDEMPOTENCY_CONFLICT when the key came with another reason. */
  private async withdrawnWithKey(applicationId: string, key: string, reason: string | undefined): Promise<boolean> {
    const rows = (await this.deps.reads('events').where({ application_id: applicationId, type: 'WITHDRAW' })) as EventRow[];
    const withdrawal = loggedEvents(rows).find((event) => event.type === 'WITHDRAW');
    const payload = (withdrawal?.payload ?? {}) as Record<string, unknown>;
    if (!withdrawal || payload[WITHDRAWAL_KEY] !== key) return false;
    if ((payload['reason'] ?? undefined) !== reason) throw new DomainError('IDEMPOTENCY_CONFLICT');
    return true;
  }
}
