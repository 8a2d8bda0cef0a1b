// The JSON body a department's webhook receives: fixed when the delivery is queued, the same bytes on
// every attempt (only the signature's timestamp changes).
import type { NotificationRow } from '../notifications/notificationTypes.ts';

export interface WebhookPayload {
  /** The delivery id (also the X-OneGo-Delivery header): the same on every attempt; deduplicate by it. */
  id: string;
  type: string;
  department: string;
  createdAt: string;
  notification: {
    id: number;
    type: string;
    applicationId: string | null;
    matterId: string | null;
    title: { zh: string; en: string };
    body: { zh: string; en: string };
    details: Record<string, unknown>;
    createdAt: string;
  };
}

export function webhookPayload(deliveryId: string, row: NotificationRow): WebhookPayload {
  return {
    id: deliveryId,
    type: row.type,
    department: row.recipient,
    createdAt: row.created_at,
    notification: {
      id: row.id,
      type: row.type,
      applicationId: row.application_id,
      matterId: row.matter_id,
      title: { zh: row.title_zh, en: row.title_en },
      body: { zh: row.body_zh, en: row.body_en },
      details: JSON.parse(row.details) as Record<string, unknown>,
      createdAt: row.created_at,
    },
  };
}
