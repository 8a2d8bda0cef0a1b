// /api/calendars: the working-day calendars loaded (public: holiday schedules are public), one year's
// document, and loading a year (admins; `?dryRun=true` previews which deadlines would move).
import type { Calendar } from '@onego/schemas/types';
import Type from 'typebox';
import { anyObject, definitionRef } from '../http/apiSchemas.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { coded, failure, notFound } from '../openapi/responses.ts';
import { CalendarListing, CalendarLoad } from './calendarSchemas.ts';
import type { CalendarService } from './calendarService.ts';

const target = Type.Object({
  region: Type.String({
    pattern: '^(national|[1-9][0-9]{5})$',
    description: '"national" for the State Council’s schedule, or the 6-digit GB/T 2260 code of a region whose own public holidays overlay it (e.g. 450000 广西).',
    examples: ['national', '450000'],
  }),
  year: Type.Integer({ minimum: 2000, maximum: 2100, description: 'The year, 2000–2100.', examples: [2026] }),
});
const calendarDocument = (description?: string) => definitionRef<Calendar>('calendar', '', description);

export const calendarApi = declareApi({
  listCalendars: {
    operationId: 'listCalendars',
    method: 'get',
    path: '/api/calendars',
    tags: ['calendars'],
    summary: 'The working-day calendars loaded, and what is missing',
    description: '工作日历: every national year and regional overlay stored, with its source, and warnings of missing years. No token needed: holiday schedules are public.',
    access: 'public',
    response: { status: 200, description: 'The calendars loaded.', schema: CalendarListing },
    otherResponses: {},
  },
  getCalendar: {
    operationId: 'getCalendar',
    method: 'get',
    path: '/api/calendars/{region}/{year}',
    tags: ['calendars'],
    summary: 'One year’s calendar document',
    description: 'The calendar file of a region and year as stored (schemas/calendar.schema.json). No token needed.',
    access: 'public',
    params: target,
    response: { status: 200, description: 'The calendar document.', schema: calendarDocument() },
    otherResponses: { '404': notFound('CALENDAR_NOT_FOUND', 'no calendar of that region and year is loaded.') },
  },
  loadCalendar: {
    operationId: 'loadCalendar',
    method: 'put',
    path: '/api/calendars/{region}/{year}',
    tags: ['calendars'],
    summary: 'Load a year’s holiday schedule (admin), re-basing the deadlines it moves',
    description:
      '导入节假日安排: the body is a calendar file (schemas/calendar.schema.json, e.g. made by `onego calendar parse`), checked like `onego validate` and against the region and year of the path. Stored for every process; then every open deadline that counted the year by the weekday rule (or, for a corrected year, any it moves) is computed again from the same acceptance, limit and paused periods, its warning and overdue timers moved (fired ones stay fired), and DEADLINE_REBASED written to the timeline. Loading the same file again changes nothing. ?dryRun=true answers what would move and writes nothing. Role: admin.',
    access: ['admin'],
    params: target,
    query: Type.Object({
      dryRun: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false'), Type.Literal('1'), Type.Literal('0')], { description: 'true: preview only.' })),
    }),
    // A JSON object, checked like `onego validate`, which lists every problem (422 DEFINITION_INVALID).
    body: {
      schema: anyObject('A calendar file (schemas/calendar.schema.json), checked like `onego validate`: 422 DEFINITION_INVALID lists each problem.'),
      description: 'The calendar file of that region and year.',
    },
    response: { status: 200, description: 'Loaded (or previewed): the deadlines that moved.', schema: CalendarLoad },
    otherResponses: {
      '422': failure('DEFINITION_INVALID: the file fails the checks of `onego validate`, is of another year or region, or cannot be combined with the loaded calendars; issues lists each problem.', {
        ...coded(['DEFINITION_INVALID'], 'DefinitionInvalid'),
        required: ['issues'],
      }),
    },
  },
});

export function calendarRoutes(calendars: CalendarService) {
  return mountRoutes(calendarApi, {
    listCalendars: ({ lang }) => calendars.listing(lang),
    getCalendar: ({ params }) => calendars.document(params.region, params.year),
    loadCalendar: ({ params, query, body, principal, lang }) =>
      calendars.load(params.region, params.year, body, { by: principal.subject, dryRun: query.dryRun === 'true' || query.dryRun === '1', lang }),
  });
}
