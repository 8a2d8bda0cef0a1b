// The shapes of the application routes: a submission (一表申请) and what it answers, the applicant's list,
// and the application as its readers see it (办件详情: matters, materials, results, timeline, provenance).
import type { PrefillSource, Waiver } from '@onego/engine';
import Type, { type Static, type TSchema } from 'typebox';
import { TIMELINE_EVENT_TYPES } from '../db/eventLog.ts';
import { component } from '../http/apiComponents.ts';
import { closed, definitionRef, instant, localized, nullableInstant, nullableText, uuid } from '../http/apiSchemas.ts';
import type { uploadView } from '../materials/materialUploads.ts';
import type { SharedDataSummary as SharedDataSummaryView } from '../sharedData/provenanceView.ts';
import { ReminderState } from '../reminders/reminderSchemas.ts';
import { ApplicationParty, OnBehalfOf } from '../applicants/partySchemas.ts';
import { MatterPayment } from '../payments/paymentSchemas.ts';

/** A component another resource declares, by reference, typed as what this one's code gives. */
const elsewhere = <T>(name: string, description?: string) => Type.Unsafe<T>({ $ref: `#/components/schemas/${name}`, ...(description ? { description } : {}) });
/** A status kept as text: documented with its values, read as the text it is. */
const statusText = (values: readonly string[], description: string) => Type.Unsafe<string>({ type: 'string', enum: [...values], description });
const nullable = <S extends TSchema>(schema: S, description: string) => Type.Union([schema, Type.Null()], { description });

export const ApplicationStatus = component(
  'ApplicationStatus',
  statusText(
    ['in_progress', 'awaiting_supplement', 'issuing', 'completed', 'rejected', 'withdrawn'],
    'in_progress (办理中), awaiting_supplement (待补正: a matter was returned), issuing (正在出证: every matter is decided and the issuing system is issuing the results; retried while it is unreachable), completed (已办结, results issued), rejected (不予办理), withdrawn (已撤回: the applicant withdrew it before any matter was decided).',
  ),
);

export const MatterStatus = component(
  'MatterStatus',
  statusText(
    ['unpaid', 'waiting', 'pending', 'approved', 'rejected', 'returned', 'cancelled'],
    'unpaid (待缴费: a matter with a fee waits for its payment; its time limit has not started), waiting (等待前置事项: a dependency is not approved yet), pending (待审批, its time limit runs), approved (通过), rejected (不予许可), returned (退回补正), cancelled (已终止: the application ended — a required matter was rejected, or the applicant withdrew it — before this matter was decided).',
  ),
);

/** Whether a deadline is provisional (暂定). */
export const dueAtProvisional = Type.Boolean({
  description:
    'The deadline counted days of a year whose national holiday schedule is not loaded, Monday–Friday (暂按周一至周五计算); it is re-based when the year is loaded. False without a deadline.',
});

