// The application_parties table (migration 024) as the application view shows it.
import type { Knex } from 'knex';
import { roleView, type Party, type PartyRole } from './namedParties.ts';

interface ApplicationPartyRow {
  party: Party;
  role: string;
  name: string;
  confirmed_at: string | null;
}

export async function applicationParties(db: Knex, applicationId: string) {
  const rows = (await db('application_parties').where({ application_id: applicationId }).orderBy('id')) as ApplicationPartyRow[];
  return rows.map((row) => ({ party: row.party, ...roleView(JSON.parse(row.role) as PartyRole), name: row.name, confirmedAt: row.confirmed_at }));
}
