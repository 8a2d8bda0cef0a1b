// Executable review steps on the newborn example with the review fixture (engine/test/fixtures/newborn-steps):
// the hospital's 受理 → 签发 recording the 出生医学证明 number, the police's 受理 → 审查 → 决定 recording the
// 公民身份号码, a 会签 by named roles with a 加签, a 或签, send-backs, 补正 at the first step only, the values
// flowing to the dependent matters marked with where they came from, and the issued results carrying them.
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { ApplicationEvent } from '../src/flow/applicationEvent.ts';
import { applicationStatus } from '../src/flow/applicationStatus.ts';
import { applyApplicationEvent, initialApplicationSnapshot, persistApplication, restoreApplicationSnapshot } from '../src/flow/applicationLogic.ts';
import { describeIssue } from '../src/index.ts';
import { loadExample, withReview } from './support/loadExample.ts';

const FIXTURE = 'engine/test/fixtures/newborn-steps/review.json';
const example = loadExample('newborn', withReview(FIXTURE));
const machine = example.compiled.machine();
const single = example.sample('valid-single-birth');
// Without marriage and household data no auto-approval rule (秒批) holds: every matter is decided by people.
const data = Object.fromEntries(Object.entries(single.data).filter(([entity]) => entity !== 'marriage' && entity !== 'household'));

const CERTIFICATE = 'birth-medical-certificate';
const HOUSEHOLD = 'birth-household-registration';
const INSURANCE = 'medical-insurance-enrolment';
const VACCINATION = 'vaccination-certificate';
const CARD = 'social-security-card';
const CHILD_ID = '110105202603020018';

let clock = 0;
const at = () => new Date(Date.UTC(2026, 2, 2, 1) + clock++ * 60_000).toISOString();

function submitted() {
  const actor = createActor(machine).start();
  actor.send({ type: 'SUBMIT', at: at(), answers: single.answers, data });
  return actor;
}
type Actor = ReturnType<typeof submitted>;
const record = (actor: Actor, matterId: string) => actor.getSnapshot().context.matters[matterId];
const statusOf = (actor: Actor, matterId: string) => applicationStatus(actor.getSnapshot()).matters.find((m) => m.matterId === matterId)?.status;
const complete = (matterId: string, stepId: string, results?: Record<string, unknown>): ApplicationEvent => ({
  type: 'COMPLETE_STEP',
  matterId,
  stepId,
  by: `officer-${stepId}`,
  at: at(),
  ...(results ? { results } : {}),
});

