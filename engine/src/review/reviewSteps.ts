// A matter's executable review steps (matter.review.steps): whether a matter walks steps at all, the key
// of a result field, and the rule that says when a countersigned step (会签 all / 或签 any) is complete.
import type { Matter, ResultField, ReviewStep } from '@onego/schemas/types';

/** The steps a matter's applications walk; empty when the matter is decided in one step (no `review`). */
export const reviewStepsOf = (matter: Matter | undefined): readonly ReviewStep[] => matter?.review?.steps ?? [];

/** How a step is decided: one handler, 会签 (all signers), 或签 (any signer). */
export const stepMode = (step: ReviewStep): 'one' | 'all' | 'any' => step.mode ?? 'one';

/** The key a result field's value is recorded under: the data element id, or the own field's id. */
export const resultFieldKey = (field: ResultField): string => ('element' in field ? field.element : field.id);

/** One signature of a countersigned step. `role` names (in Chinese) the signer role signed for, when the step names its signers' roles. */
export interface StepSignature {
  by: string;
  at: string;
  role?: string;
  /** Result fields this signer recorded. */
  results?: Record<string, unknown>;
  comment?: string;
}

/** A signer added at run time (加签): `signer` must sign too before a 会签 step completes. */
export interface AddedSigner {
  signer: string;
  by: string;
  at: string;
}

/** The Chinese names of the roles a step's signers are named by, or undefined when it counts signers. */
const signerRoles = (step: ReviewStep): string[] | undefined => (Array.isArray(step.signers) ? step.signers.map((role) => role.zh) : undefined);

/** How many signers a step counts (besides those added at run time): N, or one per named role. */
const signerCount = (step: ReviewStep): number => (Array.isArray(step.signers) ? step.signers.length : (step.signers ?? 1));

/**
 * Whether one more signature by `signature.by` (as `signature.role`) counts on this step: the officer has
 * not signed it yet, and is a signer added at run time, or signs for a role not yet signed for (when the
 * step names roles), or is one of the N signers the step counts.
 */
export function signatureCounts(step: ReviewStep, signatures: readonly StepSignature[], added: readonly AddedSigner[], signature: { by: string; role?: string }): boolean {
  if (signatures.some((s) => s.by === signature.by)) return false;
  const addedIds = new Set(added.map((a) => a.signer));
  if (addedIds.has(signature.by)) return true;
  const roles = signerRoles(step);
  if (roles) return signature.role !== undefined && roles.includes(signature.role) && !signatures.some((s) => s.role === signature.role && !addedIds.has(s.by));
  // N signers: no more than N besides the added ones.
  return signatures.filter((s) => !addedIds.has(s.by)).length < signerCount(step);
}

/**
 * Whether the signatures complete a countersigned step: 或签 (any) — one signature; 会签 (all) — every
 * named role signed (or N distinct officers besides the added ones), and every added signer signed.
 */
export function signaturesComplete(step: ReviewStep, signatures: readonly StepSignature[], added: readonly AddedSigner[]): boolean {
  if (stepMode(step) === 'any') return signatures.length > 0;
  const signed = new Set(signatures.map((s) => s.by));
  if (!added.every((a) => signed.has(a.signer))) return false;
  const addedIds = new Set(added.map((a) => a.signer));
  const roles = signerRoles(step);
  if (roles) return roles.every((role) => signatures.some((s) => s.role === role && !addedIds.has(s.by)));
  return [...signed].filter((by) => !addedIds.has(by)).length >= signerCount(step);
}
