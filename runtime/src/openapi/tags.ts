// The tags of the OpenAPI document: the groups its operations are listed under (each declaration names one).
import type { JsonSchema } from './responses.ts';

export const tags: JsonSchema[] = [
  { name: 'operations', description: 'Health, Prometheus metrics and this document (运维).' },
  { name: 'auth', description: 'Development sign-in (开发登录). In production, bearer tokens come from the identity provider (统一身份认证).' },
  { name: 'bundles', description: '一件事: published bundles, their preview (情形引导, 一表申请, 一次告知), drafts and publishing.' },
  { name: 'applications', description: '办件: submitting once (一次提交) and following an application.' },
  { name: 'applicants', description: '申请主体: co-applicants (共同申请人) who confirm an application before it is submitted, and the person a proxy (代办) applies for, who consents to it; both see the application afterwards.' },
  { name: 'tasks', description: "部门审批: a department's tasks (待办) and decisions (审批决定)." },
  { name: 'catalogue', description: '事项库: the matter catalogue — matters as versioned definitions (search, drafts, publishing, versions, which bundles use them), the departments of each region, and importing a catalogue spreadsheet.' },
  { name: 'ratings', description: '好差评 and 差评整改: the applicant rates an application once after it ended; bad ratings open rectification tasks for the departments.' },
  { name: 'stats', description: '统计: ratings per department and 办件统计 per bundle (real 减时间 next to the designed one).' },
  {
    name: 'calendars',
    description:
      '工作日历: the national holiday schedules (国务院办公厅部分节假日安排) and regional overlays deadlines count working days with. A deadline reaching a year that is not loaded counts Monday–Friday and is marked provisional (dueAtProvisional); loading the year re-bases it.',
  },
  { name: 'documents', description: '文书: the receipt (受理回执) and completion notice (办结通知书) of an application as PDF, each with a QR code that verifies it here; the blank and sample forms (空白表格, 示例样表) of a bundle.' },
  { name: 'testing', description: 'End-to-end test support, never enabled by default.' },
  { name: 'materials', description: '申请材料: uploading the files of an application’s materials (or of a draft’s, before submitting), and downloading them.' },
  { name: 'notifications', description: '用户中心消息: the caller’s notifications (personal and, for officers, their department’s), read state and a live stream.' },
  { name: 'webhooks', description: '部门 Webhook (admin): a department’s webhook and its deliveries from the durable outbox.' },
  { name: 'payments', description: '收费: the payment platform’s notices (支付结果通知) of orders it changed, checked with the platform before they count.' },
];
