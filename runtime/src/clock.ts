// The runtime's clock. The test clock (ONEGO_TEST_CLOCK=1 only) can be moved forward for end-to-end
// tests of deadlines; time never goes backwards.
export interface Clock {
  now(): Date;
}

export class SystemClock implements Clock {
  now(): Date {
    return new Date();
  }
}

export class AdjustableClock implements Clock {
  private offsetMs: number;

  /** Starts at `start` (default: now) and runs at the real pace from there. */
  constructor(start?: Date) {
    this.offsetMs = start ? start.getTime() - Date.now() : 0;
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  advance(ms: number): Date {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError('the clock only moves forward');
    this.offsetMs += ms;
    return this.now();
  }
}
