// The deadline scheduler's loop (a PeriodicPass) on a real SQLite file: timers are rows, so a scheduler
// started afresh (a restart) fires what the one before left; the test clock makes timers due; stop drains
// (waits for the timer being fired, fires no more) and resolves even when the run failed. The command
// runner is a stand-in that records the events and can hold one: test/api/deadlines.test.ts and
// timerRetries.test.ts fire real events through the real one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { AdjustableClock } from '../src/clock.ts';
import type { CommandRunner } from '../src/commands/commandRunner.ts';
import { createDatabase, type Database } from '../src/db/createDatabase.ts';
import { DeadlineScheduler } from '../src/timers/scheduler.ts';
import { timerCommand, type TimerCommand } from '../src/timers/timerCommand.ts';

const dir = mkdtempSync(path.join(tmpdir(), 'onego-scheduler-'));
const log = pino({ level: 'silent' });
const START = new Date('2026-03-02T01:00:00.000Z');
const HOUR = 3_600_000;
let db: Database;

/** A stand-in command runner: records each event sent; `hold` makes the next send wait until released. */
function commands() {
  const sent: { applicationId: string; type: string; matterId: string }[] = [];
  let held: { release: () => void } | undefined;
  let holdNext = false;
  const runner = {
    async run(command: TimerCommand) {
      const [event] = (await timerCommand.decide(command, { snapshot: {} as never, compiled: {} as never, row: {} as never, now: new Date().toISOString(), reads: db })).events as readonly { type: string; matterId: string }[];
      sent.push({ applicationId: command.applicationId, type: event?.type ?? '', matterId: event?.matterId ?? '' });
      if (holdNext) {
        holdNext = false;
        await new Promise<void>((resolve) => (held = { release: resolve }));
      }
      return {};
    },
  };
  return {
    runner: runner as unknown as CommandRunner<TimerCommand>,
    sent,
    hold: () => (holdNext = true),
    release: () => held?.release(),
  };
}

const timer = (matterId: string, kind: 'warning' | 'overdue', dueInMs: number) => ({
  application_id: 'app-1',
  matter_id: matterId,
  kind,
  due_at: new Date(START.getTime() + dueInMs).toISOString(),
  status: 'scheduled',
});
const scheduled = async () => (await db('timers').where({ status: 'scheduled' }).orderBy('due_at').select('matter_id')).map((r: { matter_id: string }) => r.matter_id);

beforeAll(async () => {
  db = createDatabase(path.join(dir, 'timers.sqlite'));
  // The columns of table timers the scheduler reads and writes (migrations 001 and 002).
  await db.schema.createTable('timers', (t) => {
    t.increments('id');
    t.string('application_id', 40).notNullable();
    t.string('matter_id', 100).notNullable();
    t.string('kind', 20).notNullable();
    t.string('due_at', 40).notNullable();
    t.string('status', 20).notNullable();
    t.string('fired_at', 40);
    t.integer('attempts').notNullable().defaultTo(0);
    t.text('last_error');
  });
});
beforeEach(async () => {
  await db('timers').delete();
});
afterAll(async () => {
  await db.destroy();
  rmSync(dir, { recursive: true, force: true });
});

describe('the deadline scheduler', () => {
  it('fires the timers the clock makes due; a new scheduler (a restart) fires what the one before left', async () => {
    await db('timers').insert([timer('a', 'warning', HOUR), timer('b', 'overdue', 2 * HOUR), timer('c', 'overdue', 72 * HOUR)]);
    const clock = new AdjustableClock(START);
    const first = commands();
    const before = new DeadlineScheduler(db, first.runner, clock, log, 60_000);
    expect(await before.runDue()).toBe(0);
    clock.advance(2 * HOUR);
    expect(await before.runDue()).toBe(2);
    expect(first.sent).toEqual([
      { applicationId: 'app-1', type: 'DEADLINE_WARNING', matterId: 'a' },
      { applicationId: 'app-1', type: 'OVERDUE', matterId: 'b' },
    ]);
    expect(await scheduled()).toEqual(['c']);
    await before.stop();

    clock.advance(72 * HOUR);
    const second = commands();
    const after = new DeadlineScheduler(db, second.runner, clock, log, 60_000);
    after.start(); // runs at once, then every minute
    await expect.poll(() => second.sent.length).toBe(1);
    await after.stop();
    expect(second.sent).toEqual([{ applicationId: 'app-1', type: 'OVERDUE', matterId: 'c' }]);
    expect(await scheduled()).toEqual([]);
  });

  it('stop drains: it waits for the timer being fired and fires no more; the rest stay for the next start', async () => {
    await db('timers').insert([timer('a', 'overdue', 0), timer('b', 'overdue', 1), timer('c', 'overdue', 2)]);
    const clock = new AdjustableClock(new Date(START.getTime() + HOUR));
    const held = commands();
    const scheduler = new DeadlineScheduler(db, held.runner, clock, log, 60_000);
    held.hold();
    const run = scheduler.runDue();
    await expect.poll(() => held.sent.length).toBe(1);
    let stopped = false;
    const stopping = scheduler.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(stopped).toBe(false); // the first timer's event is still being sent
    held.release();
    await stopping;
    expect(await run).toBe(1);
    expect(held.sent.map((s) => s.matterId)).toEqual(['a']);
    expect(await scheduled()).toEqual(['b', 'c']);
  });

  it('stops cleanly even when the run in progress failed (the error goes to whoever asked for the run)', async () => {
    const broken = createDatabase(path.join(dir, 'no-timers-table.sqlite'));
    try {
      const scheduler = new DeadlineScheduler(broken, commands().runner, new AdjustableClock(START), log, 60_000);
      const run = scheduler.runDue();
      const stopping = scheduler.stop();
      await expect(run).rejects.toThrow(/timers/);
      await expect(stopping).resolves.toBeUndefined();
    } finally {
      await broken.destroy();
    }
  });
});
