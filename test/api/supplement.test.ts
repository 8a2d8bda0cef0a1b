// 补正, 容缺受理 and 告知承诺 end to end on a real server with the test clock (2026-03, no holidays; the
// bundle commits the birth medical certificate in 1 working day):
// a returned matter waits with its time limit stopped while the others go on, the applicant changes only
// the flagged fields, and the deadline, warning and overdue move by the days spent waiting; a matter
// accepted with a non-key material missing cannot be approved until the applicant signs the commitment
// that replaces it; commitments at submission are recorded with their text.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matterOf, newbornSample, type ApplicationView, type SubmitResponse, type TaskSummary } from '../support/applicationViews.ts';
import { approveSteps, decideStep, type DecisionBody } from '../support/reviewWalk.ts';
import { client, startServerProcess, type ServerProcess } from '../support/serverProcess.ts';
import { tinyPng, uploadFile } from '../support/uploadFiles.ts';
import { officerDepartment } from '../support/exampleDepartments.ts';

const CERTIFICATE = 'birth-medical-certificate';
const VACCINATION = 'vaccination-certificate';
const HOUSEHOLD = 'birth-household-registration';
const single = newbornSample('valid-single-birth');

interface SupplementState {
  returns: number;
  returned: { at: string; materials: string[]; fields: string[]; comment: string | null } | null;
  owed: string[];
  pauses: { from: string; to: string | null }[];
}
type MatterWithSupplement = ApplicationView['matters'][number] & { supplement: SupplementState };
interface View extends ApplicationView {
  matters: MatterWithSupplement[];
  commitments: { materialId: string; text: string; signedBy: string; signedAt: string }[];
  timeline: (ApplicationView['timeline'][number] & { details?: Record<string, unknown> })[];
}
interface SupplementView {
  status: string;
  matters: { matterId: string; reason: string; fields: string[]; comment: string | null; materials: { materialId: string; key: boolean; commitment: string | null }[] }[];
  editable: string[];
  form: { schema: Record<string, unknown>; uiSchema: Record<string, Record<string, Record<string, unknown>>> };
  data: Record<string, Record<string, unknown>>;
}
interface ErrorBody {
  code: string;
  message: string;
  paths?: string[];
  materials?: string[];
  errors?: { path: string; message: string }[];
}

let server: ServerProcess;
let api: ReturnType<typeof client>;
let keys = 0;

const citizen = () => api.login('citizen', 'citizen-supplement');
const officer = (department: string) => api.login('officer', `officer-${department}`, department);

async function moveTo(localTime: string): Promise<void> {
  const now = await api.post<{ now: string }>('/api/test/clock', { advanceMs: 0 });
  const advanceMs = Date.parse(`${localTime}+08:00`) - Date.parse(now.body.now);
  expect(advanceMs).toBeGreaterThanOrEqual(0);
  expect((await api.post('/api/test/clock', { advanceMs })).status).toBe(200);
}

async function submit(extra: Record<string, unknown> = {}): Promise<SubmitResponse> {
  const response = await api.post<SubmitResponse>('/api/applications', { bundleId: 'henan-newborn', ...single, ...extra }, await citizen(), {
    'idempotency-key': `supplement-${++keys}`,
  });
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body;
}

async function read(id: string): Promise<View> {
  const response = await api.get<View>(`/api/applications/${id}`, await citizen());
  expect(response.status).toBe(200);
  return response.body;
}

async function taskOf(applicationId: string, matterId: string): Promise<string> {
  const view = await read(applicationId);
  return matterOf(view, matterId).taskId;
}

/** An approval walks the matter's review steps (answering the last, or the first refusal); anything else is taken at the step it is at. */
async function decide(department: string, taskId: string, body: DecisionBody) {
  type Answer = ErrorBody & TaskSummary;
  return body.decision === 'approve' ? approveSteps<Answer>(api, taskId, department) : decideStep<Answer>(api, taskId, department, body);
}

