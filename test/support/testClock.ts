// Test support: moving a server's test clock (ONEGO_TEST_CLOCK=1) to a local time in China.
import { expect } from 'vitest';
import type { client } from './serverProcess.ts';

export interface ClockMove {
  now: string;
  timersFired: number;
  rectificationsOverdue: number;
}

/** Moves the server's clock to a local time in China (+08:00, e.g. '2026-04-27T09:00:00'); returns what the move fired. */
export async function moveClockTo(api: ReturnType<typeof client>, localTime: string): Promise<ClockMove> {
  const current = await api.post<ClockMove>('/api/test/clock', { advanceMs: 0 });
  expect(current.status).toBe(200);
  const advanceMs = Date.parse(`${localTime}+08:00`) - Date.parse(current.body.now);
  expect(advanceMs, `the clock is already past ${localTime}`).toBeGreaterThan(0);
  const moved = await api.post<ClockMove>('/api/test/clock', { advanceMs });
  expect(moved.status).toBe(200);
  return {
    now: moved.body.now,
    timersFired: current.body.timersFired + moved.body.timersFired,
    rectificationsOverdue: current.body.rectificationsOverdue + moved.body.rectificationsOverdue,
  };
}
