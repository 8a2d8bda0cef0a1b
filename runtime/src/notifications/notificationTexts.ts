// The title and body of each notification type, in Chinese and English. Pure: the names come from the
// bundle version, the rest from the notification's details.
import { localDateOf, type Text } from '@onego/engine';
import type { Matter } from '@onego/schemas/types';
import type { NotificationType } from './notificationTypes.ts';

export interface NotificationTextParams {
  bundleName: Text;
  /** The application's short number (the first 8 characters of its id, upper case). */
  applicationNo: string;
  matterName?: Text;
  /** A local date (China Standard Time), YYYY-MM-DD. */
  dueDate?: string;
  /** The due date is provisional (counted by the weekday rule). */
  dueProvisional?: boolean;
  missing?: Text[];
  /** How many answers of the form are to be corrected. */
  fieldCount?: number;
  comment?: string;
  reason?: string;
  resultCount?: number;
  autoApproved?: boolean;
  /** Rejected because a matter it depends on was rejected, not by an officer. */
  dependencyRejected?: boolean;
  /** The review step a task is at (step_deadline_warning, lead_overdue, task_escalated). */
  stepName?: Text;
  /** Who holds the task, by name (lead_overdue, task_escalated: whom it was taken from). */
  holderName?: string;
  /** The lead it went to, by name (task_escalated). */
  toName?: string;
  /** The lead position nobody in the department holds (task_escalated without a lead). */
  noLead?: string;
  /** Working days after the deadline (task_escalated). */
  overdueDays?: number;
  /** Whose deadline passed: the step's own, or the matter's (lead_overdue). */
  deadline?: 'step' | 'matter';
}

export interface NotificationText {
  title: { zh: string; en: string };
  body: { zh: string; en: string };
}

const en = (text: Text | undefined): string => text?.en ?? text?.zh ?? '';
const zh = (text: Text | undefined): string => text?.zh ?? '';

/** What a provisional deadline's notice adds (see WorkingDayCalendar: a year without a loaded schedule). */
const PROVISIONAL_NOTE = {
  zh: '暂按周一至周五计算，待国家节假日安排公布后自动调整',
  en: 'counted Monday to Friday for now; adjusted automatically once the national holiday schedule is published',
} as const;

export function notificationText(type: NotificationType, p: NotificationTextParams): NotificationText {
  const text = baseText(type, p);
  if (!p.dueDate || !p.dueProvisional) return text;
  return { ...text, body: { zh: `${text.body.zh}（期限${PROVISIONAL_NOTE.zh}）`, en: `${text.body.en} (The due date is ${PROVISIONAL_NOTE.en}.)` } };
}

