// The table of bundle drafts (bundle_drafts): one draft per bundle id, replaced by each save, deleted
// when it is published or discarded.
import type { Knex } from 'knex';

export interface BundleDraftRow {
  bundle_id: string;
  /** The definition as saved (JSON), problems and all. */
  definition: string;
  updated_by: string;
  updated_at: string;
}

/** `db` is the transaction to read in, when called inside one. */
export const readDraft = async (db: Knex, id: string): Promise<BundleDraftRow | undefined> =>
  (await db('bundle_drafts').where({ bundle_id: id }).first()) as BundleDraftRow | undefined;

/** Every draft, last saved first. */
export const draftsLastSavedFirst = (db: Knex): Promise<BundleDraftRow[]> =>
  db<BundleDraftRow>('bundle_drafts').select('*').orderBy([{ column: 'updated_at', order: 'desc' }, { column: 'bundle_id' }]);

/** Stores the draft: a new one, or in place of the one there is. */
export async function writeDraft(trx: Knex, row: BundleDraftRow, replacing: boolean): Promise<void> {
  if (replacing) await trx('bundle_drafts').where({ bundle_id: row.bundle_id }).update(row);
  else await trx('bundle_drafts').insert(row);
}

export async function deleteDraft(trx: Knex, id: string): Promise<void> {
  await trx('bundle_drafts').where({ bundle_id: id }).delete();
}
