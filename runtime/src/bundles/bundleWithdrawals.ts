// Which bundles are off the portal (下线): a row of bundle_withdrawals each, with who took it off and
// when. Read on every new application (not cached: several processes share one database).
import type { Knex } from 'knex';
import { DomainError } from '../domainError.ts';

export interface Withdrawal {
  withdrawnBy: string;
  withdrawnAt: string;
}

interface WithdrawalRow {
  bundle_id: string;
  withdrawn_by: string;
  withdrawn_at: string;
}

const toWithdrawal = (row: WithdrawalRow): Withdrawal => ({ withdrawnBy: row.withdrawn_by, withdrawnAt: row.withdrawn_at });

/** The bundle's withdrawal, or null while it is on the portal. */
export async function withdrawalOf(db: Knex, bundleId: string): Promise<Withdrawal | null> {
  const row = (await db('bundle_withdrawals').where({ bundle_id: bundleId }).first()) as WithdrawalRow | undefined;
  return row ? toWithdrawal(row) : null;
}

/** Every withdrawn bundle, by id. */
export async function withdrawals(db: Knex): Promise<Map<string, Withdrawal>> {
  const rows = (await db('bundle_withdrawals').orderBy('bundle_id')) as WithdrawalRow[];
  return new Map(rows.map((row) => [row.bundle_id, toWithdrawal(row)]));
}

/** BUNDLE_WITHDRAWN when the bundle is off the portal: it takes no new application (nor a new draft of one). */
export async function refuseWithdrawn(db: Knex, bundleId: string, name: string): Promise<void> {
  if (await withdrawalOf(db, bundleId)) throw new DomainError('BUNDLE_WITHDRAWN', { id: bundleId, name });
}

/** Takes the bundle off the portal; already off, it stays as it was (who and when). */
export async function withdraw(db: Knex, bundleId: string, by: string, at: string): Promise<Withdrawal> {
  await db('bundle_withdrawals').insert({ bundle_id: bundleId, withdrawn_by: by, withdrawn_at: at }).onConflict('bundle_id').ignore();
  const found = await withdrawalOf(db, bundleId);
  if (!found) throw new Error(`the withdrawal of ${bundleId} was not written`);
  return found;
}

/** Puts the bundle back on the portal (nothing to do when it is on). */
export async function restore(db: Knex, bundleId: string): Promise<void> {
  await db('bundle_withdrawals').where({ bundle_id: bundleId }).delete();
}
