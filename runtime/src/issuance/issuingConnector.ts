// The connector to the issuing system (制证 / 电子证照 issuing system) for unified issuance (统一发证): given
// the application's approved matters, each with the kind of result its definition names and the values
// the officers recorded, it answers each result's certificate number and, when the result is issued
// electronically, its e-licence (电子证照). Only I/O lives behind this interface: when to ask, retries and
// recording the answer are the issuance pass's (issuancePass.ts). The runtime invents no number.

/** One result to issue: an approved matter of the application. */
interface ResultToIssue {
  matterId: string;
  /** The matter's name (zh) and its department, as the issuing system files the result under them. */
  matterName: string;
  department: { id: string; name: string };
  /** The kind of result the matter's definition names (certificate, licence, card …) and its name. */
  kind: string;
  resultName?: string;
  /** The e-licence type the matter issues electronically, if any. */
  eLicence?: string;
  /** The result is delivered electronically (an e-licence type, or `electronic` among its deliveries): the answer carries its document. */
  electronic: boolean;
  /** The values the matter's review steps recorded and those it received from the steps of the matters it depends on (result fields, by key; its own win). */
  fields: Record<string, unknown>;
}

export interface IssuanceRequest {
  /** The same for every attempt of one issuance: a retried request gets the same numbers. */
  idempotencyKey: string;
  application: { id: string; bundleId: string; bundleName: string; applicant: string };
  /** The application's form data (the holder's name and ID number are read from it). */
  data: Record<string, unknown>;
  results: ResultToIssue[];
}

interface IssuedLicence {
  fileName: string;
  mediaType: string;
  content: Buffer;
}

export interface IssuedByProvider {
  matterId: string;
  number: string;
  issuedAt: string;
  /** The issuing body (发证机关), when the provider names it. */
  issuer?: string;
  licence?: IssuedLicence;
}

export interface IssuingConnector {
  /** Resolves with one answer per result asked for, or rejects with an IssuingError. */
  issue(request: IssuanceRequest, signal: AbortSignal): Promise<IssuedByProvider[]>;
}

/** Why the issuing system gave no usable answer (the request stays pending and is sent again later). */
export class IssuingError extends Error {
  constructor(
    readonly reason: 'unreachable' | 'timeout' | 'http-error' | 'bad-response',
    message: string,
  ) {
    super(message);
  }
}
