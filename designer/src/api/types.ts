// The shapes of the runtime's responses the web app reads (see GET /api/openapi.json).
import type { BundleMetrics, CompiledBundle, OneTimeNotice, Waiver } from '@onego/engine';
import type { ApplicationMaterial, Prefill, SupplementState } from './serviceTypes.ts';

type Bundle = CompiledBundle['bundle'];
type Matter = CompiledBundle['matters'] extends ReadonlyMap<string, infer M> ? M : never;

export interface BundleSummary {
  id: string;
  version: number;
  name: string;
  description?: string;
  region?: { divisionCode: string; name: string };
  committedTimeLimit: { days: number; kind: 'working' | 'natural' };
  visits: number;
  matters: { id: string; name: string; department?: string; departmentName?: string }[];
  publishedAt: string;
}

export interface BundleDetail extends BundleSummary {
  definition: { bundle: Bundle; matters: Matter[] };
}

export interface Preview {
  form: { schema: Record<string, unknown>; uiSchema: Record<string, unknown> };
  notice: OneTimeNotice;
  metrics: BundleMetrics;
  /** 秒报: what shared data provides for a signed-in citizen. */
  prefill?: Prefill;
}

export interface BundleVersions {
  versions: { bundleId: string; version: number; publishedBy: string; publishedAt: string }[];
  draft: { updatedAt: string; updatedBy: string } | null;
}

interface MatterView {
  matterId: string;
  taskId: string;
  name: string;
  department: string;
  departmentName: string;
  status: string;
  acceptedAt: string | null;
  dueAt: string | null;
  /** The deadline counted Monday–Friday in a year whose holiday schedule is not loaded yet (re-based when it is). */
  dueAtProvisional: boolean;
  decidedAt: string | null;
  supplement?: SupplementState;
}

export interface TimelineEntry {
  at: string;
  who: string;
  what: string;
  matterId?: string;
  details?: unknown;
}

export interface ApplicationView {
  id: string;
  bundleId: string;
  bundleVersion: number;
  bundleName: string;
  status: string;
  submittedAt: string;
  updatedAt: string;
  matters: MatterView[];
  results: { matterId: string; certificate: { type: string; number: string; issuedAt: string } }[];
  timeline: TimelineEntry[];
  commitments: { materialId: string; text: string; signedBy: string; signedAt: string }[];
  /** The materials of the matters the reader may see, as the notice listed them at submission. */
  materials: ApplicationMaterial[];
}

export interface ApplicationSummary {
  id: string;
  bundleId: string;
  bundleVersion: number;
  bundleName: string;
  status: string;
  submittedAt: string;
  updatedAt: string;
}

export interface SubmitResponse {
  id: string;
  status: string;
}

export interface TaskSummary {
  id: string;
  applicationId: string;
  matterId: string;
  department: string;
  status: string;
  acceptedAt: string | null;
  dueAt: string | null;
  /** The deadline counted Monday–Friday in a year whose holiday schedule is not loaded yet (re-based when it is). */
  dueAtProvisional: boolean;
}

export interface TaskDetail extends TaskSummary {
  decidedAt: string | null;
  decidedBy: string | null;
  matter: { id: string; name: string; departmentName: string; timeLimit?: { days: number; kind: 'working' | 'natural' } };
  submittedAt: string;
  data: Record<string, unknown>;
  materials: { materialId: string; name: string; required: boolean; key: boolean; waivedBy: Waiver | null }[];
}

export interface DecisionResponse extends TaskSummary {
  decidedAt: string | null;
  decidedBy: string | null;
  applicationStatus: string;
}

export interface DevLoginResponse {
  token: string;
  subject: string;
  role: 'citizen' | 'officer' | 'designer' | 'admin';
  department?: string;
}
