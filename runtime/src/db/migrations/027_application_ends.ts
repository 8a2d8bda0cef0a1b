import type { Knex } from 'knex';

// Statistics in SQL (issue #15): what the 办件统计 needs of an ended application, in columns of its own
// instead of inside its packed snapshot, so that the database aggregates them (stats/finishedProcessing.ts).
// - applications.ended_at: the instant it ended (completed: results issued; rejected; withdrawn);
//   null while open, and on rows that ended before this migration (the statistics read those snapshots).
// - applications.pauses: the periods any of its matters waited for the applicant (补正), merged, as JSON
//   [{from, to}]; null when it never waited.
// - an index on (bundle_id, created_at): the statistics of a bundle for a period;
// - a partial index of the rows the statistics count in TypeScript (those that waited, and those without
//   ended_at), so that finding them reads no other row.
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('applications', (t) => {
    t.string('ended_at', 40);
    t.text('pauses');
    t.index(['bundle_id', 'created_at'], 'applications_bundle_created');
    t.index(['bundle_id'], 'applications_counted_apart', { predicate: db.whereRaw('pauses is not null or ended_at is null') });
  });
}
