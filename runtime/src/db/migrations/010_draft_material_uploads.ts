import type { Knex } from 'knex';

// Materials uploaded before submission (申请材料随草稿上传): files attached to an application draft,
// moved into material_uploads (same ids) by the submission that names the draft, in its transaction.
// They go with their draft (deleted, expired and cleaned up, or submitted: ON DELETE CASCADE); the
// files stay in the content-addressed store (possibly shared with other uploads). And the commitments
// (告知承诺) the citizen chose in the draft: JSON array of material ids, signed only at submission.
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('draft_material_uploads', (t) => {
    t.string('id', 40).primary();
    t.string('draft_id', 40).notNullable().references('application_drafts.id').onDelete('CASCADE');
    t.string('material_id', 100).notNullable();
    t.string('sha256', 64).notNullable();
    t.integer('size').notNullable();
    t.string('media_type', 100).notNullable(); // sniffed from the bytes
    t.string('declared_type', 200); // what the client said, recorded only
    t.string('filename', 255).notNullable(); // sanitised
    t.string('uploaded_by', 200).notNullable();
    t.string('uploaded_at', 40).notNullable();
    t.index(['draft_id', 'material_id']);
  });
  await db.schema.alterTable('application_drafts', (t) => {
    t.text('commitments');
  });
}
