// The shapes of the rectification routes (差评整改): a department's rectification tasks, one with what the
// citizen said, and the department's answer.
import Type from 'typebox';
import { component } from '../http/apiComponents.ts';
import { closed, instant, localized, nullableInstant, nullableText, uuid } from '../http/apiSchemas.ts';
import { RectificationStatus, score } from './ratingSchemas.ts';

const rectificationProperties = {
  id: uuid(),
  applicationId: uuid(),
  department: Type.String({ description: 'The department that must rectify.' }),
  status: RectificationStatus,
  openedAt: instant('When the bad rating opened it.'),
  dueAt: instant('The deadline: the end (China Standard Time) of the last of ONEGO_RECTIFICATION_DAYS working days (default 5) after the rating.'),
  dueAtProvisional: Type.Boolean({
    description: 'An open rectification whose deadline counted days of a year without a loaded holiday schedule, Monday–Friday; re-based when the year is loaded.',
  }),
  overdueAt: nullableInstant('When it was flagged overdue; kept after a late answer.'),
  answeredAt: nullableInstant('When the department answered.'),
  onTime: Type.Union([Type.Boolean(), Type.Null()], { description: 'Answered by the deadline: true or false once answered, null before.' }),
};

export const Rectification = component('Rectification', closed(rectificationProperties, { description: '差评整改: a rectification task of a department.' }));

export const RectificationDetail = component(
  'RectificationDetail',
  closed(
    {
      ...rectificationProperties,
      bundleId: Type.String(),
      bundleName: localized('The bundle name.'),
      cause: closed({
        overall: Type.Union([closed({ score, comment: nullableText('The comment on the whole service.') }), Type.Null()], {
          description: 'The overall score when it was bad; null when only matter scores caused it.',
        }),
        matters: Type.Array(closed({ matterId: Type.String(), name: localized('The matter name.'), score, comment: nullableText('The comment.') }), {
          description: 'This department’s matters rated bad, with the comments.',
        }),
      }),
      answer: nullableText('The answer, once given.'),
      measures: nullableText('The measures, if stated.'),
      answeredBy: nullableText('The answering officer’s subject.'),
    },
    { description: '差评整改: a rectification with what the citizen said about the department.' },
  ),
);

// The answer is checked by the rectification rules, which locate each problem for the form (422
// VALIDATION_FAILED): the declared shape only requires an object, and describes the rest.
export const RectificationAnswer = component(
  'RectificationAnswer',
  Type.Object(
    {
      answer: Type.Optional(Type.Unknown({ description: 'Required: what the department did, text of 1 to 2000 characters (not only spaces). Checked by the rules: 422 VALIDATION_FAILED.' })),
      measures: Type.Optional(Type.Unknown({ description: 'Optional: the lasting measures, text of at most 2000 characters. Checked by the rules: 422 VALIDATION_FAILED.' })),
    },
    { description: 'The department’s answer (整改答复): what it did, and optionally the lasting measures; each ≤ 2000 characters.' },
  ),
);
