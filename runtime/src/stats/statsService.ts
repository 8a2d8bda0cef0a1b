// 统计: the rating statistics per department (好差评统计; an officer sees only their own department's) and the
// statistics of one bundle's applications (办件统计), for a period. Knows nothing of HTTP.
import type { WorkingDayCalendar } from '@onego/engine';
import type { Principal } from '../auth/principal.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import { DomainError } from '../domainError.ts';
import { bundleStats } from './bundleStats.ts';
import { parseDateRange, type DateRange } from './dateRange.ts';
import { ratingStats } from './ratingStats.ts';

export interface StatsDependencies {
  /**
   * The connections the statistics read, asked at each request: a read replica when one is configured
   * and answers (db/readReplica.ts) — figures a few hundred milliseconds behind are as good — else the writer.
   */
  reads: () => Database;
  catalog: BundleCatalog;
  /** The working-day calendar of a bundle's region (processing days count with it, as deadlines do). */
  calendars: { forRegion(divisionCode: string | undefined): WorkingDayCalendar };
  clock: Clock;
}

/** The period asked for: from / to, each a date (a whole day in China Standard Time) or an instant; both optional. */
interface Period {
  from?: string | undefined;
  to?: string | undefined;
}

/** The period as instants; BAD_REQUEST naming the bound that is neither a date nor an instant, or a period that ends before it starts. */
function rangeOf(period: Period): DateRange {
  try {
    return parseDateRange(period.from, period.to);
  } catch (error) {
    throw new DomainError('BAD_REQUEST', { detail: error instanceof Error ? error.message : 'bad from / to' });
  }
}

export class StatsService {
  constructor(private readonly deps: StatsDependencies) {}

  /** Per department (every one, or the one asked for); an officer may ask only for their own, which is also their default. */
  async ratings(viewer: Principal, query: Period & { department?: string | undefined }) {
    if (viewer.role === 'officer' && query.department !== undefined && query.department !== viewer.department) throw new DomainError('FORBIDDEN');
    const department = viewer.role === 'officer' ? (viewer.department ?? '') : query.department;
    const range = rangeOf(query);
    return { from: range.from, to: range.to, departments: await ratingStats(this.deps.reads(), range, this.deps.clock.now().toISOString(), department) };
  }

  /** The applications of a published bundle (of one version, if given) submitted in the period. */
  async bundle(bundleId: string, query: Period & { version?: number | undefined }) {
    const { catalog, calendars } = this.deps;
    const { version } = query;
    const range = rangeOf(query);
    if (!(await catalog.version(bundleId, version))) throw new DomainError('BUNDLE_NOT_FOUND', { id: version === undefined ? bundleId : `${bundleId}@${version}` });
    return bundleStats(this.deps.reads(), catalog, calendars, { bundleId, ...(version !== undefined ? { version } : {}), range });
  }
}
