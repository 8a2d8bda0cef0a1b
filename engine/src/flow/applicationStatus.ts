// What an application's snapshot means for people: the application's status and each matter's.
import type { StateValue } from 'xstate';
import type { ApplicationContext, MatterStatus } from './applicationContext.ts';

export type ApplicationPhase = 'draft' | 'processing' | 'issuing' | 'completed' | 'rejected' | 'withdrawn';

/** issuing: every matter is decided, the results are being issued (正在出证) by the issuing system. */
export type ApplicationStatusCode = 'draft' | 'in_progress' | 'awaiting_supplement' | 'issuing' | 'completed' | 'rejected' | 'withdrawn';

export interface ApplicationStatus {
  status: ApplicationStatusCode;
  /** The machine's top-level state. */
  phase: ApplicationPhase;
  /** Every matter of the bundle in bundle order once submitted; empty in draft. */
  matters: { matterId: string; status: MatterStatus }[];
}

function statusOf(phase: ApplicationPhase, matters: ApplicationStatus['matters']): ApplicationStatusCode {
  switch (phase) {
    case 'draft':
    case 'issuing':
    case 'completed':
    case 'rejected':
    case 'withdrawn':
      return phase;
    case 'processing':
      return matters.some((matter) => matter.status === 'returned') ? 'awaiting_supplement' : 'in_progress';
  }
}

/** Works on a live snapshot and on a persisted one (both have `value` and `context`). */
export function applicationStatus(snapshot: { value: StateValue; context: ApplicationContext }): ApplicationStatus {
  const phase = (typeof snapshot.value === 'string' ? snapshot.value : Object.keys(snapshot.value)[0]) as ApplicationPhase;
  const matters = Object.entries(snapshot.context.matters).map(([matterId, record]) => ({ matterId, status: record.status }));
  return { status: statusOf(phase, matters), phase, matters };
}
