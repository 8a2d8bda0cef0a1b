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
  /** JSON StoredSharedData (migration 005); null before it. */
  shared_data?: string | null;
  /** JSON {pointer: ValueProvenance} of the shared and overridden values (migration 005); null when there are none. */
  provenance?: string | null;
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
