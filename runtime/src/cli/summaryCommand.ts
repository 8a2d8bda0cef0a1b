// onego summary [dir...]: what the definitions there offer — each bundle with its matters and
// departments, time limit, steps and visits. `npm start` runs it until the HTTP runtime exists.
import { inLang, loadDefinitions, type Lang } from '@onego/engine';
import { readDefinitionFiles } from '../definitions/readDefinitionFiles.ts';
import type { Output } from './validateCommand.ts';

export async function summaryCommand(targets: readonly string[], options: { lang: Lang }, io: Output): Promise<number> {
  const { lang } = options;
  const read = await readDefinitionFiles(targets, lang);
  const { definitions, issues } = loadDefinitions(read.documents);
  if (read.problems.length > 0 || issues.length > 0) {
    io.err(lang === 'zh' ? '定义有误，请先运行 onego validate 查看详情' : 'the definitions have problems; run onego validate for details');
    return 1;
  }
  const days = (d: number, kind: string) => (lang === 'zh' ? `${d} 个${kind === 'working' ? '工作日' : '自然日'}` : `${d} ${kind} day(s)`);
  io.out(lang === 'zh' ? `OneGo 一件事一次办 — ${definitions.bundles.length} 个一件事` : `OneGo — ${definitions.bundles.length} bundle(s)`);
  for (const { definition: bundle } of definitions.bundles) {
    io.out('');
    io.out(`■ ${inLang(bundle.name, lang)}（${bundle.id} v${bundle.version}）`);
    const limit = bundle.timeLimits.committed;
    io.out(
      lang === 'zh'
        ? `  承诺时限 ${days(limit.days, limit.kind)} · ${bundle.steps.length} 个环节 · 跑动 ${bundle.visits.count} 次`
        : `  committed ${days(limit.days, limit.kind)} · ${bundle.steps.length} step(s) · ${bundle.visits.count} visit(s)`,
    );
    for (const entry of bundle.matters) {
      const matter = definitions.matters.get(entry.matter)?.definition;
      if (!matter) continue;
      const before = (entry.after ?? []).map((id) => {
        const name = definitions.matters.get(id)?.definition.name;
        return name ? inLang(name, lang) : id;
      });
      const after = before.length ? (lang === 'zh' ? `（在${before.join('、')}之后办理）` : ` (after ${before.join(', ')})`) : '';
      const conditional = entry.condition ? (lang === 'zh' ? ' [按情形]' : ' [conditional]') : '';
      io.out(`  - ${inLang(matter.name, lang)} · ${inLang(matter.department.name, lang)}${conditional}${after}`);
    }
  }
  io.out('');
  io.out(lang === 'zh' ? '运行 onego validate 检验全部定义与样例；npm start 启动服务并发布这些一件事。' : 'onego validate checks every definition and sample; npm start serves them.');
  return 0;
}
