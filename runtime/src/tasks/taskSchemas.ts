// The shapes of the task routes (部门审批): a task of the inbox, one task with only its matter's data and
// materials, the decision an officer sends and what it answers.
import type { TimeLimit } from '@onego/schemas/types';
import Type, { type Static } from 'typebox';
import { MatterPayment } from '../payments/paymentSchemas.ts';
import { ApplicationStatus, dueAtProvisional, MatterStatus, Provenance, signedCommitment, SupplementState, uploads, waivedBy } from '../applications/applicationSchemas.ts';
import { component } from '../http/apiComponents.ts';
import { closed, definitionRef, instant, localized, nullableInstant, uuid } from '../http/apiSchemas.ts';

const taskProperties = {
  id: uuid(),
  applicationId: uuid(),
  matterId: Type.String(),
  department: Type.String(),
  status: MatterStatus,
  acceptedAt: nullableInstant('When it became pending (受理).'),
  dueAt: nullableInstant('Its deadline (办结时限), in working days by the calendar.'),
  dueAtProvisional,
};
const decidedProperties = {
  decidedAt: nullableInstant('When it was approved or rejected; null otherwise.'),
  decidedBy: Type.Union([Type.String(), Type.Null()], { description: "The deciding officer's subject, or 'rule <version>' for an auto-approval (秒批)." }),
};

const reminded = { remindedAt: nullableInstant('The applicant’s last reminder of it (群众已催办: 催办 once past its warning point), or null.') };

/** An officer named by subject and display name. */
const Officer = component('Officer', closed({ subject: Type.String(), name: Type.String({ description: 'The display name from the identity provider (the subject when it gave none).' }) }));
const nullableOfficer = (description: string) => Type.Union([Officer, Type.Null()], { description });

/** Who holds a task and where its matter is in its review steps (issue #16). */
const handlingProperties = {
  step: Type.Union(
    [
      closed({
        id: Type.String(),
        name: localized('The step name (受理, 审查, 决定 …).'),
        dueAt: Type.Optional(instant("The step's own deadline (环节时限: its timeLimit in working days from the day after it began, the days waiting for the applicant not counted, before the task's dueAt); absent when the step has none of its own (the task's dueAt is its deadline).")),
        warningAt: Type.Optional(instant("The step's warning point (80 % of its time limit), as the task's is; absent when the step has no deadline of its own.")),
      }),
      Type.Null(),
    ],
    { description: "The matter's current review step; null for a matter without steps (decided in one step) or past them." },
  ),
  holder: nullableOfficer('The officer who holds the task (签收, 指派, 转办, 委派); null: nobody (待签收).'),
  delegatedBy: nullableOfficer('委派: the officer who delegated the task to the holder, to whom it returns to confirm; null otherwise.'),
  signedBy: Type.Array(Officer, { description: 'Who signed the current countersigned step (会签/或签) so far.' }),
};

export const Task = component('Task', closed({ ...taskProperties, ...handlingProperties, ...reminded }, { description: "待办: one matter of one application, in its department's inbox, with who holds it." }));

const person = { subject: Type.String(), name: Type.String() };
const TaskReview = component(
  'TaskReview',
  closed(
    {
      steps: Type.Array(
        closed({
          id: Type.String(),
          name: localized('Step name.'),
          handler: localized('Who handles it: a position within the department (窗口人员, 经办人, 科室负责人 …).'),
          mode: Type.Enum(['one', 'all', 'any'], { type: 'string', description: 'one handler; all: 会签; any: 或签.' }),
          state: Type.Enum(['done', 'current', 'next'], { type: 'string' }),
          doneBy: Type.Optional(Type.Array(closed(person), { description: 'Who completed it (its signers).' })),
          doneAt: Type.Optional(instant('When it was completed.')),
        }),
      ),
      current: Type.Union(
        [
          closed({
            signers: Type.Array(Type.String(), { description: 'The positions that sign it (会签 by roles); [] when it counts signers.' }),
            signerCount: Type.Integer({ description: 'How many signers it counts besides those added (加签).' }),
            addedSigners: Type.Array(closed(person), { description: '加签: colleagues added to sign.' }),
            signatures: Type.Array(closed({ ...person, at: instant('When.'), role: Type.Optional(Type.String({ description: 'The position signed for.' })) })),
            resultForm: Type.Unsafe<Record<string, unknown>>({ type: 'object', description: "The step's result fields as a form (JSON Schema, labels in the response language): what approving it records." }),
            resultKeys: Type.Array(Type.String(), { description: 'The keys of its result fields.' }),
          }),
          Type.Null(),
        ],
        { description: 'The current step; null when the matter is not at a step.' },
      ),
      results: Type.Array(closed({ key: Type.String(), value: Type.Unknown(), step: localized('The step that recorded it.') }), { description: "What this matter's completed steps recorded." }),
      received: Type.Array(
        closed({
          key: Type.String({ description: "This matter's field it fills." }),
          label: localized('That field by its name (新生儿公民身份号码).'),
          value: Type.Unknown(),
          at: instant('When it was recorded.'),
          from: closed({ matterId: Type.String(), matterName: localized('The matter it came from.'), departmentName: localized('Its department.'), stepName: localized('The step that recorded it.') }),
        }),
        { description: "Values other matters' steps recorded for this one (the bundle's result mappings), marked with where they came from." },
      ),
    },
    { description: "The matter's review steps (done / current / next), its current step's signers and result fields, and the results recorded and received. A matter without steps has it only when it received values (steps empty, current null); otherwise review is null." },
  ),
);

