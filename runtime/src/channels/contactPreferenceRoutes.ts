// /api/notification-preferences: the citizen's 通知方式 (SMS and e-mail besides the in-app inbox).
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { coded, failure } from '../openapi/responses.ts';
import type { ContactPreferenceService } from './contactPreferenceService.ts';
import { ContactPreferences, ContactPreferencesRequest } from './contactPreferenceSchemas.ts';

export const contactPreferenceApi = declareApi({
  getNotificationPreferences: {
    operationId: 'getNotificationPreferences',
    method: 'get',
    path: '/api/notification-preferences',
    tags: ['notifications'],
    summary: 'Get how the citizen is told of their applications (通知方式)',
    description:
      '通知方式 (citizen): the channels chosen besides the in-app inbox — SMS and e-mail — with the mobile number, e-mail address and language of the messages. Until the citizen saves a choice, neither is chosen and the number and address are those the identity provider gave (OIDC `phone_number`, `email`), offered, never used unasked. `available` says which channels this server sends on. Role: citizen.',
    access: ['citizen'],
    response: { status: 200, description: 'The preferences.', schema: ContactPreferences },
    otherResponses: {},
  },
  putNotificationPreferences: {
    operationId: 'putNotificationPreferences',
    method: 'put',
    path: '/api/notification-preferences',
    tags: ['notifications'],
    summary: 'Choose how the citizen is told of their applications (通知方式)',
    description:
      "通知方式 (citizen): saves the channels besides the in-app inbox. From then on each notification to the citizen (申请已提交, 请补正, 事项通过/未通过, 办结, 不予办理 …) is also sent on each chosen channel, in the chosen language, through the channel's gateway (an outbox: retried with backoff, sent once). Turning a channel off stops what is not yet queued. Role: citizen.",
    access: ['citizen'],
    body: { schema: ContactPreferencesRequest, description: 'The choice.' },
    response: { status: 200, description: 'The preferences saved.', schema: ContactPreferences },
    otherResponses: {
      '422': failure(
        'CHANNEL_NOT_AVAILABLE: this server sends no notifications on a channel chosen. CONTACT_PHONE_INVALID / CONTACT_EMAIL_INVALID: the number or address is malformed. CONTACT_PHONE_REQUIRED / CONTACT_EMAIL_REQUIRED: a channel is chosen without its number or address. Nothing is saved.',
        coded(['CHANNEL_NOT_AVAILABLE', 'CONTACT_PHONE_INVALID', 'CONTACT_EMAIL_INVALID', 'CONTACT_PHONE_REQUIRED', 'CONTACT_EMAIL_REQUIRED']),
      ),
    },
  },
});

export function contactPreferenceRoutes(preferences: ContactPreferenceService) {
  return mountRoutes(contactPreferenceApi, {
    getNotificationPreferences: ({ principal, lang }) => preferences.view(principal, lang),
    putNotificationPreferences: ({ principal, body }) => preferences.save(principal, body),
  });
}