export const SubmitApplication = component(
  'SubmitApplication',
  Type.Object(
    {
      bundleId: Type.String({ minLength: 1, maxLength: 200 }),
      answers: Type.Optional(definitionRef<Record<string, unknown>>('application', '/properties/answers', 'Answers to the scenario questions; default {}.')),
      data: Type.Optional(
        definitionRef<Record<string, unknown>>(
          'application',
          '/properties/data',
          'The merged form data: one object per entity, plus matters.<id> for own fields; default {}. Values the data-sharing connector provides may be left out: the server fills them in (秒报). A value sent for a prefilled field is kept and recorded as entered. Data no form of the bundle defines is refused (422, located); data of matters the answers exclude is dropped.',
        ),
      ),
      commitments: Type.Optional(
        Type.Array(Type.String(), {
          description: '告知承诺: ids of materials the applicant replaces by signing the commitment text the matter publishes for them (recorded with the text, signer and time).',
        }),
      ),
      signature: Type.Optional(
        closed(
          {
            image: Type.String({ maxLength: 280_000, description: 'The PNG, base64 (or a data:image/png;base64, URL), at most 200 KB: 422 SIGNATURE_INVALID otherwise.' }),
            method: Type.Union([Type.Literal('drawn'), Type.Literal('typed')], { description: 'drawn (pointer or touch), or typed: the applicant typed their name and the portal drew it (for whoever cannot draw, e.g. with a keyboard only).' }),
          },
          { description: '签名: the signature the commitments are signed with — stored with them in the blob store, its SHA-256 in a COMMITMENT_SIGNED timeline event and in the archive. Only with commitments (422 SIGNATURE_INVALID otherwise).' },
        ),
      ),
      draftId: Type.Optional(Type.String({ description: 'The saved draft (保存草稿) this submission comes from: deleted in the same transaction, its uploaded files becoming the application’s. Required co-applicants and the consent of the person applied for are confirmed on it.' })),
      onBehalfOf: Type.Optional(OnBehalfOf),
    },
    { description: '一表申请: the bundle, the scenario answers and the merged form data (schemas/application.schema.json).' },
  ),
);

export const ApplicationCreated = component(
  'ApplicationCreated',
  closed({
    id: uuid(),
    status: ApplicationStatus,
    bundleId: Type.String(),
    bundleVersion: Type.Integer({ minimum: 1 }),
    matters: Type.Array(
      closed({
        matterId: Type.String(),
        department: Type.String(),
        status: MatterStatus,
        dueAt: nullableInstant('The deadline (committed time limit in working days from acceptance); null until pending.'),
        dueAtProvisional,
      }),
      { description: 'Every included matter: those without a pending dependency are pending at once, in parallel (并联审批).' },
    ),
  }),
);

export const ApplicationSummary = component(
  'ApplicationSummary',
  closed({
    id: uuid(),
    bundleId: Type.String(),
    bundleVersion: Type.Integer({ minimum: 1 }),
    bundleName: localized('The bundle name.'),
    status: ApplicationStatus,
    submittedAt: instant('When it was submitted.'),
    updatedAt: instant('Last change.'),
  }),
);

export const SupplementState = component(
  'SupplementState',
  closed(
    {
      returns: Type.Integer({ minimum: 0, description: 'How many times the matter was returned for supplement (补正).' }),
      returned: nullable(
        closed({
          at: instant('When it was returned.'),
          materials: Type.Array(Type.String(), { description: 'Material ids to supply again.' }),
          fields: Type.Array(Type.String(), { description: 'JSON Pointers into the application data of the fields to correct.' }),
          comment: nullableText("The officer's comment."),
        }),
        'The open return while the matter is returned; its time limit stops meanwhile (补正期间不计入办理时限).',
      ),
      owed: Type.Array(Type.String(), { description: '容缺受理: non-key materials accepted as missing that the applicant still owes; the matter cannot be approved before.' }),
      pauses: Type.Array(closed({ from: instant('Returned at.'), to: nullableInstant('Supplemented at.') }), {
        description: 'Periods the time limit stopped for 补正 (to is null while it still waits); dueAt moves by them.',
      }),
    },
    { description: 'What the matter waits for from the applicant (补正 / 容缺).' },
  ),
);

const ApplicationMatter = component(
  'ApplicationMatter',
  closed({
    matterId: Type.String(),
    taskId: uuid(),
    name: localized('The matter name.'),
    department: Type.String(),
    departmentName: localized('The department name.'),
    status: MatterStatus,
    acceptedAt: nullableInstant('When it became pending (受理).'),
    dueAt: nullableInstant('Its deadline.'),
    dueAtProvisional,
    decidedAt: nullableInstant('When it was approved or rejected.'),
    supplement: SupplementState,
    remindedAt: nullableInstant('The applicant’s last reminder of it (群众已催办), or null.'),
    reminder: Type.Optional(ReminderState),
    payment: Type.Optional(MatterPayment),
  }),
);

