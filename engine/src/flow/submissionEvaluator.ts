// What a submission decides: which matters the answers include (bundle conditions) and which included
// matters' auto-approval rules (秒批) hold over the data merged with shared data. The schemas are
// compiled once, when the evaluator is made, never per submission.
import type { Bundle, Matter } from '@onego/schemas/types';
import { deepMerge } from '../bundle/deepMerge.ts';
import type { Ajv } from '../validation/createAjv.ts';
import type { AutoApprovalRecord } from './applicationContext.ts';
import type { SubmitEvent } from './applicationEvent.ts';

export interface Submission {
  included: string[];
  autoApproved: AutoApprovalRecord[];
}

export type SubmissionEvaluator = (input: Pick<SubmitEvent, 'answers' | 'data' | 'sharedData'>) => Submission;

type Check = (value: unknown) => boolean;

export function createSubmissionEvaluator(bundle: Bundle, matters: ReadonlyMap<string, Matter>, ajv: Ajv): SubmissionEvaluator {
  const entries = bundle.matters.map((entry) => {
    const rule = matters.get(entry.matter)?.autoApproval;
    const condition: Check | undefined = entry.condition ? ajv.compile(entry.condition) : undefined;
    const ruleHolds: Check | undefined = rule ? ajv.compile(rule.rule) : undefined;
    return { matterId: entry.matter, condition, ruleHolds, ruleVersion: rule?.version };
  });
  return ({ answers, data, sharedData }) => {
    const evidence = deepMerge(data, sharedData ?? {});
    const included: string[] = [];
    const autoApproved: AutoApprovalRecord[] = [];
    for (const { matterId, condition, ruleHolds, ruleVersion } of entries) {
      if (condition && !condition(answers)) continue;
      included.push(matterId);
      if (ruleHolds && ruleVersion !== undefined && ruleHolds(evidence)) autoApproved.push({ matterId, ruleVersion });
    }
    return { included, autoApproved };
  };
}
