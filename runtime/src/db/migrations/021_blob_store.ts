import type { Knex } from 'knex';

// Uploaded files in the database (the default blob store with PostgreSQL, shared by every process):
// `blobs` one row per stored content (its SHA-256, size, when it was last stored: orphan collection takes
// only blobs stored before its grace period), `blob_chunks` its bytes in order, in chunks of at most
// 256 KiB (written and read one chunk at a time: no file is ever whole in memory). On PostgreSQL the
// chunks are stored uncompressed out of line (already compressed scans and PDFs gain nothing from TOAST's
// compression). `background_leases`: which process runs a background pass that only one should run at a
// time (orphan collection), until when. And an index to find the draft uploads naming a blob.
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('blobs', (t) => {
    t.string('sha256', 64).primary();
    t.bigInteger('size').notNullable();
    t.string('stored_at', 40).notNullable();
    t.index(['stored_at']);
  });
  await db.schema.createTable('blob_chunks', (t) => {
    t.string('sha256', 64).notNullable().references('blobs.sha256').onDelete('CASCADE');
    t.integer('seq').notNullable();
    t.binary('data').notNullable();
    t.primary(['sha256', 'seq']);
  });
  if ((db.client as { config: { client?: unknown } }).config.client === 'pg') {
    await db.raw('alter table blob_chunks alter column data set storage external');
  }
  await db.schema.createTable('background_leases', (t) => {
    t.string('name', 100).primary();
    t.string('holder', 100).notNullable();
    t.string('until', 40).notNullable();
  });
  await db.schema.alterTable('draft_material_uploads', (t) => {
    t.index(['sha256']);
  });
  // The issued e-licences (migration 020) name blobs too: orphan collection asks by SHA-256.
  await db.schema.alterTable('issued_licences', (t) => {
    t.index(['sha256']);
  });
}
