// The shapes of who applies (issue #18): the person a proxy applies for, the people a draft or an
// application names (co-applicants, the represented person) and where each stands.
import Type from 'typebox';
import { component } from '../http/apiComponents.ts';
import { anyObject, closed, instant, localized, uuid } from '../http/apiSchemas.ts';
import { PARTIES, PROXY_BASES } from './namedParties.ts';

const Party = Type.Enum(PARTIES, { type: 'string', description: 'coApplicant (共同申请人), or represented (被代办人: the person a proxy applies for).' });
const basis = Type.Enum(PROXY_BASES, {
  type: 'string',
  description: 'How a proxy (代办) may apply: consent (the person signs in and consents; submission waits for it) or guardian (监护人 of a minor, declared by the proxy and recorded; the ID number must show the person is under 18).',
});
const role = Type.Optional(Type.Object({ zh: Type.String(), en: Type.Optional(Type.String()) }, { description: "A co-applicant's role as the bundle names it (父亲, 母亲 …)." }));
const status = Type.Enum(['applicant', 'pending', 'confirmed', 'changed'] as const, {
  type: 'string',
  description: 'applicant: the applicant themself (same ID number); pending: not confirmed yet; confirmed: confirmed the content as it is; changed: confirmed, but the content changed since (to confirm again).',
});

/** What every view of a named person says: their part, role or basis, and name. */
const part = { party: Party, role, basis: Type.Optional(basis) };

export const OnBehalfOf = component(
  'OnBehalfOf',
  Type.Object(
    {
      name: Type.String({ minLength: 1, maxLength: 100, description: 'The name of the person applied for.' }),
      idNumber: Type.String({ pattern: '^[0-9]{17}[0-9Xx]$', description: 'Their resident ID number: they sign in with it to consent, and to see the application.' }),
      basis,
    },
    { additionalProperties: false, description: '代办 / 亲情代办: the person the applicant applies for, and on what basis.' },
  ),
);

export const DraftParty = component(
  'DraftParty',
  closed(
    {
      ...part,
      name: Type.String(),
      idNumber: Type.String({ description: 'The ID number, masked (the first four and last four characters).' }),
      required: Type.Boolean({ description: 'Submission waits for their confirmation.' }),
      status,
      confirmedAt: Type.Optional(instant('When they last confirmed.')),
    },
    { description: 'A person a draft names, and whether they confirmed it.' },
  ),
);

export const CoApplicationSummary = component(
  'CoApplicationSummary',
  closed(
    {
      draftId: uuid(),
      bundleId: Type.String(),
      bundleName: localized('The bundle name.'),
      ...part,
      name: Type.String({ description: 'The name the draft gives the caller.' }),
      status,
      savedAt: instant('When the applicant last saved it.'),
      confirmedAt: Type.Optional(instant('When the caller last confirmed.')),
    },
    { description: 'An application waiting for the caller: they are named as a co-applicant, or as the person a proxy applies for.' },
  ),
);

export const CoApplication = component(
  'CoApplication',
  closed(
    {
      draftId: uuid(),
      bundleId: Type.String(),
      bundleName: localized('The bundle name.'),
      answers: anyObject('The scenario answers.'),
      data: anyObject('The form data as the applicant filled it.'),
      savedAt: instant('When the applicant last saved it.'),
      parts: Type.Array(
        closed({ ...part, name: Type.String(), status, confirmedAt: Type.Optional(instant('When confirmed.')) }),
        { description: "The caller's parts in it." },
      ),
    },
    { description: 'An application as a named person reads it before confirming.' },
  ),
);

export const Confirmation = component('Confirmation', closed({ draftId: uuid(), confirmedAt: instant('When the confirmation was recorded.') }));

export const ApplicationParty = component(
  'ApplicationParty',
  closed(
    {
      ...part,
      name: Type.String(),
      confirmedAt: Type.Union([instant('When they confirmed or consented.'), Type.Null()], { description: 'When they confirmed or consented; null when not asked to (a guardian\'s statement) or an optional co-applicant who did not.' }),
    },
    { description: 'A person the application names besides its applicant.' },
  ),
);
