// onego metrics <bundle> [--answers file] [--json]: the before/after figures as a table or JSON.
import { inLang, type BundleMetrics, type Lang } from '@onego/engine';
import { loadCompiledBundle, readAnswers } from './loadBundle.ts';
import type { Output } from './validateCommand.ts';

const ROWS: { key: keyof BundleMetrics; zh: string; en: string }[] = [
  { key: 'materials', zh: '材料（份）', en: 'Materials' },
  { key: 'steps', zh: '环节（个）', en: 'Steps' },
  { key: 'workingDays', zh: '时限（工作日）', en: 'Working days' },
  { key: 'visits', zh: '跑动（次）', en: 'Visits' },
  { key: 'fields', zh: '表单字段（项）', en: 'Form fields' },
];

/** Display width: CJK characters take two columns in a terminal. */
const width = (text: string) => [...text].reduce((n, c) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(c) ? 2 : 1), 0);
const pad = (text: string, columns: number) => text + ' '.repeat(Math.max(0, columns - width(text)));

function metricsTable(name: string, metrics: BundleMetrics, lang: Lang): string {
  const header = lang === 'zh' ? ['指标', '改革前', '改革后', '减少'] : ['Figure', 'Before', 'After', 'Reduction'];
  const rows = ROWS.map(({ key, zh, en }) => {
    const { before, after } = metrics[key];
    const cut = before === 0 ? '—' : `${(((before - after) / before) * 100).toFixed(1)}%`;
    return [lang === 'zh' ? zh : en, String(before), String(after), cut];
  });
  const columns = header.map((_, i) => Math.max(...[header, ...rows].map((r) => width(r[i] ?? ''))) + 2);
  const line = (cells: string[]) => cells.map((c, i) => pad(c, columns[i] ?? 0)).join('').trimEnd();
  const title = lang === 'zh' ? `${name} — 改革前后对比` : `${name} — before and after`;
  return [title, line(header), ...rows.map(line)].join('\n');
}

export async function metricsCommand(bundle: string, options: { answers?: string; json?: boolean; lang: Lang }, io: Output): Promise<number> {
  const compiled = await loadCompiledBundle(bundle, options.lang, io);
  const metrics = compiled.metrics(await readAnswers(options.answers, options.lang));
  io.out(options.json ? JSON.stringify(metrics, null, 2) : metricsTable(inLang(compiled.bundle.name, options.lang), metrics, options.lang));
  return 0;
}
