// One application as the HTTP benchmark drives it: a citizen submits (unique Idempotency-Key), then the
// officers of each department approve the tasks that are pending, round after round, until the application
// is completed. Each task's page is read first: a matter with review steps (受理 → 签发 …) is walked step by
// step by its department's 科室负责人, who may claim every step (签收, then the decision with the step's
// result fields). Decisions cascade (approving one matter may start others; some are approved by rule), so
// each round reads the application to find its pending tasks; tasks pending together are decided in
// parallel, as officers of different departments would. Every loop is bounded.
import { performance } from 'node:perf_hooks';
import { RESULT_VALUES } from '../support/stepResultValues.ts';
import type { LoadClient } from './loadClient.ts';
import { summarize, type Summary } from './percentiles.ts';

export type RequestKind = 'submit' | 'decision' | 'claim' | 'read' | 'inbox';

/** Latencies and status codes, per kind of request, with when each finished (performance.now()). */
export class LatencyLog {
  private readonly entries = new Map<string, { at: number[]; latency: number[] }>();
  readonly statuses = new Map<string, number>();

  record(kind: RequestKind | 'application', latencyMs: number, status = 200): void {
    let entry = this.entries.get(kind);
    if (!entry) this.entries.set(kind, (entry = { at: [], latency: [] }));
    entry.at.push(performance.now());
    entry.latency.push(latencyMs);
    if (kind !== 'application') {
      const key = `${kind} ${status}`;
      this.statuses.set(key, (this.statuses.get(key) ?? 0) + 1);
    }
  }

  /** Summary of the latencies of one kind that finished within [from, to) (performance.now() instants). */
  summary(kind: RequestKind | 'application', from = -Infinity, to = Infinity): Summary {
    const entry = this.entries.get(kind);
    if (!entry) return summarize([]);
    return summarize(entry.latency.filter((_, i) => (entry.at[i] as number) >= from && (entry.at[i] as number) < to));
  }

  count(kind: RequestKind, from = -Infinity, to = Infinity): number {
    return this.entries.get(kind)?.at.filter((t) => t >= from && t < to).length ?? 0;
  }

  /** Status codes outside 2xx, as "kind status: count". */
  failures(): string[] {
    return [...this.statuses].filter(([key]) => !/ 2\d\d$/.test(key)).map(([key, n]) => `${key}: ${n}`);
  }

  clear(): void {
    this.entries.clear();
    this.statuses.clear();
  }
}

interface MatterView {
  matterId: string;
  taskId: string;
  department: string;
  status: string;
}

interface ApplicationView {
  id: string;
  status: string;
  matters: MatterView[];
}

export interface Workload {
  client: LoadClient;
  /** The submission body as JSON text: {bundleId, answers, data}. */
  body: string;
  /** Citizen tokens; arrival i submits as citizens[i % length]. */
  citizens: string[];
  /** An officer's token for a department (logged in once, then cached). */
  officer(department: string): Promise<string>;
  log: LatencyLog;
  /** Idempotency keys are `${keyPrefix}-${index}`: unique per run. */
  keyPrefix: string;
}

/** Where to stop: after `rounds` rounds of decisions (default: until no longer in progress). */
export interface SessionPlan {
  rounds?: number;
  /** The decision of the first pending task in the last round (the others then wait). Default approve. */
  lastDecision?: 'approve' | 'reject' | 'return';
}

export interface SessionOutcome {
  ok: boolean;
  id?: string;
  status?: string;
  error?: string;
}

const MAX_ROUNDS = 12;
/** Reads of an application in issuing, ISSUING_READ_MS apart, before it counts as not completed. */
const MAX_ISSUING_READS = 300;
const ISSUING_READ_MS = 50;
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const APPROVE = JSON.stringify({ decision: 'approve' });
const DECISION_BODY = {
  approve: APPROVE,
  reject: JSON.stringify({ decision: 'reject', comment: '不符合受理条件（基准测试）' }),
  return: JSON.stringify({ decision: 'return', comment: '材料不清晰，请补正（基准测试）' }),
};

/** Officer tokens per department (its 科室负责人, who may claim every step), each logged in once. */
export function officerTokens(client: LoadClient): (department: string) => Promise<string> {
  const tokens = new Map<string, Promise<string>>();
  return (department) => {
    let token = tokens.get(department);
    if (!token) tokens.set(department, (token = client.login('officer', `bench-officer-${department}`, department, ['科室负责人'])));
    return token;
  };
}

interface Decided {
  status?: string;
  applicationStatus?: string;
}

