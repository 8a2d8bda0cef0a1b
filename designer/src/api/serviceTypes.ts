// The shapes of the citizen-service responses the web app reads (prefill, supplement, uploads, ratings,
// notifications, rectifications; see GET /api/openapi.json).
import type { Waiver } from '@onego/engine';
import type { TaskDetail } from './types.ts';

export interface SharedSource {
  element: string;
  source: string;
  retrievedAt: string;
}

export interface Prefill {
  status: 'resolved' | 'unavailable' | 'not-configured' | 'not-needed' | 'anonymous';
  reason?: string;
  data: Record<string, unknown>;
  provenance: Record<string, SharedSource>;
  eLicences: { type: string; name: string; source: string; retrievedAt: string }[];
}

type ValueProvenance = ({ kind: 'shared' } & SharedSource) | { kind: 'entered'; overrides?: SharedSource };

export interface UploadLimits {
  mediaTypes?: string[];
  maxBytes?: number;
  maxFiles?: number;
}

export interface MaterialUpload {
  id: string;
  materialId: string;
  filename: string;
  size: number;
  mediaType: string;
  uploadedAt: string;
  contentUrl: string;
}

/** A file uploaded to a draft, before submission. */
export interface DraftMaterialUpload {
  id: string;
  draftId: string;
  materialId: string;
  filename: string;
  size: number;
  mediaType: string;
  uploadedAt: string;
  contentUrl: string;
}

/** One material of a submitted application and how it was provided. */
export interface ApplicationMaterial {
  materialId: string;
  name: string;
  requiredBy: string[];
  required: boolean;
  key: boolean;
  waivedBy: Waiver | null;
  commitment: { text: string; signedBy: string; signedAt: string } | null;
  owed: boolean;
  uploads: MaterialUpload[];
}

export interface SupplementState {
  returns: number;
  returned: { at: string; materials: string[]; fields: string[]; comment: string | null } | null;
  owed: string[];
  pauses: { from: string; to: string | null }[];
}

export interface SupplementView {
  applicationId: string;
  status: string;
  matters: {
    matterId: string;
    name: string;
    departmentName: string;
    reason: 'returned' | 'owed';
    requestedAt: string | null;
    comment: string | null;
    fields: string[];
    materials: { materialId: string; name: string; key: boolean; commitment: string | null; upload: UploadLimits | null }[];
  }[];
  editable: string[];
  form: { schema: Record<string, unknown>; uiSchema: Record<string, unknown> };
  data: Record<string, unknown>;
}

interface TaskMaterialDetail {
  materialId: string;
  name: string;
  required: boolean;
  key: boolean;
  waivedBy: Waiver | null;
  evidence: { eLicence: { type: string; number: string; source: string } } | { elements: { element: string; value: unknown; source: string }[] } | null;
  commitment: { text: string; signedBy: string; signedAt: string } | null;
  owed: boolean;
  uploads: MaterialUpload[];
}

export interface TaskServiceDetail extends Omit<TaskDetail, 'materials'> {
  provenance: Record<string, ValueProvenance>;
  materials: TaskMaterialDetail[];
  supplement: SupplementState;
}

export interface Rating {
  applicationId: string;
  ratedAt: string;
  overall: { score: number; comment: string | null };
  matters: { matterId: string; name: string; score: number; comment: string | null }[];
}

export interface NotificationItem {
  id: number;
  type: string;
  applicationId: string | null;
  matterId: string | null;
  title: string;
  body: string;
  createdAt: string;
  read: boolean;
}

export interface Rectification {
  id: string;
  applicationId: string;
  department: string;
  status: 'open' | 'overdue' | 'answered';
  openedAt: string;
  dueAt: string;
  /** Counted Monday–Friday: its year's national holiday schedule is not loaded yet. */
  dueAtProvisional: boolean;
  answeredAt: string | null;
}
