// components/schemas of the OpenAPI document: the JSON bodies the HTTP API reads and writes. Bundle and
// matter definitions, time limits and other pieces of the definition format are referenced by their $id
// (schemas/*.schema.json), never copied. Objects built by the runtime itself are closed
// (additionalProperties: false) so that a field added to a route without documenting it fails the test.
export type JsonSchema = Record<string, unknown>;

/** The $id base of the definition-format schemas (schemas/*.schema.json). */
const DEFINITION_SCHEMA_BASE = 'https://onego.dev/schemas/v1/';

/** A $ref to a definition-format schema, optionally to a JSON Pointer inside it. */
export const definition = (file: 'common' | 'bundle' | 'matter' | 'application' | 'calendar', pointer = ''): JsonSchema => ({
  $ref: `${DEFINITION_SCHEMA_BASE}${file}.schema.json${pointer ? `#${pointer}` : ''}`,
});

/** A $ref to one of the schemas below. */
export const schemaRef = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

const string = (description?: string): JsonSchema => ({ type: 'string', ...(description ? { description } : {}) });
export const instant = (description: string): JsonSchema => ({ type: 'string', format: 'date-time', description });
const nullableInstant = (description: string): JsonSchema => ({ type: ['string', 'null'], format: 'date-time', description });
const localized = (description: string): JsonSchema => ({
  type: 'string',
  description: `${description} In the response language (Accept-Language: Chinese by default, English on request).`,
});
const bothLanguages = (description: string): JsonSchema => ({ ...definition('common', '/$defs/localizedText'), description });
/** An object schema with exactly these properties. */
export const closed = (properties: Record<string, JsonSchema>, required: string[], extra: JsonSchema = {}): JsonSchema => ({
  type: 'object',
  ...extra,
  properties,
  required,
  additionalProperties: false,
});

const timeLimit = definition('common', '/$defs/timeLimit');

// ---- bundles ----------------------------------------------------------------------------------------------

const bundleSummaryProperties: Record<string, JsonSchema> = {
  id: definition('common', '/$defs/identifier'),
  version: { type: 'integer', minimum: 1, description: 'The published version (1, 2, …); applications stay on the version they started with.' },
  name: localized('The bundle name (一件事名称).'),
  description: localized('What the bundle covers.'),
  region: closed(
    { divisionCode: string('GB/T 2260 administrative division code.'), name: localized('The region name.') },
    ['divisionCode', 'name'],
  ),
  committedTimeLimit: { ...timeLimit, description: 'The committed time limit of the whole bundle (承诺办结时限).' },
  visits: { type: 'integer', minimum: 0, description: 'On-site visits the applicant makes (跑动次数).' },
  matters: {
    type: 'array',
    description: 'The matters (事项) of the bundle, in bundle order; the answers decide which are included.',
    items: closed(
      {
        id: definition('common', '/$defs/identifier'),
        name: localized('The matter name.'),
        department: string('The department id (e.g. health, police).'),
        departmentName: localized('The department name.'),
      },
      ['id', 'name', 'department', 'departmentName'],
    ),
  },
  publishedAt: instant('When this version was published.'),
};
const bundleSummaryRequired = ['id', 'version', 'name', 'committedTimeLimit', 'visits', 'matters', 'publishedAt'];

