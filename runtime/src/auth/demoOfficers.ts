// Dev login's demo officers (示例工作人员): for the bundles on the portal, each position (岗位) that their
// matters' review steps name — the handler, the roles that sign, the lead — at the matter's department,
// with the steps it takes. The sign-in page offers them by department and position, so that a newcomer
// signs in as 公安局 · 科室负责人 without typing an id or knowing the positions. Only with dev login on.
import { inLang, stepLead, type Lang } from '@onego/engine';
import type { ReviewStep } from '@onego/schemas/types';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Departments } from '../catalogue/departments.ts';

export interface DemoOfficer {
  /** What dev login is sent for them. */
  subject: string;
  name: string;
  department: string;
  position: string;
  /** In the response language. */
  departmentName: string;
  regionName?: string;
  /** The steps this position takes, "出生户口登记 · 受理", in the response language. */
  steps: string[];
}

const signersOf = (step: ReviewStep): string[] => (Array.isArray(step.signers) ? step.signers.map((role) => role.zh) : []);

/** Who takes each step of a matter: its handlers and signers in the steps' order, then the leads of the steps (（负责）). */
function positionsOf(steps: readonly ReviewStep[]): { step: ReviewStep; position: string; leads: boolean }[] {
  const takes = steps.flatMap((step) => [...new Set([step.handler.zh, ...signersOf(step)])].map((position) => ({ step, position, leads: false })));
  const leads = steps.map((step) => ({ step, position: stepLead(step), leads: true })).filter((l) => !takes.some((t) => t.step === l.step && t.position === l.position));
  return [...takes, ...leads];
}

/** The demo officers of the bundles on the portal: by bundle and matter, each department's positions in the order of the steps. */
export async function demoOfficers(catalog: BundleCatalog, departments: Departments, lang: Lang): Promise<DemoOfficer[]> {
  const found = new Map<string, DemoOfficer>();
  for (const published of await catalog.latestVersions()) {
    for (const matter of published.definition.matters) {
      const department = published.departments[matter.id];
      if (!department || !matter.review) continue;
      const record = await departments.get(department);
      const departmentName = record?.name ?? matter.department.name;
      for (const { step, position, leads } of positionsOf(matter.review.steps)) {
        const key = `${department}\n${position}`;
        const officer = found.get(key) ?? {
          subject: `${position}@${department}`,
          name: `${inLang(departmentName, 'zh')}${position}`,
          department,
          position,
          departmentName: inLang(departmentName, lang),
          ...(record?.regionName ? { regionName: record.regionName } : {}),
          steps: [],
        };
        officer.steps.push(`${inLang(matter.name, lang)} · ${inLang(step.name, lang)}${leads ? (lang === 'en' ? ' (lead)' : '（负责）') : ''}`);
        found.set(key, officer);
      }
    }
  }
  return [...found.values()];
}