function baseText(type: NotificationType, p: NotificationTextParams): NotificationText {
  const matterZh = zh(p.matterName);
  const matterEn = en(p.matterName);
  const subjectZh = p.matterName ? `「${zh(p.bundleName)}」办件 ${p.applicationNo} 的「${matterZh}」` : `「${zh(p.bundleName)}」办件 ${p.applicationNo}`;
  const subjectEn = p.matterName ? `${matterEn} of application ${p.applicationNo} (${en(p.bundleName)})` : `application ${p.applicationNo} (${en(p.bundleName)})`;
  const dueZh = p.dueDate ? `，请于 ${p.dueDate} 前办结` : '';
  const dueEn = p.dueDate ? `; decide it by ${p.dueDate}` : '';
  const comment = p.comment ? ` ${p.comment}` : '';
  switch (type) {
    case 'task_assigned':
      return {
        title: { zh: `新的待办：${matterZh}`, en: `New task: ${matterEn}` },
        body: { zh: `${subjectZh}已转到本部门${dueZh}。`, en: `${subjectEn} has reached your department${dueEn}.` },
      };
    case 'materials_owed': {
      const owedZh = p.missing && p.missing.length > 0 ? `请尽快补交：${p.missing.map(zh).join('、')}。` : '';
      const owedEn = p.missing && p.missing.length > 0 ? ` Please supply: ${p.missing.map(en).join(', ')}.` : '';
      return {
        title: { zh: `容缺受理，待补交材料：${matterZh}`, en: `Accepted with materials to follow: ${matterEn}` },
        body: {
          zh: `您的${subjectZh}已容缺受理，办理继续进行，补齐前不能办结。${owedZh}${p.comment ?? ''}`.trim(),
          en: `${subjectEn} was accepted with materials missing; it goes on but cannot be approved until they are supplied.${owedEn}${comment}`,
        },
      };
    }
    case 'supplement_received':
      return {
        title: { zh: `补正材料已提交：${matterZh}`, en: `Supplement received: ${matterEn}` },
        body: { zh: `申请人已补正${subjectZh}，请继续审查${dueZh}。`, en: `The applicant supplemented ${subjectEn}; review it again${dueEn}.` },
      };
    case 'deadline_warning':
      return {
        title: { zh: `即将超期：${matterZh}`, en: `Due soon: ${matterEn}` },
        body: {
          zh: `${subjectZh}将于 ${p.dueDate ?? '—'} 到期，请尽快办理。`,
          en: `${subjectEn} is due on ${p.dueDate ?? '—'}; decide it soon.`,
        },
      };
    case 'overdue':
      return {
        title: { zh: `已超期：${matterZh}`, en: `Overdue: ${matterEn}` },
        body: {
          zh: `${subjectZh}已超过办结时限（${p.dueDate ?? '—'}），请立即办理。`,
          en: `${subjectEn} is past its time limit (${p.dueDate ?? '—'}); decide it now.`,
        },
      };
    case 'rectification_opened':
      return {
        title: { zh: `差评整改：${matterZh || zh(p.bundleName)}`, en: `Rectification required: ${matterEn || en(p.bundleName)}` },
        body: {
          zh: `${subjectZh}收到差评，请${p.dueDate ? `于 ${p.dueDate} 前` : ''}完成整改并反馈。`,
          en: `${subjectEn} received a bad rating; rectify it and report back${p.dueDate ? ` by ${p.dueDate}` : ''}.`,
        },
      };
    case 'rectification_overdue':
      return {
        title: { zh: `差评整改已超期：${matterZh || zh(p.bundleName)}`, en: `Rectification overdue: ${matterEn || en(p.bundleName)}` },
        body: {
          zh: `${subjectZh}的差评整改已超过期限${p.dueDate ? `（${p.dueDate}）` : ''}，请立即处理。`,
          en: `The rectification of ${subjectEn} is overdue${p.dueDate ? ` (${p.dueDate})` : ''}; handle it now.`,
        },
      };
    case 'application_withdrawn':
      return {
        title: { zh: `申请人已撤回：${matterZh}`, en: `Withdrawn by the applicant: ${matterEn}` },
        body: {
          zh: `申请人已撤回${subjectZh}，本部门的待办已取消，无需再办理。${p.reason ? `撤回原因：${p.reason}` : ''}`.trim(),
          en: `The applicant withdrew ${subjectEn}; your department's task is cancelled and needs nothing more.${p.reason ? ` Reason: ${p.reason}` : ''}`,
        },
      };
    case 'reminder_received':
      return {
        title: { zh: `群众催办：${matterZh}`, en: `The applicant asks about progress: ${matterEn}` },
        body: {
          zh: `申请人催办${subjectZh}${p.dueDate ? `，办结期限为 ${p.dueDate}` : ''}，请尽快办理。`,
          en: `The applicant sent a reminder about ${subjectEn}${p.dueDate ? `, due on ${p.dueDate}` : ''}; please decide it soon.`,
        },
      };
    case 'application_submitted':
      return {
        title: { zh: `申请已提交：${zh(p.bundleName)}`, en: `Application submitted: ${en(p.bundleName)}` },
        body: { zh: `您的${subjectZh}已提交，各部门将按时限办理。`, en: `${subjectEn} was submitted; the departments will decide it within their time limits.` },
      };
    case 'step_deadline_warning':
      return {
        title: { zh: `环节即将到期：${matterZh} · ${zh(p.stepName)}`, en: `Step due soon: ${matterEn} · ${en(p.stepName)}` },
        body: {
          zh: `${subjectZh}的「${zh(p.stepName)}」环节将于 ${p.dueDate ?? '—'} 到期，请尽快办理。`,
          en: `The ${en(p.stepName)} step of ${subjectEn} is due on ${p.dueDate ?? '—'}; handle it soon.`,
        },
      };
    case 'lead_overdue': {
      const stepZh = p.stepName ? `「${zh(p.stepName)}」环节` : '';
      const stepEn = p.stepName ? `the ${en(p.stepName)} step of ` : '';
      const what = p.deadline === 'step' ? { zh: '环节时限', en: 'step time limit' } : { zh: '办结时限', en: 'time limit' };
      const noLeadZh = p.noLead ? `本部门没有担任「${p.noLead}」岗位的工作人员，请尽快指定人员督办。` : '请督促办理。';
      const noLeadEn = p.noLead ? ` Nobody in your department holds the position ${p.noLead}: please name someone to follow it up.` : ' Please follow it up.';
      return {
        title: { zh: `超期督办：${matterZh}${p.stepName ? ` · ${zh(p.stepName)}` : ''}`, en: `Overdue, for your follow-up: ${matterEn}${p.stepName ? ` · ${en(p.stepName)}` : ''}` },
        body: {
          zh: `${subjectZh}${stepZh}已超过${what.zh}（${p.dueDate ?? '—'}），${p.holderName ? `办理人：${p.holderName}` : '尚无人签收'}。${noLeadZh}`,
          en: `${stepEn}${subjectEn} is past its ${what.en} (${p.dueDate ?? '—'}); ${p.holderName ? `held by ${p.holderName}` : 'nobody has claimed it'}.${noLeadEn}`,
        },
      };
    }
    case 'task_escalated': {
      const stepZh = p.stepName ? `「${zh(p.stepName)}」环节` : '';
      const stepEn = p.stepName ? `the ${en(p.stepName)} step of ` : '';
      const daysZh = p.overdueDays ? `超期 ${p.overdueDays} 个工作日未办，` : '超期未办，';
      const daysEn = p.overdueDays ? ` ${p.overdueDays} working day(s)` : '';
      if (p.noLead) {
        return {
          title: { zh: `超期未办，无人可移交：${matterZh}`, en: `Overdue, nobody to move it to: ${matterEn}` },
          body: {
            zh: `${subjectZh}${stepZh}${daysZh}应移交「${p.noLead}」，但本部门没有担任该岗位的工作人员，请尽快指定人员办理。`,
            en: `${stepEn}${subjectEn} is overdue${daysEn} and should go to the ${p.noLead}, but nobody in your department holds that position; please name someone to handle it.`,
          },
        };
      }
      return {
        title: { zh: `超期移交：${matterZh}${p.stepName ? ` · ${zh(p.stepName)}` : ''}`, en: `Moved to the lead as overdue: ${matterEn}${p.stepName ? ` · ${en(p.stepName)}` : ''}` },
        body: {
          zh: `${subjectZh}${stepZh}${daysZh}已由系统${p.holderName ? `从${p.holderName}处` : ''}移交给${p.toName ?? '负责人'}办理。`,
          en: `${stepEn}${subjectEn} was overdue${daysEn}; the system moved it${p.holderName ? ` from ${p.holderName}` : ''} to ${p.toName ?? 'the lead'}.`,
        },
      };
    }
    case 'withdrawal_confirmed':
      return {
        title: { zh: `您已撤回申请：${zh(p.bundleName)}`, en: `You withdrew your application: ${en(p.bundleName)}` },
        body: {
          zh: `您已撤回申请${subjectZh}，各部门的办理已停止，无需再补交任何材料。${p.reason ? `撤回原因：${p.reason}` : ''}`.trim(),
          en: `You withdrew ${subjectEn}; the departments have stopped handling it and need nothing more from you.${p.reason ? ` Reason: ${p.reason}` : ''}`,
        },
      };
    case 'returned_for_supplement': {
      const missingZh = p.missing && p.missing.length > 0 ? `需补正：${p.missing.map(zh).join('、')}。` : '';
      const missingEn = p.missing && p.missing.length > 0 ? ` To supplement: ${p.missing.map(en).join(', ')}.` : '';
      const fieldsZh = p.fieldCount ? `需更正 ${p.fieldCount} 项填写内容。` : '';
      const fieldsEn = p.fieldCount ? ` ${p.fieldCount} answer(s) to correct.` : '';
      return {
        title: { zh: `请补正材料：${matterZh}`, en: `Please supplement: ${matterEn}` },
        body: {
          zh: `您的${subjectZh}被退回补正。${missingZh}${fieldsZh}${p.comment ?? ''}`.trim(),
          en: `${subjectEn} was returned to you for supplement.${missingEn}${fieldsEn}${comment}`,
        },
      };
    }
    case 'matter_approved':
      return {
        title: { zh: `已通过：${matterZh}`, en: `Approved: ${matterEn}` },
        body: p.autoApproved
          ? { zh: `您的${subjectZh}已自动审批通过（秒批）。`, en: `${subjectEn} was approved at once by rule.` }
          : { zh: `您的${subjectZh}已审批通过。`, en: `${subjectEn} was approved.` },
      };
    case 'matter_rejected':
      return {
        title: { zh: `未通过：${matterZh}`, en: `Not approved: ${matterEn}` },
        body: p.dependencyRejected
          ? { zh: `您的${subjectZh}因其前置事项未获许可，无法办理。`, en: `${subjectEn} cannot be done because a matter it depends on was not approved.` }
          : {
              zh: `您的${subjectZh}未予许可。${p.reason ? `理由：${p.reason}` : ''}`.trim(),
              en: `${subjectEn} was not approved.${p.reason ? ` Reason: ${p.reason}` : ''}`,
            },
      };
    case 'application_completed':
      return {
        title: { zh: `已办结：${zh(p.bundleName)}`, en: `Completed: ${en(p.bundleName)}` },
        body: {
          zh: `您的${subjectZh}已全部办结，${p.resultCount ?? 0} 项办理结果已统一发放。`,
          en: `${subjectEn} is complete; ${p.resultCount ?? 0} result(s) were issued together.`,
        },
      };
    case 'application_rejected':
      return {
        title: { zh: `不予办理：${zh(p.bundleName)}`, en: `Not granted: ${en(p.bundleName)}` },
        body: {
          zh: `您的${subjectZh}因有事项未获许可而终止办理。`,
          en: `${subjectEn} ended because a matter was not approved.`,
        },
      };
  }
}

