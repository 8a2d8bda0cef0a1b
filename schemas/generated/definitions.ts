/* eslint-disable */
// DO NOT EDIT. Generated from schemas/*.schema.json by `npm run gen` (scripts/gen-types.ts).
// A test fails when this file is stale.
/**
 * A stable identifier: lower-case letters, digits, '-' and '.', starting with a letter.
 */
export type Identifier = string;
/**
 * Semantic version of a definition document.
 */
export type Version = string;
/**
 * A data element id: '<entity>.<name>' in lowerCamelCase, e.g. applicant.idNumber.
 */
export type ElementId = string;
/**
 * For a cn-division-code field: how far down the citizen picks a place — province, city, district (the default: a 6-digit GB/T 2260 code) or street (乡镇/街道: a 9-digit code, GB/T 10114). A matter may ask for more detail than the data element (constraints.divisionLevel); a merged form asks for the most any included matter needs.
 */
export type DivisionLevel = 'province' | 'city' | 'district' | 'street';
/**
 * A field a step's handler fills: bound to a data element when it has "element" (its key is the element id, e.g. child.idNumber), otherwise the step's own field (its key is its id).
 *
 * This interface was referenced by `Matter`'s JSON-Schema
 * via the `definition` "resultField".
 */
export type ResultField = BoundField | OwnField;
/**
 * A form field: bound to a data element when it has "element", a matter-only repeating group when its type is "group", otherwise a matter-only field.
 *
 * This interface was referenced by `Matter`'s JSON-Schema
 * via the `definition` "field".
 */
export type Field = BoundField | OwnField | GroupField;
/**
 * A data element id: '<entity>.<name>' in lowerCamelCase, e.g. applicant.idNumber.
 */
export type ElementId1 = string;
/**
 * A data element id: '<entity>.<name>' in lowerCamelCase, e.g. applicant.idNumber.
 */
export type ElementId2 = string;

/**
 * Every kind of OneGo definition document (generation root, not a document itself).
 */
export interface OneGoDefinitions {
  dictionary?: DataElementDictionary;
  matter?: Matter;
  bundle?: Bundle;
  calendar?: Calendar;
  application?: ApplicationInput;
}
/**
 * A data element dictionary (数据元字典): the shared field meanings that matters bind their form fields to, grouped by entity, plus the electronic licence (电子证照) types that can replace materials.
 */
export interface DataElementDictionary {
  $schema?: string;
  id: Identifier;
  version: Version;
  name: LocalizedText;
  /**
   * @minItems 1
   */
  entities: Entity[];
  /**
   * @minItems 1
   */
  elements: DataElement[];
  eLicences?: ELicenceType[];
}
/**
 * Text in Chinese (required, the primary language) and English.
 */
export interface LocalizedText {
  zh: string;
  en?: string;
}
/**
 * A group of data elements about one thing (the applicant, a newborn, an enterprise). It becomes one section of a merged form. A repeatable entity is an array of objects (twins, several employees).
 *
 * This interface was referenced by `DataElementDictionary`'s JSON-Schema
 * via the `definition` "entity".
 */
export interface Entity {
  id: string;
  label: BilingualText;
  description?: LocalizedText;
  repeatable?: boolean;
  /**
   * Position of the entity's section in a merged form; lower first. The applicant comes first.
   */
  order?: number;
}
/**
 * Text that must exist in both Chinese and English (labels users see in either language).
 */
export interface BilingualText {
  zh: string;
  en: string;
}
/**
 * One data element (数据元): a field meaning with its validation.
 *
 * This interface was referenced by `DataElementDictionary`'s JSON-Schema
 * via the `definition` "dataElement".
 */
