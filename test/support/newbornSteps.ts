// Test support: newborn applications driven over HTTP — submit a sample, decide matters as the officers
// of their departments (walking each matter's review steps: reviewWalk.ts), approve everything pending
// until the application completes.
import { expect } from 'vitest';
import { matterOf, type ApplicationView, type Sample, type SubmitResponse } from './applicationViews.ts';
import { decideStep, walkReview } from './reviewWalk.ts';
import type { client } from './serverProcess.ts';

export function newbornSteps(api: ReturnType<typeof client>, citizenSubject: string) {
  // Dev tokens last 12 hours of the server's clock: each step logs in afresh.
  const citizen = () => api.login('citizen', citizenSubject);
  const officer = (department: string) => api.login('officer', `officer-${department}`, department);

  async function read(id: string): Promise<ApplicationView> {
    const response = await api.get<ApplicationView>(`/api/applications/${id}`, await citizen());
    expect(response.status).toBe(200);
    return response.body;
  }

  /** Approves the matter through all its review steps (reviewWalk.ts), or rejects it at the step it is at. */
  async function decide(id: string, matterId: string, decision: 'approve' | 'reject', comment?: string): Promise<ApplicationView> {
    const matter = matterOf(await read(id), matterId);
    if (decision === 'approve') await walkReview(api, matter.taskId, matter.department);
    else {
      const response = await decideStep(api, matter.taskId, matter.department, { decision, ...(comment ? { comment } : {}) });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
    }
    return read(id);
  }

  return {
    citizen,
    officer,
    read,
    decide,

    async submit(key: string, sample: Sample): Promise<string> {
      const response = await api.post<SubmitResponse>('/api/applications', { bundleId: 'henan-newborn', ...sample }, await citizen(), { 'idempotency-key': key });
      expect(response.status, JSON.stringify(response.body)).toBe(201);
      return response.body.id;
    },

    /** Approves every pending matter, dependencies first, until the application is completed. */
    async complete(id: string): Promise<ApplicationView> {
      let view = await read(id);
      while (view.status !== 'completed') {
        const pending = view.matters.filter((m) => m.status === 'pending');
        expect(pending.length, `${id} is ${view.status} with nothing pending`).toBeGreaterThan(0);
        for (const matter of pending) view = await decide(id, matter.matterId, 'approve');
      }
      return view;
    },
  };
}
