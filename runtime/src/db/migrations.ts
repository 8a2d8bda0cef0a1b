// The forward-only migrations, in order: one file each under migrations/, named as knex_migrations records
// them. Never edit one that has shipped: add the next (runtime/README.md, "Adding a migration"). A
// migration imports knex and nothing else of OneGo, so that what it does never changes with the code;
// a data change that needs OneGo's code is a one-off step run after the migrations (migrateDatabase.ts).
// Portable SQL only (SQLite and PostgreSQL): knex schema builder, no SQLite-only features.
import type { Knex } from 'knex';
import * as m001 from './migrations/001_initial.ts';
import * as m002 from './migrations/002_timer_retries.ts';
import * as m003 from './migrations/003_task_inbox_order.ts';
import * as m004 from './migrations/004_material_uploads.ts';
import * as m005 from './migrations/005_shared_data_provenance.ts';
import * as m006 from './migrations/006_notifications_and_webhooks.ts';
import * as m007 from './migrations/007_ratings_and_rectifications.ts';
import * as m008 from './migrations/008_commitments_and_drafts.ts';
import * as m009 from './migrations/009_task_counts.ts';
import * as m010 from './migrations/010_draft_material_uploads.ts';
import * as m011 from './migrations/011_compact_history.ts';
import * as m012 from './migrations/012_calendars.ts';
import * as m013 from './migrations/013_rectification_deadlines.ts';
import * as m014 from './migrations/014_matter_catalogue.ts';
import * as m015 from './migrations/015_bundle_withdrawals.ts';
import * as m016 from './migrations/016_regional_departments.ts';
import * as m017 from './migrations/017_notification_outbox.ts';
import * as m018 from './migrations/018_local_data_elements.ts';
import * as m019 from './migrations/019_task_holders.ts';
import * as m020 from './migrations/020_issuance_requests.ts';
import * as m021 from './migrations/021_blob_store.ts';
import * as m022 from './migrations/022_document_keys.ts';
import * as m023 from './migrations/023_channels_and_signatures.ts';
import * as m024 from './migrations/024_applicant_parties.ts';
import * as m025 from './migrations/025_payments.ts';
import * as m026 from './migrations/026_step_deadlines.ts';
import * as m027 from './migrations/027_application_ends.ts';
import * as m028 from './migrations/028_payment_order_number.ts';

export interface NamedMigration extends Knex.Migration {
  /** The file's name without .ts, as recorded in knex_migrations: never renamed. */
  name: string;
}

function forwardOnly(): Promise<void> {
  return Promise.reject(new Error('migrations are forward-only'));
}

const migration = (name: string, file: { up: (db: Knex) => Promise<void> }): NamedMigration => ({ name, up: file.up, down: forwardOnly });

export const MIGRATIONS: readonly NamedMigration[] = [
  migration('001_initial', m001),
  migration('002_timer_retries', m002),
  migration('003_task_inbox_order', m003),
  migration('004_material_uploads', m004),
  migration('005_shared_data_provenance', m005),
  migration('006_notifications_and_webhooks', m006),
  migration('007_ratings_and_rectifications', m007),
  migration('008_commitments_and_drafts', m008),
  migration('009_task_counts', m009),
  migration('010_draft_material_uploads', m010),
  migration('011_compact_history', m011),
  migration('012_calendars', m012),
  migration('013_rectification_deadlines', m013),
  migration('014_matter_catalogue', m014),
  migration('015_bundle_withdrawals', m015),
  migration('016_regional_departments', m016),
  migration('017_notification_outbox', m017),
  migration('018_local_data_elements', m018),
  migration('019_task_holders', m019),
  migration('020_issuance_requests', m020),
  migration('021_blob_store', m021),
  migration('022_document_keys', m022),
  migration('023_channels_and_signatures', m023),
  migration('024_applicant_parties', m024),
  migration('025_payments', m025),
  migration('026_step_deadlines', m026),
  migration('027_application_ends', m027),
  migration('028_payment_order_number', m028),
];

/** knex's source for these migrations (the files are listed here, not found on disk: tsx runs them). */
export function migrationSource(migrations: readonly NamedMigration[] = MIGRATIONS): Knex.MigrationSource<NamedMigration> {
  return {
    getMigrations: () => Promise.resolve([...migrations]),
    getMigrationName: (m) => m.name,
    getMigration: (m) => Promise.resolve(m),
  };
}
