// 差评整改: the rectification tasks bad ratings open for departments — the department's list, one task
// with the citizen's scores and comments, the answer (on time or late, recorded), and the overdue pass
// that flags open tasks past their deadline once, durably, with a RECTIFICATION_OVERDUE event.
import { inLang, type Lang } from '@onego/engine';
import type { Principal } from '../auth/principal.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import type { ApplicationRow, MatterRatingRow, RatingRow, RectificationRow } from '../db/rows.ts';
import { DomainError } from '../domainError.ts';
import { optionalText, type InputIssue, type RectificationCause } from './ratingRules.ts';
import { validationFailed } from './validationFailed.ts';
import type { AppendedEventRow } from '../db/eventLog.ts';

export type RectificationStatus = RectificationRow['status'];
const MAX_ANSWER_LENGTH = 2000;

/** Answered within the deadline: true / false once answered, null before. */
export const onTimeOf = (row: Pick<RectificationRow, 'answered_on_time' | 'answered_at'>): boolean | null =>
  row.answered_at === null || row.answered_on_time === null ? null : Boolean(row.answered_on_time);

/** An open rectification's deadline counted Monday–Friday over a year without a loaded holiday schedule. */
export const rectificationDueProvisional = (r: Pick<RectificationRow, 'status' | 'due_provisional'>): boolean => r.status === 'open' && Boolean(r.due_provisional);

const summary = (r: RectificationRow) => ({
  id: r.id,
  applicationId: r.application_id,
  department: r.department,
  status: r.status,
  openedAt: r.opened_at,
  dueAt: r.due_at,
  dueAtProvisional: rectificationDueProvisional(r),
  overdueAt: r.overdue_at,
  answeredAt: r.answered_at,
  onTime: onTimeOf(r),
});

export class RectificationService {
  constructor(
    private readonly db: Database,
    private readonly catalog: BundleCatalog,
    private readonly clock: Clock,
  ) {}

  /** One page of the officer's department's rectifications (of one status, if given), by deadline; with the number of matching ones. */
  async list(officer: Principal, { status, page, pageSize }: { status?: RectificationStatus | undefined; page: number; pageSize: number }) {
    const base = this.db('rectifications').where({ department: officer.department ?? '' });
    if (status) base.andWhere({ status });
    const total = (await base.clone().count({ n: '*' }).first()) as { n: number | string } | undefined;
    const rows = (await base.orderBy([{ column: 'due_at' }, { column: 'id' }]).limit(pageSize).offset((page - 1) * pageSize)) as RectificationRow[];
    return { total: Number(total?.n ?? 0), items: rows.map(summary) };
  }

  /** The rectification, if the officer's department owns it: otherwise FORBIDDEN (it exists) or RECTIFICATION_NOT_FOUND. */
  private async own(id: string, officer: Principal): Promise<RectificationRow> {
    const row = (await this.db('rectifications').where({ id }).first()) as RectificationRow | undefined;
    if (!row) throw new DomainError('RECTIFICATION_NOT_FOUND', { id });
    if (row.department !== officer.department) throw new DomainError('FORBIDDEN');
    return row;
  }

  /** One rectification of the officer's department, with what the citizen said. */
  async view(id: string, officer: Principal, lang: Lang) {
    return this.detail(await this.own(id, officer), lang);
  }

  /** The rectification with what the citizen said: the overall and this department's matter scores and comments. */
  private async detail(row: RectificationRow, lang: Lang) {
    const app = (await this.db('applications').where({ id: row.application_id }).select('bundle_id', 'bundle_version').first()) as Pick<ApplicationRow, 'bundle_id' | 'bundle_version'>;
    const compiled = await this.catalog.compiledVersion(app.bundle_id, app.bundle_version);
    const rating = (await this.db('ratings').where({ application_id: row.application_id }).first()) as RatingRow;
    const comments = new Map(
      ((await this.db('matter_ratings').where({ application_id: row.application_id, department: row.department })) as MatterRatingRow[]).map((m) => [m.matter_id, m.comment]),
    );
    const cause = JSON.parse(row.cause) as Omit<RectificationCause, 'department'>;
    return {
      ...summary(row),
      bundleId: app.bundle_id,
      bundleName: inLang(compiled.bundle.name, lang),
      cause: {
        overall: cause.overall === null ? null : { score: cause.overall, comment: rating.overall_comment },
        matters: cause.matters.map((m) => ({ matterId: m.matterId, name: inLang(compiled.matters.get(m.matterId)?.name, lang), score: m.score, comment: comments.get(m.matterId) ?? null })),
      },
      answer: row.answer,
      measures: row.measures,
      answeredBy: row.answered_by,
    };
  }

