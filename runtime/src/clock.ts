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

/**
 * How far the test clock may go: instants are stored and compared as ISO 8601 with four-digit years, and
 * deadlines lie ahead of now (a year from 10000 on is written +010000 and read as invalid).
 */
const MAX_CLOCK_MS = Date.parse('9999-01-01T00:00:00Z');

export class AdjustableClock implements Clock {
  private offsetMs: number;

  /** Starts at `start` (default: now) and runs at the real pace from there. */
  constructor(start?: Date) {
    this.offsetMs = start ? start.getTime() - Date.now() : 0;
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Would a move by `ms` keep the clock going forward, and before the year 9999? */
  canAdvance(ms: number): boolean {
    return Number.isFinite(ms) && ms >= 0 && Date.now() + this.offsetMs + ms <= MAX_CLOCK_MS;
  }

  advance(ms: number): Date {
    if (!this.canAdvance(ms)) throw new RangeError('the clock only moves forward, and not past the year 9999');
    this.offsetMs += ms;
    return this.now();
  }
}
