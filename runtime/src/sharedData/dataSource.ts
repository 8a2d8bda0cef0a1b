// The connector to the region's data-sharing platform (数据共享交换平台 / 电子证照库) for 秒报 / 免提交: given
// an authenticated applicant and what to ask for, it answers the data element values and e-licences on
// record. Only I/O lives behind this interface; what to ask for and how the answer prefills the form and
// waives materials is the engine's (sharedDataRequest, acceptedResolution, prefill).
import type { SharedDataRequest, SharedDataResolution } from '@onego/engine';

/** Who the data is about: the signed-in citizen. */
export interface Applicant {
  subject: string;
  /** Resident ID number, when the identity token carries it. */
  idNumber?: string;
}

export interface DataSource {
  /** Rejects with a DataSourceError when nothing could be had; resolves with what is on record (maybe nothing). */
  resolve(applicant: Applicant, request: SharedDataRequest, signal: AbortSignal): Promise<SharedDataResolution>;
}

/** Why nothing could be had from the connector. */
export type UnavailableReason = 'timeout' | 'unreachable' | 'http-error' | 'bad-response' | 'circuit-open' | 'cancelled';

export class DataSourceError extends Error {
  constructor(
    readonly reason: UnavailableReason,
    message: string,
  ) {
    super(message);
  }
}
