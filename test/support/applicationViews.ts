// Test support: the example newborn samples and the shapes of the API's application and task views.
import { readFileSync } from 'node:fs';

export interface Sample {
  answers: Record<string, unknown>;
  data: Record<string, unknown>;
}

export const newbornSample = (name: string): Sample => {
  const { answers, data } = JSON.parse(readFileSync(`examples/newborn/samples/${name}.json`, 'utf8')) as Sample;
  return { answers, data };
};

/** POST /api/applications answers this (201 created, 200 the same application again). */
export interface SubmitResponse {
  id: string;
  status: string;
  bundleVersion: number;
  matters: { matterId: string; department: string; status: string; dueAt: string | null; dueAtProvisional: boolean }[];
  code?: string;
}

export interface MatterView {
  matterId: string;
  name: string;
  departmentName: string;
  taskId: string;
  department: string;
  status: string;
  acceptedAt: string | null;
  dueAt: string | null;
  dueAtProvisional: boolean;
  decidedAt: string | null;
}

interface TimelineEvent {
  at: string;
  who: string;
  what: string;
  matterId?: string;
  details?: unknown;
}

export interface ApplicationView {
  id: string;
  status: string;
  submittedAt: string;
  updatedAt: string;
  bundleVersion: number;
  matters: MatterView[];
  results: { matterId: string; certificate: { type: string; number: string; issuedAt: string; issuer?: string }; licenceUrl?: string }[];
  timeline: TimelineEvent[];
}

export interface TaskSummary {
  id: string;
  applicationId: string;
  matterId: string;
  department: string;
  status: string;
  acceptedAt: string | null;
  dueAt: string | null;
  dueAtProvisional: boolean;
}

export const matterOf = (view: ApplicationView, matterId: string): MatterView => {
  const matter = view.matters.find((m) => m.matterId === matterId);
  if (!matter) throw new Error(`application ${view.id} has no matter ${matterId}`);
  return matter;
};
