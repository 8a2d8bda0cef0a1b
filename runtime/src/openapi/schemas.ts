// components/schemas of the OpenAPI document: the JSON bodies the HTTP API reads and writes. Bundle and
// matter definitions, time limits and other pieces of the definition format are referenced by their $id
// (schemas/*.schema.json), never copied. Objects built by the runtime itself are closed
// (additionalProperties: false) so that a field added to a route without documenting it fails the test.

export type JsonSchema = Record<string, unknown>;

/** The $id base of the definition-format schemas (schemas/*.schema.json). */
export const DEFINITION_SCHEMA_BASE = 'https://onego.dev/schemas/v1/';

/** A $ref to a definition-format schema, optionally to a JSON Pointer inside it. */
export const definition = (file: 'common' | 'bundle' | 'matter' | 'application', pointer = ''): JsonSchema => ({
  $ref: `${DEFINITION_SCHEMA_BASE}${file}.schema.json${pointer ? `#${pointer}` : ''}`,
});

/** A $ref to one of the schemas below. */
export const schemaRef = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

const string = (description?: string): JsonSchema => ({ type: 'string', ...(description ? { description } : {}) });
const instant = (description: string): JsonSchema => ({ type: 'string', format: 'date-time', description });
const nullableInstant = (description: string): JsonSchema => ({ type: ['string', 'null'], format: 'date-time', description });
const localized = (description: string): JsonSchema => ({
  type: 'string',
  description: `${description} In the response language (Accept-Language: Chinese by default, English on request).`,
});
const bothLanguages = (description: string): JsonSchema => ({ ...definition('common', '/$defs/localizedText'), description });
const closed = (properties: Record<string, JsonSchema>, required: string[], extra: JsonSchema = {}): JsonSchema => ({
  type: 'object',
  ...extra,
  properties,
  required,
  additionalProperties: false,
});

const timeLimit = definition('common', '/$defs/timeLimit');

// ---- errors -------------------------------------------------------------------------------------------

const errors: Record<string, JsonSchema> = {
  ErrorCode: {
    description:
      'The stable error codes of the HTTP API (runtime/src/http/errorMessages.ts), and the working-day calendar errors of the engine, which are answered 503. Each operation lists the codes it gives.',
    type: 'string',
    enum: [
      'BAD_JSON',
      'PAYLOAD_TOO_LARGE',
      'UNSUPPORTED_MEDIA_TYPE',
      'BAD_REQUEST',
      'VALIDATION_FAILED',
      'UNAUTHENTICATED',
      'INVALID_TOKEN',
      'FORBIDDEN',
      'NOT_FOUND',
      'BUNDLE_NOT_FOUND',
      'APPLICATION_NOT_FOUND',
      'TASK_NOT_FOUND',
      'IDEMPOTENCY_KEY_REQUIRED',
      'IDEMPOTENCY_CONFLICT',
      'TASK_ALREADY_DECIDED',
      'TASK_NOT_ACTIONABLE',
      'NOTHING_INCLUDED',
      'DEFINITION_INVALID',
      'CONCURRENT_UPDATE',
      'METHOD_NOT_ALLOWED',
      'UNKNOWN_MATERIAL',
      'INTERNAL_ERROR',
      'CALENDAR_YEAR_MISSING',
      'INVALID_DATE',
      'INVALID_CALENDAR',
    ],
  },
  Error: {
    description:
      'Every error: a stable `code` and a human-readable `message` in the response language (zh by default, en with Accept-Language: en). Some codes add details (VALIDATION_FAILED: errors; DEFINITION_INVALID: issues). Never a stack trace.',
    type: 'object',
    properties: {
      code: schemaRef('ErrorCode'),
      message: string('What went wrong, for people (zh or en).'),
    },
    required: ['code', 'message'],
  },
  ValidationError: {
    description: '422 VALIDATION_FAILED: the answers (情形) or the data of the merged form (一表申请) are not valid; one entry per problem.',
    allOf: [schemaRef('Error')],
    properties: {
      code: { const: 'VALIDATION_FAILED' },
      errors: {
        type: 'array',
        minItems: 1,
        items: closed(
          {
            path: string('JSON Pointer into the request body, starting with /answers or /data (e.g. /data/mother/idNumber).'),
            message: string('What is wrong with that value, in the response language.'),
          },
          ['path', 'message'],
        ),
      },
    },
    required: ['code', 'message', 'errors'],
  },
  DefinitionInvalid: {
    description:
      '422 DEFINITION_INVALID: the bundle definition has problems, checked as `onego validate` checks files. POST /api/bundles lists them in `issues`; publishing a draft that no longer checks answers without them.',
    allOf: [schemaRef('Error')],
    properties: {
      code: { const: 'DEFINITION_INVALID' },
      issues: {
        type: 'array',
        minItems: 1,
        items: closed(
          {
            file: string("Which document: 'bundle', or 'matters/<index>' for the matters array."),
            path: string('JSON Pointer into that document.'),
            code: string('The stable definition issue code (e.g. SCHEMA_VIOLATION, UNKNOWN_MATTER, DEPENDENCY_CYCLE).'),
            message: string('The issue in the response language.'),
          },
          ['file', 'path', 'code', 'message'],
        ),
      },
    },
    required: ['code', 'message'],
  },
};