/** How a material was waived at submission (免提交): the bundles' Waiver. */
export const waivedBy = (description: string) => nullable(elsewhere<Waiver>('Waiver'), description);
/** The files uploaded for a material: the materials' MaterialUpload. */
export const uploads = (description: string) => Type.Array(elsewhere<ReturnType<typeof uploadView>>('MaterialUpload'), { description });
const commitmentSignature = nullable(
  closed({
    sha256: Type.String({ description: 'The SHA-256 of the PNG (as in the COMMITMENT_SIGNED timeline event).' }),
    method: Type.Union([Type.Literal('drawn'), Type.Literal('typed')], { description: 'drawn, or typed (the name typed, drawn by the portal).' }),
    url: Type.String({ description: 'Where the PNG is read (GET /api/applications/{id}/signatures/{sha256}).' }),
  }),
  '签名: the signature it was signed with, or null (signed without one).',
);
/** 告知承诺 signed instead of a material, or null. */
export const signedCommitment = nullable(
  closed({ text: localized('The signed text.'), signedBy: Type.String(), signedAt: instant('Signed at.'), signature: commitmentSignature }),
  '告知承诺: the applicant signed a commitment instead of this material.',
);

const ApplicationMaterial = component(
  'ApplicationMaterial',
  closed(
    {
      materialId: Type.String(),
      name: localized('Material name.'),
      requiredBy: Type.Array(Type.String(), { minItems: 1, description: 'The included matters (that the reader may see) that list it.' }),
      required: Type.Boolean({ description: 'False for a material needed only in some circumstances.' }),
      key: Type.Boolean({ description: 'A key material (关键材料) cannot be accepted as missing (容缺).' }),
      waivedBy: waivedBy('How it was waived at submission (免提交), by what the data-sharing connector provided then.'),
      commitment: signedCommitment,
      owed: Type.Boolean({ description: '容缺: accepted as missing and not supplied yet.' }),
      uploads: uploads('The files uploaded for it (before submission with the draft, or after), oldest first.'),
    },
    { description: '申请材料: one material of an application and how it was provided.' },
  ),
);

const Commitment = component(
  'Commitment',
  closed(
    {
      materialId: Type.String(),
      text: localized('The commitment text as signed (告知承诺书).'),
      signedBy: Type.String({ description: 'The applicant who signed.' }),
      signedAt: instant('When it was signed.'),
      signature: commitmentSignature,
    },
    { description: '告知承诺: a signed commitment that replaces a material.' },
  ),
);

const IssuedResult = component(
  'IssuedResult',
  closed(
    {
      matterId: Type.String(),
      certificate: closed({
        type: Type.String({ description: 'The result type (e.g. certificate).' }),
        number: Type.String({ minLength: 1, description: "The number the issuing system gave it (证照编号); the runtime invents none." }),
        issuedAt: instant('When it was issued.'),
        issuer: Type.Optional(Type.String({ description: 'The issuing body (发证机关), as the issuing system names it.' })),
      }),
      licenceUrl: Type.Optional(Type.String({ description: "Where the applicant downloads the result's e-licence (电子证照, GET …/results/{matterId}/licence); only in the applicant's view, and only when one was issued." })),
      fields: Type.Optional(
        Type.Record(Type.String(), Type.Unknown(), { description: "The values the matter's review steps recorded (its steps' result fields, by key: e.g. child.idNumber); absent when none." }),
      ),
    },
    { description: '统一发证: one result of the unified issuance, issued by the issuing system.' },
  ),
);

