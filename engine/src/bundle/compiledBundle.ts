// A bundle version compiled once: its conditions, and its merged-form validators per set of included
// matters, are ajv-compiled on first use and reused. The entry point for the runtime, CLI and designer.
import type { Bundle, BundleMatter, CoApplicant, Matter, TimeLimit } from '@onego/schemas/types';
import type { DictionaryIndex } from '../definition/dictionaryIndex.ts';
import { mergedForm, type MergedForm, type RepeatLimitInForce } from '../form/mergedForm.ts';
import type { Lang } from '../i18n/lang.ts';
import { bundleMetrics, type BundleMetrics } from '../metrics/bundleMetrics.ts';
import { oneTimeNotice, type OneTimeNotice, type SharedAvailability } from '../notice/oneTimeNotice.ts';
import { createAjv, type Ajv } from '../validation/createAjv.ts';
import { toValidationIssues, type ValidationIssue } from '../validation/validationIssues.ts';
import type { ValidateFunction } from 'ajv';
import { bundleGraph, type FlowGraph } from '../flow/bundleGraph.ts';
import { createApplicationMachine, type ApplicationMachine } from '../flow/createApplicationMachine.ts';
import { prefillOf, type Prefill } from '../sharedData/prefill.ts';
import { sharedDataRequest, type SharedDataRequest } from '../sharedData/sharedDataRequest.ts';
import type { SharedDataResolution } from '../sharedData/sharedDataResolution.ts';
import { tokensOf } from '../sharedData/jsonPointer.ts';
import { reviewStepsOf } from '../review/reviewSteps.ts';
import { stepResultSchema } from '../review/stepResultSchema.ts';

export interface BundleDefinitions {
  bundle: Bundle;
  matters: ReadonlyMap<string, Matter>;
  dictionary: DictionaryIndex;
  /** The bundle document's name, for issues. */
  file?: string;
}

export interface ApplicationValidation {
  valid: boolean;
  /** Paths start with /answers or /data. */
  errors: ValidationIssue[];
  /** The matters the answers include (shared between calls: do not modify). */
  included: readonly string[];
}

const prefixed = (issues: ValidationIssue[], prefix: string) =>
  issues.map((issue) => ({ ...issue, path: issue.path === '/' ? prefix : `${prefix}${issue.path}` }));

export class CompiledBundle {
  readonly bundle: Bundle;
  readonly matters: ReadonlyMap<string, Matter>;
  readonly dictionary: DictionaryIndex;
  private readonly file: string;
  private readonly ajv: Ajv;
  private readonly conditions: (ValidateFunction | undefined)[];
  private readonly repeatConditions: ValidateFunction[];
  private readonly answersValidator: ValidateFunction;
  private readonly forms = new Map<string, MergedForm>();
  private readonly validators = new Map<string, { validate: ValidateFunction; included: readonly string[] }>();
  private readonly fieldValidators = new Map<string, ValidateFunction>();
  private readonly requests = new Map<string, SharedDataRequest>();
  private readonly stepValidators = new Map<string, ValidateFunction>();
  private compiledMachine: ApplicationMachine | undefined;

  constructor(definitions: BundleDefinitions, ajv: Ajv = createAjv()) {
    this.bundle = definitions.bundle;
    this.matters = definitions.matters;
    this.dictionary = definitions.dictionary;
    this.file = definitions.file ?? '';
    this.ajv = ajv;
    this.conditions = this.bundle.matters.map((entry) => (entry.condition === undefined ? undefined : ajv.compile(entry.condition)));
    this.repeatConditions = (this.bundle.repeatLimits ?? []).map((limit) => ajv.compile(limit.condition));
    this.answersValidator = ajv.compile(this.bundle.questions);
  }

  get id(): string {
    return this.bundle.id;
  }

  get version(): string {
    return this.bundle.version;
  }

  /** The matters the answers include; without answers, every matter (the whole bundle). */
  included(answers?: unknown): BundleMatter[] {
    if (answers === undefined) return [...this.bundle.matters];
    return this.bundle.matters.filter((_, i) => {
      const condition = this.conditions[i];
      return condition === undefined || condition(answers) === true;
    });
  }

  /** The co-applicants (共同申请人) the answers ask for: those declared with no condition, or one the answers satisfy. */
  coApplicants(answers: unknown): CoApplicant[] {
    return (this.bundle.coApplicants ?? []).filter((c) => c.condition === undefined || this.ajv.validate(c.condition, answers) === true);
  }

  /**
   * Which matters the answers include, as a string of 0/1 per bundle matter, then which repeat limits
   * they put in force: the cache key of forms.
   */
  private inclusionKey(answers: unknown): string {
    if (answers === undefined) return '1'.repeat(this.conditions.length) + '0'.repeat(this.repeatConditions.length);
    let key = '';
    for (const condition of this.conditions) key += condition === undefined || condition(answers) === true ? '1' : '0';
    for (const condition of this.repeatConditions) key += condition(answers) === true ? '1' : '0';
    return key;
  }

  /** The bundle's repeat limits the answers put in force (none without answers). */
  private repeatLimitsFor(answers: unknown): RepeatLimitInForce[] {
    if (answers === undefined) return [];
    return (this.bundle.repeatLimits ?? []).flatMap((limit, index) => (this.repeatConditions[index]?.(answers) === true ? [{ ...limit, index }] : []));
  }