export interface DataElement {
  id: ElementId;
  label: BilingualText;
  description?: LocalizedText;
  type: 'string' | 'integer' | 'number' | 'boolean';
  /**
   * A format registered with ajv: OneGo's cn-resident-id, cn-uscc, cn-mobile, cn-division-code, cn-township-code, cn-postal-code, bank-card, hour-minute (14:35), year-month (2025-03), amount (a number of yuan with at most two decimals), or ajv-formats' date, email, date-time, time, uri. Each has a plain-language hint and error message with an example.
   */
  format?: string;
  divisionLevel?: DivisionLevel;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  /**
   * The allowed values, each with a label (a code list such as GB/T 2261.1 gender).
   *
   * @minItems 1
   */
  options?: Option[];
  /**
   * The standard that defines the element or its code list, e.g. 'GB 11643-1999'.
   */
  standard?: string;
  /**
   * A valid example value.
   */
  example?: {
    [k: string]: unknown | undefined;
  };
  /**
   * Personal information (个人信息) to be minimised and protected.
   */
  personal?: boolean;
  /**
   * The department or system that is the authoritative source when it is shared (e.g. 公安 户籍).
   */
  source?: string;
}
/**
 * This interface was referenced by `DataElementDictionary`'s JSON-Schema
 * via the `definition` "option".
 */
export interface Option {
  value: string | number | boolean;
  label: BilingualText;
}
/**
 * A type of electronic licence or certificate (电子证照) that the data-sharing platform can provide instead of a paper material.
 *
 * This interface was referenced by `DataElementDictionary`'s JSON-Schema
 * via the `definition` "eLicenceType".
 */
export interface ELicenceType {
  id: Identifier;
  name: BilingualText;
  issuer: LocalizedText;
  standard?: string;
}
/**
 * A matter (事项): one standard service item of one department, carrying every element of its service guide (办事指南) that the national evaluation checks (指南准确度), and its form.
 */
export interface Matter {
  $schema?: string;
  id: Identifier;
  version: Version;
  /**
   * The matter's catalogue or implementation code (事项编码 / 实施编码), where one is published.
   */
  code?: string;
  name: BilingualText;
  /**
   * Matter type: 行政许可, 行政确认, 行政给付, 公共服务, 其他行政权力.
   */
  kind:
    | 'administrative-permit'
    | 'administrative-confirmation'
    | 'administrative-payment'
    | 'public-service'
    | 'other-administrative-power';
  department: Department;
  /**
   * @minItems 1
   */
  legalBasis: LegalBasis[];
  /**
   * 受理条件: who may apply and when.
   */
  acceptanceConditions?: LocalizedText[];
  timeLimits: TimeLimits;
  visits: Visits;
  /**
   * Process steps (办理环节), in order, as the service guide publishes them: descriptive only. The steps an application walks are `review.steps`.
   *
   * @minItems 1
   */
  steps: Step[];
  review?: Review;
  /**
   * Application materials (申请材料).
   */
  materials: Material[];
  /**
   * Blank application forms (空白表格) the service guide publishes.
   */
  blankForms: DocumentReference[];
  /**
   * Filled-in samples (示范文本) the service guide publishes.
   */
  sampleForms: DocumentReference[];
  fee?: Fee;
  form: MatterForm;
  autoApproval?: AutoApproval;
  result: Result;
  sources?: Source[];
}
/**
 * The responsible department, an organisation of a region (河南省公安厅 is not 济南市公安局历下区分局). region: the region it belongs to (GB/T 2260), as the matter catalogue records it. implementingBody: the body that actually handles the matter (实施主体) when not the department itself, e.g. the hospital that issues birth certificates.
 *
 * This interface was referenced by `Matter`'s JSON-Schema
 * via the `definition` "department".
 */
export interface Department {
  id: Identifier;
  name: BilingualText;
  region?: Region;
  implementingBody?: LocalizedText;
}
/**
 * This interface was referenced by `Bundle`'s JSON-Schema
 * via the `definition` "region".
 */
export interface Region {
  /**
   * GB/T 2260 administrative division code.
   */
  divisionCode: string;
  name: LocalizedText;
}
/**
 * This interface was referenced by `Matter`'s JSON-Schema
 * via the `definition` "legalBasis".
 */
export interface LegalBasis {
  title: LocalizedText;
  article?: string;
}
/**
 * Legal (法定办结时限) and committed (承诺办结时限) time limits, each stating working or natural days.
 *
 * This interface was referenced by `Matter`'s JSON-Schema
 * via the `definition` "timeLimits".
 */
export interface TimeLimits {
  legal: TimeLimit;
  committed: TimeLimit;
  note?: LocalizedText;
}
/**
 * A time limit in whole days, counted as working days (工作日) or natural days (自然日). 0 means decided on the spot (即办件).
 */
