// Test support: a copy of the newborn bundle whose 出生医学证明 walks 受理 (1 working day, led by the default
// 科室负责人) → 签发 (1 working day, led by 分管领导, whom the hospital lacks), with `review.escalation:
// { transferToLeadAfter: 1 }`, published through the API; and the hospital staff who handle it.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { officerDepartment } from './exampleDepartments.ts';
import type { client } from './serverProcess.ts';

interface Definition {
  bundle: { id: string; name: { zh: string; en?: string }; timeLimits: Record<string, unknown>; matters: { matter: string; committedTimeLimit?: unknown }[]; resultMappings?: unknown };
  matters: { id: string; review?: unknown }[];
}

export const CERTIFICATE = 'birth-medical-certificate';

/** The end of a day in China Standard Time, as the runtime stores due instants. */
export const endOfDayCst = (date: string) => new Date(Date.parse(`${date}T23:59:59.999+08:00`)).toISOString();

export const HOSPITAL_STAFF: Record<string, { subject: string; name: string; department: string; positions: string[] }> = {
  clerk: { subject: 'officer-h-clerk', name: '钱窗口', department: 'health', positions: ['窗口人员', '经办人'] },
  leadA: { subject: 'officer-h-lead-a', name: '孙科长', department: 'health', positions: ['科室负责人'] },
  leadB: { subject: 'officer-h-lead-b', name: '李科长', department: 'health', positions: ['科室负责人'] },
};

/** Signs one of HOSPITAL_STAFF in afresh (dev tokens last 12 hours of the server's clock, which tests move by days). */
export function hospitalStaff(api: ReturnType<typeof client>) {
  return async function as(key: string): Promise<string> {
    const who = HOSPITAL_STAFF[key] as (typeof HOSPITAL_STAFF)[string];
    const response = await api.post<{ token: string }>('/api/auth/dev-login', { role: 'officer', subject: who.subject, department: officerDepartment(who.department), name: who.name, positions: who.positions });
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body.token;
  };
}

/** Publishes the bundle under `id` and `name`, and records the staff (each signs in once). */
export async function publishEscalationBundle(api: ReturnType<typeof client>, id: string, name: string): Promise<void> {
  const designer = await api.login('designer', `designer-${id}`);
  const newborn = (await api.get<{ definition: Definition }>('/api/bundles/henan-newborn')).body.definition;
  const review = JSON.parse(readFileSync('engine/test/fixtures/newborn-steps/review.json', 'utf8')) as { matters: Record<string, { steps: Record<string, unknown>[] }> };
  const [accept, issue] = review.matters[CERTIFICATE]?.steps ?? [];
  const definition: Definition = {
    // The certificate's own committed limit (3 working days), longer than its steps' (1 each); the bundle's
    // promise as long as its critical path then is.
    bundle: {
      ...newborn.bundle,
      id,
      name: { zh: name, en: 'Newborn with escalation' },
      timeLimits: { ...newborn.bundle.timeLimits, committed: { days: 10, kind: 'working' }, ...('legal' in newborn.bundle.timeLimits ? { legal: { days: 20, kind: 'working' } } : {}) },
      matters: newborn.bundle.matters.map(({ committedTimeLimit, ...m }) => (m.matter === CERTIFICATE ? m : { ...m, committedTimeLimit })),
    },
    matters: newborn.matters.map((m) =>
      m.id === CERTIFICATE
        ? { ...m, review: { steps: [accept, { ...issue, lead: { zh: '分管领导', en: 'Deputy director' }, timeLimit: { days: 1, kind: 'working' } }], escalation: { transferToLeadAfter: 1 } } }
        : m,
    ),
  };
  const saved = await api.post<{ issues: unknown[] }>('/api/bundles', definition, designer);
  expect(saved.status, JSON.stringify(saved.body)).toBe(201);
  const published = await api.post(`/api/bundles/${id}/publish`, {}, designer, { 'if-match': saved.headers.get('etag') ?? '' });
  expect(published.status, JSON.stringify(published.body)).toBe(201);
  const as = hospitalStaff(api);
  for (const key of Object.keys(HOSPITAL_STAFF)) expect((await api.get('/api/tasks', await as(key))).status).toBe(200); // recorded in the staff
}
