// What a citizen sees of shared data before submitting: the prefilled values with their provenance, and
// which e-licences were found (their numbers stay with the officers who need them).
import { availabilityOf, inLang, type CompiledBundle, type Lang, type Prefill, type SharedAvailability } from '@onego/engine';
import type { UnavailableReason } from './dataSource.ts';
import type { SharedDataOutcome, SharedDataStatus } from './sharedDataService.ts';

interface PrefillView {
  /** anonymous: no signed-in citizen, so nothing was asked for. */
  status: SharedDataStatus | 'anonymous';
  reason?: UnavailableReason;
  data: Prefill['data'];
  provenance: Prefill['provenance'];
  eLicences: { type: string; name: string; source: string; retrievedAt: string }[];
}

export interface ResolvedPrefill {
  view: PrefillView;
  /** What the notice and the metrics waive by; undefined for an anonymous caller (the bundle's declared availability). */
  available?: SharedAvailability;
}

export function resolvedPrefill(compiled: CompiledBundle, answers: unknown, outcome: SharedDataOutcome | undefined, lang: Lang): ResolvedPrefill {
  if (!outcome) return { view: { status: 'anonymous', data: {}, provenance: {}, eLicences: [] } };
  const prefill = compiled.prefill(answers, outcome.resolution);
  return {
    view: {
      status: outcome.status,
      ...(outcome.reason ? { reason: outcome.reason } : {}),
      data: prefill.data,
      provenance: prefill.provenance,
      eLicences: outcome.resolution.eLicences.map((l) => ({
        type: l.type,
        name: inLang(compiled.dictionary.eLicences.get(l.type)?.name, lang) || l.type,
        source: l.source,
        retrievedAt: l.retrievedAt,
      })),
    },
    available: availabilityOf(outcome.resolution),
  };
}
