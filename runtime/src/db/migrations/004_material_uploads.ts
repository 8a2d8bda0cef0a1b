import type { Knex } from 'knex';

// Uploaded materials (申请材料上传): one row per upload, referencing a content-addressed file under the
// data folder (<dataDir>/blobs/sha256/<2 hex>/<sha256>). The same bytes uploaded twice are one file.
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('material_uploads', (t) => {
    t.string('id', 40).primary();
    t.string('application_id', 40).notNullable().references('applications.id');
    t.string('material_id', 100).notNullable();
    t.text('matter_ids').notNullable(); // JSON array: the included matters that list this material
    t.string('sha256', 64).notNullable();
    t.integer('size').notNullable();
    t.string('media_type', 100).notNullable(); // sniffed from the bytes: this one decides
    t.string('declared_type', 200); // what the client said, recorded only
    t.string('filename', 255).notNullable(); // sanitised
    t.string('uploaded_by', 200).notNullable();
    t.string('uploaded_at', 40).notNullable();
    t.index(['application_id', 'material_id']);
    t.index(['sha256']);
  });
}
