// Queues the SMS and e-mail of citizens' notifications (table channel_deliveries), in the dispatcher's
// transaction that writes the notifications: a notification and its messages are written together or not
// at all. One row per notification and channel the citizen chose (and this server can send on), with the
// message rendered now, in the citizen's language, from the notification kind's template.
import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import { isCitizenNotificationType, type Notification } from '../notifications/notificationTypes.ts';
import type { Channel, ChannelMessage } from './channelConnector.ts';
import { emailMessage, smsMessage } from './channelTemplates.ts';
import { chosenChannels } from './contactPreferenceStore.ts';

/** Returns how many deliveries were queued. */
export async function queueChannelDeliveries(
  trx: Knex.Transaction,
  catalog: BundleCatalog,
  channels: ReadonlySet<Channel>,
  notifications: readonly Notification[],
  now: string,
): Promise<number> {
  if (channels.size === 0) return 0;
  const forCitizens = notifications.filter((n) => n.audience === 'user' && n.applicationId !== null && isCitizenNotificationType(n.type));
  const preferences = await chosenChannels(trx, forCitizens.map((n) => n.recipient));
  const wanted = forCitizens.filter((n) => preferences.has(n.recipient));
  if (wanted.length === 0) return 0;
  const applications = await trx('applications')
    .whereIn('id', [...new Set(wanted.map((n) => n.applicationId as string))])
    .select<{ id: string; bundle_id: string; bundle_version: number }[]>('id', 'bundle_id', 'bundle_version');
  const byId = new Map(applications.map((a) => [a.id, a]));
  const rows: Record<string, unknown>[] = [];
  for (const notification of wanted) {
    const app = byId.get(notification.applicationId as string);
    const chosen = preferences.get(notification.recipient);
    if (!app || !chosen || !isCitizenNotificationType(notification.type)) continue;
    const compiled = await catalog.compiledVersion(app.bundle_id, app.bundle_version, trx);
    const matter = notification.matterId ? compiled.matters.get(notification.matterId) : undefined;
    const params = { bundle: compiled.bundle.name, applicationNo: app.id.slice(0, 8).toUpperCase(), ...(matter ? { matter: matter.name } : {}) };
    const language = chosen.language;
    const queue = (channel: Channel, address: string | null, message: ChannelMessage) => {
      if (!channels.has(channel) || !address) return;
      rows.push({
        id: randomUUID(),
        notification_id: notification.id,
        subject: notification.recipient,
        channel,
        address,
        message: JSON.stringify(message),
        status: 'pending',
        attempts: 0,
        next_attempt_at: now,
        created_at: now,
        updated_at: now,
      });
    };
    if (chosen.sms) queue('sms', chosen.phone, smsMessage(notification.type, language, params));
    if (chosen.email) {
      queue('email', chosen.emailAddress, emailMessage(notification.type, language, params, { title: notification.title[language], body: notification.body[language] }));
    }
  }
  if (rows.length > 0) await trx('channel_deliveries').insert(rows);
  return rows.length;
}
