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
  certificate: { type: string; number: string; issuedAt: string };
}

/** 统一发证: the results of every approved matter, issued together. */
export interface IssueEvent {
  type: 'ISSUE';
  at: string;
  results: IssuedResult[];
}

export type MatterEvent = ApproveEvent | RejectEvent | AcceptEvent | ReturnEvent | SupplementEvent | DeadlineWarningEvent | OverdueEvent;

export type ApplicationEvent = SubmitEvent | MatterEvent | IssueEvent;
