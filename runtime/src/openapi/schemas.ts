// components/schemas of the OpenAPI document: the JSON bodies the HTTP API reads and writes. Bundle and
// matter definitions, time limits and other pieces of the definition format are referenced by their $id
// (schemas/*.schema.json), never copied. Objects built by the runtime itself are closed
// (additionalProperties: false) so that a field added to a route without documenting it fails the test.
import { TIMELINE_EVENT_TYPES } from '../db/eventLog.ts';

export type JsonSchema = Record<string, unknown>;

/** The $id base of the definition-format schemas (schemas/*.schema.json). */
const DEFINITION_SCHEMA_BASE = 'https://onego.dev/schemas/v1/';

/** A $ref to a definition-format schema, optionally to a JSON Pointer inside it. */
const definition = (file: 'common' | 'bundle' | 'matter' | 'application' | 'calendar', pointer = ''): JsonSchema => ({
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
/** An object schema with exactly these properties. */
const closed = (properties: Record<string, JsonSchema>, required: string[], extra: JsonSchema = {}): JsonSchema => ({
  type: 'object',
  ...extra,
  properties,
  required,
  additionalProperties: false,
});

const timeLimit = definition('common', '/$defs/timeLimit');
const draftCommitments: JsonSchema = {
  type: 'array',
  maxItems: 200,
  items: { type: 'string', minLength: 1, maxLength: 100 },
  description: '告知承诺 chosen in the draft: material ids, signed only when the application is submitted with them; default [].',
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
      data: {
        ...definition('application', '/properties/data'),
        description:
          'The merged form data: one object per entity, plus matters.<id> for own fields; default {}. Values the data-sharing connector provides may be left out: the server fills them in (秒报). A value sent for a prefilled field is kept and recorded as entered.',
      },
      commitments: {
        type: 'array',
        items: string(),
        description: '告知承诺: ids of materials the applicant replaces by signing the commitment text the matter publishes for them (recorded with the text, signer and time).',
      },
      draftId: string('The saved draft (保存草稿) this submission comes from: deleted in the same transaction, its uploaded files becoming the application’s.'),
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
            dueAtProvisional: { type: 'boolean', description: 'The deadline counted days of a year whose national holiday schedule is not loaded, Monday–Friday (暂按周一至周五计算); it is re-based when the year is loaded. False without a deadline.' },
          },
          ['matterId', 'department', 'status', 'dueAt', 'dueAtProvisional'],
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
      dueAtProvisional: { type: 'boolean', description: 'The deadline counted days of a year whose national holiday schedule is not loaded, Monday–Friday (暂按周一至周五计算); it is re-based when the year is loaded. False without a deadline.' },
      decidedAt: nullableInstant('When it was approved or rejected.'),
      supplement: schemaRef('SupplementState'),
    },
    ['matterId', 'taskId', 'name', 'department', 'departmentName', 'status', 'acceptedAt', 'dueAt', 'dueAtProvisional', 'decidedAt', 'supplement'],
  ),
  SupplementState: closed(
    {
      returns: { type: 'integer', minimum: 0, description: 'How many times the matter was returned for supplement (补正).' },
      returned: {
        oneOf: [
          closed(
            {
              at: instant('When it was returned.'),
              materials: { type: 'array', items: string(), description: 'Material ids to supply again.' },
              fields: { type: 'array', items: string(), description: 'JSON Pointers into the application data of the fields to correct.' },
              comment: { type: ['string', 'null'], description: "The officer's comment." },
            },
            ['at', 'materials', 'fields', 'comment'],
          ),
          { type: 'null' },
        ],
        description: 'The open return while the matter is returned; its time limit stops meanwhile (补正期间不计入办理时限).',
      },
      owed: { type: 'array', items: string(), description: '容缺受理: non-key materials accepted as missing that the applicant still owes; the matter cannot be approved before.' },
      pauses: {
        type: 'array',
        description: 'Periods the time limit stopped for 补正 (to is null while it still waits); dueAt moves by them.',
        items: closed({ from: instant('Returned at.'), to: nullableInstant('Supplemented at.') }, ['from', 'to']),
      },
    },
    ['returns', 'returned', 'owed', 'pauses'],
    { description: 'What the matter waits for from the applicant (补正 / 容缺).' },
  ),
  ApplicationMaterial: closed(
    {
      materialId: string(),
      name: localized('Material name.'),
      requiredBy: { type: 'array', minItems: 1, items: string(), description: 'The included matters (that the reader may see) that list it.' },
      required: { type: 'boolean', description: 'False for a material needed only in some circumstances.' },
      key: { type: 'boolean', description: 'A key material (关键材料) cannot be accepted as missing (容缺).' },
      waivedBy: { oneOf: [schemaRef('Waiver'), { type: 'null' }], description: 'How it was waived at submission (免提交), by what the data-sharing connector provided then.' },
      commitment: {
        oneOf: [closed({ text: localized('The signed text.'), signedBy: string(), signedAt: instant('Signed at.') }, ['text', 'signedBy', 'signedAt']), { type: 'null' }],
        description: '告知承诺: the applicant signed a commitment instead of this material.',
      },
      owed: { type: 'boolean', description: '容缺: accepted as missing and not supplied yet.' },
      uploads: { type: 'array', items: schemaRef('MaterialUpload'), description: 'The files uploaded for it (before submission with the draft, or after), oldest first.' },
    },
    ['materialId', 'name', 'requiredBy', 'required', 'key', 'waivedBy', 'commitment', 'owed', 'uploads'],
    { description: '申请材料: one material of an application and how it was provided.' },
  ),
  Commitment: closed(
    {
      materialId: string(),
      text: localized('The commitment text as signed (告知承诺书).'),
      signedBy: string('The applicant who signed.'),
      signedAt: instant('When it was signed.'),
    },
    ['materialId', 'text', 'signedBy', 'signedAt'],
    { description: '告知承诺: a signed commitment that replaces a material.' },
  ),
  SupplementView: closed(
    {
      applicationId: { type: 'string', format: 'uuid' },
      status: schemaRef('ApplicationStatus'),
      matters: {
        type: 'array',
        description: 'The matters that wait for the applicant, in bundle order.',
        items: closed(
          {
            matterId: string(),
            name: localized('Matter name.'),
            department: { type: ['string', 'null'] },
            departmentName: localized('Department name.'),
            reason: { enum: ['returned', 'owed'], description: 'returned: 补正 (the clock stopped); owed: materials owed after 容缺受理 (the matter goes on).' },
            requestedAt: nullableInstant('When it was returned (null for owed materials).'),
            comment: { type: ['string', 'null'] },
            fields: { type: 'array', items: string(), description: 'JSON Pointers of the fields to correct.' },
            materials: {
              type: 'array',
              items: closed(
                {
                  materialId: string(),
                  name: localized('Material name.'),
                  key: { type: 'boolean' },
                  commitment: { type: ['string', 'null'], description: 'The commitment text the applicant may sign instead (告知承诺), or null.' },
                  upload: { oneOf: [definition('matter', '/$defs/uploadLimits'), { type: 'null' }] },
                },
                ['materialId', 'name', 'key', 'commitment', 'upload'],
              ),
            },
          },
          ['matterId', 'name', 'department', 'departmentName', 'reason', 'requestedAt', 'comment', 'fields', 'materials'],
        ),
      },
      editable: { type: 'array', items: string(), description: 'The only JSON Pointers the applicant may change.' },
      form: closed(
        { schema: { type: 'object' }, uiSchema: { type: 'object', description: "The merged form's uiSchema with every field but the editable ones ui:readonly." } },
        ['schema', 'uiSchema'],
      ),
      data: { type: 'object', description: 'The application data as submitted (prefilled, locked but for the editable fields).' },
    },
    ['applicationId', 'status', 'matters', 'editable', 'form', 'data'],
    { description: '补正: what the application waits for from the applicant, and the form to correct it in.' },
  ),
  SupplementRequest: {
    type: 'object',
    description:
      '补正 / 容缺补齐: the whole data with only the flagged fields changed, commitments signed for requested materials that allow one, and (optionally) which waiting matters this covers (default all). Every requested material must be provided.',
    properties: {
      data: { type: 'object', description: 'The application data; omitted: unchanged.' },
      commitments: { type: 'array', items: string(), description: 'Requested material ids replaced by a signed commitment (告知承诺).' },
      matters: { type: 'array', items: string(), description: 'The matters supplemented; default every matter that waits for the applicant.' },
    },
  },
  DraftRequest: {
    type: 'object',
    description: 'A partly filled application (保存草稿): never validated until it is submitted.',
    properties: { bundleId: { type: 'string', minLength: 1 }, answers: { type: 'object' }, data: { type: 'object' }, commitments: draftCommitments },
    required: ['bundleId'],
  },
  DraftUpdate: {
    type: 'object',
    description: 'New answers and/or data; `version` (the one read) refuses a save over another device’s newer one (409 DRAFT_CONFLICT).',
    properties: { answers: { type: 'object' }, data: { type: 'object' }, commitments: draftCommitments, version: { type: 'integer', minimum: 1 } },
  },
  Draft: closed(
    {
      id: { type: 'string', format: 'uuid' },
      bundleId: string(),
      answers: { type: 'object' },
      data: { type: 'object' },
      commitments: draftCommitments,
      version: { type: 'integer', minimum: 1 },
      createdAt: instant('Created.'),
      updatedAt: instant('Last saved.'),
      expiresAt: instant('When it is deleted unless saved again (ONEGO_DRAFT_TTL_DAYS after the last save).'),
    },
    ['id', 'bundleId', 'answers', 'data', 'commitments', 'version', 'createdAt', 'updatedAt', 'expiresAt'],
    { description: '草稿: a saved, unsubmitted application, the citizen’s alone.' },
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
        enum: [...TIMELINE_EVENT_TYPES],
      },
      matterId: string('The matter it concerns.'),
      details: { description: 'The event payload (e.g. comment, missing materials, issued results).' },
    },
    ['at', 'who', 'what'],
  ),
  ValueProvenance: {
    description: 'Where a submitted value came from: shared data (with source and time), or entered by the applicant — over a shared value when overrides says which.',
    oneOf: [
      closed(
        {
          kind: { const: 'shared' },
          element: definition('common', '/$defs/elementId'),
          source: string('The system of record.'),
          retrievedAt: instant('When the data-sharing platform retrieved it.'),
        },
        ['kind', 'element', 'source', 'retrievedAt'],
      ),
      closed({ kind: { const: 'entered' }, overrides: schemaRef('SharedSource') }, ['kind']),
    ],
  },
  Provenance: {
    type: 'object',
    additionalProperties: schemaRef('ValueProvenance'),
    description: 'The provenance of every value of the data (each scalar), by JSON Pointer (e.g. /household/registerNumber, /child/0/name).',
  },
  SharedDataSummary: closed(
    {
      status: { ...schemaRef('SharedDataStatus'), description: 'The outcome at submission (never anonymous).' },
      reason: schemaRef('UnavailableReason'),
      at: instant('When OneGo asked the connector.'),
      eLicences: { type: 'array', items: schemaRef('FoundELicence'), description: 'E-licences found and used in place of materials.' },
    },
    ['status', 'at', 'eLicences'],
    { description: 'What the data-sharing connector provided at submission.' },
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
      commitments: { type: 'array', items: schemaRef('Commitment'), description: '告知承诺 signed by the applicant.' },
      materials: {
        type: 'array',
        items: schemaRef('ApplicationMaterial'),
        description: 'The materials of the included matters (an officer: only of their department’s matters), as the notice listed them at submission: to submit, then waived.',
      },
      sharedData: {
        oneOf: [schemaRef('SharedDataSummary'), { type: 'null' }],
        description: 'What shared data provided at submission (an officer sees only the e-licences their matters use); null for applications submitted before it was recorded.',
      },
      provenance: { ...schemaRef('Provenance'), description: "Every value's provenance (an officer: only their department's matters' fields)." },
    },
    ['id', 'bundleId', 'bundleVersion', 'bundleName', 'status', 'submittedAt', 'updatedAt', 'matters', 'results', 'timeline', 'commitments', 'materials', 'sharedData', 'provenance'],
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
  dueAtProvisional: { type: 'boolean', description: 'The deadline counted days of a year whose national holiday schedule is not loaded, Monday–Friday (暂按周一至周五计算); it is re-based when the year is loaded. False without a deadline.' },
};
const taskRequired = ['id', 'applicationId', 'matterId', 'department', 'status', 'acceptedAt', 'dueAt', 'dueAtProvisional'];
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
      waivedBy: { oneOf: [schemaRef('Waiver'), { type: 'null' }], description: 'How it was waived at submission, by what the data-sharing connector provided then.' },
      evidence: {
        oneOf: [
          closed(
            {
              eLicence: closed(
                { type: string(), number: string('The e-licence number.'), source: string('Where it was found.'), retrievedAt: instant('When.') },
                ['type', 'number', 'source', 'retrievedAt'],
              ),
            },
            ['eLicence'],
          ),
          closed(
            {
              elements: {
                type: 'array',
                items: closed(
                  {
                    element: definition('common', '/$defs/elementId'),
                    value: { type: ['string', 'number', 'boolean'] },
                    source: string('The system of record.'),
                    retrievedAt: instant('When.'),
                  },
                  ['element', 'value', 'source', 'retrievedAt'],
                ),
              },
            },
            ['elements'],
          ),
          { type: 'null' },
        ],
        description: 'What replaced a material waived by shared data: the e-licence found, or the shared values; null otherwise.',
      },
      commitment: {
        oneOf: [closed({ text: localized('The signed text.'), signedBy: string(), signedAt: instant('Signed at.') }, ['text', 'signedBy', 'signedAt']), { type: 'null' }],
        description: '告知承诺: the applicant signed a commitment instead of this material.',
      },
      owed: { type: 'boolean', description: '容缺: accepted as missing and not supplied yet.' },
      uploads: { type: 'array', items: schemaRef('MaterialUpload'), description: 'The files the applicant uploaded for this material, oldest first.' },
    },
    ['materialId', 'name', 'required', 'key', 'waivedBy', 'evidence', 'commitment', 'owed', 'uploads'],
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
      provenance: { ...schemaRef('Provenance'), description: 'The provenance of each of these fields: from shared data (source, time) or entered by the applicant.' },
      materials: { type: 'array', items: schemaRef('TaskMaterial'), description: 'The materials this matter needs, with how each is waived.' },
      supplement: schemaRef('SupplementState'),
    },
    [...taskRequired, 'decidedAt', 'decidedBy', 'matter', 'submittedAt', 'data', 'provenance', 'materials', 'supplement'],
  ),
  Decision: {
    type: 'object',
    description:
      "审批决定: approve (通过), reject (不予许可), return for supplement (退回补正: names the missing materials and/or the fields to correct, or says why in a comment; the time limit stops until the applicant supplements), or accept with non-key materials missing (容缺受理: names them in missing; the matter goes on and cannot be approved until they are supplied).",
    properties: {
      decision: { type: 'string', enum: ['approve', 'reject', 'return', 'accept'] },
      comment: string('The officer’s comment; the reason of a rejection.'),
      missing: { type: 'array', items: string(), description: 'Material ids: to supplement (return), or owed (accept: non-key materials only).' },
      fields: { type: 'array', items: string(), description: "return: JSON Pointers of the matter's fields to correct, e.g. /mother/name or /child/0/birthDate." },
    },
    required: ['decision'],
  },
  DecisionResult: closed(
    { ...taskProperties, ...decidedProperties, applicationStatus: schemaRef('ApplicationStatus') },
    [...taskRequired, 'decidedAt', 'decidedBy', 'applicationStatus'],
    { description: 'The task after the decision, and the status of its application.' },
  ),
};

export const schemas: Record<string, JsonSchema> = { ...applications, ...tasks };