// ---- auth and operations --------------------------------------------------------------------------------

const auth: Record<string, JsonSchema> = {
  Role: {
    description: 'citizen (群众/企业), officer (部门审批人员, of one department), designer (一件事设计人员), admin.',
    type: 'string',
    enum: ['citizen', 'officer', 'designer', 'admin'],
  },
  DevLoginRequest: {
    type: 'object',
    properties: {
      role: schemaRef('Role'),
      subject: { type: 'string', minLength: 1, description: 'Who signs in (any non-empty id).' },
      department: { type: 'string', minLength: 1, description: 'The department id (e.g. health); required for an officer, ignored for other roles.' },
    },
    required: ['role', 'subject'],
    if: { properties: { role: { const: 'officer' } } },
    then: { required: ['department'] },
  },
  DevLogin: closed(
    {
      token: string('A bearer token (HS256 JWT, 12 hours) to send as `Authorization: Bearer <token>`.'),
      subject: string(),
      role: schemaRef('Role'),
      department: string('Only for an officer.'),
    },
    ['token', 'subject', 'role'],
  ),
  SignInMethods: closed(
    {
      devLogin: { type: 'boolean', description: 'POST /api/auth/dev-login exists (ONEGO_DEV_LOGIN=1).' },
      identityProvider: {
        oneOf: [closed({ issuer: { type: 'string', format: 'uri', description: 'The issuer (ONEGO_OIDC_ISSUER); sign in there.' } }, ['issuer']), { type: 'null' }],
        description: 'The identity provider whose tokens are accepted, or null.',
      },
    },
    ['devLogin', 'identityProvider'],
  ),
  Health: closed({ status: { const: 'ok' } }, ['status']),
  TestClockRequest: {
    type: 'object',
    properties: { advanceMs: { type: 'number', minimum: 0, description: 'Milliseconds to move the server clock forward (it never goes back).' } },
    required: ['advanceMs'],
  },
  TestClock: closed(
    {
      now: instant("The server's clock after the move."),
      timersFired: { type: 'integer', minimum: 0, description: 'Deadline timers (warning at 80 %, overdue) that came due and were fired.' },
    },
    ['now', 'timersFired'],
  ),
};

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
    { id: definition('common', '/$defs/identifier'), draft: { const: true }, updatedAt: instant('When the draft was saved.') },
    ['id', 'draft', 'updatedAt'],
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
    },
    ['form', 'notice', 'metrics'],
    { description: 'What the answers lead to: the merged form (localized), the one-time notice and the before/after metrics.' },
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

// ---- applications ---------------------------------------------------------------------------------------

