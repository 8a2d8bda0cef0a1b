// The designer's warning before publishing (not a blocker): a matter whose time limit in the bundle is
// longer than the limit the matter itself promises (its committed limit in the catalogue) — the bundle
// would promise applicants less than the department does. Compared in working days (natural days count
// 5 in 7). Pure.
import { workingDaysOf } from '@onego/engine';
import type { Matter, TimeLimit } from '@onego/schemas/types';
import type { DesignDraft } from './draftModel.ts';

export interface LimitWarning {
  matter: Matter;
  /** The matter's limit in the bundle. */
  inBundle: TimeLimit;
  /** The matter's own committed limit. */
  own: TimeLimit;
}

export function limitWarnings(draft: DesignDraft): LimitWarning[] {
  return draft.bundle.matters.flatMap((entry) => {
    const matter = draft.matters.find((m) => m.id === entry.matter);
    const inBundle = entry.committedTimeLimit;
    const own = matter?.timeLimits?.committed;
    if (!matter || !inBundle || !own || !Number.isInteger(inBundle.days)) return [];
    return workingDaysOf(inBundle) > workingDaysOf(own) ? [{ matter, inBundle, own }] : [];
  });
}
