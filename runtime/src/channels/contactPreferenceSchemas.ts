// The shapes of the notification preference routes (通知方式).
import Type from 'typebox';
import { component } from '../http/apiComponents.ts';
import { closed } from '../http/apiSchemas.ts';

const choice = {
  sms: Type.Boolean({ description: 'Receive notifications by SMS (短信) too.' }),
  email: Type.Boolean({ description: 'Receive notifications by e-mail (电子邮件) too.' }),
  phone: Type.Union([Type.String({ maxLength: 20 }), Type.Null()], { description: 'The mainland mobile number for SMS: 11 digits starting with 1 (422 CONTACT_PHONE_INVALID otherwise).' }),
  emailAddress: Type.Union([Type.String({ maxLength: 254 }), Type.Null()], { description: 'The e-mail address (422 CONTACT_EMAIL_INVALID when malformed).' }),
  language: Type.Union([Type.Literal('zh'), Type.Literal('en')], { description: 'The language of the SMS and e-mail messages.' }),
};

export const ContactPreferencesRequest = component(
  'ContactPreferencesRequest',
  closed(choice, { description: '通知方式: the channels chosen besides the in-app inbox (which always receives every notification), with the number and address they go to.' }),
);

export const ContactPreferences = component(
  'ContactPreferences',
  closed(
    {
      ...choice,
      saved: Type.Boolean({ description: 'Whether the citizen saved a choice; until then no SMS or e-mail is sent, and phone and emailAddress are those of the identity provider (OIDC phone_number, email), if it gave them.' }),
      available: closed(
        { sms: Type.Boolean(), email: Type.Boolean() },
        { description: 'The channels this server sends on (a gateway is configured: ONEGO_SMS_URL, ONEGO_EMAIL_URL).' },
      ),
    },
    { description: '通知方式: how the citizen is told of their applications besides the in-app inbox.' },
  ),
);
