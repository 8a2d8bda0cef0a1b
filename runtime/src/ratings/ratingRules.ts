// 好差评 rules, pure: what a rating must look like, and which departments a bad rating sends a
// rectification (差评整改) to. No I/O: the rating service reads and writes, these decide.
import type { Text } from '@onego/engine';

/** Scores run from 1 (very dissatisfied, 非常不满意) to 5 (very satisfied, 非常满意). */
const MIN_SCORE = 1;
const MAX_SCORE = 5;
/** A score at or below this is a bad rating (差评) and must be rectified. */
export const BAD_SCORE = 2;
const MAX_COMMENT_LENGTH = 1000;

export const isBad = (score: number): boolean => score <= BAD_SCORE;

interface ScoreInput {
  score: number;
  comment?: string;
}

interface MatterScoreInput extends ScoreInput {
  matterId: string;
}

export interface RatingInput {
  overall: ScoreInput;
  matters: MatterScoreInput[];
}

/** A problem with the request body: a JSON Pointer into it and the message in zh and en. */
export interface InputIssue {
  path: string;
  message: Required<Text>;
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** An optional free text of at most `max` characters; pushes an issue and returns undefined otherwise. */
export function optionalText(value: unknown, path: string, issues: InputIssue[], max = MAX_COMMENT_LENGTH): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    issues.push({ path, message: { zh: '应为文字', en: 'must be a string' } });
    return undefined;
  }
  if (value.length > max) {
    issues.push({ path, message: { zh: `不能超过 ${max} 个字`, en: `must be at most ${max} characters` } });
    return undefined;
  }
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed;
}

function score(value: Record<string, unknown>, path: string, issues: InputIssue[]): ScoreInput | undefined {
  const s = value['score'];
  const before = issues.length;
  if (typeof s !== 'number' || !Number.isInteger(s) || s < MIN_SCORE || s > MAX_SCORE) {
    issues.push({ path: `${path}/score`, message: { zh: `评分应为 ${MIN_SCORE} 到 ${MAX_SCORE} 的整数`, en: `score must be a whole number from ${MIN_SCORE} to ${MAX_SCORE}` } });
  }
  const comment = optionalText(value['comment'], `${path}/comment`, issues);
  if (issues.length > before) return undefined;
  return { score: s as number, ...(comment !== undefined ? { comment } : {}) };
}

/**
 * Checks a rating body `{overall: {score, comment?}, matters?: [{matterId, score, comment?}]}` against
 * the matters the application included. Returns the rating, or every issue found.
 */
export function parseRating(body: Record<string, unknown>, includedMatters: ReadonlySet<string>): { rating: RatingInput } | { issues: InputIssue[] } {
  const issues: InputIssue[] = [];
  let overall: ScoreInput | undefined;
  if (!isRecord(body['overall'])) {
    issues.push({ path: '/overall', message: { zh: '请给出总体评价（评分 1–5）', en: 'overall is required: an object with a score from 1 to 5' } });
  } else {
    overall = score(body['overall'], '/overall', issues);
  }
  const matters: MatterScoreInput[] = [];
  const list = body['matters'] ?? [];
  if (!Array.isArray(list)) {
    issues.push({ path: '/matters', message: { zh: '应为事项评价的列表', en: 'matters must be a list of matter ratings' } });
  } else {
    const seen = new Set<string>();
    list.forEach((item: unknown, i) => {
      const path = `/matters/${i}`;
      if (!isRecord(item)) {
        issues.push({ path, message: { zh: '应为 {matterId, score, comment?}', en: 'must be an object {matterId, score, comment?}' } });
        return;
      }
      const matterId = item['matterId'];
      if (typeof matterId !== 'string' || !includedMatters.has(matterId)) {
        issues.push({ path: `${path}/matterId`, message: { zh: '不是本申请办理的事项', en: 'is not a matter of this application' } });
      } else if (seen.has(matterId)) {
        issues.push({ path: `${path}/matterId`, message: { zh: '同一事项只能评价一次', en: 'rates the same matter twice' } });
      }
      const scored = score(item, path, issues);
      if (typeof matterId === 'string') seen.add(matterId);
      if (scored && typeof matterId === 'string') matters.push({ matterId, ...scored });
    });
  }
  if (issues.length > 0 || !overall) return { issues };
  return { rating: { overall, matters } };
}

/** Why a department must rectify: the overall score (when it was bad) and its matters' bad scores. */
export interface RectificationCause {
  department: string;
  overall: number | null;
  matters: { matterId: string; score: number }[];
}

/**
 * The rectifications a rating opens, at most one per department:
 * - a bad matter score → that matter's department;
 * - a bad overall score → every department involved in the application (the overall rating is of the
 *   whole bundled service, which each of them took part in), including one whose own matters were rated
 *   well: the citizen's complaint may be about how the departments worked together, and every bad rating
 *   must reach someone who answers it. A department that a bad matter score already names gets the
 *   overall score added to that same rectification, not a second one.
 * `departments` are those involved, in the order the rectifications are wanted; `departmentOf` maps each
 * included matter to its department.
 */
export function rectificationsFor(rating: RatingInput, departments: readonly string[], departmentOf: ReadonlyMap<string, string>): RectificationCause[] {
  const overallBad = isBad(rating.overall.score);
  const causes: RectificationCause[] = [];
  for (const department of departments) {
    const matters = rating.matters.filter((m) => isBad(m.score) && departmentOf.get(m.matterId) === department).map((m) => ({ matterId: m.matterId, score: m.score }));
    if (overallBad || matters.length > 0) causes.push({ department, overall: overallBad ? rating.overall.score : null, matters });
  }
  return causes;
}
