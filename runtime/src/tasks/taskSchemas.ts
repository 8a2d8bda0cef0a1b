// The shapes of the task routes (部门审批): a task of the inbox, one task with only its matter's data and
// materials, the decision an officer sends and what it answers.
import type { TimeLimit } from '@onego/schemas/types';
import Type, { type Static } from 'typebox';
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

export const Task = component('Task', closed({ ...taskProperties, ...reminded }, { description: "待办: one matter of one application, in its department's inbox." }));

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
    ...reminded,
    ...decidedProperties,
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
  }),
);

export const Decision = component(
  'Decision',
  Type.Object(
    {
      decision: Type.Enum(['approve', 'reject', 'return', 'accept'], { type: 'string' }),
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
        "审批决定: approve (通过), reject (不予许可), return for supplement (退回补正: names the missing materials and/or the fields to correct, or says why in a comment; the time limit stops until the applicant supplements), or accept with non-key materials missing (容缺受理: names them in missing; the matter goes on and cannot be approved until they are supplied). A return that names nothing and says nothing, or an acceptance that names no material or names fields, is refused 400 BAD_REQUEST (with the task's other checks, after the task is found).",
    },
  ),
);

export const DecisionResult = component(
  'DecisionResult',
  closed({ ...taskProperties, ...decidedProperties, applicationStatus: ApplicationStatus }, { description: 'The task after the decision, and the status of its application.' }),
);
