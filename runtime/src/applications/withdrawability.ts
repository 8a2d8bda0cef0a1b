// Whether the applicant may still withdraw (撤回), as the application view shows it and the withdraw
// command checks it: in progress, nothing decided that the snapshot shows (isWithdrawable), and no
// acceptance with owed materials (容缺受理) in the timeline (the snapshot forgets it once they are supplied).
import { isWithdrawable, type ApplicationContext } from '@onego/engine';

/** The timeline detail of WITHDRAW that keeps its Idempotency-Key: never shown. */
export const WITHDRAWAL_KEY = 'idempotencyKey';

export function withdrawable(status: string, context: ApplicationContext, eventTypes: readonly string[]): boolean {
  return status === 'in_progress' && isWithdrawable(context) && !eventTypes.includes('ACCEPT');
}

/** A timeline entry's details as shown: a withdrawal's Idempotency-Key left out. */
export function shownDetails(type: string, payload: unknown): unknown {
  if (type !== 'WITHDRAW' || typeof payload !== 'object' || payload === null || !(WITHDRAWAL_KEY in payload)) return payload;
  return Object.fromEntries(Object.entries(payload).filter(([key]) => key !== WITHDRAWAL_KEY));
}
