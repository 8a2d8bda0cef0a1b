// 通知方式: which channels besides the in-app inbox a citizen receives their notifications on (SMS, e-mail),
// at which number and address, in which language. Until the citizen saves a choice, none: the number and
// address the identity provider gave are offered, never used unasked.
import type { Principal } from '../auth/principal.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import { DomainError } from '../domainError.ts';
import type { Channel } from './channelConnector.ts';
import { isEmailAddress, isMobileNumber } from './contactAddresses.ts';
import { preferencesOf, type ContactPreferenceRow, type ContactPreferences } from './contactPreferenceStore.ts';

export interface ContactPreferencesView extends ContactPreferences {
  /** Whether the citizen has saved a choice (else: the defaults, with the identity provider's number and address). */
  saved: boolean;
  /** The channels this server can send on. */
  available: { sms: boolean; email: boolean };
}

export class ContactPreferenceService {
  constructor(private readonly deps: { db: Database; clock: Clock; channels: () => ReadonlySet<Channel> }) {}

  private available() {
    const channels = this.deps.channels();
    return { sms: channels.has('sms'), email: channels.has('email') };
  }

  async view(principal: Principal, lang: 'zh' | 'en'): Promise<ContactPreferencesView> {
    const row = (await this.deps.db('contact_preferences').where({ subject: principal.subject }).first()) as ContactPreferenceRow | undefined;
    if (row) return { ...preferencesOf(row), saved: true, available: this.available() };
    return { sms: false, email: false, phone: principal.phone ?? null, emailAddress: principal.email ?? null, language: lang, saved: false, available: this.available() };
  }

  async save(principal: Principal, choice: ContactPreferences): Promise<ContactPreferencesView> {
    const phone = choice.phone?.trim() || null;
    const emailAddress = choice.emailAddress?.trim() || null;
    const available = this.available();
    if (choice.sms && !available.sms) throw new DomainError('CHANNEL_NOT_AVAILABLE');
    if (choice.email && !available.email) throw new DomainError('CHANNEL_NOT_AVAILABLE');
    if (phone !== null && !isMobileNumber(phone)) throw new DomainError('CONTACT_PHONE_INVALID');
    if (emailAddress !== null && !isEmailAddress(emailAddress)) throw new DomainError('CONTACT_EMAIL_INVALID');
    if (choice.sms && phone === null) throw new DomainError('CONTACT_PHONE_REQUIRED');
    if (choice.email && emailAddress === null) throw new DomainError('CONTACT_EMAIL_REQUIRED');
    const row = { subject: principal.subject, sms: choice.sms, email: choice.email, phone, email_address: emailAddress, language: choice.language, updated_at: this.deps.clock.now().toISOString() };
    await this.deps.db('contact_preferences').insert(row).onConflict('subject').merge();
    return { sms: choice.sms, email: choice.email, phone, emailAddress, language: choice.language, saved: true, available };
  }
}
