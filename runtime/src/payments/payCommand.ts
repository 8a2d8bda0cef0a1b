// 缴费: the payment platform's confirmation recorded. The pay command sends PAY for a matter waiting for
// its fee (unpaid, 待缴费) and marks its payment row paid in the command's one transaction, so that a
// payment is recorded once or not at all. Refused (TASK_NOT_ACTIONABLE) when the matter no longer waits for
// it (the application was withdrawn or rejected meanwhile: the payment pass then refunds it).
import { applicationStatus } from '@onego/engine';
import type { Knex } from 'knex';
import type { ApplicationCommand, CommandHandler } from '../commands/applicationCommand.ts';
import { DomainError } from '../domainError.ts';

export interface PayCommand extends ApplicationCommand {
  readonly kind: 'pay';
  readonly matterId: string;
  readonly orderNumber: string;
  /** In yuan, two decimals. */
  readonly amount: string;
  /** When the platform says it was paid. */
  readonly paidAt: string;
}

export const payCommand: CommandHandler<PayCommand, { matterId: string; paidAt: string; now: string }> = {
  decide(command, { snapshot, now }) {
    const status = snapshot.context.matters[command.matterId]?.status;
    if (status !== 'unpaid' || applicationStatus(snapshot).phase !== 'processing') throw new DomainError('TASK_NOT_ACTIONABLE', { status: status ?? 'excluded' });
    return {
      events: [{ type: 'PAY', matterId: command.matterId, at: now, orderNumber: command.orderNumber, amount: command.amount }],
      writes: { matterId: command.matterId, paidAt: command.paidAt, now },
    };
  },
  async write(trx: Knex.Transaction, { matterId, paidAt, now }, row) {
    await trx('payments').where({ application_id: row.id, matter_id: matterId }).update({ status: 'paid', paid_at: paidAt, last_error: null, updated_at: now });
  },
};
