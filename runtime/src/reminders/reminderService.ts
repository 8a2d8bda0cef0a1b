// 催办: the applicant reminds the department of a matter once its task has passed its warning point, at
// most once a working day (reminderWindow.ts). The reminder is a REMINDED row of the timeline, written in a
// transaction that checks the window against the last one (the task's row locked on PostgreSQL, SQLite
// has one writer): the notification outbox queues it, and the dispatcher notifies reminderRecipients.
import { inLang, type Lang, type MatterRecord, type WorkingDayCalendar } from '@onego/engine';
import type { Principal } from '../auth/principal.ts';
import type { BundleCatalog } from '../bundles/bundleCatalog.ts';
import { chinaTime } from '../calendars/chinaTime.ts';
import type { Clock } from '../clock.ts';
import type { Database } from '../db/createDatabase.ts';
import { isPostgres } from '../db/openDatabase.ts';
import { snapshotOf } from '../db/packedJson.ts';
import type { ApplicationRow, TaskRow } from '../db/rows.ts';
import type { AppendedEventRow } from '../db/eventLog.ts';
import { DomainError } from '../domainError.ts';
import { readableApplication } from '../applications/readableApplication.ts';
import { lastReminderOf, lastReminders } from './lastReminders.ts';
import { reminderWindow } from './reminderWindow.ts';

export interface ReminderDependencies {
  db: Database;
  reads: Database;
  catalog: BundleCatalog;
  clock: Clock;
  calendars: { forRegion(divisionCode: string | undefined): WorkingDayCalendar };
}

const REFUSALS = { 'not-running': 'REMINDER_NOT_POSSIBLE', 'too-early': 'REMINDER_TOO_EARLY', 'already-sent': 'REMINDER_ALREADY_SENT' } as const;

export class ReminderService {
  constructor(private readonly deps: ReminderDependencies) {}

  /** Reminds the department of the matter of the applicant's own application; answers when the next reminder is possible. */
  async remind(applicationId: string, principal: Principal, matterId: string, lang: Lang) {
    const { db, reads, catalog, clock, calendars } = this.deps;
    const application = await readableApplication(reads, applicationId, principal);
    const compiled = await catalog.compiledVersion(application.bundle_id, application.bundle_version);
    const matterName = inLang(compiled.matters.get(matterId)?.name, lang) || matterId;
    const calendar = calendars.forRegion(compiled.bundle.region?.divisionCode);
    return db.transaction(async (trx) => {
      const query = trx('tasks').where({ application_id: applicationId, matter_id: matterId });
      if (isPostgres(trx)) void query.forUpdate();
      const task = (await query.first()) as TaskRow | undefined;
      if (!task) throw new DomainError('REMINDER_NOT_POSSIBLE', { matter: matterName });
      const row = (await trx('applications').where({ id: applicationId }).first()) as ApplicationRow;
      const record = snapshotOf<{ context: { matters: Record<string, MatterRecord | undefined> } }>(row, compiled).context.matters[matterId];
      const now = clock.now().toISOString();
      const lastAt = lastReminderOf(await lastReminders(trx, [task]), task);
      const window = reminderWindow({ status: task.status, record, limit: compiled.timeLimit(matterId), lastAt, calendar, now });
      if (window.refusal !== null) {
        const at = window.possibleFrom;
        throw new DomainError(REFUSALS[window.refusal], { matter: matterName, at: at ? chinaTime(at) : '' }, at && window.refusal !== 'not-running' ? { possibleAt: at } : undefined);
      }
      const event: AppendedEventRow = { application_id: applicationId, type: 'REMINDED', matter_id: matterId, actor: principal.subject, at: now, payload: null };
      await trx('events').insert(event);
      const next = reminderWindow({ status: task.status, record, limit: compiled.timeLimit(matterId), lastAt: now, calendar, now });
      return { matterId, taskId: task.id, remindedAt: now, nextPossibleAt: next.possibleFrom };
    });
  }
}
