// The shapes of the working-day calendar routes: what is loaded (and what is missing), and what loading a
// year moved. A calendar document itself is the definition format's (schemas/calendar.schema.json).
import Type from 'typebox';
import { component } from '../http/apiComponents.ts';
import { closed, instant, uuid } from '../http/apiSchemas.ts';

const CalendarWarning = component(
  'CalendarWarning',
  closed({
    code: Type.Union([Type.Literal('CALENDAR_YEAR_MISSING'), Type.Literal('CALENDAR_NEXT_YEAR_MISSING')], {
      description: 'The current year’s national schedule is missing, or (from 1 November) next year’s.',
    }),
    year: Type.Integer({ description: 'The missing year.' }),
    message: Type.Optional(Type.String({ description: 'What to do, in the response language (GET /api/calendars; /health gives code and year only).' })),
  }),
);

export const CalendarListing = component(
  'CalendarListing',
  closed({
    nationalYears: Type.Array(Type.Integer(), { description: 'The years of the national schedule that are loaded, ascending.' }),
    calendars: Type.Array(
      closed({
        region: Type.String({ description: '"national" or the division code of a regional overlay.' }),
        regionName: Type.Union([Type.String(), Type.Null()], { description: 'The region’s name in the response language; null for the national schedule.' }),
        year: Type.Integer(),
        source: Type.String({ description: 'The notice it comes from.' }),
        origin: Type.Union([Type.Literal('shipped'), Type.Literal('file'), Type.Literal('upload')], {
          description: 'Shipped with OneGo, a file of ONEGO_CALENDAR_DIR, or uploaded by an admin.',
        }),
        loadedBy: Type.String(),
        loadedAt: instant('When it was stored.'),
        holidays: Type.Integer({ minimum: 0, description: 'How many holiday periods it lists.' }),
        workdays: Type.Integer({ minimum: 0, description: 'How many make-up working days (调休上班) it lists.' }),
      }),
    ),
    warnings: Type.Array(CalendarWarning, { description: 'What an operator should do: load the missing year. Empty when nothing is missing.' }),
  }),
);

export const CalendarLoad = component(
  'CalendarLoad',
  closed({
    region: Type.String(),
    year: Type.Integer(),
    changed: Type.Boolean({ description: 'False when the same document was loaded already: nothing was written.' }),
    dryRun: Type.Boolean(),
    count: Type.Integer({ minimum: 0, description: 'How many task deadlines moved (or would move).' }),
    rectifications: Type.Array(
      closed({
        rectificationId: uuid(),
        applicationId: uuid(),
        department: Type.String(),
        from: instant('The deadline before.'),
        to: instant('The deadline now.'),
        provisional: Type.Boolean(),
      }),
      { description: 'Open rectifications (差评整改) whose deadline moved (or would move), or stopped being provisional.' },
    ),
    rebased: Type.Array(
      closed({
        applicationId: uuid(),
        taskId: uuid(),
        bundleName: Type.String(),
        matterId: Type.String(),
        matterName: Type.String(),
        department: Type.String(),
        departmentName: Type.String(),
        from: instant('The deadline before.'),
        to: instant('The deadline now (the same when only the provisional mark went).'),
        provisional: Type.Boolean({ description: 'Still provisional (a year it reaches is still missing).' }),
      }),
    ),
  }),
);
