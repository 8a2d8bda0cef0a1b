// 受理回执 and 办结通知书 of an application, from what is stored: the receipt states what was received
// (who applied, for what, which matters went to which department with their time limits, when, under
// which number); the completion notice states the outcome of each matter and the results issued. Each
// carries a QR code of its verification link. Made only from the application's state, so the same state
// gives the same bytes.
import { formatDays, inLang, type CompiledBundle } from '@onego/engine';
import type { ApplicationRow, TaskRow } from '../db/rows.ts';
import type { CjkFont } from './cjkFont.ts';
import { chinaTime } from './chinaTime.ts';
import { PdfWriter } from './pdfWriter.ts';

export interface ApplicationFacts {
  row: ApplicationRow;
  compiled: CompiledBundle;
  answers: unknown;
  /** The applicant's name as the form gives it (申请人姓名), if it does. */
  applicantName: string | undefined;
  tasks: TaskRow[];
  results: { matterId: string; certificate: { type: string; number: string; issuedAt: string } }[];
}

const MATTER_OUTCOME: Record<string, string> = {
  approved: '准予办理',
  rejected: '不予许可',
  cancelled: '已终止',
  waiting: '等待前置事项',
  pending: '审批中',
  returned: '退回补正',
};

const APPLICATION_STATUS: Record<string, string> = {
  in_progress: '办理中',
  awaiting_supplement: '待补正',
  completed: '已办结',
  rejected: '不予办理',
};

const matterName = (facts: ApplicationFacts, id: string) => inLang(facts.compiled.matters.get(id)?.name, 'zh') || id;
const departmentName = (facts: ApplicationFacts, id: string) => inLang(facts.compiled.matters.get(id)?.department.name, 'zh');

function verification(pdf: PdfWriter, url: string): void {
  pdf.heading('真伪核验');
  pdf.qr(url, ['扫描左侧二维码，或在浏览器中打开下面的地址，', '即可核验本文书的真伪及其所证明的内容。', '核验页面只显示申请人姓名的首字，不显示证件号码等个人信息。']);
}

/** A document of the application: its title, then who applied for what and when, and `more` facts. */
function opening(font: CjkFont, facts: ApplicationFacts, title: string, createdAt: string, more: [string, string][] = []): PdfWriter {
  const { row, compiled } = facts;
  const bundleName = inLang(compiled.bundle.name, 'zh');
  const pdf = new PdfWriter({ font, title: `${title}（${bundleName}）`, subject: title, createdAt: new Date(createdAt) });
  pdf.title(title);
  pdf.facts([['办件编号', row.id], ['申请事项', bundleName], ['申请人', facts.applicantName ?? '（表单未填写申请人姓名）'], ['提交时间', chinaTime(row.created_at)], ...more]);
  return pdf;
}

export async function receiptDocument(font: CjkFont, facts: ApplicationFacts, verifyUrl: string): Promise<Buffer> {
  const { row, compiled } = facts;
  const bundleName = inLang(compiled.bundle.name, 'zh');
  const pdf = opening(font, facts, '受理回执', row.created_at);
  pdf.paragraph(`您提交的“${bundleName}”申请已收到，以下事项已分送各部门并联办理，承诺时限自受理之日起计算（不含补正时间）。请凭办件编号查询办理进度。`);
  const limits = new Map(compiled.notice(facts.answers).matters.map((m) => [m.matterId, formatDays(m.timeLimit, 'zh')]));
  pdf.table(
    ['序号', '事项', '办理部门', '承诺时限'],
    facts.tasks.map((t, i) => [String(i + 1), matterName(facts, t.matter_id), departmentName(facts, t.matter_id), limits.get(t.matter_id) ?? '']),
    [0.08, 0.42, 0.3, 0.2],
  );
  verification(pdf, verifyUrl);
  pdf.note('本回执由“一件事一次办”平台根据办件记录生成，不作为办理结果的证明。');
  return pdf.finish();
}

export async function completionNoticeDocument(font: CjkFont, facts: ApplicationFacts, verifyUrl: string): Promise<Buffer> {
  const { row, compiled } = facts;
  const bundleName = inLang(compiled.bundle.name, 'zh');
  const completed = row.status === 'completed';
  const pdf = opening(font, facts, '办结通知书', row.updated_at, [
    ['办结时间', chinaTime(row.updated_at)],
    ['办理结果', APPLICATION_STATUS[row.status] ?? row.status],
  ]);
  pdf.paragraph(
    completed
      ? `您申请的“${bundleName}”已办结，各事项办理结果及出具的证照如下。`
      : `您申请的“${bundleName}”经审查不予办理，各事项办理结果如下。如对结果有异议，可依法申请行政复议或提起行政诉讼。`,
  );
  pdf.table(
    ['事项', '办理部门', '办理结果', '办结时间'],
    facts.tasks.map((t) => [matterName(facts, t.matter_id), departmentName(facts, t.matter_id), MATTER_OUTCOME[t.status] ?? t.status, t.decided_at ? chinaTime(t.decided_at) : '—']),
    [0.36, 0.26, 0.16, 0.22],
  );
  if (facts.results.length > 0) {
    pdf.heading('出具的证照');
    pdf.table(
      ['事项', '证照', '编号', '出具时间'],
      facts.results.map((r) => {
        const result = compiled.matters.get(r.matterId)?.result;
        return [matterName(facts, r.matterId), inLang(result?.name, 'zh') || r.certificate.type, r.certificate.number, chinaTime(r.certificate.issuedAt)];
      }),
      [0.24, 0.2, 0.38, 0.18],
    );
  }
  verification(pdf, verifyUrl);
  pdf.note('本通知书由“一件事一次办”平台根据办件记录生成。');
  return pdf.finish();
}
