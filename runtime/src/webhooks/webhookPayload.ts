// The JSON body a department's webhook receives: fixed when the delivery is queued, the same bytes on
// every attempt (only the signature's timestamp changes).
import type { Notification } from '../notifications/notificationTypes.ts';

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

export function webhookPayload(deliveryId: string, notification: Notification): WebhookPayload {
  return {
    id: deliveryId,
    type: notification.type,
    department: notification.recipient,
    createdAt: notification.createdAt,
    notification: {
      id: notification.id,
      type: notification.type,
      applicationId: notification.applicationId,
      matterId: notification.matterId,
      title: notification.title,
      body: notification.body,
      details: notification.details,
      createdAt: notification.createdAt,
    },
  };
}