beforeAll(async () => {
  server = await startServerProcess({ ONEGO_TEST_CLOCK: '1', ONEGO_TEST_CLOCK_START: '2026-03-02T09:30:00+08:00' });
  api = client(server.url);
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('补正: a returned matter waits for the applicant with its time limit stopped', () => {
  let id: string;

  it('returns one matter naming a field to correct, while the other matters go on', async () => {
    id = (await submit()).id;
    const task = await taskOf(id, CERTIFICATE);
    await moveTo('2026-03-03T10:00:00');
    // Only the matter's own fields can be flagged.
    const foreign = await decide('health', task, { decision: 'return', fields: ['/household/address'] });
    expect(foreign.status).toBe(400);
    expect(foreign.body.code).toBe('UNKNOWN_FIELD');
    expect((await decide('health', task, { decision: 'return', fields: ['mother/name'] })).body.code).toBe('UNKNOWN_FIELD');

    const returned = await decide('health', task, { decision: 'return', fields: ['/mother/name'], comment: '母亲姓名与身份证不一致' });
    expect(returned.status, JSON.stringify(returned.body)).toBe(200);
    expect(returned.body).toMatchObject({ status: 'returned', dueAt: null, applicationStatus: 'awaiting_supplement' });

    const view = await read(id);
    expect(view.status).toBe('awaiting_supplement');
    const certificate = view.matters.find((m) => m.matterId === CERTIFICATE);
    expect(certificate?.supplement).toMatchObject({
      returns: 1,
      returned: { materials: [], fields: ['/mother/name'], comment: '母亲姓名与身份证不一致' },
      owed: [],
      pauses: [{ to: null }],
    });
    expect(certificate?.supplement.returned?.at).toMatch(/^2026-03-03T02:00/);
    // The rule-approved birth registration is unaffected.
    expect(matterOf(view, 'birth-registration').status).toBe('approved');
  });

  it('fires no deadline event while the matter waits, though its original deadline passes', async () => {
    // The warning of a 1-day limit fell at the end of Mon 3/2, before the return; the deadline, at the end
    // of Tue 3/3, passes while the matter waits.
    await moveTo('2026-03-09T09:00:00');
    const view = await read(id);
    expect(view.timeline.filter((e) => e.matterId === CERTIFICATE && e.what === 'DEADLINE_WARNING')).toHaveLength(1);
    expect(view.timeline.filter((e) => e.matterId === CERTIFICATE && e.what === 'OVERDUE')).toEqual([]);
  });

  it('shows the applicant the form with only the flagged field editable', async () => {
    const response = await api.get<SupplementView>(`/api/applications/${id}/supplement`, await citizen());
    expect(response.status).toBe(200);
    expect(response.body.matters).toEqual([
      {
        matterId: CERTIFICATE,
        name: expect.any(String) as string,
        department: officerDepartment('health'),
        departmentName: expect.any(String) as string,
        reason: 'returned',
        requestedAt: expect.stringMatching(/^2026-03-03T02:00/) as string,
        comment: '母亲姓名与身份证不一致',
        fields: ['/mother/name'],
        materials: [],
      },
    ]);
    expect(response.body.editable).toEqual(['/mother/name']);
    expect(response.body.form.uiSchema['mother']?.['name']?.['ui:readonly']).toBeUndefined();
    expect(response.body.form.uiSchema['mother']?.['idNumber']?.['ui:readonly']).toBe(true);
    expect(response.body.data['mother']?.['name']).toBe('王雨桐');
    // Another citizen cannot see it.
    const other = await api.get<ErrorBody>(`/api/applications/${id}/supplement`, await api.login('citizen', 'someone-else'));
    expect(other.status).toBe(404);
  });

  it('refuses changes outside the flagged fields and invalid corrections, writing nothing', async () => {
    const token = await citizen();
    const locked = await api.post<ErrorBody>(`/api/applications/${id}/supplement`, { data: { ...single.data, mother: { ...single.data['mother'] as object, name: '王雨彤' }, father: { ...single.data['father'] as object, name: '李明' } } }, token);
    expect(locked.status).toBe(422);
    expect(locked.body.code).toBe('FIELDS_LOCKED');
    expect(locked.body.paths).toEqual(['/father/name']);
    const invalid = await api.post<ErrorBody>(`/api/applications/${id}/supplement`, { data: { ...single.data, mother: { ...single.data['mother'] as object, name: '' } } }, token, { 'accept-language': 'en' });
    expect(invalid.status).toBe(422);
    expect(invalid.body.code).toBe('VALIDATION_FAILED');
    expect(invalid.body.errors?.[0]?.path).toBe('/data/mother/name');
    const view = await read(id);
    expect(matterOf(view, CERTIFICATE).status).toBe('returned');
  });

  it('takes the correction back to pending with the deadline moved by the days spent waiting', async () => {
    const response = await api.post<View>(`/api/applications/${id}/supplement`, { data: { ...single.data, mother: { ...single.data['mother'] as object, name: '王雨彤' } } }, await citizen());
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.body.status).toBe('in_progress');
    const certificate = response.body.matters.find((m) => m.matterId === CERTIFICATE);
    // 1 working day from Mon 3/2, returned on Tue 3/3 with nothing used (neither day counts): the day is
    // counted from Mon 3/9 instead → due at the end of Tue 3/10, not of Tue 3/3.
    expect(certificate).toMatchObject({ status: 'pending', dueAt: '2026-03-10T15:59:59.999Z' });
    expect(certificate?.supplement.pauses).toEqual([{ from: expect.stringMatching(/^2026-03-03T02:00/) as string, to: expect.stringMatching(/^2026-03-09T01:00/) as string }]);
    const supplemented = response.body.timeline.find((e) => e.what === 'SUPPLEMENT');
    expect(supplemented).toMatchObject({ who: 'citizen-supplement', matterId: CERTIFICATE, details: { fields: ['/mother/name'], materials: [], commitments: [] } });
    // The officer sees the corrected data.
    const detail = await api.get<{ data: Record<string, Record<string, unknown>>; dueAt: string }>(`/api/tasks/${certificate?.taskId ?? ''}`, await officer('health'));
    expect(detail.body.data['mother']?.['name']).toBe('王雨彤');
    expect(detail.body.dueAt).toBe('2026-03-10T15:59:59.999Z');
    // Nothing waits any more.
    const again = await api.post<ErrorBody>(`/api/applications/${id}/supplement`, {}, await citizen());
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('NOTHING_TO_SUPPLEMENT');
  });

  it('marks overdue by the moved deadline, once, and does not warn twice', async () => {
    await moveTo('2026-03-10T12:00:00');
    let view = await read(id);
    expect(view.timeline.filter((e) => e.matterId === CERTIFICATE && e.what === 'OVERDUE')).toEqual([]);
    await moveTo('2026-03-11T09:00:00');
    view = await read(id);
    const overdue = view.timeline.filter((e) => e.matterId === CERTIFICATE && e.what === 'OVERDUE');
    expect(overdue).toHaveLength(1);
    expect(Date.parse(overdue[0]?.at ?? '')).toBeGreaterThan(Date.parse('2026-03-10T15:59:59.999Z'));
    expect(view.timeline.filter((e) => e.matterId === CERTIFICATE && e.what === 'DEADLINE_WARNING')).toHaveLength(1);
  });
});

describe('容缺受理 and 告知承诺', () => {
  let id: string;

  it('accepts only non-key materials as missing, and blocks approval until they are provided', async () => {
    id = (await submit()).id;
    for (const matterId of [CERTIFICATE, VACCINATION]) expect((await decide('health', await taskOf(id, matterId), { decision: 'approve' })).status).toBe(200);
    const task = await taskOf(id, HOUSEHOLD);
    const key = await decide('police', task, { decision: 'accept', missing: ['household-register'] });
    expect(key.status).toBe(422);
    expect(key.body).toEqual({ code: 'MATERIAL_IS_KEY', message: '材料 household-register 是关键材料，不能容缺受理' });
    expect((await decide('police', task, { decision: 'accept' })).body.code).toBe('BAD_REQUEST');

    const accepted = await decide('police', task, { decision: 'accept', missing: ['marriage-certificate'], comment: '结婚证后补' });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(200);
    expect(accepted.body.status).toBe('pending');
    const approve = await decide('police', task, { decision: 'approve' });
    expect(approve.status).toBe(409);
    expect(approve.body.code).toBe('MATERIALS_OWED');
    const detail = await api.get<{ materials: { materialId: string; owed: boolean; commitment: unknown }[]; supplement: SupplementState }>(`/api/tasks/${task}`, await officer('police'));
    expect(detail.body.materials.find((m) => m.materialId === 'marriage-certificate')).toMatchObject({ owed: true, commitment: null });
    expect(detail.body.supplement.owed).toEqual(['marriage-certificate']);
  });

  it('lets the applicant sign the commitment instead of the owed material, and then the matter can be approved', async () => {
    const token = await citizen();
    const waiting = await api.get<SupplementView>(`/api/applications/${id}/supplement`, token);
    expect(waiting.body.matters).toHaveLength(1);
    expect(waiting.body.matters[0]).toMatchObject({ matterId: HOUSEHOLD, reason: 'owed', fields: [] });
    expect(waiting.body.matters[0]?.materials[0]).toMatchObject({ materialId: 'marriage-certificate', key: false });
    expect(waiting.body.matters[0]?.materials[0]?.commitment).toContain('本人承诺');
    expect(waiting.body.editable).toEqual([]);

    const nothing = await api.post<ErrorBody>(`/api/applications/${id}/supplement`, {}, token);
    expect(nothing.status).toBe(422);
    expect(nothing.body).toMatchObject({ code: 'MATERIALS_MISSING', materials: ['marriage-certificate'] });
    // The citizen reads the materials' names, never their ids.
    expect(nothing.body.message).toBe('尚未提供要求补正的材料：“结婚证”');
    const notAllowed = await api.post<ErrorBody>(`/api/applications/${id}/supplement`, { commitments: ['parents-id-cards'] }, token);
    expect(notAllowed.body.code).toBe('COMMITMENT_NOT_ALLOWED');
    expect(notAllowed.body.message).toBe('材料“父母双方有效身份证件”不能以告知承诺代替');

    const signed = await api.post<View>(`/api/applications/${id}/supplement`, { commitments: ['marriage-certificate'] }, token);
    expect(signed.status, JSON.stringify(signed.body)).toBe(200);
    expect(signed.body.commitments).toEqual([
      // signed during 容缺: no drawn signature (one is taken at submission only)
      { materialId: 'marriage-certificate', text: expect.stringContaining('本人承诺') as string, signedBy: 'citizen-supplement', signedAt: expect.any(String) as string, signature: null },
    ]);
    const household = signed.body.matters.find((m) => m.matterId === HOUSEHOLD);
    expect(household?.supplement.owed).toEqual([]);
    expect(household?.status).toBe('pending');

    const task = await taskOf(id, HOUSEHOLD);
    const detail = await api.get<{ materials: { materialId: string; owed: boolean; commitment: { text: string } | null }[] }>(`/api/tasks/${task}`, await officer('police'), { 'accept-language': 'en' });
    expect(detail.body.materials.find((m) => m.materialId === 'marriage-certificate')).toMatchObject({ owed: false, commitment: { text: expect.stringContaining('I declare') as string } });
    expect((await decide('police', task, { decision: 'approve' })).status).toBe(200);
  });

  it('tells the applicant what is owed, and the department when it is supplied', async () => {
    await api.post('/api/test/clock', { advanceMs: 0 }); // runs the notification dispatcher
    const mine = await api.get<{ type: string; applicationId: string; title: string }[]>('/api/notifications', await citizen());
    const owed = mine.body.find((n) => n.type === 'materials_owed' && n.applicationId === id);
    expect(owed?.title).toContain('容缺受理');
    const police = await api.get<{ type: string; applicationId: string }[]>('/api/notifications', await officer('police'));
    expect(police.body.filter((n) => n.type === 'supplement_received' && n.applicationId === id)).toHaveLength(1);
  });

  it('records commitments signed at submission, and refuses one for a material that allows none', async () => {
    const refused = await api.post<ErrorBody>('/api/applications', { bundleId: 'henan-newborn', ...single, commitments: ['parents-id-cards'] }, await citizen(), {
      'idempotency-key': `supplement-${++keys}`,
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('COMMITMENT_NOT_ALLOWED');
    const created = await submit({ commitments: ['marriage-certificate'] });
    const view = await read(created.id);
    expect(view.commitments.map((c) => c.materialId)).toEqual(['marriage-certificate']);
    // The commitment stands in for the certificate where the matter accepts one (household registration),
    // not where the matter asks for the document itself (birth registration, which offers no commitment).
    type TaskMaterials = { materials: { materialId: string; commitment: { text: string } | null }[] };
    const certificate = (body: TaskMaterials) => body.materials.find((m) => m.materialId === 'marriage-certificate');
    const police = await api.get<TaskMaterials>(`/api/tasks/${await taskOf(created.id, HOUSEHOLD)}`, await officer('police'));
    expect(certificate(police.body)?.commitment?.text).toContain('本人承诺');
    const health = await api.get<TaskMaterials>(`/api/tasks/${await taskOf(created.id, 'birth-registration')}`, await officer('health'));
    expect(certificate(health.body)).toMatchObject({ commitment: null });
  });

  it('takes a material asked for in a return as an upload made after the return', async () => {
    const created = await submit();
    const task = await taskOf(created.id, CERTIFICATE);
    const token = await citizen();
    // Uploaded before the return: it does not answer the return.
    expect((await uploadFile(server.url, created.id, 'parents-id-cards', { content: tinyPng(1), filename: 'id.png' }, token)).status).toBe(201);
    expect((await decide('health', task, { decision: 'return', missing: ['parents-id-cards'], comment: '身份证复印件不清晰' })).status).toBe(200);
    const before = await api.post<ErrorBody>(`/api/applications/${created.id}/supplement`, {}, token);
    expect(before.status).toBe(422);
    expect(before.body).toMatchObject({ code: 'MATERIALS_MISSING', materials: ['parents-id-cards'] });
    await moveTo('2026-03-12T10:00:00');
    const later = await citizen(); // dev tokens last 12 hours of the server's clock
    expect((await uploadFile(server.url, created.id, 'parents-id-cards', { content: tinyPng(2), filename: '身份证.png' }, later)).status).toBe(201);
    const supplemented = await api.post<View>(`/api/applications/${created.id}/supplement`, {}, later);
    expect(supplemented.status, JSON.stringify(supplemented.body)).toBe(200);
    expect(matterOf(supplemented.body, CERTIFICATE).status).toBe('pending');
    expect(supplemented.body.timeline.find((e) => e.what === 'SUPPLEMENT')?.details).toMatchObject({ materials: ['parents-id-cards'] });
  });

  it("records a corrected value that shared data had provided as the applicant's own, over the record", async () => {
    const father = await api.login('citizen', 'li-mingxuan'); // known to the example data provider
    const created = await api.post<SubmitResponse>('/api/applications', { bundleId: 'henan-newborn', ...single }, father, { 'idempotency-key': 'supplement-shared' });
    expect(created.status).toBe(201);
    type Provenance = Record<string, { kind: string; overrides?: { element: string } }>;
    const before = await api.get<{ provenance: Provenance; matters: { matterId: string; taskId: string }[] }>(`/api/applications/${created.body.id}`, father);
    expect(before.body.provenance['/mother/name']?.kind).toBe('shared');
    const task = before.body.matters.find((m) => m.matterId === CERTIFICATE)?.taskId ?? '';
    expect((await decide('health', task, { decision: 'return', fields: ['/mother/name'] })).status).toBe(200);
    const fixed = await api.post<{ provenance: Provenance }>(`/api/applications/${created.body.id}/supplement`, { data: { ...single.data, mother: { ...single.data['mother'] as object, name: '王雨彤' } } }, await api.login('citizen', 'li-mingxuan'));
    expect(fixed.status, JSON.stringify(fixed.body)).toBe(200);
    expect(fixed.body.provenance['/mother/name']).toMatchObject({ kind: 'entered', overrides: { element: 'mother.name' } });
    expect(fixed.body.provenance['/mother/idNumber']?.kind).toBe('shared');
  });
});
