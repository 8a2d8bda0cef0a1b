// The shapes of the application draft routes (保存草稿): what a citizen saves, and the draft read back.
import Type from 'typebox';
import { component } from '../http/apiComponents.ts';
import { anyObject, closed, instant, uuid } from '../http/apiSchemas.ts';
import { OnBehalfOf } from '../applicants/partySchemas.ts';

const commitments = Type.Array(Type.String({ minLength: 1, maxLength: 100 }), {
  maxItems: 200,
  description: '告知承诺 chosen in the draft: material ids, signed only when the application is submitted with them; default [].',
});

export const DraftRequest = component(
  'DraftRequest',
  Type.Object(
    {
      bundleId: Type.String({ minLength: 1, maxLength: 200 }),
      answers: Type.Optional(anyObject('Answers to the scenario questions; default {}.')),
      data: Type.Optional(anyObject('The merged form data as filled so far; default {}. Fields the bundle’s form does not define are refused (422).')),
      commitments: Type.Optional(commitments),
      onBehalfOf: Type.Optional(OnBehalfOf),
    },
    { description: 'A partly filled application (保存草稿): never validated until it is submitted.' },
  ),
);

export const DraftUpdate = component(
  'DraftUpdate',
  Type.Object(
    {
      answers: Type.Optional(anyObject('The answers; omitted: unchanged.')),
      data: Type.Optional(anyObject('The data; omitted: unchanged.')),
      commitments: Type.Optional(commitments),
      version: Type.Optional(Type.Integer({ minimum: 1, description: 'The version read: a save over a newer one is refused.' })),
      onBehalfOf: Type.Optional(Type.Union([OnBehalfOf, Type.Null()], { description: '代办: the person applied for; null: nobody any more; omitted: unchanged.' })),
    },
    { description: 'New answers and/or data; `version` (the one read) refuses a save over another device’s newer one (409 DRAFT_CONFLICT).' },
  ),
);

export const Draft = component(
  'Draft',
  closed(
    {
      id: uuid(),
      bundleId: Type.String(),
      answers: anyObject('The answers saved.'),
      data: anyObject('The data saved.'),
      commitments,
      version: Type.Integer({ minimum: 1 }),
      createdAt: instant('Created.'),
      updatedAt: instant('Last saved.'),
      expiresAt: instant('When it is deleted unless saved again (ONEGO_DRAFT_TTL_DAYS after the last save).'),
      onBehalfOf: Type.Optional(OnBehalfOf),
    },
    { description: '草稿: a saved, unsubmitted application, the citizen’s alone.' },
  ),
);
