// What is kept with an application about shared data (migration 005): the connector's outcome at
// submission — status, what was asked, the values and e-licences with their source and time — and the
// provenance of the submitted values.
import type { SharedAvailability, SharedDataRequest, SharedELicence, SharedValue, ValueProvenance } from '@onego/engine';
import type { ApplicationRow } from '../db/rows.ts';
import type { SharedDataOutcome, SharedDataStatus } from './sharedDataService.ts';
import type { UnavailableReason } from './dataSource.ts';

export interface StoredSharedData {
  status: SharedDataStatus;
  reason?: UnavailableReason;
  /** When OneGo asked the connector (or would have). */
  at: string;
  /** What was asked for; absent when nothing was (no connector, nothing needed). */
  request?: SharedDataRequest;
  values: Record<string, SharedValue>;
  eLicences: SharedELicence[];
}

export const storedSharedData = (outcome: SharedDataOutcome): StoredSharedData => ({
  status: outcome.status,
  ...(outcome.reason ? { reason: outcome.reason } : {}),
  at: outcome.at,
  ...(outcome.status === 'resolved' || outcome.status === 'unavailable' ? { request: outcome.request } : {}),
  values: outcome.resolution.values,
  eLicences: outcome.resolution.eLicences,
});

/** The stored outcome, or undefined for an application submitted before shared data was recorded. */
export function readSharedData(row: Pick<ApplicationRow, 'shared_data'>): StoredSharedData | undefined {
  return row.shared_data ? (JSON.parse(row.shared_data) as StoredSharedData) : undefined;
}

/** The recorded provenance entries (shared, or entered over a shared value); {} when none were recorded. */
export function readProvenance(row: Pick<ApplicationRow, 'provenance'>): Record<string, ValueProvenance> {
  return row.provenance ? (JSON.parse(row.provenance) as Record<string, ValueProvenance>) : {};
}

/** What the materials were waived by at submission; undefined (the bundle's declared availability) for older applications. */
export function availabilityAtSubmission(stored: StoredSharedData | undefined): SharedAvailability | undefined {
  return stored ? { eLicences: stored.eLicences.map((l) => l.type), elements: Object.keys(stored.values) } : undefined;
}
