// The events an application machine accepts. Every event carries `at`, the ISO instant it happened:
// the engine has no clock. Ids (officers, certificate numbers) come in events too.

export const APPLICATION_EVENT_TYPES = [
  'SUBMIT',
  'APPROVE',
  'REJECT',
  'ACCEPT',
  'RETURN',
  'SUPPLEMENT',
  'DEADLINE_WARNING',
  'OVERDUE',
  'ISSUE',
  'COMPLETE_STEP',
  'SIGN_STEP',
  'ADD_SIGNER',
  'SEND_BACK',
  'WITHDRAW',
  'PAY',
] as const;

export type ApplicationEventType = (typeof APPLICATION_EVENT_TYPES)[number];

/** 一表申请: the scenario answers and the merged form data; sharedData is what the data-sharing platform returned. */
export interface SubmitEvent {
  type: 'SUBMIT';
  at: string;
  answers: Record<string, unknown>;
  data: Record<string, unknown>;
  sharedData?: Record<string, unknown>;
}

export interface ApproveEvent {
  type: 'APPROVE';
  matterId: string;
  /** The officer who decided. */
  by: string;
  at: string;
  comment?: string;
}

export interface RejectEvent {
  type: 'REJECT';
  matterId: string;
  by: string;
  at: string;
  reason?: string;
}

/**
 * 容缺受理: the officer accepts the matter although some non-key materials are missing; they are owed
 * (the applicant supplies them while the matter goes on) and the matter cannot be approved before.
 */
export interface AcceptEvent {
  type: 'ACCEPT';
  matterId: string;
  by: string;
  at: string;
  /** Non-key material ids of the matter the applicant still owes. */
  owed: string[];
  comment?: string;
}

/**
 * 补正: the matter goes back to the applicant for the missing materials or data. Its time limit stops
 * until the applicant supplements (补正期间不计入办理时限).
 */
export interface ReturnEvent {
  type: 'RETURN';
  matterId: string;
  by: string;
  at: string;
  /** Material ids to supply again. */
  missing: string[];
  /** JSON Pointers into the application data of the fields to correct. */
  fields?: string[];
  comment?: string;
}

/** The applicant supplemented a returned matter (back to pending) or the materials a pending one owed. */
export interface SupplementEvent {
  type: 'SUPPLEMENT';
  matterId: string;
  at: string;
  /** The applicant. */
  by?: string;
}

/** Sent by the runtime's scheduler when a pending matter nears its time limit. */
export interface DeadlineWarningEvent {
  type: 'DEADLINE_WARNING';
  matterId: string;
  at: string;
}

/** Sent by the runtime's scheduler when a pending matter passes its time limit. */
export interface OverdueEvent {
  type: 'OVERDUE';
  matterId: string;
  at: string;
}

/** What one matter issued: the number comes from the issuing system, never from the engine. */
export interface IssuedResult {
  matterId: string;
  /** issuer: the issuing body (发证机关) the issuing system names. */
  certificate: { type: string; number: string; issuedAt: string; issuer?: string };
  /** The values the matter's review steps recorded (result fields, by key), added by the engine at issuance. */
  fields?: Record<string, unknown>;
}

/** 统一发证: the results of every approved matter, issued together. */
export interface IssueEvent {
  type: 'ISSUE';
  at: string;
  results: IssuedResult[];
}

// ---- the events of a matter with executable review steps (matter.review.steps) ----------------------
// Such a matter is not decided by APPROVE: its steps are completed in order, the last one approving it.
// REJECT (at any step), RETURN (补正, at the first step only), ACCEPT, SUPPLEMENT, DEADLINE_WARNING and
// OVERDUE apply to it as to any matter.

/** A one-handler step is done (mode `one`); the matter goes to its next step, or is approved after its last. */
export interface CompleteStepEvent {
  type: 'COMPLETE_STEP';
  matterId: string;
  /** The step being completed: the matter's current step. */
  stepId: string;
  by: string;
  at: string;
  /** The step's result fields, by key (child.idNumber); validated like form fields. */
  results?: Record<string, unknown>;
  comment?: string;
}

/**
 * One signer approves a countersigned step (mode `all` 会签 or `any` 或签). The step completes when its
 * rule holds: every signer (and every signer added by ADD_SIGNER) signed, or any one signed.
 */
export interface SignStepEvent {
  type: 'SIGN_STEP';
  matterId: string;
  stepId: string;
  by: string;
  at: string;
  /** The role (its Chinese name) signed for, when the step names its signers' roles. */
  role?: string;
  /** Result fields this signer records; the signature that completes the step must leave them complete. */
  results?: Record<string, unknown>;
  comment?: string;
}

/** 加签: a handler adds a signer to the current countersigned step, who must sign too (会签) or may sign (或签). */
export interface AddSignerEvent {
  type: 'ADD_SIGNER';
  matterId: string;
  stepId: string;
  /** The officer who adds. */
  by: string;
  at: string;
  /** The officer added. */
  signer: string;
}

/** 退回: the current step goes back to an earlier step of the same matter, whose work is done again. */
export interface SendBackEvent {
  type: 'SEND_BACK';
  matterId: string;
  /** The current step. */
  stepId: string;
  /** An earlier step of the matter. */
  to: string;
  by: string;
  at: string;
  comment?: string;
}

/**
 * 缴费: the payment platform confirmed the fee of a matter waiting for it (unpaid, 待缴费); the matter
 * starts (its time limit runs from now), or waits for its dependencies.
 */
export interface PayEvent {
  type: 'PAY';
  matterId: string;
  at: string;
  /** The payment platform's order number (缴款单号). */
  orderNumber: string;
  /** The amount paid, in yuan ("20.00"). */
  amount: string;
}

export type StepEvent = CompleteStepEvent | SignStepEvent | AddSignerEvent | SendBackEvent;

export type MatterEvent = PayEvent | ApproveEvent | RejectEvent | AcceptEvent | ReturnEvent | SupplementEvent | DeadlineWarningEvent | OverdueEvent | StepEvent;

/**
 * 撤回: the applicant withdraws the application before any matter is decided (see `isWithdrawable`). The
 * application ends as withdrawn; its open matters will never be decided.
 */
interface WithdrawEvent {
  type: 'WITHDRAW';
  /** The applicant. */
  by: string;
  at: string;
  reason?: string;
}

export type ApplicationEvent = SubmitEvent | MatterEvent | IssueEvent | WithdrawEvent;