export interface TimeLimit {
  days: number;
  kind: 'working' | 'natural';
}
/**
 * On-site visits the applicant must make (到办事现场次数).
 *
 * This interface was referenced by `Matter`'s JSON-Schema
 * via the `definition` "visits".
 */
export interface Visits {
  count: number;
  reason?: LocalizedText;
}
/**
 * A process step (环节) with its time limit, review standard and result.
 *
 * This interface was referenced by `Matter`'s JSON-Schema
 * via the `definition` "step".
 */
export interface Step {
  id: Identifier;
  name: BilingualText;
  actor?: 'applicant' | 'window' | 'department' | 'system';
  timeLimit: TimeLimit;
  standard?: LocalizedText;
  result?: LocalizedText;
}
/**
 * Executable review (可执行的办理环节): the steps an application of this matter walks inside the department, in order. A matter without `review` is decided in one step by any officer of its department (APPROVE / REJECT / RETURN), as always; a matter with it walks its steps (COMPLETE_STEP / SIGN_STEP), and is approved when its last step completes. escalation: what happens when a task of this matter passes its deadline (the step's own, else the matter's); a step's own `escalation` replaces it for that step.
 *
 * This interface was referenced by `Matter`'s JSON-Schema
 * via the `definition` "review".
 */
export interface Review {
  /**
   * @minItems 1
   */
  steps: ReviewStep[];
  escalation?: Escalation;
}
/**
 * One executable step (受理, 审查, 决定, 制证 …). handler: the role within the department that handles it (窗口人员, 经办人, 科室负责人, 分管领导). mode: `one` — one handler completes it (COMPLETE_STEP); `all` — 会签, every signer must sign (SIGN_STEP), and a handler may add a signer at run time (加签, ADD_SIGNER); `any` — 或签, the first signature completes it. signers (for `all` and `any` only): how many signers (N ≥ 2, distinct officers), or the roles that must sign, one signature per role. lead: the position that leads the step (科室负责人 when not given): a lead assigns the task, may act for the holder on a countersigned step, is told personally when the step or the matter passes its deadline, and receives the task when escalation transfers it. escalation: this step's own escalation, replacing the review's. timeLimit: the step's own time limit, in working days, within the matter's. resultFields: what the handler records when completing the step (e.g. the police's 公民身份号码), validated like form fields: bound to a data element (`element`) or the step's own field (`id`, `label`, `type` …); a bundle's `resultMappings` passes them to the matters that depend on this one.
 *
 * This interface was referenced by `Matter`'s JSON-Schema
 * via the `definition` "reviewStep".
 */
export interface ReviewStep {
  id: Identifier;
  name: BilingualText;
  handler: BilingualText;
  lead?: BilingualText1;
  mode?: 'one' | 'all' | 'any';
  signers?: number | BilingualText[];
  /**
   * The step's own time limit in working days, counted from the day after the step starts, with the days the matter waits for the applicant (补正) not counted, as the matter's; at most the matter's committed limit, and never later than the matter's deadline. A deadline timer fires when it passes: the step's lead is told.
   */
  timeLimit?: {
    days: number;
    kind: 'working';
  };
  /**
   * @minItems 1
   */
  resultFields?: ResultField[];
  escalation?: Escalation;
}
/**
 * Text that must exist in both Chinese and English (labels users see in either language).
 */
export interface BilingualText1 {
  zh: string;
  en: string;
}
/**
 * Escalation on overdue (超期督办): when a task passes its deadline (its step's time limit, else the matter's), the lead of its step (the step's `lead`, 科室负责人 by default) is told personally, once per deadline. With transferToLeadAfter N, a task still undecided N working days after that deadline (at the end of the N-th working day after the due day, by the bundle region's working-day calendar) is transferred by the system to a lead: an officer of the department holding the lead's position (if several, the first by their sign-in identity; if none, the department is told that nobody holds the position). The transfer is a TASK_ESCALATED event in the timeline.
 *
 * This interface was referenced by `Matter`'s JSON-Schema
 * via the `definition` "escalation".
 */