/** What replaced a material waived by shared data at submission. */
const evidence = Type.Union(
  [
    closed({
      eLicence: closed({
        type: Type.String(),
        number: Type.String({ description: 'The e-licence number.' }),
        source: Type.String({ description: 'Where it was found.' }),
        retrievedAt: instant('When.'),
      }),
    }),
    closed({
      elements: Type.Array(
        closed({
          element: definitionRef<string>('common', '/$defs/elementId'),
          value: Type.Union([Type.String(), Type.Number(), Type.Boolean()]),
          source: Type.String({ description: 'The system of record.' }),
          retrievedAt: instant('When.'),
        }),
      ),
    }),
    Type.Null(),
  ],
  { description: 'What replaced a material waived by shared data: the e-licence found, or the shared values; null otherwise.' },
);

const TaskMaterial = component(
  'TaskMaterial',
  closed({
    materialId: Type.String(),
    name: localized('Material name.'),
    required: Type.Boolean(),
    key: Type.Boolean(),
    waivedBy: waivedBy('How it was waived at submission, by what the data-sharing connector provided then.'),
    evidence,
    commitment: signedCommitment,
    owed: Type.Boolean({ description: '容缺: accepted as missing and not supplied yet.' }),
    uploads: uploads('The files the applicant uploaded for this material, oldest first.'),
  }),
);

export const TaskDetail = component(
  'TaskDetail',
  closed({
    ...taskProperties,
    ...handlingProperties,
    ...reminded,
    ...decidedProperties,
    review: Type.Union([TaskReview, Type.Null()], { description: "The review steps and the values received from other matters' steps; null for a matter decided in one step that received nothing." }),
    matter: closed({
      id: Type.String(),
      name: localized('Matter name.'),
      departmentName: localized('Department name.'),
      timeLimit: Type.Optional(definitionRef<TimeLimit>('common', '/$defs/timeLimit')),
    }),
    submittedAt: instant('When the application was submitted.'),
    data: Type.Unsafe<unknown>({ type: 'object', description: "Data minimisation (最小必要): only the fields this matter's form asks for, never other departments' fields." }),
    provenance: Type.Unsafe<Static<typeof Provenance>>({ ...Provenance, description: 'The provenance of each of these fields: from shared data (source, time) or entered by the applicant.' }),
    materials: Type.Array(TaskMaterial, { description: 'The materials this matter needs, with how each is waived.' }),
    supplement: SupplementState,
    payment: Type.Optional(MatterPayment),
  }),
);

export const Decision = component(
  'Decision',
  Type.Object(
    {
      decision: Type.Enum(['approve', 'reject', 'return', 'accept', 'sendBack'], { type: 'string' }),
      stepId: Type.Optional(Type.String({ maxLength: 100, description: 'A matter with review steps: the step the officer decides, as they saw it; refused 409 STEP_ALREADY_DECIDED when the matter has moved on.' })),
      results: Type.Optional(
        Type.Record(Type.String({ maxLength: 200 }), Type.Unknown(), {
          description: "approve on a step with result fields: their values by key (child.idNumber), validated like form fields (422 VALIDATION_FAILED at /results/<key>); a countersigned step's signers may each record some, the completing one leaves them complete.",
        }),
      ),
      toStep: Type.Optional(Type.String({ maxLength: 100, description: 'sendBack (退回上一步): the id of an earlier step of the matter.' })),
      comment: Type.Optional(Type.String({ maxLength: 2000, description: 'The officer’s comment; the reason of a rejection.' })),
      missing: Type.Optional(
        Type.Array(Type.String(), { maxItems: 500, description: 'Material ids: to supplement (return), or owed (accept: non-key materials only, at least one; else 400 BAD_REQUEST).' }),
      ),
      fields: Type.Optional(
        Type.Array(Type.String(), { maxItems: 500, description: "return: JSON Pointers of the matter's fields to correct, e.g. /mother/name or /child/0/birthDate. Not with accept (400 BAD_REQUEST)." }),
      ),
    },
    {
      description:
        "审批决定: approve (通过; on a matter with review steps: completes the current step, or signs it when it is countersigned), sendBack (退回上一步, to toStep), reject (不予许可), return for supplement (退回补正: names the missing materials and/or the fields to correct, or says why in a comment; the time limit stops until the applicant supplements), or accept with non-key materials missing (容缺受理: names them in missing; the matter goes on and cannot be approved until they are supplied). A return that names nothing and says nothing, or an acceptance that names no material or names fields, is refused 400 BAD_REQUEST (with the task's other checks, after the task is found).",
    },
  ),
);

/** A colleague named by subject (from the department's staff, GET /api/departments/{id}/staff). */
export const Colleague = component('Colleague', closed({ to: Type.String({ minLength: 1, maxLength: 200, description: "A colleague's subject, from the department's staff list (picked by name)." }) }));
export const CountersignerAdd = component('CountersignerAdd', closed({ add: Type.String({ minLength: 1, maxLength: 200, description: "加签: the colleague's subject, from the department's staff list." }) }));

/** Who holds the task after an action. */
export const TaskHolding = component('TaskHolding', closed({ holder: handlingProperties.holder, delegatedBy: handlingProperties.delegatedBy }, { description: 'Who holds the task now.' }));

export const DecisionResult = component(
  'DecisionResult',
  closed({ ...taskProperties, ...decidedProperties, applicationStatus: ApplicationStatus }, { description: 'The task after the decision, and the status of its application.' }),
);