/**
 * Decides a task as its department does: the task page first (its step and the step's result fields); a
 * matter without steps in one decision; one with steps step by step — claim (签收), decide with the result
 * fields' values — an approval through every step, any other decision once.
 */
async function decideTask(w: Workload, taskId: string, token: string, body: string) {
  const parsed = JSON.parse(body) as { decision: string };
  for (let step = 0; ; step++) {
    const readAt = performance.now();
    const task = await w.client.get<{ review: { current: { resultKeys: string[] } | null } | null }>(`/api/tasks/${taskId}`, token);
    w.log.record('read', performance.now() - readAt, task.status);
    const current = task.body.review?.current;
    if (current) {
      const claimedAt = performance.now();
      const claimed = await w.client.post<Decided>(`/api/tasks/${taskId}/claim`, '{}', token);
      w.log.record('claim', performance.now() - claimedAt, claimed.status);
      if (claimed.status !== 200) return claimed;
    }
    const keys = current?.resultKeys ?? [];
    const results = parsed.decision === 'approve' && keys.length > 0 ? { results: Object.fromEntries(keys.map((key) => [key, RESULT_VALUES[key]])) } : {};
    const decidedAt = performance.now();
    const decided = await w.client.post<Decided>(`/api/tasks/${taskId}/decision`, current ? JSON.stringify({ ...parsed, ...results }) : body, token);
    w.log.record('decision', performance.now() - decidedAt, decided.status);
    // A completed step leaves the matter pending at the next one: on to it.
    if (!current || decided.status !== 200 || parsed.decision !== 'approve' || decided.body.status !== 'pending' || step >= 10) return decided;
  }
}

/** Submits application `index` at `scheduledAt` (performance.now() instant) and decides it through. */
export async function runApplication(w: Workload, scheduledAt: number, index: number, plan: SessionPlan = {}): Promise<SessionOutcome> {
  const citizen = w.citizens[index % w.citizens.length] as string;
  const submitted = await w.client.post<{ id: string; status: string }>('/api/applications', w.body, citizen, { 'idempotency-key': `${w.keyPrefix}-${index}` });
  w.log.record('submit', performance.now() - scheduledAt, submitted.status);
  if (submitted.status !== 201) return { ok: false, error: `submit ${submitted.status}: ${JSON.stringify(submitted.body).slice(0, 200)}` };
  const id = submitted.body.id;
  let status = submitted.body.status;
  const rounds = Math.min(plan.rounds ?? MAX_ROUNDS, MAX_ROUNDS);
  for (let round = 0; round < rounds && status === 'in_progress'; round++) {
    const readAt = performance.now();
    const read = await w.client.get<ApplicationView>(`/api/applications/${id}`, citizen);
    w.log.record('read', performance.now() - readAt, read.status);
    if (read.status !== 200) return { ok: false, id, error: `read ${read.status}` };
    status = read.body.status;
    if (status !== 'in_progress') break;
    let pending = read.body.matters.filter((m) => m.status === 'pending');
    if (pending.length === 0) return { ok: false, id, error: 'in progress with no pending task' };
    const last = round === rounds - 1 && plan.lastDecision !== undefined;
    if (last) pending = pending.slice(0, 1);
    const decisions = await Promise.all(
      pending.map(async (matter) => {
        const token = await w.officer(matter.department);
        return decideTask(w, matter.taskId, token, last ? DECISION_BODY[plan.lastDecision ?? 'approve'] : APPROVE);
      }),
    );
    const refused = decisions.find((d) => d.status !== 200);
    if (refused) return { ok: false, id, error: `decision ${refused.status}: ${JSON.stringify(refused.body).slice(0, 200)}` };
    status = decisions.find((d) => d.body.applicationStatus !== 'in_progress')?.body.applicationStatus ?? 'in_progress';
  }
  // The last approval puts it in issuing (正在出证) until the issuing system has answered (right after the commit).
  for (let read = 0; read < MAX_ISSUING_READS && status === 'issuing'; read++) {
    await sleep(ISSUING_READ_MS);
    const readAt = performance.now();
    const again = await w.client.get<ApplicationView>(`/api/applications/${id}`, citizen);
    w.log.record('read', performance.now() - readAt, again.status);
    if (again.status !== 200) return { ok: false, id, error: `read ${again.status}` };
    status = again.body.status;
  }
  if (plan.rounds === undefined) {
    if (status !== 'completed') return { ok: false, id, status, error: `ended ${status}` };
    w.log.record('application', performance.now() - scheduledAt);
  }
  return { ok: true, id, status };
}