const applications: Record<string, JsonSchema> = {
  ApplicationStatus: {
    description: 'in_progress (办理中), awaiting_supplement (待补正: a matter was returned), completed (已办结, results issued), rejected (不予办理).',
    type: 'string',
    enum: ['in_progress', 'awaiting_supplement', 'completed', 'rejected'],
  },
  MatterStatus: {
    description:
      'waiting (等待前置事项: a dependency is not approved yet), pending (待审批, its time limit runs), approved (通过), rejected (不予许可), returned (退回补正), cancelled (已终止: the application ended — a required matter was rejected — before this matter was decided).',
    type: 'string',
    enum: ['waiting', 'pending', 'approved', 'rejected', 'returned', 'cancelled'],
  },
  SubmitApplication: {
    type: 'object',
    description: '一表申请: the bundle, the scenario answers and the merged form data (schemas/application.schema.json).',
    properties: {
      bundleId: { type: 'string', minLength: 1 },
      answers: { ...definition('application', '/properties/answers'), description: 'Answers to the scenario questions; default {}.' },
      data: { ...definition('application', '/properties/data'), description: 'The merged form data: one object per entity, plus matters.<id> for own fields; default {}.' },
    },
    required: ['bundleId'],
  },
  ApplicationCreated: closed(
    {
      id: { type: 'string', format: 'uuid' },
      status: schemaRef('ApplicationStatus'),
      bundleId: string(),
      bundleVersion: { type: 'integer', minimum: 1 },
      matters: {
        type: 'array',
        description: 'Every included matter: those without a pending dependency are pending at once, in parallel (并联审批).',
        items: closed(
          {
            matterId: string(),
            department: string(),
            status: schemaRef('MatterStatus'),
            dueAt: nullableInstant('The deadline (committed time limit in working days from acceptance); null until pending.'),
          },
          ['matterId', 'department', 'status', 'dueAt'],
        ),
      },
    },
    ['id', 'status', 'bundleId', 'bundleVersion', 'matters'],
  ),
  ApplicationSummary: closed(
    {
      id: { type: 'string', format: 'uuid' },
      bundleId: string(),
      bundleVersion: { type: 'integer', minimum: 1 },
      bundleName: localized('The bundle name.'),
      status: schemaRef('ApplicationStatus'),
      submittedAt: instant('When it was submitted.'),
      updatedAt: instant('Last change.'),
    },
    ['id', 'bundleId', 'bundleVersion', 'bundleName', 'status', 'submittedAt', 'updatedAt'],
  ),
  ApplicationMatter: closed(
    {
      matterId: string(),
      taskId: { type: 'string', format: 'uuid' },
      name: localized('The matter name.'),
      department: string(),
      departmentName: localized('The department name.'),
      status: schemaRef('MatterStatus'),
      acceptedAt: nullableInstant('When it became pending (受理).'),
      dueAt: nullableInstant('Its deadline.'),
      decidedAt: nullableInstant('When it was approved or rejected.'),
    },
    ['matterId', 'taskId', 'name', 'department', 'departmentName', 'status', 'acceptedAt', 'dueAt', 'decidedAt'],
  ),
  IssuedResult: closed(
    {
      matterId: string(),
      certificate: closed(
        { type: string('The result type (e.g. certificate).'), number: { type: 'string', minLength: 1 }, issuedAt: instant('When it was issued.') },
        ['type', 'number', 'issuedAt'],
      ),
    },
    ['matterId', 'certificate'],
    { description: '统一发证: one result of the unified issuance.' },
  ),
  TimelineEvent: closed(
    {
      at: instant('When.'),
      who: string("Who: the applicant's or officer's subject, 'system', 'scheduler', or 'rule <version>' for an auto-approval (秒批)."),
      what: {
        type: 'string',
        description: 'What happened: the command, or the change it caused.',
        enum: [
          'SUBMITTED',
          'APPROVE',
          'REJECT',
          'RETURN',
          'SUPPLEMENT',
          'DEADLINE_WARNING',
          'OVERDUE',
          'MATTER_WAITING',
          'MATTER_PENDING',
          'MATTER_APPROVED',
          'MATTER_REJECTED',
          'MATTER_RETURNED',
          'APPLICATION_COMPLETED',
          'APPLICATION_REJECTED',
        ],
      },
      matterId: string('The matter it concerns.'),
      details: { description: 'The event payload (e.g. comment, missing materials, issued results).' },
    },
    ['at', 'who', 'what'],
  ),
  Application: closed(
    {
      id: { type: 'string', format: 'uuid' },
      bundleId: string(),
      bundleVersion: { type: 'integer', minimum: 1 },
      bundleName: localized('The bundle name.'),
      status: schemaRef('ApplicationStatus'),
      submittedAt: instant('When it was submitted.'),
      updatedAt: instant('Last change.'),
      matters: { type: 'array', items: schemaRef('ApplicationMatter'), description: 'Per-matter status, in bundle order.' },
      results: { type: 'array', items: schemaRef('IssuedResult'), description: 'Issued results once completed; [] before.' },
      timeline: { type: 'array', items: schemaRef('TimelineEvent'), description: 'Events in order (who, what, when).' },
    },
    ['id', 'bundleId', 'bundleVersion', 'bundleName', 'status', 'submittedAt', 'updatedAt', 'matters', 'results', 'timeline'],
    { description: '办件: an application with per-matter status, results and timeline.' },
  ),
};

