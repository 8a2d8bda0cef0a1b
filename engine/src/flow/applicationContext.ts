// The context of an application machine: small and JSON-serialisable (no application data, which the
// runtime stores itself), so that persisted snapshots stay small.
import type { AddedSigner, StepSignature } from '../review/reviewSteps.ts';
import type { IssuedResult } from './applicationEvent.ts';

/**
 * Where a matter's region rests. `deciding` and `paid` are transient and never seen at rest. `unpaid`
 * (待缴费): a matter with an online fee waits for the payment after submission (matterFee.ts).
 */
export const REGION_STATUSES = ['unpaid', 'waiting', 'pending', 'returned', 'approved', 'rejected'] as const;

/** Where a matter's region is (REGION_STATUSES). */
export type RegionStatus = (typeof REGION_STATUSES)[number];

/** A matter's status as reported: its region's state, or `excluded` when the answers leave it out. */
export type MatterStatus = 'excluded' | RegionStatus;

/** Why a matter was rejected without an officer's decision: a dependency (an optional matter) was rejected. */
export const DEPENDENCY_REJECTED = 'dependency-rejected';

export interface MatterRecord {
  status: MatterStatus;
  /** The fee's payment (收费), once confirmed: the platform's order number, the amount in yuan, when. */
  payment?: { orderNumber: string; amount: string; paidAt: string };
  /** When the matter first became pending (its time limit starts: after the payment of a matter with a fee). */
  startedAt?: string;
  decidedBy?: 'officer' | 'rule';
  /** The officer who decided (decidedBy 'officer'). */
  by?: string;
  decidedAt?: string;
  /** The auto-approval rule's version (decidedBy 'rule'). */
  ruleVersion?: string;
  /** The officer's comment on the last RETURN or APPROVE. */
  comment?: string;
  /** The officer's reason of a rejection, or 'dependency-rejected'. */
  reason?: string;
  warned?: boolean;
  overdue?: boolean;
  /** How many times it was returned for supplement (补正). */
  returns?: number;
  /** Material ids the open return (补正) asks for. */
  missing?: string[];
  /** JSON Pointers of the fields the open return asks to correct. */
  fields?: string[];
  /** When the open return was made. */
  returnedAt?: string;
  /** Periods the matter waited for the applicant (补正): its time limit does not run in them. */
  pauses?: Pause[];
  /** Non-key materials accepted as missing (容缺受理), still owed by the applicant. */
  owed?: string[];
  // ---- a matter with executable review steps (matter.review.steps) only ----
  /** The step the matter is at, while pending or returned. */
  step?: string;
  /** When the current step began (its own time limit runs from here). */
  stepStartedAt?: string;
  /** Signatures of the current countersigned step (会签 / 或签). */
  signatures?: StepSignature[];
  /** Signers added to the current step at run time (加签). */
  addedSigners?: AddedSigner[];
  /** The steps completed, in order (a step sent back to drops it and those after it). */
  stepsDone?: StepDone[];
  /** The result fields the completed steps recorded, by key. */
  results?: Record<string, RecordedResult>;
  /** Values other matters' steps recorded for this one (bundle resultMappings), by the key of this matter's field. */
  received?: Record<string, ReceivedValue>;
}

/** A completed review step: who completed it (the signers of a countersigned one), when. */
export interface StepDone {
  step: string;
  by: string[];
  at: string;
  comment?: string;
}

/** A result field's value and the step that recorded it. */
export interface RecordedResult {
  value: unknown;
  step: string;
  by: string;
  at: string;
}

/** A value passed from another matter's result field, marked with where it came from. */
export interface ReceivedValue {
  value: unknown;
  from: { matterId: string; step: string; field: string };
  at: string;
}

/** A period a matter waited for the applicant; `to` is absent while it still waits. */
export interface Pause {
  from: string;
  to?: string;
}

export interface AutoApprovalRecord {
  matterId: string;
  ruleVersion: string;
}

export interface ApplicationContext {
  bundleId: string;
  bundleVersion: string;
  submittedAt?: string;
  /** The matters the answers include, in bundle order. */
  included: string[];
  /** Included matters whose auto-approval rule (秒批) held over the data at submission. */
  autoApproved: AutoApprovalRecord[];
  /** Every matter of the bundle once submitted, in bundle order. */
  matters: Record<string, MatterRecord>;
  results?: IssuedResult[];
  completedAt?: string;
  rejectedAt?: string;
  /** 撤回: when the applicant withdrew the application, who, and why (if they said). */
  withdrawal?: { by: string; at: string; reason?: string };
}
