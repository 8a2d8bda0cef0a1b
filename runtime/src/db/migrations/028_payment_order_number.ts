import type { Knex } from 'knex';

// The payment platform's callback (POST /api/payments/notifications) names an order by its number
// (缴款单号): payments are found by it, so it is indexed.
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('payments', (t) => {
    t.index(['order_number']);
  });
}
