// The draft_parties table (migration 024): the people a draft names, rewritten at each save of the draft,
// and their confirmations. A person still named keeps their confirmation, which counts only while the
// draft's answers and data are what they confirmed (content_hash).
import type { Knex } from 'knex';
import type { NamedParty, Party, PartyRole } from './namedParties.ts';

export interface DraftPartyRow {
  id: number;
  draft_id: string;
  party: Party;
  /** JSON PartyRole. */
  role: string;
  id_number: string;
  name: string;
  required: boolean | number;
  subject: string | null;
  content_hash: string | null;
  confirmed_at: string | null;
}

const key = (p: { party: string; idNumber: string }) => `${p.party}:${p.idNumber}`;

/** Makes the draft's rows the people `named` (in the caller's transaction). */
export async function rewriteDraftParties(trx: Knex, draftId: string, named: readonly NamedParty[]): Promise<void> {
  const rows = (await trx('draft_parties').where({ draft_id: draftId })) as DraftPartyRow[];
  const wanted = new Map(named.map((p) => [key(p), p]));
  const gone = rows.filter((r) => !wanted.has(key({ party: r.party, idNumber: r.id_number }))).map((r) => r.id);
  if (gone.length > 0) await trx('draft_parties').whereIn('id', gone).delete();
  for (const person of named) {
    const existing = rows.find((r) => key({ party: r.party, idNumber: r.id_number }) === key(person));
    const columns = { role: JSON.stringify(person.role), name: person.name, required: person.required };
    if (existing) await trx('draft_parties').where({ id: existing.id }).update(columns);
    else await trx('draft_parties').insert({ draft_id: draftId, party: person.party, id_number: person.idNumber, ...columns });
  }
}

export const draftPartiesOf = async (db: Knex, draftId: string): Promise<DraftPartyRow[]> =>
  (await db('draft_parties').where({ draft_id: draftId }).orderBy('id')) as DraftPartyRow[];

export const roleOf = (row: { role: string }): PartyRole => JSON.parse(row.role) as PartyRole;

/** Whether the person confirmed exactly this content. */
export const confirmedFor = (row: DraftPartyRow, hash: string): boolean => row.confirmed_at !== null && row.content_hash === hash;