  /** Records the answer of the officer's department, once; late answers are accepted and recorded as late. */
  async answer(id: string, officer: Principal, body: Record<string, unknown>, lang: Lang) {
    const row = await this.own(id, officer);
    const by = officer.subject;
    if (row.status === 'answered') throw new DomainError('RECTIFICATION_ALREADY_ANSWERED', { answeredAt: row.answered_at ?? '' });
    const issues: InputIssue[] = [];
    const answer = optionalText(body['answer'], '/answer', issues, MAX_ANSWER_LENGTH);
    if (answer === undefined && issues.length === 0) issues.push({ path: '/answer', message: { zh: '请填写整改答复', en: 'answer is required: what the department did about the complaint' } });
    const measures = optionalText(body['measures'], '/measures', issues, MAX_ANSWER_LENGTH);
    if (issues.length > 0) throw validationFailed(issues, lang);
    const now = this.clock.now().toISOString();
    const onTime = now <= row.due_at;
    await this.db.transaction(async (trx) => {
      const updated = await trx('rectifications')
        .where({ id: row.id })
        .whereIn('status', ['open', 'overdue'])
        .update({ status: 'answered', answer, measures: measures ?? null, answered_by: by, answered_at: now, answered_on_time: onTime });
      if (updated !== 1) {
        const current = (await trx('rectifications').where({ id: row.id }).select('answered_at').first()) as Pick<RectificationRow, 'answered_at'> | undefined;
        throw new DomainError('RECTIFICATION_ALREADY_ANSWERED', { answeredAt: current?.answered_at ?? '' });
      }
      await trx('events').insert({
        application_id: row.application_id,
        type: 'RECTIFICATION_ANSWERED',
        matter_id: null,
        actor: by,
        at: now,
        payload: JSON.stringify({ rectificationId: row.id, department: row.department, onTime }),
      } satisfies AppendedEventRow);
    });
    return this.detail((await this.db('rectifications').where({ id: row.id }).first()) as RectificationRow, lang);
  }

  /**
   * Flags every open rectification whose deadline has passed as overdue, each once and in its own
   * transaction with a RECTIFICATION_OVERDUE event; returns how many were flagged. The deadline is the
   * last millisecond of the due day: at that instant the rectification is still on time.
   */
  async flagOverdue(): Promise<number> {
    let flagged = 0;
    for (;;) {
      const now = this.clock.now().toISOString();
      const due = await this.db('rectifications')
        .where({ status: 'open' })
        .andWhere('due_at', '<', now)
        .orderBy('due_at')
        .limit(100)
        .select<Pick<RectificationRow, 'id' | 'application_id' | 'department' | 'due_at'>[]>('id', 'application_id', 'department', 'due_at');
      if (due.length === 0) return flagged;
      for (const r of due) {
        const changed = await this.db.transaction(async (trx) => {
          const updated = await trx('rectifications').where({ id: r.id, status: 'open' }).update({ status: 'overdue', overdue_at: now });
          if (updated !== 1) return false; // answered or flagged meanwhile
          await trx('events').insert({
            application_id: r.application_id,
            type: 'RECTIFICATION_OVERDUE',
            matter_id: null,
            actor: 'scheduler',
            at: now,
            payload: JSON.stringify({ rectificationId: r.id, department: r.department, dueAt: r.due_at }),
          } satisfies AppendedEventRow);
          return true;
        });
        if (changed) flagged++;
      }
    }
  }
}
