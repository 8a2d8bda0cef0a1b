// A PeriodicPass with an idle maximum (issue #19): while its runs find nothing it waits longer and longer
// (up to idleMaxMs), a run that finds work brings it back to intervalMs, and wake() makes it run within
// intervalMs however long it was waiting. Real timers; bounds wide enough for a busy machine.
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { PeriodicPass } from '../src/timers/periodicPass.ts';

const log = pino({ level: 'silent' });
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A pass that records when it ran and handles `work()` items each time. */
function countingPass(intervalMs: number, idleMaxMs: number, work: () => number = () => 0) {
  const runs: number[] = [];
  const pass = new PeriodicPass(
    'test',
    () => {
      runs.push(performance.now());
      return Promise.resolve(work());
    },
    log,
    intervalMs,
    idleMaxMs,
  );
  return { pass, runs };
}

describe('PeriodicPass', () => {
  it('runs every intervalMs without an idle maximum', async () => {
    const { pass, runs } = countingPass(20, 20);
    pass.start();
    await sleep(600);
    await pass.stop();
    expect(runs.length).toBeGreaterThanOrEqual(8);
  });

  it('waits longer while it finds nothing, and wake() brings the next run within the interval', async () => {
    const { pass, runs } = countingPass(20, 60_000);
    pass.start();
    await sleep(1500);
    // 0, 20, 40, 80, 160, 320, 640 ms apart: about 7 runs in 1.5 s, not 75.
    const idleRuns = runs.length;
    expect(idleRuns).toBeGreaterThanOrEqual(3);
    expect(idleRuns).toBeLessThanOrEqual(12);
    const woken = performance.now();
    pass.wake();
    await sleep(400);
    await pass.stop();
    const after = runs.filter((at) => at >= woken);
    expect(after.length).toBeGreaterThanOrEqual(1);
    expect((after[0] as number) - woken).toBeLessThan(400);
  });

  it('comes back to intervalMs once a run finds work', async () => {
    let items = 0;
    const { pass, runs } = countingPass(20, 60_000, () => (items > 0 ? items-- : 0));
    pass.start();
    await sleep(1000);
    items = 1_000_000;
    pass.wake();
    const from = performance.now();
    await sleep(600);
    await pass.stop();
    expect(runs.filter((at) => at >= from).length).toBeGreaterThanOrEqual(8);
  });
});
