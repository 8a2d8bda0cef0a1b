// 减材料 / 减环节 / 减时间 / 减跑动 / 一表申请: the before/after figures of a bundle, computed from its
// matters — never typed in. Before is the included matters done one by one (their own materials, steps,
// committed limits, visits and form fields summed); after is what the bundle asks (deduplicated and waived
// materials, the bundle's steps, the critical path through its parallel flow, its visits, the merged form).
import type { BundleMatter, Matter, TimeLimit } from '@onego/schemas/types';
import type { MergedForm } from '../form/mergedForm.ts';
import type { OneTimeNotice } from '../notice/oneTimeNotice.ts';
import { criticalPath } from './criticalPath.ts';

export interface BeforeAfter {
  before: number;
  after: number;
}

export interface BundleMetrics {
  materials: BeforeAfter;
  steps: BeforeAfter;
  workingDays: BeforeAfter;
  visits: BeforeAfter;
  fields: BeforeAfter;
}

/**
 * Working days of a limit. Natural days are converted at 5 working days a week (rounded up) — an
 * approximation that needs no calendar; deadlines themselves are computed with the calendar.
 */
export function workingDaysOf(limit: TimeLimit): number {
  return limit.kind === 'working' ? limit.days : Math.ceil((limit.days * 5) / 7);
}

/** Questions a matter's own form asks (a group's fields count once each). */
function matterFieldCount(matter: Matter): number {
  return matter.form.fields.reduce((n, f) => n + ('element' in f ? 1 : f.type === 'group' ? f.fields.length : 1), 0);
}

export function bundleMetrics(
  bundle: { steps: readonly unknown[]; visits: { count: number } },
  included: readonly BundleMatter[],
  matters: ReadonlyMap<string, Matter>,
  notice: OneTimeNotice,
  form: MergedForm,
): BundleMetrics {
  const entries = included.filter((e) => matters.has(e.matter));
  const own = entries.map((e) => matters.get(e.matter) as Matter);
  const sum = (f: (m: Matter) => number) => own.reduce((n, m) => n + f(m), 0);
  const path = criticalPath(
    entries.map((e) => ({
      id: e.matter,
      days: workingDaysOf(e.committedTimeLimit ?? (matters.get(e.matter) as Matter).timeLimits.committed),
      after: e.after ?? [],
    })),
  );
  return {
    materials: { before: sum((m) => m.materials.filter((x) => x.required !== false).length), after: notice.materials.filter((m) => m.required).length },
    steps: { before: sum((m) => m.steps.length), after: bundle.steps.length },
    workingDays: { before: sum((m) => workingDaysOf(m.timeLimits.committed)), after: path.days },
    visits: { before: sum((m) => m.visits.count), after: bundle.visits.count },
    fields: { before: sum(matterFieldCount), after: form.fieldCount },
  };
}
