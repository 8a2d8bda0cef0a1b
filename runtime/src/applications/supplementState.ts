// What a matter waits for from the applicant, as the API shows it: an open return (补正: materials and
// fields to correct, the clock stopped) and materials owed from a 容缺 acceptance.
import type { MatterRecord } from '@onego/engine';

export interface SupplementState {
  /** How many times the matter was returned. */
  returns: number;
  /** The open return, while the matter is `returned`. */
  returned: { at: string; materials: string[]; fields: string[]; comment: string | null } | null;
  /** Non-key materials still owed after a 容缺 acceptance. */
  owed: string[];
  /** Periods the time limit stopped for 补正. */
  pauses: { from: string; to: string | null }[];
}

export function supplementState(record: MatterRecord | undefined): SupplementState {
  return {
    returns: record?.returns ?? 0,
    returned:
      record?.status === 'returned'
        ? { at: record.returnedAt ?? '', materials: record.missing ?? [], fields: record.fields ?? [], comment: record.comment ?? null }
        : null,
    owed: record?.owed ?? [],
    pauses: (record?.pauses ?? []).map((p) => ({ from: p.from, to: p.to ?? null })),
  };
}

/** Whether the applicant has something to supply for this matter. */
export const awaitsApplicant = (record: MatterRecord | undefined): boolean =>
  record?.status === 'returned' || (record?.status === 'pending' && (record.owed ?? []).length > 0);