const bundles: Record<string, JsonSchema> = {
  BundleSummary: closed(bundleSummaryProperties, bundleSummaryRequired, { description: 'A published bundle (一件事), latest version.' }),
  BundleDefinition: closed(
    {
      bundle: definition('bundle'),
      matters: { type: 'array', items: definition('matter'), description: 'The matters the bundle names (事项, each with its service guide 办事指南).' },
    },
    ['bundle', 'matters'],
    { description: 'A bundle definition with its matters, in the definition format (schemas/bundle.schema.json, schemas/matter.schema.json).' },
  ),
  BundleDetail: closed({ ...bundleSummaryProperties, definition: schemaRef('BundleDefinition') }, [...bundleSummaryRequired, 'definition'], {
    description: 'A published bundle with its full definition.',
  }),
  BundleVersions: closed(
    {
      versions: {
        type: 'array',
        description: 'Published versions, newest first.',
        items: closed(
          { bundleId: string(), version: { type: 'integer', minimum: 1 }, publishedBy: string('Who published it (system for the examples).'), publishedAt: instant('When.') },
          ['bundleId', 'version', 'publishedBy', 'publishedAt'],
        ),
      },
      draft: {
        oneOf: [closed({ updatedAt: instant('When the draft was last saved.'), updatedBy: string('Who saved it.') }, ['updatedAt', 'updatedBy']), { type: 'null' }],
        description: 'The unpublished draft (草稿), if any.',
      },
    },
    ['versions', 'draft'],
  ),
  DraftSaved: closed(
    {
      id: definition('common', '/$defs/identifier'),
      draft: { const: true },
      updatedBy: string('Who saved it (the caller).'),
      updatedAt: instant('When the draft was saved.'),
      issues: { type: 'array', items: schemaRef('DefinitionIssue'), description: 'The definition problems of the draft as saved (empty when there are none); publishing waits until there are none.' },
    },
    ['id', 'draft', 'updatedBy', 'updatedAt', 'issues'],
  ),
  DefinitionIssue: closed(
    {
      file: string("Which document: 'bundle', or 'matters/<index>' for the matters array."),
      path: string('JSON Pointer into that document.'),
      code: string('The stable definition issue code (e.g. SCHEMA_VIOLATION, UNKNOWN_MATTER, DEPENDENCY_CYCLE).'),
      message: string('The issue in the response language.'),
    },
    ['file', 'path', 'code', 'message'],
    { description: 'A problem of a bundle definition, as `onego validate` reports it.' },
  ),
  BundleDraftSummary: closed(
    {
      id: string('The bundle id (bundle.id of the draft).'),
      name: localized('The bundle name of the draft (its id when it has none yet).'),
      updatedBy: string('Who saved it last.'),
      updatedAt: instant('When.'),
      publishedVersion: { type: ['integer', 'null'], minimum: 1, description: 'The latest published version of this bundle; null when it was never published.' },
      issues: { type: 'integer', minimum: 0, description: 'How many definition problems the draft has (0: it can be published).' },
      etag: { type: 'string', minLength: 1, description: 'The entity tag of the draft as listed (the ETag of GET /api/bundles/{id}/draft): send it as If-Match to discard only this version.' },
    },
    ['id', 'name', 'updatedBy', 'updatedAt', 'publishedVersion', 'issues', 'etag'],
    { description: 'A saved draft (草稿) in the designer’s list.' },
  ),
  BundleDraft: closed(
    {
      definition: { type: 'object', description: 'The definition as saved ({bundle, matters}, in the definition format; it may have problems: a draft is work in progress).' },
      updatedBy: string('Who saved it last.'),
      updatedAt: instant('When.'),
    },
    ['definition', 'updatedBy', 'updatedAt'],
    { description: 'The saved draft of a bundle; its ETag comes in the header.' },
  ),
  PreviewRequest: {
    type: 'object',
    properties: { answers: { ...definition('application', '/properties/answers'), description: 'Answers to the scenario questions (情形引导); default {}.' } },
  },
  Preview: closed(
    {
      form: closed(
        {
          schema: { type: 'object', description: 'The merged form (一表申请) for these answers: a JSON Schema (draft 2020-12) of the data to submit.' },
          uiSchema: { type: 'object', description: 'react-jsonschema-form uiSchema of the merged form.' },
        },
        ['schema', 'uiSchema'],
      ),
      notice: schemaRef('OneTimeNotice'),
      metrics: schemaRef('BundleMetrics'),
      prefill: schemaRef('Prefill'),
    },
    ['form', 'notice', 'metrics', 'prefill'],
    {
      description:
        "What the answers lead to: the merged form (localized), the one-time notice and the before/after metrics. For a signed-in citizen, the notice and the metrics waive exactly the materials the data-sharing connector provides for them, and prefill holds the values it provides (秒报); for anyone else (prefill.status anonymous) they waive what the bundle declares shared (bundle.sharedData).",
    },
  ),
  SharedDataStatus: {
    description:
      "resolved: the data-sharing connector answered (maybe with nothing on record); unavailable: it could not be had (reason says why) — nothing is prefilled or waived by it and the applicant is asked for the materials; not-configured: OneGo has no connector; not-needed: the bundle declares no shared data the included matters need; anonymous (previews only): no signed-in citizen, so nothing was asked for.",
    type: 'string',
    enum: ['resolved', 'unavailable', 'not-configured', 'not-needed', 'anonymous'],
  },
  UnavailableReason: {
    description: 'Why the connector gave nothing: timeout (per attempt, after retries), unreachable, http-error (an error status), bad-response (not the protocol), circuit-open (after repeated failures the connector is not called until the circuit resets), cancelled (the client went away).',
    type: 'string',
    enum: ['timeout', 'unreachable', 'http-error', 'bad-response', 'circuit-open', 'cancelled'],
  },
  SharedSource: closed(
    {
      element: definition('common', '/$defs/elementId'),
      source: string('The system of record the value came from (e.g. population-registry).'),
      retrievedAt: instant('When the data-sharing platform retrieved it.'),
    },
    ['element', 'source', 'retrievedAt'],
    { description: 'Where a shared value came from.' },
  ),
  FoundELicence: closed(
    {
      type: string('E-licence type (电子证照), as in the data element dictionary.'),
      name: localized('Its name.'),
      source: string('Where it was found (e.g. e-licence-library).'),
      retrievedAt: instant('When.'),
    },
    ['type', 'name', 'source', 'retrievedAt'],
  ),
  Prefill: closed(
    {
      status: schemaRef('SharedDataStatus'),
      reason: schemaRef('UnavailableReason'),
      data: { type: 'object', description: 'The values shared data provides, shaped like the merged-form data (e.g. {"household": {"registerNumber": …}}); {} when none.' },
      provenance: { type: 'object', additionalProperties: schemaRef('SharedSource'), description: 'Each prefilled value by JSON Pointer into the data (e.g. /household/registerNumber).' },
      eLicences: { type: 'array', items: schemaRef('FoundELicence'), description: 'E-licences found for the citizen: the materials they replace need not be submitted (免提交).' },
    },
    ['status', 'data', 'provenance', 'eLicences'],
    { description: '秒报: the form prefilled from shared data, with the provenance of each value.' },
  ),
  BeforeAfter: closed({ before: { type: 'number', minimum: 0 }, after: { type: 'number', minimum: 0 } }, ['before', 'after']),
  BundleMetrics: closed(
    {
      materials: { ...schemaRef('BeforeAfter'), description: '减材料: materials to submit.' },
      steps: { ...schemaRef('BeforeAfter'), description: '减环节: steps.' },
      workingDays: { ...schemaRef('BeforeAfter'), description: '减时间: working days (sum of matters vs the critical path).' },
      visits: { ...schemaRef('BeforeAfter'), description: '减跑动: on-site visits.' },
      fields: { ...schemaRef('BeforeAfter'), description: '一表申请: form fields.' },
    },
    ['materials', 'steps', 'workingDays', 'visits', 'fields'],
    { description: 'Before (the included matters one by one) and after (the bundle), for the given answers.' },
  ),
  Waiver: {
    description: 'Why a material need not be submitted (免提交).',
    oneOf: [
      closed({ kind: { const: 'e-licence' }, eLicence: string('E-licence type (电子证照).'), name: bothLanguages('E-licence name.') }, ['kind', 'eLicence', 'name']),
      closed(
        {
          kind: { const: 'produced-in-bundle' },
          eLicence: string('E-licence type issued by an earlier matter of this bundle.'),
          name: bothLanguages('E-licence name.'),
          matterId: string('The matter that issues it.'),
        },
        ['kind', 'eLicence', 'name', 'matterId'],
      ),
      closed({ kind: { const: 'shared-data' }, elements: { type: 'array', items: definition('common', '/$defs/elementId') } }, ['kind', 'elements']),
      closed({ kind: { const: 'merged-form' } }, ['kind']),
    ],
  },
  NoticeMaterial: closed(
    {
      materialId: string(),
      name: bothLanguages('Material name.'),
      issuer: bothLanguages('Issuing body (出具单位).'),
      copies: { type: 'integer', minimum: 0 },
      original: definition('matter', '/$defs/material/properties/original'),
      medium: definition('matter', '/$defs/material/properties/medium'),
      key: { type: 'boolean' },
      required: { type: 'boolean', description: 'False for materials needed only in some circumstances (requiredWhen).' },
      requiredWhen: bothLanguages('When it is needed.'),
      commitment: bothLanguages('告知承诺: may be replaced by a written commitment.'),
      blankForm: definition('common', '/$defs/documentReference'),
      sample: definition('common', '/$defs/documentReference'),
      requiredBy: { type: 'array', items: string(), description: 'The included matters that ask for it.' },
      waivedBy: schemaRef('Waiver'),
    },
    ['materialId', 'name', 'issuer', 'copies', 'original', 'medium', 'key', 'required', 'requiredBy'],
  ),
  NoticeMatter: closed(
    {
      matterId: string(),
      name: bothLanguages('Matter name.'),
      department: bothLanguages('Department name.'),
      implementingBody: bothLanguages('Implementing body (实施主体).'),
      kind: definition('matter', '/properties/kind'),
      timeLimit: { ...timeLimit, description: 'The limit inside this bundle.' },
      ownCommittedTimeLimit: timeLimit,
      legalTimeLimit: timeLimit,
      after: { type: 'array', items: string(), description: 'Included matters to be approved first.' },
      optional: { type: 'boolean' },
      visits: { type: 'integer', minimum: 0 },
      steps: { type: 'array', items: closed({ name: bothLanguages('Step name (环节).'), timeLimit }, ['name', 'timeLimit']) },
      legalBasis: { type: 'array', items: definition('matter', '/$defs/legalBasis') },
      acceptanceConditions: { type: 'array', items: definition('common', '/$defs/localizedText') },
      fee: definition('matter', '/$defs/fee'),
      blankForms: { type: 'array', items: definition('common', '/$defs/documentReference') },
      sampleForms: { type: 'array', items: definition('common', '/$defs/documentReference') },
      result: definition('matter', '/$defs/result'),
      autoApproval: bothLanguages('秒批: the auto-approval rule, described.'),
    },
    [
      'matterId',
      'name',
      'department',
      'kind',
      'timeLimit',
      'ownCommittedTimeLimit',
      'legalTimeLimit',
      'after',
      'optional',
      'visits',
      'steps',
      'legalBasis',
      'acceptanceConditions',
      'blankForms',
      'sampleForms',
      'result',
    ],
  ),
  OneTimeNotice: closed(
    {
      bundleId: string(),
      bundleVersion: string('The published version, as a string.'),
      name: bothLanguages('Bundle name.'),
      matters: { type: 'array', items: schemaRef('NoticeMatter'), description: 'The included matters.' },
      materials: { type: 'array', items: schemaRef('NoticeMaterial'), description: 'Materials still to submit, each once however many matters need it.' },
      waived: { type: 'array', items: schemaRef('NoticeMaterial'), description: 'Materials not to submit, each with waivedBy.' },
      timeLimit,
      visits: definition('matter', '/$defs/visits'),
      steps: definition('bundle', '/properties/steps'),
      issuance: definition('bundle', '/$defs/issuance'),
    },
    ['bundleId', 'bundleVersion', 'name', 'matters', 'materials', 'waived', 'timeLimit', 'visits', 'steps', 'issuance'],
    { description: '一次告知: everything the applicant must know, once and completely. Texts are given in both languages.' },
  ),
};