export interface Escalation {
  /**
   * Working days after the deadline: a task still undecided is transferred to its step's lead at the end of the N-th working day after its due day (1: at the end of the next working day; 0: as soon as the deadline passes).
   */
  transferToLeadAfter: number;
}
/**
 * An application material (申请材料) as the service guide lists it. issuer: 出具单位, who issues it (申请人自备 when the applicant writes it). requiredWhen: when a conditional material is needed, in words. commitment: 告知承诺 text the applicant may sign instead of submitting the proof.
 *
 * This interface was referenced by `Matter`'s JSON-Schema
 * via the `definition` "material".
 */
export interface Material {
  id: Identifier;
  name: BilingualText;
  issuer: LocalizedText;
  copies: number;
  /**
   * 原件 / 复印件 / 原件和复印件.
   */
  original: 'original' | 'copy' | 'original-and-copy';
  /**
   * 纸质 / 电子 / 纸质或电子.
   */
  medium: 'paper' | 'electronic' | 'paper-or-electronic';
  required?: boolean;
  requiredWhen?: LocalizedText;
  /**
   * A key material (关键材料) cannot be missing at acceptance; a non-key one may be accepted missing and supplemented (容缺受理).
   */
  key?: boolean;
  /**
   * What can replace the material so that the applicant need not submit it (免提交): an e-licence, shared data elements, or the merged form itself (for application forms).
   */
  replaceableBy?: Replacement[];
  commitment?: LocalizedText;
  blankForm?: DocumentReference;
  sample?: DocumentReference;
  upload?: UploadLimits;
  note?: LocalizedText;
}
/**
 * One way to replace a material: exactly one of eLicence, elements, mergedForm. eLicence names an e-licence type of the data element dictionary.
 *
 * This interface was referenced by `Matter`'s JSON-Schema
 * via the `definition` "replacement".
 */
export interface Replacement {
  eLicence?: Identifier;
  /**
   * Data elements that, when shared data provides them all, make the material unnecessary.
   *
   * @minItems 1
   */
  elements?: ElementId[];
  /**
   * The material is an application form that the merged form (一表申请) generates.
   */
  mergedForm?: true;
}
/**
 * A reference to a published document: a blank form (空白表格), a sample (示范文本), a legal text.
 */
export interface DocumentReference {
  title: LocalizedText;
  /**
   * URL or path relative to the definition file.
   */
  href: string;
}
/**
 * This interface was referenced by `Matter`'s JSON-Schema
 * via the `definition` "uploadLimits".
 */
export interface UploadLimits {
  /**
   * @minItems 1
   */
  mediaTypes: string[];
  maxBytes: number;
}
/**
 * 收费: whether the matter is charged for and, for a fee paid online through the payment connector (非税支付), its amount and legal basis. A charged matter with an amount waits for payment (待缴费) after submission: its time limit starts once the payment is confirmed, and a rejection refunds it.
 *
 * This interface was referenced by `Matter`'s JSON-Schema
 * via the `definition` "fee".
 */
export interface Fee {
  charged: boolean;
  note?: LocalizedText;
  /**
   * 收费金额: the fee in yuan as a decimal string with at most two decimals ("20", "20.00", "0.50"), exact (no floating point); more than 0 and less than 100,000,000. Only with charged: true; without it the fee is paid elsewhere and the matter does not wait for payment.
   */
  amount?: string;
  basis?: LocalizedText1;
}
/**
 * Text in Chinese (required, the primary language) and English.
 */
export interface LocalizedText1 {
  zh: string;
  en?: string;
}
/**
 * The matter's form: fields bound to data elements (asked once in a merged form) and matter-only fields.
 *
 * This interface was referenced by `Matter`'s JSON-Schema
 * via the `definition` "form".
 */
export interface MatterForm {
  /**
   * @minItems 1
   */
  fields: Field[];
  /**
   * Item counts of repeatable entities this matter uses, e.g. { "child": { "minItems": 1, "maxItems": 6 } }.
   */
  repeat?: {
    [k: string]: ItemCount | undefined;
  };
}
/**
 * This interface was referenced by `Matter`'s JSON-Schema
 * via the `definition` "itemCount".
 */
export interface ItemCount {
  minItems?: number;
  maxItems?: number;
}
/**
 * 秒批: a rule over the application data (as entered and as provided by shared data); when it holds at submission the matter is approved at once, recorded with the rule's version.
 *
 * This interface was referenced by `Matter`'s JSON-Schema
 * via the `definition` "autoApproval".
 */
