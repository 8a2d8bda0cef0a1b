// 空白表格 and 示例样表 of a bundle: the scenario questions and the merged form of every matter the bundle
// may include (its sections, each field by its Chinese label, with a box to fill in), then the materials.
// The sample fills each box with a made-up value marked 示例 (sampleValue.ts) and carries 示例 across each
// page.
import { formatDays, inLang, type CompiledBundle, type JsonSchema } from '@onego/engine';
import type { PublishedVersion } from '../bundles/bundleCatalog.ts';
import type { CjkFont } from './cjkFont.ts';
import { chinaTime } from './chinaTime.ts';
import { PdfWriter } from './pdfWriter.ts';
import { sampleValue } from './sampleValue.ts';

export type FormKind = 'blank' | 'sample';

const SAMPLE_TAG = '示例';
const ORIGINAL = { original: '原件', copy: '复印件', 'original-and-copy': '原件和复印件' } as const;

type Ui = Record<string, unknown>;
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The properties of an object schema in the uiSchema's order (ui:order), then any others. */
function ordered(schema: JsonSchema, ui: Ui): [string, JsonSchema][] {
  const properties = isObject(schema['properties']) ? (schema['properties'] as Record<string, JsonSchema>) : {};
  const order = Array.isArray(ui['ui:order']) ? (ui['ui:order'] as string[]) : [];
  const keys = [...order.filter((k) => k in properties), ...Object.keys(properties).filter((k) => !order.includes(k))];
  return keys.map((k) => [k, properties[k] as JsonSchema]);
}

const titleOf = (schema: JsonSchema, fallback: string) => (typeof schema['title'] === 'string' && schema['title'] ? schema['title'] : fallback);

function choicesOf(schema: JsonSchema, ui: Ui): string[] | undefined {
  if (Array.isArray(schema['enum'])) {
    const names = Array.isArray(ui['ui:enumNames']) ? (ui['ui:enumNames'] as string[]) : undefined;
    return (schema['enum'] as unknown[]).map((v, i) => names?.[i] ?? String(v));
  }
  if (Array.isArray(schema['oneOf'])) return (schema['oneOf'] as JsonSchema[]).map((o) => titleOf(o, String(o['const'])));
  if (schema['type'] === 'boolean') return ['是', '否'];
  return undefined;
}

/** Many choices (民族: 56) are not listed as squares: the box is left to fill in. */
const MAX_LISTED_CHOICES = 8;

function writeField(pdf: PdfWriter, label: string, schema: JsonSchema, ui: Ui, kind: FormKind, required: boolean): void {
  const shown = required ? `${label} *` : label;
  const choices = choicesOf(schema, ui);
  if (choices && choices.length <= MAX_LISTED_CHOICES) {
    pdf.field(shown, kind === 'sample' ? { choices, chosen: 0, tag: SAMPLE_TAG } : { choices });
    return;
  }
  if (kind === 'blank') {
    pdf.field(shown, choices ? { hint: `可选：${choices.slice(0, 12).join('、')}${choices.length > 12 ? ' 等' : ''}` } : {});
    return;
  }
  pdf.field(shown, { value: choices ? (choices[0] ?? '') : sampleValue(schema, label), tag: SAMPLE_TAG });
}

/** An object's fields; a nested object or list of objects is a section of its own. */
function writeObject(pdf: PdfWriter, schema: JsonSchema, ui: Ui, kind: FormKind): void {
  const required = Array.isArray(schema['required']) ? (schema['required'] as string[]) : [];
  for (const [key, property] of ordered(schema, ui)) {
    const propertyUi = isObject(ui[key]) ? (ui[key] as Ui) : {};
    const title = titleOf(property, key);
    if (property['type'] === 'object') {
      pdf.heading(title);
      writeObject(pdf, property, propertyUi, kind);
    } else if (property['type'] === 'array' && isObject(property['items']) && property['items']['type'] === 'object') {
      const max = typeof property['maxItems'] === 'number' ? property['maxItems'] : undefined;
      pdf.heading(max === 1 ? title : `${title}（可填写多项${max ? `，最多 ${max} 项` : ''}；每项一份）`);
      writeObject(pdf, property['items'], isObject(propertyUi['items']) ? (propertyUi['items']) : {}, kind);
    } else {
      const items = property['type'] === 'array' && isObject(property['items']) ? (property['items'] as JsonSchema) : undefined;
      writeField(pdf, title, items ?? property, isObject(propertyUi['items']) && items ? (propertyUi['items']) : propertyUi, kind, required.includes(key));
    }
  }
}

export async function formDocument(font: CjkFont, version: PublishedVersion, compiled: CompiledBundle, kind: FormKind): Promise<Buffer> {
  const name = inLang(compiled.bundle.name, 'zh');
  const what = kind === 'blank' ? '空白表格' : '示例样表';
  const pdf = new PdfWriter({
    font,
    title: `${name} 申请表（${what}）`,
    subject: what,
    createdAt: new Date(version.publishedAt),
    ...(kind === 'sample' ? { watermark: SAMPLE_TAG } : {}),
  });
  pdf.title(`${name}\n申请表（${what}）`);
  pdf.note(`第 ${version.version} 版，${chinaTime(version.publishedAt)} 发布。带 * 的为必填项。${kind === 'blank' ? '在线申请时只需填写与您情形相关的部分。' : '本样表所填内容均为示例，并非真实个人信息，请按您的实际情况填写。'}`);

  pdf.heading('情形选择');
  const questions = compiled.bundle.questions as unknown as JsonSchema;
  writeObject(pdf, questions, {}, kind);

  const form = compiled.form(undefined, 'zh');
  writeObject(pdf, form.schema, form.uiSchema, kind);

  const notice = compiled.notice(undefined);
  pdf.heading('申请材料');
  pdf.table(
    ['材料名称', '份数', '原件/复印件', '出具单位', '说明'],
    [
      ...notice.materials.map((m) => [inLang(m.name, 'zh'), String(m.copies), ORIGINAL[m.original], inLang(m.issuer, 'zh'), m.required ? '' : inLang(m.requiredWhen, 'zh') || '视情形提交']),
      ...notice.waived.map((m) => [inLang(m.name, 'zh'), '—', '—', inLang(m.issuer, 'zh'), '免提交']),
    ],
    [0.32, 0.08, 0.14, 0.24, 0.22],
  );
  pdf.note(`承诺办结时限：${formatDays(notice.timeLimit, 'zh')}。`);
  return pdf.finish();
}