const TimelineEvent = component(
  'TimelineEvent',
  closed({
    at: instant('When.'),
    who: Type.String({ description: "Who: the applicant's or officer's subject, 'system', 'scheduler', or 'rule <version>' for an auto-approval (秒批)." }),
    what: statusText(TIMELINE_EVENT_TYPES, 'What happened: the command, or the change it caused.'),
    text: Type.Optional(
      Type.String({
        description:
          "A review step's or a task's handling in plain words, in the response language: for the applicant the department and the step (公安局 审查 已完成), for an officer of the matter's department also who did it, by name (张三：公安局 受理 已签收).",
      }),
    ),
    matterId: Type.Optional(Type.String({ description: 'The matter it concerns.' })),
    details: Type.Optional(Type.Unknown({ description: 'The event payload (e.g. comment, missing materials, issued results).' })),
  }),
);

export const ValueProvenance = component(
  'ValueProvenance',
  Type.Union(
    [
      closed({
        kind: Type.Literal('shared'),
        element: definitionRef<string>('common', '/$defs/elementId'),
        source: Type.String({ description: 'The system of record.' }),
        retrievedAt: instant('When the data-sharing platform retrieved it.'),
      }),
      closed({ kind: Type.Literal('entered'), overrides: Type.Optional(elsewhere<PrefillSource>('SharedSource')) }),
    ],
    { description: 'Where a submitted value came from: shared data (with source and time), or entered by the applicant — over a shared value when overrides says which.' },
  ),
);

export const Provenance = component(
  'Provenance',
  Type.Unsafe<Record<string, Static<typeof ValueProvenance>>>({
    type: 'object',
    additionalProperties: ValueProvenance,
    description: 'The provenance of every value of the data (each scalar), by JSON Pointer (e.g. /household/registerNumber, /child/0/name).',
  }),
);

const SharedDataSummary = component(
  'SharedDataSummary',
  closed(
    {
      status: elsewhere<string>('SharedDataStatus', 'The outcome at submission (never anonymous).'),
      reason: Type.Optional(elsewhere<string>('UnavailableReason')),
      at: instant('When OneGo asked the connector.'),
      eLicences: Type.Array(elsewhere<SharedDataSummaryView['eLicences'][number]>('FoundELicence'), { description: 'E-licences found and used in place of materials.' }),
    },
    { description: 'What the data-sharing connector provided at submission.' },
  ),
);

export const Application = component(
  'Application',
  closed(
    {
      id: uuid(),
      bundleId: Type.String(),
      bundleVersion: Type.Integer({ minimum: 1 }),
      bundleName: localized('The bundle name.'),
      status: ApplicationStatus,
      submittedAt: instant('When it was submitted.'),
      updatedAt: instant('Last change.'),
      withdrawable: Type.Boolean({ description: 'The applicant may still withdraw it (撤回): in progress, and no matter accepted, reviewed or decided yet.' }),
      matters: Type.Array(ApplicationMatter, { description: 'Per-matter status, in bundle order.' }),
      results: Type.Array(IssuedResult, { description: 'Issued results once completed; [] before.' }),
      timeline: Type.Array(TimelineEvent, { description: 'Events in order (who, what, when).' }),
      commitments: Type.Array(Commitment, { description: '告知承诺 signed by the applicant.' }),
      materials: Type.Array(ApplicationMaterial, {
        description: 'The materials of the included matters (an officer: only of their department’s matters), as the notice listed them at submission: to submit, then waived.',
      }),
      sharedData: nullable(
        SharedDataSummary,
        'What shared data provided at submission (an officer sees only the e-licences their matters use); null for applications submitted before it was recorded.',
      ),
      provenance: Type.Unsafe<Record<string, Static<typeof ValueProvenance>>>({ ...Provenance, description: "Every value's provenance (an officer: only their department's matters' fields)." }),
      parties: Type.Array(ApplicationParty, { description: 'The people it names besides the applicant: co-applicants, the person a proxy applied for.' }),
      enterprise: Type.Optional(closed({ creditCode: Type.String(), name: Type.String() }, { description: 'The enterprise (法人) it belongs to: an enterprise bundle’s application, seen by every authorised user of it.' })),
    },
    { description: '办件: an application with per-matter status, results and timeline.' },
  ),
);