export interface AutoApproval {
  version: Version;
  description: LocalizedText;
  rule: Condition;
  basis?: LocalizedText;
}
/**
 * A JSON Schema (draft 2020-12) fragment evaluated against an object (scenario answers, or application data); the condition holds when the object is valid against it. Property names must exist in what it is evaluated against.
 */
export interface Condition {
  [k: string]: unknown | undefined;
}
/**
 * What the matter issues (办理结果). eLicence: the e-licence type issued, when the result is issued electronically too.
 *
 * This interface was referenced by `Matter`'s JSON-Schema
 * via the `definition` "result".
 */
export interface Result {
  type: 'certificate' | 'licence' | 'card' | 'registration' | 'decision' | 'record';
  name: BilingualText;
  eLicence?: Identifier;
  /**
   * @minItems 1
   */
  delivery: ('electronic' | 'post' | 'window')[];
}
/**
 * Where a figure or fact comes from: a document reference such as '001:352' (file:line of the seed documents), a law and article, or 'illustrative'.
 */
export interface Source {
  ref: string;
  note?: string;
}
/**
 * A field bound to a data element; a merged form asks it once however many matters use it.
 *
 * This interface was referenced by `Matter`'s JSON-Schema
 * via the `definition` "boundField".
 */
export interface BoundField {
  element: ElementId;
  required?: boolean;
  constraints?: Constraints;
}
/**
 * Narrower constraints this matter puts on a data element. Merged forms intersect them across matters and report when nothing satisfies them all.
 *
 * This interface was referenced by `Matter`'s JSON-Schema
 * via the `definition` "constraints".
 */
export interface Constraints {
  /**
   * @minItems 1
   */
  enum?: (string | number | boolean)[];
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  pattern?: string;
  divisionLevel?: DivisionLevel;
}
/**
 * A field only this matter asks for, shown in the matter's own section of a merged form.
 *
 * This interface was referenced by `Matter`'s JSON-Schema
 * via the `definition` "ownField".
 */
export interface OwnField {
  id: string;
  label: BilingualText;
  description?: LocalizedText;
  type: 'string' | 'integer' | 'number' | 'boolean';
  /**
   * A format registered with ajv: OneGo's cn-resident-id, cn-uscc, cn-mobile, cn-division-code, cn-township-code, cn-postal-code, bank-card, hour-minute (14:35), year-month (2025-03), amount (a number of yuan with at most two decimals), or ajv-formats' date, email, date-time, time, uri. Each has a plain-language hint and error message with an example.
   */
  format?: string;
  divisionLevel?: DivisionLevel;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  /**
   * @minItems 1
   */
  options?: Option[];
  /**
   * A valid example value, shown to the citizen with the field (填写示例) and in its error message.
   */
  example?: {
    [k: string]: unknown | undefined;
  };
  required?: boolean;
}
/**
 * A matter-only repeating group: an array of objects made of matter-only fields (e.g. the seals to engrave).
 *
 * This interface was referenced by `Matter`'s JSON-Schema
 * via the `definition` "groupField".
 */
export interface GroupField {
  id: string;
  label: BilingualText;
  description?: LocalizedText;
  type: 'group';
  /**
   * @minItems 1
   */
  fields: OwnField[];
  minItems?: number;
  maxItems?: number;
  required?: boolean;
}
/**
 * A bundle (一件事): several matters merged into one citizen-facing thing — scenario questions, the matters with their inclusion conditions and dependencies, the bundle's own steps, time limit, visits and unified issuance. dictionary: id of the data element dictionary the matters bind to (default cn-standard). calendar: id of the working-day calendar (default cn-national).
 */