/** The bundle version a notification is about, as far as its texts need it. */
export interface NotificationBundle {
  bundle: { name: Text };
  matters: ReadonlyMap<string, Pick<Matter, 'name' | 'materials'>>;
}

const stringOf = (value: unknown): string | undefined => (typeof value === 'string' && value.length > 0 ? value : undefined);
const isText = (value: unknown): value is Text => typeof value === 'object' && value !== null && typeof (value as { zh?: unknown }).zh === 'string';
const stringsOf = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);

/**
 * The title and body of a notification from what is stored of it: its type, the application and matter it
 * is about and its details (ids, dates, comments). Texts are not stored (migration 011): they are made
 * here when the dispatcher sends them (webhooks, streams) and again on every read, in the bundle version's
 * names, so that both are the same.
 */
export function notificationContent(
  type: NotificationType,
  bundle: NotificationBundle,
  applicationId: string,
  matterId: string | null,
  details: Record<string, unknown>,
): NotificationText {
  const matter = matterId ? bundle.matters.get(matterId) : undefined;
  const dueAt = stringOf(details['dueAt']);
  const comment = stringOf(details['comment']);
  const reason = stringOf(details['reason']);
  const missing = Array.isArray(details['missing'])
    ? stringsOf(details['missing']).map((id) => matter?.materials.find((m) => m.id === id)?.name ?? { zh: id, en: id })
    : undefined;
  return notificationText(type, {
    bundleName: bundle.bundle.name,
    applicationNo: applicationId.slice(0, 8).toUpperCase(),
    ...(matter ? { matterName: matter.name } : {}),
    ...(dueAt ? { dueDate: localDateOf(dueAt) } : {}),
    ...(dueAt && details['dueAtProvisional'] === true ? { dueProvisional: true } : {}),
    ...(missing ? { missing } : {}),
    ...(Array.isArray(details['fields']) ? { fieldCount: details['fields'].length } : {}),
    ...(comment ? { comment } : {}),
    ...(reason ? { reason } : {}),
    ...(typeof details['resultCount'] === 'number' ? { resultCount: details['resultCount'] } : {}),
    ...(details['autoApproved'] === true ? { autoApproved: true } : {}),
    ...(details['dependencyRejected'] === true ? { dependencyRejected: true } : {}),
    ...(isText(details['stepName']) ? { stepName: details['stepName'] } : {}),
    ...(stringOf(details['holderName']) ? { holderName: stringOf(details['holderName']) } : {}),
    ...(stringOf(details['toName']) ? { toName: stringOf(details['toName']) } : {}),
    ...(stringOf(details['noLead']) ? { noLead: stringOf(details['noLead']) } : {}),
    ...(typeof details['overdueDays'] === 'number' ? { overdueDays: details['overdueDays'] } : {}),
    ...(details['deadline'] === 'step' || details['deadline'] === 'matter' ? { deadline: details['deadline'] } : {}),
  });
}
