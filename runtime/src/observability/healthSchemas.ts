// The shape of GET /health: ok, or degraded with the calendar warnings an operator should act on.
import Type from 'typebox';
import type { CalendarWarning } from '../calendars/calendarWarnings.ts';
import { component } from '../http/apiComponents.ts';
import { closed } from '../http/apiSchemas.ts';

export const Health = component(
  'Health',
  Type.Union([
    closed({ status: Type.Literal('ok') }),
    closed(
      { status: Type.Literal('degraded'), warnings: Type.Array(Type.Unsafe<CalendarWarning>({ $ref: '#/components/schemas/CalendarWarning' }), { minItems: 1 }) },
      {
        description:
          'The service works, but an operator should act: e.g. next year’s national holiday schedule is not loaded (deadlines reaching into it count Monday–Friday, provisionally). Still HTTP 200.',
      },
    ),
  ]),
);
