// POST /api/test/clock: moves the server's clock forward and runs what came due (advanceTestClock.ts).
// Mounted only with ONEGO_TEST_CLOCK=1; documented always, with x-onego-enabled-by.
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { notFound } from '../openapi/responses.ts';
import { advanceTestClock, type TestClockDependencies } from './advanceTestClock.ts';
import { TestClock, TestClockRequest } from './testClockSchemas.ts';

export const testClockApi = declareApi({
  advanceTestClock: {
    operationId: 'advanceTestClock',
    method: 'post',
    path: '/api/test/clock',
    tags: ['testing'],
    summary: "Move the server's clock forward (test clock)",
    description:
      "测试时钟. Only when the server runs with ONEGO_TEST_CLOCK=1 (never by default): moves the server's clock forward by advanceMs and fires the deadline timers that came due (warning at 80 % of a time limit, overdue at the deadline) and flags the rectifications (差评整改) past their deadline, sends the issuance requests now due (统一发证, retried after the issuing system was down), works the payment rows now due (收费: orders, payments, refunds), then turns the events written so far into notifications and attempts the webhook deliveries now due, and removes the uploaded files that no upload names once stored longer than the grace period, for end-to-end tests of deadlines across weekends and holidays and of notifications and webhook retries. Without ONEGO_TEST_CLOCK=1 the path does not exist and answers 404 NOT_FOUND. Role: admin.",
    access: ['admin'],
    body: { schema: TestClockRequest, description: 'How far to move the clock.' },
    response: { status: 200, description: 'The new time and how many timers fired.', schema: TestClock },
    otherResponses: { '404': notFound('NOT_FOUND', 'the test clock is not enabled (ONEGO_TEST_CLOCK is not 1).') },
    extensions: { 'x-onego-enabled-by': 'ONEGO_TEST_CLOCK=1' },
  },
});

export function testClockRoutes(deps: TestClockDependencies) {
  return mountRoutes(testClockApi, { advanceTestClock: ({ body }) => advanceTestClock(deps, body.advanceMs) });
}
