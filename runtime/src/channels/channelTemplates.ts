// The SMS and e-mail texts of each kind of notification a citizen receives, in Chinese and English (the
// citizen's chosen language). Short and without personal details beyond the application's number: an SMS
// can be read on a locked screen. Each kind is one template with named parameters, as an SMS platform
// registers them; the e-mail adds the notification's full body. Pure.
import type { Text } from '@onego/engine';
import type { CitizenNotificationType } from '../notifications/notificationTypes.ts';
import type { ChannelMessage } from './channelConnector.ts';

export interface TemplateParams {
  bundle: Text;
  /** The application's short number (first 8 characters of its id, upper case). */
  applicationNo: string;
  matter?: Text;
}

type Wording = (p: { bundle: string; no: string; matter: string }) => string;

const TEMPLATES: Record<CitizenNotificationType, { zh: Wording; en: Wording }> = {
  application_submitted: {
    zh: (p) => `您的「${p.bundle}」申请已提交（办件编号 ${p.no}），办理进度请登录一网通办查看。`,
    en: (p) => `Your application ${p.no} (${p.bundle}) was submitted. Sign in to OneGo to follow its progress.`,
  },
  returned_for_supplement: {
    zh: (p) => `您的「${p.bundle}」办件 ${p.no} 中「${p.matter}」需要补正，请登录一网通办查看需补正的内容。`,
    en: (p) => `${p.matter} of your application ${p.no} (${p.bundle}) needs more from you. Sign in to OneGo to see what to supplement.`,
  },
  materials_owed: {
    zh: (p) => `您的「${p.bundle}」办件 ${p.no} 中「${p.matter}」已容缺受理，请按要求补交材料。`,
    en: (p) => `${p.matter} of your application ${p.no} (${p.bundle}) was accepted with materials to follow. Sign in to OneGo to supply them.`,
  },
  matter_approved: {
    zh: (p) => `您的「${p.bundle}」办件 ${p.no} 中「${p.matter}」已审批通过。`,
    en: (p) => `${p.matter} of your application ${p.no} (${p.bundle}) was approved.`,
  },
  matter_rejected: {
    zh: (p) => `您的「${p.bundle}」办件 ${p.no} 中「${p.matter}」未予许可，原因请登录一网通办查看。`,
    en: (p) => `${p.matter} of your application ${p.no} (${p.bundle}) was not approved. Sign in to OneGo to see why.`,
  },
  application_completed: {
    zh: (p) => `您的「${p.bundle}」办件 ${p.no} 已办结，办理结果已统一发放，请登录一网通办查看。`,
    en: (p) => `Your application ${p.no} (${p.bundle}) is complete and its results were issued. Sign in to OneGo to see them.`,
  },
  application_rejected: {
    zh: (p) => `您的「${p.bundle}」办件 ${p.no} 已终止办理，原因请登录一网通办查看。`,
    en: (p) => `Your application ${p.no} (${p.bundle}) has ended without being granted. Sign in to OneGo to see why.`,
  },
  withdrawal_confirmed: {
    zh: (p) => `您已撤回「${p.bundle}」申请（办件编号 ${p.no}），各部门已停止办理。`,
    en: (p) => `You withdrew your application ${p.no} (${p.bundle}); the departments have stopped handling it.`,
  },
};

/** The sender's name SMS platforms require in front of every message (短信签名). */
const SIGNATURE = { zh: '【一网通办】', en: '[OneGo] ' } as const;

const inLanguage = (text: Text | undefined, language: 'zh' | 'en'): string => (language === 'en' ? (text?.en ?? text?.zh ?? '') : (text?.zh ?? ''));

/** The template code of a kind (as registered with the SMS platform). */
const templateCode = (kind: CitizenNotificationType): string => `ONEGO_${kind.toUpperCase()}`;

const wordsOf = (language: 'zh' | 'en', p: TemplateParams) => ({ bundle: inLanguage(p.bundle, language), no: p.applicationNo, matter: inLanguage(p.matter, language) });

/** The SMS of a notification. */
export function smsMessage(kind: CitizenNotificationType, language: 'zh' | 'en', p: TemplateParams): ChannelMessage {
  const params = wordsOf(language, p);
  return { template: templateCode(kind), language, params, text: `${SIGNATURE[language]}${TEMPLATES[kind][language](params)}` };
}

/** The e-mail of a notification: the SMS's words, then the notification's full body. */
export function emailMessage(kind: CitizenNotificationType, language: 'zh' | 'en', p: TemplateParams, notification: { title: string; body: string }): ChannelMessage {
  const sms = smsMessage(kind, language, p);
  const words = TEMPLATES[kind][language](wordsOf(language, p));
  const closing = language === 'en' ? 'This message was sent by OneGo; replies are not read.' : '本邮件由一网通办自动发送，请勿回复。';
  return { ...sms, subject: `${SIGNATURE[language]}${notification.title}`, text: `${words}\n\n${notification.body}\n\n${closing}` };
}
