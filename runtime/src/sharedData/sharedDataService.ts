// 秒报 / 免提交 for one applicant and one bundle: asks the connector for what the engine says the included
// matters need, and never fails or blocks for it — a connector that is missing, down, slow or garbled
// yields "nothing available" (the applicant is then asked for the materials and enters the values), which
// is logged as a warning with the reason and counted in onego_data_source_requests_total.
import { acceptedResolution, nothingShared, type CompiledBundle, type SharedDataRequest, type SharedDataResolution } from '@onego/engine';
import type { Logger } from 'pino';
import type { Principal } from '../auth/principal.ts';
import type { Clock } from '../clock.ts';
import type { Metrics } from '../observability/metrics.ts';
import { DataSourceError, type DataSource, type UnavailableReason } from './dataSource.ts';

/**
 * resolved: the connector answered (maybe with nothing on record); unavailable: it could not be had (reason
 * says why); not-configured: no connector; not-needed: the bundle declares no shared data these matters need.
 */
export type SharedDataStatus = 'resolved' | 'unavailable' | 'not-configured' | 'not-needed';

export interface SharedDataOutcome {
  status: SharedDataStatus;
  reason?: UnavailableReason;
  /** When OneGo asked. */
  at: string;
  request: SharedDataRequest;
  resolution: SharedDataResolution;
}

export class SharedDataService {
  constructor(
    private readonly source: DataSource | undefined,
    private readonly deps: { clock: Clock; log: Logger; metrics: Metrics },
  ) {}

  get configured(): boolean {
    return this.source !== undefined;
  }

  async resolve(principal: Principal, compiled: CompiledBundle, answers: unknown, signal: AbortSignal = new AbortController().signal): Promise<SharedDataOutcome> {
    const at = this.deps.clock.now().toISOString();
    const request = compiled.sharedDataRequest(answers);
    const outcome = (status: SharedDataStatus, resolution = nothingShared(), reason?: UnavailableReason): SharedDataOutcome => ({
      status,
      ...(reason ? { reason } : {}),
      at,
      request,
      resolution,
    });
    if (request.elements.length === 0 && request.eLicences.length === 0) return outcome('not-needed');
    if (!this.source) return outcome('not-configured');
    const applicant = { subject: principal.subject, ...(principal.idNumber ? { idNumber: principal.idNumber } : {}) };
    const started = performance.now();
    try {
      const answered = await this.source.resolve(applicant, request, signal);
      this.deps.metrics.dataSourceRequests.inc({ outcome: 'resolved' });
      // Whatever the connector, only what was asked for is used.
      return outcome('resolved', acceptedResolution(answered, request, this.deps.clock.now().toISOString()));
    } catch (error) {
      const failure = error instanceof DataSourceError ? error : new DataSourceError('bad-response', error instanceof Error ? error.message : String(error));
      this.deps.metrics.dataSourceRequests.inc({ outcome: failure.reason });
      const context = {
        reason: failure.reason,
        detail: failure.message,
        bundleId: compiled.id,
        bundleVersion: compiled.version,
        elements: request.elements.length,
        eLicences: request.eLicences.length,
        ms: Math.round(performance.now() - started),
      };
      if (failure.reason === 'cancelled') this.deps.log.info(context, 'shared data not resolved: the request was cancelled');
      else this.deps.log.warn(context, 'shared data unavailable: nothing is prefilled or waived, the applicant is asked for the materials instead');
      return outcome('unavailable', nothingShared(), failure.reason);
    }
  }
}
