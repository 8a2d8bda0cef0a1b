// The words of who applies: where a named person stands on a draft, and a co-applicant's role in the
// reader's language (or 被代办人 for the person a proxy applies for).
import type { Lang } from '@onego/engine';
import type { DraftParty } from '../api/types.ts';
import type { MessageKey } from '../i18n/messages.ts';

export const PARTY_STATUS: Record<DraftParty['status'], MessageKey> = {
  applicant: 'who.statusApplicant',
  pending: 'who.statusPending',
  confirmed: 'who.statusConfirmed',
  changed: 'who.statusChanged',
};

/** The co-applicant's role as the bundle names it, or undefined for the person a proxy applies for. */
export const roleName = (part: { role?: { zh: string; en?: string } }, lang: Lang): string | undefined =>
  part.role ? ((lang === 'en' ? part.role.en : undefined) ?? part.role.zh) : undefined;
