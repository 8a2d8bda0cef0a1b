// Test support: a task decided the way its department works (issue #16). A matter with review steps
// (受理 → 审查 → 决定 …) is walked step by step by officers holding each step's position — claimed, then
// approved with the step's result fields filled with valid values (出生医学证明编号, 公民身份号码); a
// 会签/或签 step is signed by each position it needs (or as many officers as it counts). A matter without
// steps is decided in one call, as before. Every officer signs in afresh (dev tokens last 12 hours of the
// server's clock, which tests move).
import { expect } from 'vitest';
import type { client, Response } from './serverProcess.ts';
import { RESULT_VALUES } from './stepResultValues.ts';

type Api = ReturnType<typeof client>;

/** Subject keys of the positions review steps name (signed-in subjects stay ASCII). */
const POSITION_KEYS: Readonly<Record<string, string>> = { 窗口人员: 'window', 经办人: 'case', 科室负责人: 'head', 分管领导: 'leader' };

interface Person {
  subject: string;
  name: string;
}

/** The task page (GET /api/tasks/:id) as far as walking needs it. */
export interface WalkedTask {
  id: string;
  status: string;
  step: { id: string; name: string } | null;
  holder: Person | null;
  review: {
    steps: { id: string; name: string; handler: string; mode: 'one' | 'all' | 'any'; state: 'done' | 'current' | 'next' }[];
    current: { signers: string[]; signerCount: number; signatures: (Person & { role?: string })[]; resultKeys: string[] } | null;
    received: { key: string; value: unknown; from: { matterName: string; departmentName: string; stepName: string } }[];
  } | null;
}

export interface DecisionBody {
  decision: 'approve' | 'reject' | 'return' | 'accept';
  comment?: string;
  missing?: string[];
  fields?: string[];
}

/** The officer of `department` holding `position` (the subject and name say which: police-head, 科室负责人). */
export function positionOfficer(api: Api, department: string, position: string, index = 0): Promise<string> {
  const key = `${POSITION_KEYS[position] ?? 'staff'}${index > 0 ? `-${index + 1}` : ''}`;
  return api.login('officer', `officer-${department}-${key}`, department, { name: index > 0 ? `${position}${index + 1}` : position, positions: [position] });
}

/** An officer of the department without a position: reads the inbox and decides matters without steps. */
const plainOfficer = (api: Api, department: string) => api.login('officer', `officer-${department}`, department);

async function readTask(api: Api, taskId: string, department: string): Promise<WalkedTask> {
  const response = await api.get<WalkedTask>(`/api/tasks/${taskId}`, await plainOfficer(api, department));
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  return response.body;
}

const currentStepOf = (task: WalkedTask) => task.review?.steps.find((s) => s.state === 'current');

/**
 * One decision at the task's current step, by whoever may take it: on a matter without steps, any officer
 * of the department; on a step, its handler, who claims it first (a rejection, a return for 补正 and a
 * 容缺 acceptance are the holder's; 补正 and 容缺 only at the first step). Answers the decision's response.
 */
export async function decideStep<T = Record<string, unknown>>(api: Api, taskId: string, department: string, body: DecisionBody, results: Record<string, unknown> = {}): Promise<Response<T>> {
  const task = await readTask(api, taskId, department);
  const step = currentStepOf(task);
  if (!task.review || !step) return api.post<T>(`/api/tasks/${taskId}/decision`, body, await plainOfficer(api, department));
  if (body.decision === 'approve' && step.mode !== 'one') return signStep<T>(api, task, department, body.comment);
  const token = await positionOfficer(api, department, step.handler);
  const subject = `officer-${department}-${POSITION_KEYS[step.handler] ?? 'staff'}`;
  if (task.holder?.subject !== subject) {
    const claimed = await api.post(`/api/tasks/${taskId}/claim`, {}, token);
    expect(claimed.status, JSON.stringify(claimed.body)).toBe(200);
  }
  const filled = body.decision === 'approve' ? resultsFor(task, results) : undefined;
  return api.post<T>(`/api/tasks/${taskId}/decision`, { ...body, stepId: step.id, ...(filled ? { results: filled } : {}) }, token);
}

/** The current step's result fields with the values given, else RESULT_VALUES. */
function resultsFor(task: WalkedTask, given: Record<string, unknown>): Record<string, unknown> | undefined {
  const keys = task.review?.current?.resultKeys ?? [];
  if (keys.length === 0) return undefined;
  return Object.fromEntries(keys.filter((key) => key in given || key in RESULT_VALUES).map((key) => [key, key in given ? given[key] : RESULT_VALUES[key]]));
}

/** A 会签/或签 step signed by each role not signed yet, or by as many officers of the handler's position as it counts. */
async function signStep<T>(api: Api, task: WalkedTask, department: string, comment?: string): Promise<Response<T>> {
  const step = currentStepOf(task);
  const current = task.review?.current;
  if (!step || !current) throw new Error(`task ${task.id} is at no step`);
  const signers =
    current.signers.length > 0
      ? current.signers.filter((role) => !current.signatures.some((s) => s.role === role)).map((role) => positionOfficer(api, department, role))
      : Array.from({ length: step.mode === 'any' ? 1 : current.signerCount - current.signatures.length }, (_, i) => positionOfficer(api, department, step.handler, i));
  let last: Response<T> | undefined;
  for (const signer of signers) {
    last = await api.post<T>(`/api/tasks/${task.id}/decision`, { decision: 'approve', stepId: step.id, ...(comment ? { comment } : {}), ...(resultsFor(task, {}) ? { results: resultsFor(task, {}) } : {}) }, await signer);
    expect(last.status, JSON.stringify(last.body)).toBe(200);
  }
  if (!last) throw new Error(`task ${task.id}: nobody left to sign ${step.name}`);
  return last;
}

/**
 * Approves the task through every one of its steps (one approve for a matter without steps), each with
 * `comment` if given; `results` overrides RESULT_VALUES for the fields of any step. Answers the last
 * decision's response: the one that approved the matter, or the first refusal.
 */
export async function approveSteps<T = Record<string, unknown>>(api: Api, taskId: string, department: string, options: { results?: Record<string, unknown>; comment?: string } = {}): Promise<Response<T>> {
  for (let guard = 0; guard < 20; guard++) {
    const response = await decideStep<T>(api, taskId, department, { decision: 'approve', ...(options.comment ? { comment: options.comment } : {}) }, options.results);
    if (response.status !== 200) return response;
    const task = await readTask(api, taskId, department);
    if (task.status !== 'pending' || !task.review) return response;
  }
  throw new Error(`task ${taskId} still pending after 20 steps`);
}

/** approveSteps, expecting the matter approved; answers its task page. */
export async function walkReview(api: Api, taskId: string, department: string, options: { results?: Record<string, unknown>; comment?: string } = {}): Promise<WalkedTask> {
  const response = await approveSteps(api, taskId, department, options);
  expect(response.status, JSON.stringify(response.body)).toBe(200);
  const task = await readTask(api, taskId, department);
  expect(task.status, `${taskId} after its steps`).toBe('approved');
  return task;
}
