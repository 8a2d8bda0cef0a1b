// The people an application names besides its applicant (issue #18): the co-applicants (共同申请人) its
// bundle asks for, found by the ID number and name the form holds for them, and the person a proxy (代办)
// applies for. Each is a person by resident ID number, never an account.
import type { CompiledBundle } from '@onego/engine';

export const PARTIES = ['coApplicant', 'represented'] as const;
export type Party = (typeof PARTIES)[number];

/** How a proxy may apply for another person: with their consent (they sign in and consent), or as the guardian (监护人) of a minor. */
export const PROXY_BASES = ['consent', 'guardian'] as const;
type ProxyBasis = (typeof PROXY_BASES)[number];

/** The person a proxy applies for, as the proxy names them. */
export interface OnBehalfOf {
  name: string;
  idNumber: string;
  basis: ProxyBasis;
}

/** A co-applicant's role ({zh, en}), or how the proxy applies ({basis}). */
export type PartyRole = { zh: string; en?: string } | { basis: ProxyBasis };

/** A role as the API shows it: a co-applicant's {role}, or a proxy's {basis}. */
export const roleView = (role: PartyRole) => ('basis' in role ? { basis: role.basis } : { role });

export interface NamedParty {
  party: Party;
  role: PartyRole;
  idNumber: string;
  name: string;
  /** Submission waits for their confirmation (or consent). */
  required: boolean;
}

/** The string at a data element's place in the data (`mother.idNumber` → data.mother.idNumber), if there is one. */
function valueOf(data: Record<string, unknown>, element: string): string | undefined {
  let value: unknown = data;
  for (const key of element.split('.')) value = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Who the answers, the data and the proxy's statement name (a co-applicant whose ID number the form leaves empty is not named yet). */
export function namedParties(compiled: CompiledBundle, answers: Record<string, unknown>, data: Record<string, unknown>, onBehalfOf?: OnBehalfOf): NamedParty[] {
  const named: NamedParty[] = [];
  for (const co of compiled.coApplicants(answers)) {
    const idNumber = valueOf(data, co.idNumber)?.toUpperCase();
    if (!idNumber || named.some((p) => p.idNumber === idNumber)) continue;
    named.push({ party: 'coApplicant', role: co.role, idNumber, name: valueOf(data, co.name) ?? '', required: co.required !== false });
  }
  if (onBehalfOf) {
    // Consent is given by the person; a guardian's statement is recorded as made.
    named.push({ party: 'represented', role: { basis: onBehalfOf.basis }, idNumber: onBehalfOf.idNumber.toUpperCase(), name: onBehalfOf.name.trim(), required: onBehalfOf.basis === 'consent' });
  }
  return named;
}
