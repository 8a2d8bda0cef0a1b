import type { Knex } from 'knex';

// 秒报 / 免提交: what the data-sharing connector answered at submission (status, what was asked, the values
// and e-licences with source and time) and the provenance of the submitted values (JSON Pointer → shared,
// or entered over a shared value; any other value was entered by the applicant, and null means every
// value was). shared_data is null for applications submitted before: nothing was resolved for them.
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('applications', (t) => {
    t.text('shared_data');
    t.text('provenance');
  });
}