describe('a matter with review steps', () => {
  it('the fixture passes every definition check, and a matter without review is decided by APPROVE as before', () => {
    expect(example.definitions.matters.get(HOUSEHOLD)?.definition.review?.steps.map((s) => s.name.zh)).toEqual(['受理', '审查', '决定']);
    const actor = submitted();
    expect(record(actor, CERTIFICATE)).toMatchObject({ status: 'pending', step: 'accept' });
    // The optional 生育登记 has no review: one APPROVE decides it, and no step is recorded.
    expect(record(actor, 'birth-registration')).toEqual({ status: 'pending', startedAt: record(actor, CERTIFICATE)?.startedAt });
    actor.send({ type: 'APPROVE', matterId: 'birth-registration', by: 'o', at: at() });
    expect(statusOf(actor, 'birth-registration')).toBe('approved');
    // A matter with review is not decided by APPROVE.
    expect(actor.getSnapshot().can({ type: 'APPROVE', matterId: CERTIFICATE, by: 'o', at: at() })).toBe(false);
  });

  it('walks its steps in order, validates result fields like form fields, and passes them to the dependent matters', () => {
    const actor = submitted();
    // Only the current step can be completed.
    expect(actor.getSnapshot().can(complete(CERTIFICATE, 'issue', { 'child.birthCertificateNumber': 'Q410123456' }))).toBe(false);
    actor.send(complete(CERTIFICATE, 'accept'));
    expect(record(actor, CERTIFICATE)).toMatchObject({ status: 'pending', step: 'issue', stepsDone: [{ step: 'accept', by: ['officer-accept'] }] });
    // The certificate number is required, has a pattern, and nothing else may be recorded.
    expect(actor.getSnapshot().can(complete(CERTIFICATE, 'issue'))).toBe(false);
    expect(actor.getSnapshot().can(complete(CERTIFICATE, 'issue', { 'child.birthCertificateNumber': '12345' }))).toBe(false);
    expect(actor.getSnapshot().can(complete(CERTIFICATE, 'issue', { 'child.birthCertificateNumber': 'Q410123456', other: 1 }))).toBe(false);
    expect(example.compiled.stepResultIssues(CERTIFICATE, 'issue', {}).map((issue) => [issue.path, issue.message])).toEqual([['/child.birthCertificateNumber', '必填项，请填写']]);
    expect(example.compiled.stepResultIssues(CERTIFICATE, 'issue', { 'child.birthCertificateNumber': '12345' })[0]?.message).toContain('Q410123456');
    expect(example.compiled.stepResultIssues(HOUSEHOLD, 'decide', { 'child.idNumber': '110105202603020016' })[0]?.message).toMatch(/校验/);
    expect(example.compiled.stepResultIssues(CERTIFICATE, 'issue', { 'child.birthCertificateNumber': 'Q410123456' })).toEqual([]);
    actor.send(complete(CERTIFICATE, 'issue', { 'child.birthCertificateNumber': 'Q410123456' }));
    expect(record(actor, CERTIFICATE)).toMatchObject({ status: 'approved', decidedBy: 'officer', by: 'officer-issue' });
    expect(record(actor, CERTIFICATE)?.step).toBeUndefined();
    expect(record(actor, CERTIFICATE)?.results?.['child.birthCertificateNumber']).toMatchObject({ value: 'Q410123456', step: 'issue' });
    // The police receive the number, marked with where it came from, and start at their first step.
    expect(record(actor, HOUSEHOLD)).toMatchObject({
      status: 'pending',
      step: 'accept',
      received: { 'child.birthCertificateNumber': { value: 'Q410123456', from: { matterId: CERTIFICATE, step: 'issue', field: 'child.birthCertificateNumber' } } },
    });
  });

  it('sends a step back to an earlier one, returns to the citizen (补正) from the first step only, and rejects at any step', () => {
    const actor = submitted();
    actor.send(complete(CERTIFICATE, 'accept'));
    actor.send(complete(CERTIFICATE, 'issue', { 'child.birthCertificateNumber': 'Q410123456' }));
    const ret = { type: 'RETURN' as const, matterId: HOUSEHOLD, by: 'o', at: at(), missing: ['household-register'] };
    actor.send(ret);
    expect(record(actor, HOUSEHOLD)).toMatchObject({ status: 'returned', step: 'accept', pauses: [{ from: ret.at }] });
    const supplement = at();
    actor.send({ type: 'SUPPLEMENT', matterId: HOUSEHOLD, at: supplement, by: 'citizen' });
    expect(record(actor, HOUSEHOLD)).toMatchObject({ status: 'pending', step: 'accept', pauses: [{ from: ret.at, to: supplement }] });
    actor.send(complete(HOUSEHOLD, 'accept'));
    actor.send(complete(HOUSEHOLD, 'review'));
    expect(record(actor, HOUSEHOLD)?.step).toBe('decide');
    // No 补正 after the first step; no send-back to a later or unknown step.
    expect(actor.getSnapshot().can({ ...ret, at: at() })).toBe(false);
    const back = (to: string) => ({ type: 'SEND_BACK' as const, matterId: HOUSEHOLD, stepId: 'decide', to, by: 'lead', at: at(), comment: '核对户主信息' });
    expect(actor.getSnapshot().can(back('decide'))).toBe(false);
    expect(actor.getSnapshot().can(back('nowhere'))).toBe(false);
    actor.send(back('review'));
    expect(record(actor, HOUSEHOLD)).toMatchObject({ status: 'pending', step: 'review', comment: '核对户主信息', stepsDone: [{ step: 'accept' }] });
    expect(actor.getSnapshot().value).toMatchObject({ processing: { [HOUSEHOLD]: { pending: 'review' } } });
    actor.send({ type: 'REJECT', matterId: HOUSEHOLD, by: 'o', at: at(), reason: '材料不实' });
    expect(record(actor, HOUSEHOLD)).toMatchObject({ status: 'rejected', reason: '材料不实' });
    expect(record(actor, HOUSEHOLD)?.step).toBeUndefined();
    expect(actor.getSnapshot().value).toBe('rejected');
  });

  it('会签 completes when every named role and every added signer signed; 或签 at the first signature; issuance carries the results', () => {
    const actor = submitted();
    actor.send(complete(CERTIFICATE, 'accept'));
    actor.send(complete(CERTIFICATE, 'issue', { 'child.birthCertificateNumber': 'Q410123456' }));
    // 或签: any one of the vaccination doctors.
    const sign = (matterId: string, stepId: string, by: string, role?: string): ApplicationEvent => ({ type: 'SIGN_STEP', matterId, stepId, by, at: at(), ...(role ? { role } : {}) });
    expect(actor.getSnapshot().can(complete(VACCINATION, 'issue'))).toBe(false);
    actor.send(sign(VACCINATION, 'issue', 'doctor-1'));
    expect(statusOf(actor, VACCINATION)).toBe('approved');
    actor.send(complete(HOUSEHOLD, 'accept'));
    actor.send(complete(HOUSEHOLD, 'review'));
    actor.send(complete(HOUSEHOLD, 'decide', { 'child.idNumber': CHILD_ID, householdPage: 3 }));
    for (const matterId of [CARD, INSURANCE]) {
      expect(record(actor, matterId)?.received?.['child.idNumber']).toMatchObject({ value: CHILD_ID, from: { matterId: HOUSEHOLD, step: 'decide', field: 'child.idNumber' } });
    }
    actor.send(complete(INSURANCE, 'accept'));
    // 会签 by 经办人 and 科室负责人, plus one signer added at run time (加签).
    expect(actor.getSnapshot().can(sign(INSURANCE, 'approve', 'a', '窗口人员'))).toBe(false);
    actor.send(sign(INSURANCE, 'approve', 'a', '经办人'));
    expect(actor.getSnapshot().can(sign(INSURANCE, 'approve', 'a', '科室负责人'))).toBe(false);
    expect(actor.getSnapshot().can(sign(INSURANCE, 'approve', 'b', '经办人'))).toBe(false);
    actor.send({ type: 'ADD_SIGNER', matterId: INSURANCE, stepId: 'approve', by: 'a', at: at(), signer: 'expert' });
    expect(actor.getSnapshot().can({ type: 'ADD_SIGNER', matterId: INSURANCE, stepId: 'approve', by: 'a', at: at(), signer: 'expert' })).toBe(false);
    actor.send(sign(INSURANCE, 'approve', 'b', '科室负责人'));
    expect(record(actor, INSURANCE)).toMatchObject({ status: 'pending', step: 'approve' });
    expect(record(actor, INSURANCE)?.signatures?.map((s) => s.by)).toEqual(['a', 'b']);
    actor.send(sign(INSURANCE, 'approve', 'expert'));
    expect(record(actor, INSURANCE)).toMatchObject({ status: 'approved', stepsDone: [{ step: 'accept' }, { step: 'approve', by: ['a', 'b', 'expert'] }] });
    actor.send(complete(CARD, 'accept'));
    actor.send({ type: 'APPROVE', matterId: CARD, by: 'o', at: at() });
    actor.send({ type: 'APPROVE', matterId: 'birth-registration', by: 'o', at: at() });
    expect(actor.getSnapshot().value).toBe('issuing');
    const approved = applicationStatus(actor.getSnapshot()).matters.filter((m) => m.status === 'approved');
    const issuedAt = at();
    actor.send({ type: 'ISSUE', at: issuedAt, results: approved.map((m) => ({ matterId: m.matterId, certificate: { type: 'record', number: `N-${m.matterId}`, issuedAt } })) });
    const results = actor.getSnapshot().context.results ?? [];
    expect(results.find((r) => r.matterId === HOUSEHOLD)?.fields).toEqual({ 'child.idNumber': CHILD_ID, householdPage: 3 });
    expect(results.find((r) => r.matterId === CERTIFICATE)?.fields).toEqual({ 'child.birthCertificateNumber': 'Q410123456' });
    expect(results.find((r) => r.matterId === CARD)).not.toHaveProperty('fields');
  });

  it('the fast path gives what the actor gives through steps, signatures and send-backs', () => {
    const events: ApplicationEvent[] = [
      { type: 'SUBMIT', at: at(), answers: single.answers, data },
      complete(CERTIFICATE, 'accept'),
      complete(CERTIFICATE, 'issue', { 'child.birthCertificateNumber': 'Q410123456' }),
      complete(HOUSEHOLD, 'accept'),
      complete(HOUSEHOLD, 'review'),
      { type: 'SEND_BACK', matterId: HOUSEHOLD, stepId: 'review', to: 'accept', by: 'o', at: at() },
      complete(HOUSEHOLD, 'accept'),
      complete(HOUSEHOLD, 'review'),
      complete(HOUSEHOLD, 'decide', { 'child.idNumber': CHILD_ID }),
    ];
    const actor = createActor(machine).start();
    let stored = JSON.stringify(persistApplication(initialApplicationSnapshot(machine)));
    for (const event of events) {
      actor.send(event);
      stored = JSON.stringify(persistApplication(applyApplicationEvent(machine, restoreApplicationSnapshot(machine, JSON.parse(stored)), event)));
    }
    expect(JSON.parse(stored)).toEqual(JSON.parse(JSON.stringify(actor.getPersistedSnapshot())));
    expect(record(actor, INSURANCE)?.received?.['child.idNumber']?.value).toBe(CHILD_ID);
  });
});

