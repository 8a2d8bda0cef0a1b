import type { Knex } from 'knex';

// 告知承诺: the commitments an applicant signed instead of a material, with the text they signed; and
// application drafts (save and resume), the citizen's alone, expiring.
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('commitments', (t) => {
    t.increments('id');
    t.string('application_id', 40).notNullable().references('applications.id');
    t.string('material_id', 100).notNullable();
    t.text('text').notNullable(); // the commitment text as signed, {zh, en} JSON
    t.string('signed_by', 200).notNullable();
    t.string('signed_at', 40).notNullable();
    t.unique(['application_id', 'material_id']);
  });
  await db.schema.createTable('application_drafts', (t) => {
    t.string('id', 40).primary();
    t.string('applicant', 200).notNullable();
    t.string('bundle_id', 100).notNullable();
    t.text('answers').notNullable();
    t.text('data').notNullable();
    t.integer('version').notNullable();
    t.string('created_at', 40).notNullable();
    t.string('updated_at', 40).notNullable();
    t.string('expires_at', 40).notNullable();
    t.index(['applicant', 'updated_at']);
    t.index(['expires_at']);
  });
}
