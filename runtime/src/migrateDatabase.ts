// Brings a database up to date: the migrations it lacks (db/applyMigrations.ts), then the one-off data
// steps that need OneGo's code, each right after the migration it completes (only in the run that
// applied that migration). `onego migrate` and the server's start both run this.
import type { Knex } from 'knex';
import { backfillPackingDictionaries } from './bundles/backfillPackingDictionaries.ts';
import { backfillMatterCatalogue } from './catalogue/backfillMatterCatalogue.ts';
import { applyMigrations } from './db/applyMigrations.ts';

interface OneOffStep {
  /** The migration it completes. */
  after: string;
  name: string;
  run(db: Knex): Promise<void>;
}

const STEPS: readonly OneOffStep[] = [
  { after: '011_compact_history', name: 'packing dictionaries of the versions published before 011', run: backfillPackingDictionaries },
  { after: '014_matter_catalogue', name: 'the matters of the bundle versions published before 014 catalogued and pinned', run: backfillMatterCatalogue },
];

export interface MigrationReport {
  /** The migrations applied, in order; empty when the database was up to date. */
  migrations: string[];
  /** The one-off steps run after them. */
  steps: string[];
}

export async function migrateDatabase(db: Knex): Promise<MigrationReport> {
  const migrations = await applyMigrations(db);
  const steps: string[] = [];
  for (const step of STEPS) {
    if (!migrations.includes(step.after)) continue;
    await step.run(db);
    steps.push(step.name);
  }
  return { migrations, steps };
}