// ---- ratings (好差评) and rectifications (差评整改) ------------------------------------------------------------

const score = { type: 'integer', minimum: 1, maximum: 5, description: '1 (非常不满意) … 5 (非常满意); 2 or less is a bad rating (差评).' };
const comment = (what: string): JsonSchema => ({ type: ['string', 'null'], description: what });
const rectificationStatus = {
  type: 'string',
  enum: ['open', 'overdue', 'answered'],
  description: 'open (待整改), overdue (逾期未整改: flagged once its deadline passed), answered (已整改, on time or late).',
};
const onTime = { type: ['boolean', 'null'], description: 'Answered by the deadline: true or false once answered, null before.' };
const rectificationProperties: Record<string, JsonSchema> = {
  id: { type: 'string', format: 'uuid' },
  applicationId: { type: 'string', format: 'uuid' },
  department: string('The department that must rectify.'),
  status: rectificationStatus,
  openedAt: instant('When the bad rating opened it.'),
  dueAt: instant('The deadline: the end (China Standard Time) of the last of ONEGO_RECTIFICATION_DAYS working days (default 5) after the rating.'),
  dueAtProvisional: { type: 'boolean', description: 'An open rectification whose deadline counted days of a year without a loaded holiday schedule, Monday–Friday; re-based when the year is loaded.' },
  overdueAt: nullableInstant('When it was flagged overdue; kept after a late answer.'),
  answeredAt: nullableInstant('When the department answered.'),
  onTime,
};
const rectificationRequired = Object.keys(rectificationProperties);
const scoreFigures = closed(
  {
    count: { type: 'integer', minimum: 0 },
    average: { type: ['number', 'null'], description: 'Mean score, 2 decimals; null without scores.' },
    badCount: { type: 'integer', minimum: 0, description: 'Scores ≤ 2 (差评).' },
  },
  ['count', 'average', 'badCount'],
);
const spread = closed(
  {
    median: { type: ['number', 'null'] },
    p90: { type: ['number', 'null'], description: '90th percentile (linear interpolation between closest ranks).' },
    average: { type: ['number', 'null'] },
  },
  ['median', 'p90', 'average'],
  { description: 'Working days; 2 decimals; null when no application has finished.' },
);
const rangeBounds = {
  from: nullableInstant('The first instant included (the from parameter; a date is 00:00 China Standard Time), null when not given.'),
  to: nullableInstant('The last instant included (a date is 23:59:59.999 China Standard Time), null when not given.'),
};