  form(answers?: unknown, lang: Lang = 'zh'): MergedForm {
    const key = `${lang}:${this.inclusionKey(answers)}`;
    let form = this.forms.get(key);
    if (!form) {
      form = mergedForm(this.bundle, this.included(answers), this.matters, this.dictionary, lang, this.file, this.repeatLimitsFor(answers));
      this.forms.set(key, form);
    }
    return form;
  }

  /** Answers against the scenario questions, then data against the merged form of the included matters. */
  validate(answers: unknown, data: unknown, lang: Lang = 'zh'): ApplicationValidation {
    const key = this.inclusionKey(answers);
    let cached = this.validators.get(key);
    if (!cached) {
      cached = { validate: this.ajv.compile(this.form(answers, 'zh').schema), included: this.included(answers).map((e) => e.matter) };
      this.validators.set(key, cached);
    }
    const { validate, included } = cached;
    if (!this.answersValidator(answers)) {
      return { valid: false, errors: prefixed(toValidationIssues(this.answersValidator.errors, lang, answers, this.answersValidator.schema), '/answers'), included };
    }
    if (validate(data)) return { valid: true, errors: [], included };
    return { valid: false, errors: prefixed(toValidationIssues(validate.errors, lang, data, validate.schema), '/data'), included };
  }

  /** 秒报 / 免提交: the data elements and e-licences to ask the data-sharing platform for, for these answers (shared between calls: do not modify). */
  sharedDataRequest(answers?: unknown): SharedDataRequest {
    const key = this.inclusionKey(answers);
    let request = this.requests.get(key);
    if (!request) {
      request = sharedDataRequest(this.bundle, this.included(answers), this.matters, this.dictionary);
      this.requests.set(key, request);
    }
    return request;
  }

  /** The merged form's values that shared data provides, each accepted by its field, with provenance. */
  prefill(answers: unknown, resolution: SharedDataResolution): Prefill {
    const key = this.inclusionKey(answers);
    const form = this.form(answers, 'zh');
    return prefillOf(form, resolution, (pointer, value) => {
      let validate = this.fieldValidators.get(`${key}${pointer}`);
      if (!validate) {
        let schema: unknown = form.schema;
        for (const token of tokensOf(pointer)) schema = ((schema as { properties?: Record<string, unknown> }).properties ?? {})[token];
        if (schema === undefined) return false;
        validate = this.ajv.compile(schema as object);
        this.fieldValidators.set(`${key}${pointer}`, validate);
      }
      return validate(value);
    });
  }

  notice(answers?: unknown, available?: SharedAvailability): OneTimeNotice {
    return oneTimeNotice(this.bundle, this.included(answers), this.matters, this.dictionary, available);
  }

  /** The time limit of a matter inside this bundle: the bundle's commitment, else the matter's own. */
  timeLimit(matterId: string): TimeLimit | undefined {
    const entry = this.bundle.matters.find((m) => m.matter === matterId);
    return entry?.committedTimeLimit ?? this.matters.get(matterId)?.timeLimits.committed;
  }

  /** The parallel-approval statechart of this bundle version (created once). */
  machine(): ApplicationMachine {
    this.compiledMachine ??= createApplicationMachine(this.bundle, this.matters, { ajv: this.ajv, dictionary: this.dictionary });
    return this.compiledMachine;
  }

  /**
   * What is wrong with the result values an officer records on a matter's review step, in plain words
   * (paths are /<field key>, e.g. /child.idNumber); empty when they are valid. `partial`: one signer of a
   * countersigned step, who need not record every required field. An unknown matter or step: one issue at /.
   */
  stepResultIssues(matterId: string, stepId: string, results: unknown, lang: Lang = 'zh', partial = false): ValidationIssue[] {
    const key = `${matterId}\n${stepId}\n${partial ? 'partial' : 'full'}`;
    let validate = this.stepValidators.get(key);
    if (!validate) {
      const step = reviewStepsOf(this.matters.get(matterId)).find((candidate) => candidate.id === stepId);
      if (!step) return [{ path: '/', keyword: 'step', message: lang === 'zh' ? `事项没有环节 ${stepId}` : `the matter has no step ${stepId}` }];
      validate = this.ajv.compile(stepResultSchema(step, this.dictionary, 'zh', partial));
      this.stepValidators.set(key, validate);
    }
    return validate(results) ? [] : toValidationIssues(validate.errors, lang, results, validate.schema);
  }

  /** The statechart's definition as plain JSON (states, transitions, guards by name), for tools and docs. */
  machineDefinition(): unknown {
    return JSON.parse(JSON.stringify(this.machine().definition)) as unknown;
  }

  /** Nodes, edges and department lanes for drawing the flow. */
  graph(lang: Lang = 'zh'): FlowGraph {
    return bundleGraph(this.bundle, this.matters, lang);
  }

  metrics(answers?: unknown, available?: SharedAvailability): BundleMetrics {
    const included = this.included(answers);
    return bundleMetrics(this.bundle, included, this.matters, this.notice(answers, available), this.form(answers));
  }
}

export function compileBundle(definitions: BundleDefinitions, ajv?: Ajv): CompiledBundle {
  return new CompiledBundle(definitions, ajv);
}
