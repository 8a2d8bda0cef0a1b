import type { Knex } from 'knex';

// A bundle taken off the portal (下线): while it has a row here it is not listed and takes no new
// application; its running applications continue. Put back (上线) deletes the row.
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('bundle_withdrawals', (t) => {
    t.string('bundle_id', 100).primary();
    t.string('withdrawn_by', 200).notNullable();
    t.string('withdrawn_at', 40).notNullable();
  });
}
