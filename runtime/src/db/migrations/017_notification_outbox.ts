import type { Knex } from 'knex';

// Every row written to `events` is queued for the notification dispatcher in the transaction that writes
// it: a trigger adds its id to notification_outbox, whichever code wrote the row. The dispatcher takes
// queued rows (on PostgreSQL with FOR UPDATE SKIP LOCKED, so that the dispatchers of several processes
// share the work and none takes a row twice) and deletes them in the transaction that writes their
// notifications. This replaces the cursor over event ids (notification_cursors), which on PostgreSQL had
// to guess whether a gap in the ids was a rolled-back insert or a commit still to come. Events past the
// cursor when this runs are queued, so nothing is lost in the upgrade. (A later migration that makes knex
// rebuild `events` on SQLite drops the trigger with the old table: it must create it again.)
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('notification_outbox', (t) => {
    t.integer('event_id').primary();
  });
  const cursor = (await db('notification_cursors').where({ name: 'notifications' }).first()) as { last_event_id: number } | undefined;
  await db.raw('insert into notification_outbox (event_id) select id from events where id > ?', [Number(cursor?.last_event_id ?? 0)]);
  if ((db.client as { config: { client?: unknown } }).config.client === 'pg') {
    await db.raw(`create function onego_queue_event() returns trigger language plpgsql as $$
      begin
        insert into notification_outbox (event_id) values (new.id);
        return null;
      end
    $$`);
    await db.raw('create trigger events_queued after insert on events for each row execute function onego_queue_event()');
  } else {
    await db.raw('create trigger events_queued after insert on events begin insert into notification_outbox (event_id) values (new.id); end');
  }
  await db.schema.dropTable('notification_cursors');
}
