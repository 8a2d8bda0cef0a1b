// The paths and schemas of the working-day calendars (runtime/src/calendars/calendarRoutes.ts).
import { always, badRequest, bodyLimits, coded, failure, forbidden, jsonBody, notFound, ok, unauthenticated } from './responses.ts';
import { closed, definition, instant, schemaRef, type JsonSchema } from './schemas.ts';

const lang: JsonSchema = { $ref: '#/components/parameters/AcceptLanguage' };
const target: JsonSchema[] = [
  {
    name: 'region',
    in: 'path',
    required: true,
    description: '"national" for the State Council’s schedule, or the 6-digit GB/T 2260 code of a region whose own public holidays overlay it (e.g. 450000 广西).',
    schema: { type: 'string', pattern: '^(national|[1-9][0-9]{5})$' },
  },
  { name: 'year', in: 'path', required: true, description: 'The year, 2000–2100.', schema: { type: 'integer', minimum: 2000, maximum: 2100 } },
];
const badTarget = badRequest('region is not "national" or a 6-digit division code, or year is not a whole number from 2000 to 2100.');

export const calendarTags: JsonSchema[] = [
  {
    name: 'calendars',
    description:
      '工作日历: the national holiday schedules (国务院办公厅部分节假日安排) and regional overlays deadlines count working days with. A deadline reaching a year that is not loaded counts Monday–Friday and is marked provisional (dueAtProvisional); loading the year re-bases it.',
  },
];

export const calendarSchemas: Record<string, JsonSchema> = {
  CalendarWarning: closed(
    {
      code: { type: 'string', enum: ['CALENDAR_YEAR_MISSING', 'CALENDAR_NEXT_YEAR_MISSING'], description: 'The current year’s national schedule is missing, or (from 1 November) next year’s.' },
      year: { type: 'integer', description: 'The missing year.' },
      message: { type: 'string', description: 'What to do, in the response language (GET /api/calendars; /health gives code and year only).' },
    },
    ['code', 'year'],
  ),
  CalendarListing: closed(
    {
      nationalYears: { type: 'array', items: { type: 'integer' }, description: 'The years of the national schedule that are loaded, ascending.' },
      calendars: {
        type: 'array',
        items: closed(
          {
            region: { type: 'string', description: '"national" or the division code of a regional overlay.' },
            regionName: { type: ['string', 'null'], description: 'The region’s name in the response language; null for the national schedule.' },
            year: { type: 'integer' },
            source: { type: 'string', description: 'The notice it comes from.' },
            origin: { type: 'string', enum: ['shipped', 'file', 'upload'], description: 'Shipped with OneGo, a file of ONEGO_CALENDAR_DIR, or uploaded by an admin.' },
            loadedBy: { type: 'string' },
            loadedAt: instant('When it was stored.'),
            holidays: { type: 'integer', minimum: 0, description: 'How many holiday periods it lists.' },
            workdays: { type: 'integer', minimum: 0, description: 'How many make-up working days (调休上班) it lists.' },
          },
          ['region', 'regionName', 'year', 'source', 'origin', 'loadedBy', 'loadedAt', 'holidays', 'workdays'],
        ),
      },
      warnings: {
        type: 'array',
        items: schemaRef('CalendarWarning'),
        description: 'What an operator should do: load the missing year. Empty when nothing is missing.',
      },
    },
    ['nationalYears', 'calendars', 'warnings'],
  ),
  CalendarLoad: closed(
    {
      region: { type: 'string' },
      year: { type: 'integer' },
      changed: { type: 'boolean', description: 'False when the same document was loaded already: nothing was written.' },
      dryRun: { type: 'boolean' },
      count: { type: 'integer', minimum: 0, description: 'How many task deadlines moved (or would move).' },
      rectifications: {
        type: 'array',
        description: 'Open rectifications (差评整改) whose deadline moved (or would move), or stopped being provisional.',
        items: closed(
          {
            rectificationId: { type: 'string', format: 'uuid' },
            applicationId: { type: 'string', format: 'uuid' },
            department: { type: 'string' },
            from: instant('The deadline before.'),
            to: instant('The deadline now.'),
            provisional: { type: 'boolean' },
          },
          ['rectificationId', 'applicationId', 'department', 'from', 'to', 'provisional'],
        ),
      },
      rebased: {
        type: 'array',
        items: closed(
          {
            applicationId: { type: 'string', format: 'uuid' },
            taskId: { type: 'string', format: 'uuid' },
            bundleName: { type: 'string' },
            matterId: { type: 'string' },
            matterName: { type: 'string' },
            department: { type: 'string' },
            departmentName: { type: 'string' },
            from: instant('The deadline before.'),
            to: instant('The deadline now (the same when only the provisional mark went).'),
            provisional: { type: 'boolean', description: 'Still provisional (a year it reaches is still missing).' },
          },
          ['applicationId', 'taskId', 'bundleName', 'matterId', 'matterName', 'department', 'departmentName', 'from', 'to', 'provisional'],
        ),
      },
    },
    ['region', 'year', 'changed', 'dryRun', 'count', 'rebased', 'rectifications'],
  ),
};

