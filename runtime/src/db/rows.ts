// The shapes of the rows the runtime reads (see migrations.ts).

export interface ApplicationRow {
  id: string;
  bundle_id: string;
  bundle_version: number;
  applicant: string;
  status: string;
  version: number;
  snapshot: string;
  answers: string;
  data: string;
  results: string | null;
  idempotency_key: string;
  request_hash: string;
  created_at: string;
  updated_at: string;
}

export interface TaskRow {
  id: string;
  application_id: string;
  matter_id: string;
  department: string;
  status: string;
  accepted_at: string | null;
  due_at: string | null;
  decided_at: string | null;
  decided_by: string | null;
}

export interface EventRow {
  id: number;
  type: string;
  matter_id: string | null;
  actor: string;
  at: string;
  payload: string | null;
}

export interface CommitmentRow {
  id: number;
  application_id: string;
  material_id: string;
  /** The signed text, {zh, en} JSON. */
  text: string;
  signed_by: string;
  signed_at: string;
}

export interface DraftRow {
  id: string;
  applicant: string;
  bundle_id: string;
  answers: string;
  data: string;
  version: number;
  created_at: string;
  updated_at: string;
  expires_at: string;
}
