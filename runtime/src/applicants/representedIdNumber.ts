// The ID number a proxy (代办) gives for the person applied for: a resident ID number of GB 11643 — its
// division, birth date and check character (ISO 7064 MOD 11-2) — or a refusal naming that person, before
// anything is written (a wrong number would ask a stranger, or nobody, to consent).
import { residentIdProblem } from '@onego/engine';
import { DomainError } from '../domainError.ts';
import type { OnBehalfOf } from './namedParties.ts';

/** Throws PROXY_ID_NUMBER_INVALID when the person applied for has no valid resident ID number. */
export function checkRepresentedIdNumber(onBehalfOf: OnBehalfOf | null | undefined): void {
  if (!onBehalfOf) return;
  if (residentIdProblem(onBehalfOf.idNumber.toUpperCase()) !== null) throw new DomainError('PROXY_ID_NUMBER_INVALID', { name: onBehalfOf.name.trim() });
}