export const calendarPaths: Record<string, Record<string, JsonSchema>> = {
  '/api/calendars': {
    get: {
      tags: ['calendars'],
      operationId: 'listCalendars',
      summary: 'The working-day calendars loaded, and what is missing',
      description: '工作日历: every national year and regional overlay stored, with its source, and warnings of missing years. No token needed: holiday schedules are public.',
      security: [],
      parameters: [lang],
      responses: { '200': ok('The calendars loaded.', schemaRef('CalendarListing')), '401': unauthenticated, ...always },
    },
  },
  '/api/calendars/{region}/{year}': {
    get: {
      tags: ['calendars'],
      operationId: 'getCalendar',
      summary: 'One year’s calendar document',
      description: 'The calendar file of a region and year as stored (schemas/calendar.schema.json). No token needed.',
      security: [],
      parameters: [...target, lang],
      responses: {
        '200': ok('The calendar document.', definition('calendar')),
        '400': badTarget,
        '401': unauthenticated,
        '404': notFound('CALENDAR_NOT_FOUND', 'no calendar of that region and year is loaded.'),
        ...always,
      },
    },
    put: {
      tags: ['calendars'],
      operationId: 'loadCalendar',
      summary: 'Load a year’s holiday schedule (admin), re-basing the deadlines it moves',
      description:
        '导入节假日安排: the body is a calendar file (schemas/calendar.schema.json, e.g. made by `onego calendar parse`), checked like `onego validate` and against the region and year of the path. Stored for every process; then every open deadline that counted the year by the weekday rule (or, for a corrected year, any it moves) is computed again from the same acceptance, limit and paused periods, its warning and overdue timers moved (fired ones stay fired), and DEADLINE_REBASED written to the timeline. Loading the same file again changes nothing. ?dryRun=true answers what would move and writes nothing. Role: admin.',
      security: [{ bearer: ['admin'] }],
      parameters: [...target, { name: 'dryRun', in: 'query', required: false, description: 'true: preview only.', schema: { type: 'string', enum: ['true', 'false', '1', '0'] } }, lang],
      requestBody: jsonBody(definition('calendar'), 'The calendar file of that region and year.'),
      responses: {
        '200': ok('Loaded (or previewed): the deadlines that moved.', schemaRef('CalendarLoad')),
        '400': badTarget,
        '401': unauthenticated,
        '403': forbidden('the caller is not an admin.'),
        '422': failure('DEFINITION_INVALID: the file fails the checks of `onego validate`, is of another year or region, or cannot be combined with the loaded calendars; issues lists each problem.', {
          ...coded(['DEFINITION_INVALID'], 'DefinitionInvalid'),
          required: ['issues'],
        }),
        ...bodyLimits,
        ...always,
      },
    },
  },
};
