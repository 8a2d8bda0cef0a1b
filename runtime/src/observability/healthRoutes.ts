// GET /health: whether this process can serve — it answers and its database answers (503
// DATABASE_UNAVAILABLE when not, for the load balancer to send requests elsewhere) — and degraded while
// an operator should act. Never rate-limited (probes).
import type { CalendarService } from '../calendars/calendarService.ts';
import type { Database } from '../db/createDatabase.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { failure, coded } from '../openapi/responses.ts';
import { checkDatabase } from './databaseCheck.ts';
import { Health } from './healthSchemas.ts';

export const healthApi = declareApi({
  getHealth: {
    operationId: 'getHealth',
    method: 'get',
    path: '/health',
    tags: ['operations'],
    summary: 'Health check',
    description:
      '健康检查: {"status":"ok"} while the process serves requests and its database answers a query within 2 seconds; "degraded" (still 200) while an operator should act. No token needed.',
    access: 'public',
    response: { status: 200, description: 'The server is up and reaches its database.', schema: Health },
    otherResponses: {
      '503': failure('DATABASE_UNAVAILABLE: the process runs but its database does not answer (a load balancer should send requests to another process until this one answers 200 again).', coded(['DATABASE_UNAVAILABLE'])),
    },
  },
});

export function healthRoutes(calendars: CalendarService, db: Database) {
  return mountRoutes(healthApi, {
    getHealth: async () => {
      await checkDatabase(db);
      // Degraded, not down: the service works (missing holiday years count provisionally), but an
      // operator should act (load next year's schedule).
      const warnings = calendars.warnings();
      return warnings.length > 0 ? { status: 'degraded' as const, warnings } : { status: 'ok' as const };
    },
  });
}
