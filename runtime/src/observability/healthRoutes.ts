// GET /health: liveness for probes (never rate-limited), degraded while an operator should act.
import type { CalendarService } from '../calendars/calendarService.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { Health } from './healthSchemas.ts';

export const healthApi = declareApi({
  getHealth: {
    operationId: 'getHealth',
    method: 'get',
    path: '/health',
    tags: ['operations'],
    summary: 'Liveness check',
    description: '健康检查: answers {"status":"ok"} while the process serves requests. No token needed.',
    access: 'public',
    response: { status: 200, description: 'The server is up.', schema: Health },
    otherResponses: {},
  },
});

export function healthRoutes(calendars: CalendarService) {
  return mountRoutes(healthApi, {
    getHealth: () => {
      // Degraded, not down: the service works (missing holiday years count provisionally), but an
      // operator should act (load next year's schedule).
      const warnings = calendars.warnings();
      return warnings.length > 0 ? { status: 'degraded' as const, warnings } : { status: 'ok' as const };
    },
  });
}