export interface Bundle {
  $schema?: string;
  id: Identifier;
  version: Version;
  name: BilingualText;
  description?: LocalizedText;
  region?: Region;
  dictionary?: Identifier;
  calendar?: Identifier;
  questions: ScenarioQuestions;
  /**
   * Who applies (申请主体): citizen (default) — a person, for themselves or, as a proxy (代办), for another person with that person's consent or as their guardian; enterprise — an enterprise (法人), through one of its authorised users (法定代表人 or 经办人) signed in with the identity provider's legal-person claims. An enterprise bundle's applications belong to the enterprise: every authorised user of it sees them, a citizen account cannot apply.
   */
  applicant?: 'citizen' | 'enterprise';
  /**
   * Co-applicants (共同申请人): people named in the form who must confirm the application before it is submitted (e.g. both parents of a newborn). Each is found by the ID number and name the form holds for them (data elements), never by an account; the one who is the applicant (the same ID number) confirms by submitting. Both see the application afterwards; the timeline records each confirmation.
   */
  coApplicants?: CoApplicant[];
  /**
   * @minItems 1
   */
  matters: BundleMatter[];
  /**
   * Item counts of a repeatable entity narrowed by the scenario answers (条目数随回答收窄), e.g. one child for a single birth and at least two for twins. Each entry applies when the answers are valid against its condition, on top of the counts the matters' forms set; a form whose counts are fixed (at least and at most the same number) offers no 添加一项 / 删除.
   */
  repeatLimits?: RepeatLimit[];
  /**
   * What the officers record flows on (结果共享): each entry passes a result field of one matter's review step (`from`) to a field of a matter that depends on it, directly or through others (`to`). Fields are named by their key: a data element id (child.idNumber) or an own field's id. When the source step completes, the value is recorded for the dependent matter with where it came from; the issued results carry every result field.
   */
  resultMappings?: ResultMapping[];
  /**
   * The bundle's own steps as the citizen experiences them (e.g. 一表申请 → 并联审批 → 统一发证).
   *
   * @minItems 1
   */
  steps: BundleStep[];
  timeLimits: {
    committed: TimeLimit;
    legal?: TimeLimit;
    note?: LocalizedText;
  };
  visits: Visits;
  issuance: Issuance;
  sharedData?: SharedData;
  sources?: Source[];
}
/**
 * 情形引导: the scenario questions as a small JSON Schema of an object; each property is one question. Use oneOf of {const, title} for labelled choices; 'x-en' carries English titles.
 *
 * This interface was referenced by `Bundle`'s JSON-Schema
 * via the `definition` "questions".
 */
export interface ScenarioQuestions {
  type: 'object';
  properties: {
    [k: string]: Question | undefined;
  };
  required?: string[];
}
/**
 * This interface was referenced by `Bundle`'s JSON-Schema
 * via the `definition` "question".
 */
export interface Question {
  type: 'boolean' | 'string' | 'integer';
  title: string;
  description?: string;
  'x-en'?: QuestionEnglish;
  /**
   * @minItems 1
   */
  oneOf?: Choice[];
  minimum?: number;
  maximum?: number;
  default?: unknown;
}
/**
 * This interface was referenced by `Bundle`'s JSON-Schema
 * via the `definition` "questionEnglish".
 */
export interface QuestionEnglish {
  title: string;
  description?: string;
}
/**
 * This interface was referenced by `Bundle`'s JSON-Schema
 * via the `definition` "choice".
 */
export interface Choice {
  const: string | number | boolean;
  title: string;
  'x-en'?: QuestionEnglish;
}
/**
 * One co-applicant of a bundle (see coApplicants).
 *
 * This interface was referenced by `Bundle`'s JSON-Schema
 * via the `definition` "coApplicant".
 */
export interface CoApplicant {
  role: BilingualText2;
  idNumber: ElementId1;
  name: ElementId2;
  /**
   * Submission waits for this co-applicant's confirmation (false: they may confirm, submission does not wait).
   */
  required?: boolean;
  condition?: Condition1;
}
/**
 * Text that must exist in both Chinese and English (labels users see in either language).
 */
export interface BilingualText2 {
  zh: string;
  en: string;
}
/**
 * A JSON Schema (draft 2020-12) fragment evaluated against an object (scenario answers, or application data); the condition holds when the object is valid against it. Property names must exist in what it is evaluated against.
 */
export interface Condition1 {
  [k: string]: unknown | undefined;
}
/**
 * One matter of the bundle. matter: the id of a matter definition. condition: inclusion condition over the scenario answers (included when the answers are valid against it; absent: always included). after: matters of this bundle that must be approved before this one starts. optional: a rejection does not reject the whole application. committedTimeLimit: the department's commitment inside this bundle, when shorter than the matter's own committed limit.
 *
 * This interface was referenced by `Bundle`'s JSON-Schema
 * via the `definition` "bundleMatter".
 */
