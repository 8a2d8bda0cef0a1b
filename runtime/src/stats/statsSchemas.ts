// The shapes of the statistics: 好差评 per department and 办件统计 of one bundle, for a period.
import Type from 'typebox';
import { component } from '../http/apiComponents.ts';
import { closed, definitionRef, nullableInstant } from '../http/apiSchemas.ts';

const count = (description?: string) => Type.Integer({ minimum: 0, ...(description ? { description } : {}) });
const nullableNumber = (description?: string) => Type.Union([Type.Number(), Type.Null()], description ? { description } : {});
const rate = (description: string) => Type.Union([Type.Number({ minimum: 0, maximum: 1 }), Type.Null()], { description });

const rangeBounds = {
  from: nullableInstant('The first instant included (the from parameter; a date is 00:00 China Standard Time), null when not given.'),
  to: nullableInstant('The last instant included (a date is 23:59:59.999 China Standard Time), null when not given.'),
};

const scoreFigures = (description: string) =>
  closed(
    {
      count: count(),
      average: nullableNumber('Mean score, 2 decimals; null without scores.'),
      badCount: count('Scores ≤ 2 (差评).'),
    },
    { description },
  );

export const RatingStats = component(
  'RatingStats',
  closed(
    {
      ...rangeBounds,
      departments: Type.Array(
        closed({
          department: Type.String(),
          count: count('Scores concerning the department: its matters’ scores plus the overall score of each rated application it took part in.'),
          average: nullableNumber('Mean of those scores, 2 decimals.'),
          badCount: count('Those ≤ 2.'),
          matterRatings: scoreFigures('Only the scores of its matters.'),
          overallRatings: scoreFigures('Only the overall scores of the applications it took part in.'),
          rectifications: closed(
            {
              opened: count(),
              open: count(),
              overdue: count('Flagged overdue and still unanswered.'),
              answered: count(),
              answeredOnTime: count(),
              answeredLate: count(),
            },
            { description: 'Rectifications opened in the period.' },
          ),
          rectifiedOnTimeRate: rate('按时整改率: answered on time ÷ (answered + unanswered past the deadline), 4 decimals; null when none is due yet.'),
        }),
        { description: 'One entry per department with ratings or rectifications in the period, by department id.' },
      ),
    },
    { description: '好差评统计 per department, for ratings (and rectifications) in the period.' },
  ),
);

const spread = (description: string) =>
  closed(
    {
      median: nullableNumber(),
      p90: nullableNumber('90th percentile (linear interpolation between closest ranks).'),
      average: nullableNumber(),
    },
    { description: `${description} Working days; 2 decimals; null when no application has finished.` },
  );

export const BundleStats = component(
  'BundleStats',
  closed(
    {
      bundleId: Type.String(),
      version: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()], { description: 'The version asked for; null: all versions.' }),
      ...rangeBounds,
      committedTimeLimit: definitionRef('common', '/$defs/timeLimit', 'The committed time limit of the bundle (承诺办结时限) of that version, or of the latest.'),
      applications: closed(
        {
          total: count(),
          byStatus: Type.Object({}, {
            additionalProperties: count(),
            description: 'Applications per status (in_progress, awaiting_supplement, completed, rejected always present).',
          }),
        },
        { description: 'Applications submitted in the period.' },
      ),
      processing: closed({
        finished: count('办结: completed or rejected.'),
        workingDays: spread('Real 办理用时: working days from submission to completion or rejection (the submission day not counted, as deadlines count).'),
        committedWorkingDays: closed(
          {
            before: nullableNumber('Designed before: the included matters’ own committed limits summed (one by one), averaged.'),
            after: nullableNumber('Designed after: the limit each application is held to — the critical path of its included matters’ in-bundle limits — averaged.'),
          },
          { description: 'Designed 减时间 for the same finished applications (engine metrics).' },
        ),
        onTime: count('Finished by the end of the last working day of its limit.'),
        onTimeRate: rate('按时办结率, 4 decimals; null when none finished.'),
        provisional: count('Of the finished: how many were counted over a year whose holiday schedule is not loaded (Monday–Friday, provisionally).'),
      }),
      autoApproval: closed({
        decidedMatters: count('Matters approved or rejected by an officer or a rule (not those rejected only because a matter they wait for was rejected).'),
        byRule: count('Of those, decided by rule (秒批: decidedBy rule <version>).'),
        rate: rate('秒批率, 4 decimals.'),
      }),
      visits: closed({
        before: nullableNumber('On-site visits the included matters need one by one, averaged.'),
        after: nullableNumber('Visits of the bundle, averaged.'),
        avoided: nullableNumber('减跑动: before − after, averaged over the applications.'),
      }),
    },
    { description: '办件统计 of one bundle for the applications submitted in the period.' },
  ),
);