const ratings: Record<string, JsonSchema> = {
  Rectification: closed(rectificationProperties, rectificationRequired, { description: '差评整改: a rectification task of a department.' }),
  RectificationDetail: closed(
    {
      ...rectificationProperties,
      bundleId: string(),
      bundleName: localized('The bundle name.'),
      cause: closed(
        {
          overall: {
            oneOf: [closed({ score, comment: comment('The comment on the whole service.') }, ['score', 'comment']), { type: 'null' }],
            description: 'The overall score when it was bad; null when only matter scores caused it.',
          },
          matters: {
            type: 'array',
            description: 'This department’s matters rated bad, with the comments.',
            items: closed({ matterId: string(), name: localized('The matter name.'), score, comment: comment('The comment.') }, ['matterId', 'name', 'score', 'comment']),
          },
        },
        ['overall', 'matters'],
      ),
      answer: comment('The answer, once given.'),
      measures: comment('The measures, if stated.'),
      answeredBy: comment('The answering officer’s subject.'),
    },
    [...rectificationRequired, 'bundleId', 'bundleName', 'cause', 'answer', 'measures', 'answeredBy'],
    { description: '差评整改: a rectification with what the citizen said about the department.' },
  ),
  RectificationAnswer: {
    type: 'object',
    description: 'The department’s answer (整改答复): what it did, and optionally the lasting measures; each ≤ 2000 characters.',
    properties: { answer: { type: 'string', minLength: 1, maxLength: 2000 }, measures: { type: 'string', maxLength: 2000 } },
    required: ['answer'],
  },
  RatingStats: closed(
    {
      ...rangeBounds,
      departments: {
        type: 'array',
        description: 'One entry per department with ratings or rectifications in the period, by department id.',
        items: closed(
          {
            department: string(),
            count: { type: 'integer', minimum: 0, description: 'Scores concerning the department: its matters’ scores plus the overall score of each rated application it took part in.' },
            average: { type: ['number', 'null'], description: 'Mean of those scores, 2 decimals.' },
            badCount: { type: 'integer', minimum: 0, description: 'Those ≤ 2.' },
            matterRatings: { ...scoreFigures, description: 'Only the scores of its matters.' },
            overallRatings: { ...scoreFigures, description: 'Only the overall scores of the applications it took part in.' },
            rectifications: closed(
              {
                opened: { type: 'integer', minimum: 0 },
                open: { type: 'integer', minimum: 0 },
                overdue: { type: 'integer', minimum: 0, description: 'Flagged overdue and still unanswered.' },
                answered: { type: 'integer', minimum: 0 },
                answeredOnTime: { type: 'integer', minimum: 0 },
                answeredLate: { type: 'integer', minimum: 0 },
              },
              ['opened', 'open', 'overdue', 'answered', 'answeredOnTime', 'answeredLate'],
              { description: 'Rectifications opened in the period.' },
            ),
            rectifiedOnTimeRate: {
              type: ['number', 'null'],
              minimum: 0,
              maximum: 1,
              description: '按时整改率: answered on time ÷ (answered + unanswered past the deadline), 4 decimals; null when none is due yet.',
            },
          },
          ['department', 'count', 'average', 'badCount', 'matterRatings', 'overallRatings', 'rectifications', 'rectifiedOnTimeRate'],
        ),
      },
    },
    ['from', 'to', 'departments'],
    { description: '好差评统计 per department, for ratings (and rectifications) in the period.' },
  ),
};

