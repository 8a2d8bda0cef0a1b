// Whether an application sample behaves as its "expect" says: valid samples pass every included
// matter's form, invalid ones fail at the expected data paths, auto-approval rules hold where expected.
import type { ApplicationInput, Bundle, Matter } from '@onego/schemas/types';
import { issueOf, type DefinitionIssue } from '../definition/definitionIssue.ts';
import type { DictionaryIndex } from '../definition/dictionaryIndex.ts';
import type { Ajv } from '../validation/createAjv.ts';
import { checkSample } from './checkSample.ts';

export function sampleExpectationIssues(
  bundle: Bundle,
  matters: ReadonlyMap<string, Matter>,
  dictionary: DictionaryIndex,
  sample: ApplicationInput,
  file: string,
  ajv: Ajv,
): DefinitionIssue[] {
  const expectValid = sample.expect?.valid ?? true;
  const mismatch = (zh: string, en: string) => issueOf('SAMPLE_MISMATCH', file, '/expect', { detail: { zh, en } });
  const zh = checkSample(bundle, matters, dictionary, sample, ajv, 'zh');
  const found = [...zh.answerIssues.map((i) => ({ ...i, path: `/answers${i.path === '/' ? '' : i.path}` })), ...zh.matterIssues.flatMap((m) => m.issues)];
  const issues: DefinitionIssue[] = [];
  if (expectValid && found.length > 0) {
    const list = found.slice(0, 5).map((i) => `${i.path} ${i.message}`).join('；');
    issues.push(mismatch(`应有效，但 ${list}`, `expected valid, but ${list}`));
  }
  if (!expectValid) {
    if (found.length === 0) issues.push(mismatch('应无效，但校验通过', 'expected invalid, but it passes'));
    for (const path of sample.expect?.errors ?? []) {
      if (!found.some((i) => i.path === path || i.path.startsWith(`${path}/`))) {
        issues.push(mismatch(`应在 ${path} 报错，但未报错`, `expected an error at ${path}, none reported`));
      }
    }
  }
  for (const matterId of sample.expect?.autoApproved ?? []) {
    if (!zh.included.includes(matterId)) issues.push(mismatch(`事项 ${matterId} 未被情形选择纳入`, `matter ${matterId} is not included by the answers`));
    else if (!zh.autoApproved.includes(matterId)) issues.push(mismatch(`事项 ${matterId} 的秒批规则应成立，但不成立`, `the auto-approval rule of ${matterId} should hold but does not`));
  }
  return issues;
}