// ---- tasks -------------------------------------------------------------------------------------------------

const taskProperties: Record<string, JsonSchema> = {
  id: { type: 'string', format: 'uuid' },
  applicationId: { type: 'string', format: 'uuid' },
  matterId: string(),
  department: string(),
  status: schemaRef('MatterStatus'),
  acceptedAt: nullableInstant('When it became pending (受理).'),
  dueAt: nullableInstant('Its deadline (办结时限), in working days by the calendar.'),
};
const taskRequired = ['id', 'applicationId', 'matterId', 'department', 'status', 'acceptedAt', 'dueAt'];
const decidedProperties: Record<string, JsonSchema> = {
  decidedAt: nullableInstant('When it was approved or rejected; null otherwise.'),
  decidedBy: { type: ['string', 'null'], description: "The deciding officer's subject, or 'rule <version>' for an auto-approval (秒批)." },
};

const tasks: Record<string, JsonSchema> = {
  Task: closed(taskProperties, taskRequired, { description: "待办: one matter of one application, in its department's inbox." }),
  TaskMaterial: closed(
    {
      materialId: string(),
      name: localized('Material name.'),
      required: { type: 'boolean' },
      key: { type: 'boolean' },
      waivedBy: { oneOf: [schemaRef('Waiver'), { type: 'null' }] },
    },
    ['materialId', 'name', 'required', 'key', 'waivedBy'],
  ),
  TaskDetail: closed(
    {
      ...taskProperties,
      ...decidedProperties,
      matter: closed(
        { id: string(), name: localized('Matter name.'), departmentName: localized('Department name.'), timeLimit },
        ['id', 'name', 'departmentName'],
      ),
      submittedAt: instant('When the application was submitted.'),
      data: { type: 'object', description: "Data minimisation (最小必要): only the fields this matter's form asks for, never other departments' fields." },
      materials: { type: 'array', items: schemaRef('TaskMaterial'), description: 'The materials this matter needs, with how each is waived.' },
    },
    [...taskRequired, 'decidedAt', 'decidedBy', 'matter', 'submittedAt', 'data', 'materials'],
  ),
  Decision: {
    type: 'object',
    description: "审批决定: approve (通过), reject (不予许可) or return for supplement (退回补正). A return names the missing materials or says why in a comment.",
    properties: {
      decision: { type: 'string', enum: ['approve', 'reject', 'return'] },
      comment: string('The officer’s comment; the reason of a rejection.'),
      missing: { type: 'array', items: string(), description: 'Material ids the applicant must supplement (for return).' },
    },
    required: ['decision'],
  },
  DecisionResult: closed(
    { ...taskProperties, ...decidedProperties, applicationStatus: schemaRef('ApplicationStatus') },
    [...taskRequired, 'decidedAt', 'decidedBy', 'applicationStatus'],
    { description: 'The task after the decision, and the status of its application.' },
  ),
};

export const schemas: Record<string, JsonSchema> = { ...errors, ...auth, ...bundles, ...applications, ...tasks };
