// Table contact_preferences (migration 023): which channels a citizen chose besides the in-app inbox, the
// phone and e-mail address to use, and the language of the messages. No row: no channel.
import type { Knex } from 'knex';

export interface ContactPreferenceRow {
  subject: string;
  sms: boolean | number;
  email: boolean | number;
  phone: string | null;
  email_address: string | null;
  language: string;
  updated_at: string;
}

export interface ContactPreferences {
  sms: boolean;
  email: boolean;
  phone: string | null;
  emailAddress: string | null;
  language: 'zh' | 'en';
}

export const preferencesOf = (row: ContactPreferenceRow): ContactPreferences => ({
  sms: Boolean(row.sms),
  email: Boolean(row.email),
  phone: row.phone,
  emailAddress: row.email_address,
  language: row.language === 'en' ? 'en' : 'zh',
});

/** The preferences of these subjects that chose at least one channel. */
export async function chosenChannels(db: Knex, subjects: readonly string[]): Promise<Map<string, ContactPreferences>> {
  if (subjects.length === 0) return new Map();
  const rows = (await db('contact_preferences')
    .whereIn('subject', [...new Set(subjects)])
    .andWhere((q) => void q.where('sms', true).orWhere('email', true))) as ContactPreferenceRow[];
  return new Map(rows.map((row) => [row.subject, preferencesOf(row)]));
}
