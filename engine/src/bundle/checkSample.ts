// Checks an application input (a sample) against a bundle: the answers against the scenario questions,
// the data against the form of every matter the answers include, and which auto-approval rules hold.
import type { ApplicationInput, Bundle } from '@onego/schemas/types';
import type { DictionaryIndex } from '../definition/dictionaryIndex.ts';
import { matterFormSchema } from '../form/matterFormSchema.ts';
import type { Lang } from '../i18n/lang.ts';
import type { Ajv } from '../validation/createAjv.ts';
import { toValidationIssues, type ValidationIssue } from '../validation/validationIssues.ts';
import { deepMerge } from './deepMerge.ts';
import { includedMatters } from './includedMatters.ts';
import type { Matter } from '@onego/schemas/types';

export interface SampleCheck {
  answerIssues: ValidationIssue[];
  included: string[];
  matterIssues: { matterId: string; issues: ValidationIssue[] }[];
  autoApproved: string[];
}

export function checkSample(
  bundle: Bundle,
  matters: ReadonlyMap<string, Matter>,
  dictionary: DictionaryIndex,
  sample: ApplicationInput,
  ajv: Ajv,
  lang: Lang = 'zh',
): SampleCheck {
  const validateAnswers = ajv.compile(bundle.questions);
  const answerIssues = validateAnswers(sample.answers) ? [] : toValidationIssues(validateAnswers.errors, lang, sample.answers, validateAnswers.schema);
  const included = includedMatters(bundle, sample.answers, ajv).map((entry) => entry.matter);
  const matterIssues: SampleCheck['matterIssues'] = [];
  const autoApproved: string[] = [];
  const evidence = deepMerge(sample.data, sample.sharedData ?? {});
  for (const matterId of included) {
    const matter = matters.get(matterId);
    if (!matter) continue;
    const validate = ajv.compile(matterFormSchema(matter, dictionary, lang));
    if (!validate(sample.data)) matterIssues.push({ matterId, issues: toValidationIssues(validate.errors, lang, sample.data, validate.schema) });
    if (matter.autoApproval && ajv.validate(matter.autoApproval.rule, evidence)) autoApproved.push(matterId);
  }
  return { answerIssues, included, matterIssues, autoApproved };
}
