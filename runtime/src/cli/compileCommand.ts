// onego compile <bundle> --form | --notice | --machine | --graph [--answers file]: JSON to stdout.
// onego notice <bundle> [--answers file]: the one-time notice as text.
import { renderNotice, type Lang } from '@onego/engine';
import { CliFailure, loadCompiledBundle, readAnswers } from './loadBundle.ts';
import type { Output } from './validateCommand.ts';

export interface CompileOptions {
  form?: boolean;
  notice?: boolean;
  machine?: boolean;
  graph?: boolean;
  answers?: string;
  lang: Lang;
}

export async function compileCommand(bundle: string, options: CompileOptions, io: Output): Promise<number> {
  const chosen = (['form', 'notice', 'machine', 'graph'] as const).filter((k) => options[k]);
  if (chosen.length !== 1) {
    throw new CliFailure(
      options.lang === 'zh' ? '请在 --form、--notice、--machine、--graph 中恰好选择一项' : 'choose exactly one of --form, --notice, --machine, --graph',
    );
  }
  const compiled = await loadCompiledBundle(bundle, options.lang, io);
  const answers = await readAnswers(options.answers, options.lang);
  let output: unknown;
  switch (chosen[0]) {
    case 'form': {
      const form = compiled.form(answers, options.lang);
      output = { schema: form.schema, uiSchema: form.uiSchema };
      break;
    }
    case 'notice':
      output = compiled.notice(answers);
      break;
    case 'machine':
      output = compiled.machineDefinition();
      break;
    case 'graph':
      output = compiled.graph(options.lang);
      break;
  }
  io.out(JSON.stringify(output, null, 2));
  return 0;
}

export async function noticeCommand(bundle: string, options: { answers?: string; lang: Lang }, io: Output): Promise<number> {
  const compiled = await loadCompiledBundle(bundle, options.lang, io);
  io.out(renderNotice(compiled.notice(await readAnswers(options.answers, options.lang)), options.lang).trimEnd());
  return 0;
}