export interface BundleMatter {
  matter: Identifier;
  condition?: Condition;
  /**
   * Matters of this bundle that must be approved before this one starts (dependencies).
   */
  after?: Identifier[];
  /**
   * A rejection of an optional matter does not reject the whole application.
   */
  optional?: boolean;
  committedTimeLimit?: TimeLimit;
}
/**
 * entity: a repeatable entity of the dictionary (e.g. child). condition: over the scenario answers, like a matter's inclusion condition. minItems / maxItems: the counts while the condition holds.
 *
 * This interface was referenced by `Bundle`'s JSON-Schema
 * via the `definition` "repeatLimit".
 */
export interface RepeatLimit {
  entity: Identifier;
  condition: Condition;
  minItems?: number;
  maxItems?: number;
}
/**
 * from: a matter of the bundle and one of its steps' result fields; to: a matter that depends on it and a field of its form.
 *
 * This interface was referenced by `Bundle`'s JSON-Schema
 * via the `definition` "resultMapping".
 */
export interface ResultMapping {
  from: ResultReference;
  to: ResultReference;
}
/**
 * This interface was referenced by `Bundle`'s JSON-Schema
 * via the `definition` "resultReference".
 */
export interface ResultReference {
  matter: Identifier;
  field: string;
}
/**
 * This interface was referenced by `Bundle`'s JSON-Schema
 * via the `definition` "bundleStep".
 */
export interface BundleStep {
  id: Identifier;
  name: BilingualText;
  description?: LocalizedText;
}
/**
 * 统一发证: how the results of all matters reach the applicant together.
 *
 * This interface was referenced by `Bundle`'s JSON-Schema
 * via the `definition` "issuance".
 */
export interface Issuance {
  mode: 'unified';
  /**
   * @minItems 1
   */
  delivery: ('electronic' | 'post' | 'window')[];
  note?: LocalizedText;
}
/**
 * What the region's data-sharing platform is expected to provide for this bundle (used for the notice and the metrics; the runtime asks its connectors at application time).
 *
 * This interface was referenced by `Bundle`'s JSON-Schema
 * via the `definition` "sharedData".
 */
export interface SharedData {
  eLicences?: Identifier[];
  elements?: ElementId[];
}
/**
 * A working-day calendar for one region and year: public holidays and make-up working days (调休). Weekends are rest days unless listed as working days.
 */
export interface Calendar {
  $schema?: string;
  id: Identifier;
  year: number;
  region?: Region;
  holidays: Holiday[];
  /**
   * Make-up working days (调休上班) that fall on a weekend.
   */
  workdays: Workday[];
  source: Source;
}
/**
 * This interface was referenced by `Calendar`'s JSON-Schema
 * via the `definition` "holiday".
 */
export interface Holiday {
  name: BilingualText;
  from: string;
  to: string;
}
/**
 * This interface was referenced by `Calendar`'s JSON-Schema
 * via the `definition` "workday".
 */
export interface Workday {
  date: string;
  name: BilingualText;
}
/**
 * What an applicant submits for a bundle: the scenario answers and the merged form data. Data is an object per entity of the data element dictionary (an array of objects for repeatable entities), plus 'matters' with each matter's own fields. Example samples (examples/* /samples/*.json) use this format.
 */
export interface ApplicationInput {
  $schema?: string;
  description?: string;
  answers: {
    [k: string]: unknown | undefined;
  };
  data: {
    matters?: {
      [k: string]:
        | {
            [k: string]: unknown | undefined;
          }
        | undefined;
    };
    [k: string]: unknown | undefined;
  };
  /**
   * Samples only: what the data-sharing platform returns for this applicant (same shape as data), used to evaluate auto-approval rules and waivers.
   */
  sharedData?: {
    [k: string]: unknown | undefined;
  };
  /**
   * Samples only: the outcome the sample is written to show.
   */
  expect?: {
    valid?: boolean;
    /**
     * Data paths (JSON Pointer) that must be reported invalid.
     */
    errors?: string[];
    /**
     * Matters whose auto-approval rule must hold.
     */
    autoApproved?: string[];
  };
}
