// The shapes of the rating routes: what the applicant sends (好差评) and the rating as it is read back.
import Type from 'typebox';
import { component } from '../http/apiComponents.ts';
import { closed, instant, localized, nullableInstant, nullableText, uuid } from '../http/apiSchemas.ts';

export const score = Type.Integer({ minimum: 1, maximum: 5, description: '1 (非常不满意) … 5 (非常满意); 2 or less is a bad rating (差评).' });
// What the applicant sends is checked by the rating rules, which locate each problem for the form
// (422 VALIDATION_FAILED): the declared shape only requires an object, and describes the rest.
const checkedByRules = (description: string) => Type.Unknown({ description: `${description} Checked by the rating rules: 422 VALIDATION_FAILED lists each problem.` });

export const RatingRequest = component(
  'RatingRequest',
  Type.Object(
    {
      overall: Type.Optional(checkedByRules('Required: {score, comment?} — score a whole number from 1 (非常不满意) to 5 (非常满意), comment text of at most 1000 characters.')),
      matters: Type.Optional(
        checkedByRules('Optional: a list of {matterId, score, comment?}, at most one per matter, only matters the application included; score and comment as for overall.'),
      ),
    },
    { description: '好差评: the overall score and, optionally, scores of the matters of the application (事项评价), each with an optional comment (≤ 1000 characters).' },
  ),
);

export const RectificationStatus = Type.Union([Type.Literal('open'), Type.Literal('overdue'), Type.Literal('answered')], {
  description: 'open (待整改), overdue (逾期未整改: flagged once its deadline passed), answered (已整改, on time or late).',
});

export const Rating = component(
  'Rating',
  closed(
    {
      applicationId: uuid(),
      ratedAt: instant('When it was rated.'),
      overall: closed({ score, comment: nullableText('The comment on the whole service.') }),
      matters: Type.Array(
        closed({
          matterId: Type.String(),
          name: localized('The matter name.'),
          department: Type.String(),
          departmentName: localized('The department name.'),
          score,
          comment: nullableText('The comment on this matter.'),
        }),
        { description: 'Matter scores in bundle order (an officer sees only those of their department).' },
      ),
      rectifications: Type.Array(
        closed({
          id: uuid(),
          department: Type.String(),
          status: RectificationStatus,
          dueAt: instant('The deadline.'),
          dueAtProvisional: Type.Boolean({
            description: 'An open rectification whose deadline counted days of a year without a loaded holiday schedule, Monday–Friday; re-based when the year is loaded.',
          }),
          answeredAt: nullableInstant('When answered.'),
          onTime: Type.Union([Type.Boolean(), Type.Null()], { description: 'Answered by the deadline: true or false once answered, null before.' }),
          answer: nullableText('What the department did.'),
          measures: nullableText('Lasting measures, if stated.'),
        }),
        { description: 'The rectifications the rating opened, with the departments’ answers (反馈), by department (an officer sees only their own).' },
      ),
    },
    { description: '好差评: the applicant’s rating of an application and the rectifications it opened.' },
  ),
);
