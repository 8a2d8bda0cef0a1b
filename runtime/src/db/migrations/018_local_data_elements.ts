import type { Knex } from 'knex';

// Local data elements (本地区数据元): a region's additions to the standard data element dictionary, made
// by designers in the matter editor. Never changed once made (a published matter or bundle version binds
// them as they are; a bundle version also stores those it binds). The id (local.<name in pinyin>) is
// unique across regions; a name is unique within its region.
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('local_data_elements', (t) => {
    t.string('id', 100).primary();
    t.string('region', 20).notNullable();
    t.string('name_zh', 200).notNullable();
    t.string('name_en', 200);
    t.string('type', 20).notNullable();
    t.string('format', 40);
    t.text('options'); // JSON [{ value, label: { zh, en } }] for a 选项 element
    t.string('created_by', 200).notNullable();
    t.string('created_at', 40).notNullable();
    t.unique(['region', 'name_zh']);
  });
}