// ---- statistics (办件统计) -----------------------------------------------------------------------------------

const stats: Record<string, JsonSchema> = {
  BundleStats: closed(
    {
      bundleId: string(),
      version: { type: ['integer', 'null'], minimum: 1, description: 'The version asked for; null: all versions.' },
      ...rangeBounds,
      committedTimeLimit: { ...timeLimit, description: 'The committed time limit of the bundle (承诺办结时限) of that version, or of the latest.' },
      applications: closed(
        {
          total: { type: 'integer', minimum: 0 },
          byStatus: {
            type: 'object',
            description: 'Applications per status (in_progress, awaiting_supplement, completed, rejected always present).',
            additionalProperties: { type: 'integer', minimum: 0 },
          },
        },
        ['total', 'byStatus'],
        { description: 'Applications submitted in the period.' },
      ),
      processing: closed(
        {
          finished: { type: 'integer', minimum: 0, description: '办结: completed or rejected.' },
          workingDays: { ...spread, description: 'Real 办理用时: working days from submission to completion or rejection (the submission day not counted, as deadlines count).' },
          committedWorkingDays: closed(
            {
              before: { type: ['number', 'null'], description: 'Designed before: the included matters’ own committed limits summed (one by one), averaged.' },
              after: { type: ['number', 'null'], description: 'Designed after: the limit each application is held to — the critical path of its included matters’ in-bundle limits — averaged.' },
            },
            ['before', 'after'],
            { description: 'Designed 减时间 for the same finished applications (engine metrics).' },
          ),
          onTime: { type: 'integer', minimum: 0, description: 'Finished by the end of the last working day of its limit.' },
          onTimeRate: { type: ['number', 'null'], minimum: 0, maximum: 1, description: '按时办结率, 4 decimals; null when none finished.' },
          provisional: { type: 'integer', minimum: 0, description: 'Of the finished: how many were counted over a year whose holiday schedule is not loaded (Monday–Friday, provisionally).' },
        },
        ['finished', 'workingDays', 'committedWorkingDays', 'onTime', 'onTimeRate', 'provisional'],
      ),
      autoApproval: closed(
        {
          decidedMatters: { type: 'integer', minimum: 0, description: 'Matters approved or rejected by an officer or a rule (not those rejected only because a matter they wait for was rejected).' },
          byRule: { type: 'integer', minimum: 0, description: 'Of those, decided by rule (秒批: decidedBy rule <version>).' },
          rate: { type: ['number', 'null'], minimum: 0, maximum: 1, description: '秒批率, 4 decimals.' },
        },
        ['decidedMatters', 'byRule', 'rate'],
      ),
      visits: closed(
        {
          before: { type: ['number', 'null'], description: 'On-site visits the included matters need one by one, averaged.' },
          after: { type: ['number', 'null'], description: 'Visits of the bundle, averaged.' },
          avoided: { type: ['number', 'null'], description: '减跑动: before − after, averaged over the applications.' },
        },
        ['before', 'after', 'avoided'],
      ),
    },
    ['bundleId', 'version', 'from', 'to', 'committedTimeLimit', 'applications', 'processing', 'autoApproval', 'visits'],
    { description: '办件统计 of one bundle for the applications submitted in the period.' },
  ),
};

export const schemas: Record<string, JsonSchema> = { ...bundles, ...ratings, ...stats };
