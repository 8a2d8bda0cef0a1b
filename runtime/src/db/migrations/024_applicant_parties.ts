import type { Knex } from 'knex';

// Who applies (issue #18): the people besides the applicant an application names — co-applicants (共同申请人)
// who confirm it, the person a proxy (代办) applies for — found by their resident ID number, never by an
// account; their confirmations of a draft before it is submitted; and the enterprise (法人) an application
// belongs to, whose authorised users all see it.
export async function up(db: Knex): Promise<void> {
  await db.schema.alterTable('applications', (t) => {
    t.string('enterprise', 18).nullable(); // the unified social credit code of the enterprise that applied
    t.string('enterprise_name', 200).nullable();
    t.index(['enterprise', 'created_at']);
  });
  await db.schema.alterTable('application_drafts', (t) => {
    t.text('on_behalf_of').nullable(); // JSON {name, idNumber, basis}: the person a proxy applies for
  });
  // The people a draft names (rewritten at each save of it) and their confirmations: a confirmation counts
  // only for the content it was given for (content_hash of the answers and data).
  await db.schema.createTable('draft_parties', (t) => {
    t.increments('id');
    t.string('draft_id', 40).notNullable().references('application_drafts.id').onDelete('CASCADE');
    t.string('party', 20).notNullable(); // coApplicant | represented
    t.text('role').notNullable(); // JSON: a co-applicant's role {zh, en}, or {basis} of a proxy application
    t.string('id_number', 18).notNullable();
    t.string('name', 100).notNullable();
    t.boolean('required').notNullable();
    t.string('subject', 200).nullable(); // who signed in and confirmed
    t.string('content_hash', 64).nullable(); // what they confirmed: the draft's answers and data
    t.string('confirmed_at', 40).nullable();
    t.unique(['draft_id', 'party', 'id_number']);
    t.index(['id_number']);
  });
  await db.schema.createTable('application_parties', (t) => {
    t.increments('id');
    t.string('application_id', 40).notNullable().references('applications.id');
    t.string('party', 20).notNullable(); // coApplicant | represented
    t.text('role').notNullable(); // JSON: a co-applicant's role {zh, en}, or how a proxy may apply {basis}
    t.string('id_number', 18).notNullable();
    t.string('name', 100).notNullable();
    t.string('subject', 200).nullable(); // who confirmed or consented, when someone did
    t.string('confirmed_at', 40).nullable();
    t.unique(['application_id', 'party', 'id_number']);
    t.index(['id_number']);
  });
}
