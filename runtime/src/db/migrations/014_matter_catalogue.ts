import type { Knex } from 'knex';

// The matter catalogue (事项库): departments of a region; matters, each with its current draft and its
// published versions; and which matter versions each published bundle version uses (pinned).
export async function up(db: Knex): Promise<void> {
  await db.schema.createTable('departments', (t) => {
    t.string('id', 100).primary(); // generated from the name and the region, never typed
    t.text('name_zh').notNullable();
    t.text('name_en');
    t.string('region', 20).notNullable(); // GB/T 2260 division code, or 'national'
    t.text('region_name');
    t.string('created_by', 200).notNullable();
    t.string('created_at', 40).notNullable();
    t.unique(['region', 'name_zh']);
  });
  await db.schema.createTable('matters', (t) => {
    t.string('id', 100).primary(); // generated from the 事项编码, else the name, never typed
    t.string('code', 100).unique(); // 事项编码, when it has one
    // What search and lists show: of the draft when there is one, else of the latest version.
    t.text('name_zh').notNullable();
    t.text('name_en');
    t.string('department_id', 100);
    t.text('department_name');
    t.string('region', 20).notNullable();
    t.integer('latest_version').notNullable().defaultTo(0); // 0: never published
    t.text('draft'); // the draft definition as JSON, null when there is none
    t.string('draft_updated_by', 200);
    t.string('draft_updated_at', 40);
    t.string('created_by', 200).notNullable();
    t.string('created_at', 40).notNullable();
    t.index(['region']);
    t.index(['department_id']);
  });
  await db.schema.createTable('matter_versions', (t) => {
    t.string('matter_id', 100).notNullable().references('matters.id');
    t.integer('version').notNullable();
    t.text('definition').notNullable(); // the matter definition (matter.schema.json) as JSON
    t.string('digest', 64).notNullable(); // sha256 of the definition: finds the version a bundle embeds
    t.string('published_by', 200).notNullable();
    t.string('published_at', 40).notNullable();
    t.primary(['matter_id', 'version']);
    t.index(['matter_id', 'digest']);
  });
  await db.schema.createTable('bundle_version_matters', (t) => {
    t.string('bundle_id', 100).notNullable();
    t.integer('bundle_version').notNullable();
    t.string('matter_id', 100).notNullable();
    t.integer('matter_version').notNullable();
    t.primary(['bundle_id', 'bundle_version', 'matter_id']);
    t.foreign(['bundle_id', 'bundle_version']).references(['bundle_id', 'version']).inTable('bundle_versions');
    t.foreign(['matter_id', 'matter_version']).references(['matter_id', 'version']).inTable('matter_versions');
    t.index(['matter_id', 'matter_version']);
  });
}