describe('definition problems of review steps and result mappings', () => {
  const documents = (change: (json: Record<string, unknown>) => Record<string, unknown>) => {
    const overlay = withReview(FIXTURE);
    return (json: Record<string, unknown>) => change(overlay(json));
  };
  const issuesOf = (change: (json: Record<string, unknown>) => Record<string, unknown>) => {
    try {
      loadExample('newborn', documents(change));
      return [];
    } catch (error) {
      return JSON.parse((error as Error).message.replace(/^example newborn has issues: /, '')) as Parameters<typeof describeIssue>[0][];
    }
  };
  const mappings = (json: Record<string, unknown>, extra: unknown) =>
    String(json['$schema']).includes('bundle') ? { ...json, resultMappings: [...(json['resultMappings'] as unknown[]), extra] } : json;

  it('names the matters and fields by their names, and says where', () => {
    const found = issuesOf((json) =>
      mappings(json, { from: { matter: CARD, field: 'child.idNumber' }, to: { matter: 'birth-registration', field: 'child.nickname' } }),
    );
    expect(found.map((issue) => [issue.code, issue.path])).toEqual([
      ['UNKNOWN_RESULT_FIELD', '/resultMappings/3/from/field'],
      ['UNKNOWN_TARGET_FIELD', '/resultMappings/3/to/field'],
      ['RESULT_NOT_DEPENDENT', '/resultMappings/3/to/matter'],
    ]);
    expect(found.map((issue) => describeIssue(issue, 'zh'))).toEqual([
      '事项「社会保障卡申领」的办理环节不记录结果「child.idNumber」，无法传递',
      '事项「生育登记」的表单没有字段「child.nickname」，无法接收结果',
      '事项「生育登记」不在「社会保障卡申领」之后办理，收不到它记录的「新生儿公民身份号码」：请把「社会保障卡申领」设为「生育登记」的前置事项',
    ]);
    const outside = issuesOf((json) => mappings(json, { from: { matter: 'no-such-matter', field: 'x' }, to: { matter: CARD, field: 'child.name' } }));
    expect(outside.map((issue) => [issue.code, issue.path, describeIssue(issue, 'zh')])).toEqual([
      ['RESULT_MATTER_NOT_IN_BUNDLE', '/resultMappings/3/from/matter', '结果传递中的事项 "no-such-matter" 不在本件事的事项中'],
    ]);
  });

  it('refuses two mappings into one field, which would overwrite each other', () => {
    const found = issuesOf((json) => mappings(json, { from: { matter: CERTIFICATE, field: 'child.birthCertificateNumber' }, to: { matter: CARD, field: 'child.idNumber' } }));
    expect(found.map((issue) => [issue.code, issue.path, describeIssue(issue, 'zh')])).toEqual([
      ['DUPLICATE_ID', '/resultMappings/3/to', '接收结果的字段 "社会保障卡申领的新生儿公民身份号码" 重复定义（另见 /resultMappings/1/to）'],
    ]);
  });

  it('checks the signers against the mode, the step limits, and the result fields', () => {
    const found = issuesOf((json) => {
      if (json['id'] !== VACCINATION) return json;
      const steps = [
        { id: 'issue', name: { zh: '发证', en: 'Issuance' }, handler: { zh: '医生', en: 'Doctor' }, mode: 'all', timeLimit: { days: 9, kind: 'working' } },
        { id: 'issue', name: { zh: '复核', en: 'Check' }, handler: { zh: '医生', en: 'Doctor' }, signers: 2, resultFields: [{ element: 'child.nickname' }] },
      ];
      return { ...json, review: { steps } };
    });
    expect(found.map((issue) => [issue.code, issue.path, describeIssue(issue, 'zh')])).toEqual([
      ['DUPLICATE_ID', '/review/steps/1/id', '办理环节 "issue" 重复定义（另见 /review/steps/0/id）'],
      ['INVALID_STEP_SIGNERS', '/review/steps/0/mode', '办理环节「发证」为会签，须写明签署人数或签署角色'],
      ['STEP_TIME_LIMIT_EXCEEDS_MATTER', '/review/steps/0/timeLimit', '办理环节「发证」的时限 9 个工作日 超过事项的承诺时限 1 个工作日'],
      ['INVALID_STEP_SIGNERS', '/review/steps/1/signers', '办理环节「复核」由一人办理，不应写签署人'],
      ['UNKNOWN_DATA_ELEMENT', '/review/steps/1/resultFields/0/element', '数据元 "child.nickname" 不存在于数据元字典中'],
    ]);
  });
});
