// /api/tasks: an officer's department inbox, one task with only its matter's data (taskService.ts), and
// the decision (decisionService.ts).
import Type from 'typebox';
import { MatterStatus } from '../applications/applicationSchemas.ts';
import { idParam, paging } from '../http/apiSchemas.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { badRequest, coded, failure, forbidden, JSON_SHAPE_CODES, JSON_SHAPE_TEXT, notFound, TEXT_TOO_LONG_TEXT } from '../openapi/responses.ts';
import type { DecisionService } from './decisionService.ts';
import type { TaskHandlingService } from './taskHandling.ts';
import type { TaskService } from './taskService.ts';
import { Colleague, CountersignerAdd, Decision, DecisionResult, Task, TaskDetail, TaskHolding } from './taskSchemas.ts';

const task = Type.Object({ id: idParam('The task id.') });
const notOwn = forbidden('the caller is not an officer, or the task belongs to another department.');
const unknownTask = notFound('TASK_NOT_FOUND', 'no task has this id.');

const DECIDED_TEXT = 'TASK_ALREADY_DECIDED: the task is already approved or rejected. TASK_NOT_ACTIONABLE: the task cannot be handled now. CONCURRENT_UPDATE: the application kept changing at the same time; retry.';
const DECIDED_CODES = ['TASK_ALREADY_DECIDED', 'TASK_NOT_ACTIONABLE', 'CONCURRENT_UPDATE'];
const HOLDER_TEXT = 'NOT_TASK_HOLDER: another officer holds the task (named). TASK_NOT_CLAIMED: nobody holds it; claim it first. DELEGATION_PENDING: it is delegated (委派); the delegate hands it back first.';

/** A route that names a colleague (指派, 转办, 委派, 加签). */
function handlingRouteWith<O extends string, P extends string, B extends typeof Colleague | typeof CountersignerAdd>(
  operationId: O,
  path: P,
  summary: string,
  description: string,
  body: B,
  refusals: Refusals,
) {
  return { ...handlingRoute(operationId, path, summary, description, refusals, true), body: { schema: body, description: 'The colleague, picked by name from the department staff (GET /api/departments/{id}/staff).' } };
}

interface Refusals {
  forbidden?: [string, string[]];
  conflict: [string, string[]];
  unprocessable?: [string, string[]];
}

/** One of the routes that change who holds a task (签收, 指派, 转办, 委派, 交回, 加签): one command each. */
function handlingRoute<O extends string, P extends string>(operationId: O, path: P, summary: string, description: string, refusals: Refusals, body = false) {
  return {
    operationId,
    method: 'post' as const,
    path,
    tags: ['tasks'],
    summary,
    description: `${description} Runs as one command (one transaction, with the application's version checked): of two officers acting on one task at the same instant exactly one wins. A timeline event names who did what (by name), shown to the department's officers and, in plain words, to the applicant. Role: officer of the task's department.`,
    access: ['officer'] as ['officer'],
    params: task,
    response: { status: 200, description: 'Who holds the task now.', schema: TaskHolding },
    otherResponses: {
      ...(body ? { '400': badRequest('the body does not name a colleague.', true) } : {}),
      '403': refusals.forbidden
        ? failure(`FORBIDDEN: the caller is not an officer, or the task belongs to another department. ${refusals.forbidden[0]}`, coded(['FORBIDDEN', ...refusals.forbidden[1]]))
        : notOwn,
      '404': unknownTask,
      '409': failure(`${refusals.conflict[0]} ${DECIDED_TEXT}`.trim(), coded([...refusals.conflict[1], ...DECIDED_CODES])),
      ...(refusals.unprocessable ? { '422': failure(refusals.unprocessable[0], coded(refusals.unprocessable[1])) } : {}),
    },
  };
}

const COLLEAGUE: [string, string[]] = ['COLLEAGUE_NOT_IN_DEPARTMENT: the colleague is not an officer of the department (officers are recorded when they first sign in).', ['COLLEAGUE_NOT_IN_DEPARTMENT']];

export const taskApi = declareApi({
  listTasks: {
    operationId: 'listTasks',
    method: 'get',
    path: '/api/tasks',
    tags: ['tasks'],
    summary: "List the tasks of the officer's department",
    description:
      "部门待办: the tasks of the caller's department (or only those the caller holds, or those nobody holds), with each one's current review step and who holds it, optionally of one status, by deadline (dueAt ascending, tasks without a deadline last), paged. X-Total-Count gives the number of matching tasks. Role: officer.",
    access: ['officer'],
    query: Type.Object({
      status: Type.Optional(Type.Unsafe<string>({ ...MatterStatus, description: 'Only tasks in this status.' })),
      filter: Type.Optional(
        Type.Enum(['mine', 'unclaimed', 'department'], { type: 'string', description: "mine (我的): held by the caller; unclaimed (待签收): held by nobody; department (本部门, the default): all of the department's." }),
      ),
      ...paging('Tasks'),
    }),
    response: { status: 200, description: 'One page of tasks.', schema: Type.Array(Task), headers: { 'X-Total-Count': { $ref: '#/components/headers/X-Total-Count' } } },
    otherResponses: {},
  },
  getTask: {
    operationId: 'getTask',
    method: 'get',
    path: '/api/tasks/{id}',
    tags: ['tasks'],
    summary: 'Get a task with only the data its matter needs',
    description:
      "审批详情: the task, its matter and time limit, and only the fields and materials that matter needs (数据最小化: an officer never receives other departments' fields), with each field's provenance (from shared data with source and time, or entered by the applicant) and, for each material waived by shared data at submission, what replaced it (the e-licence found, or the shared values). Role: officer of the task's department.",
    access: ['officer'],
    params: task,
    response: { status: 200, description: 'The task.', schema: TaskDetail },
    otherResponses: { '403': notOwn, '404': unknownTask },
  },
  decideTask: {
    operationId: 'decideTask',
    method: 'post',
    path: '/api/tasks/{id}/decision',
    tags: ['tasks'],
    summary: 'Approve, reject or return a task',
    description:
      "审批决定: approve (通过), reject (不予许可) or return for supplement (退回补正, naming the missing materials or saying why). Runs as one transaction; approving the last matter issues all results together (统一发证) and completes the application, and approving a dependency starts the matters waiting for it. Officers of different departments may decide the same application at the same instant. Checked in this order: JSON body, token and role, body shape, task, what a return or an acceptance names (its materials and fields, of the matter), the task's status. Role: officer of the task's department.",
    access: ['officer'],
    params: task,
    body: { schema: Decision, description: 'The decision.' },
    response: { status: 200, description: 'The task after the decision.', schema: DecisionResult },
    otherResponses: {
      '400': failure(
        `BAD_JSON: the body is not valid JSON. BAD_REQUEST: the body does not match its schema (decision is not approve|reject|return|accept, comment is not a string, missing / fields are not lists of strings: detail names the field), or a return names no material, no field and no comment, or an acceptance names no missing material or names fields (detail says which). UNKNOWN_MATERIAL: a missing material is not one of the matter's materials. UNKNOWN_FIELD: a field is not a JSON Pointer to one of the matter's fields. ${TEXT_TOO_LONG_TEXT} ${JSON_SHAPE_TEXT}`,
        coded(['BAD_JSON', 'BAD_REQUEST', 'UNKNOWN_MATERIAL', 'UNKNOWN_FIELD', 'TEXT_TOO_LONG', ...JSON_SHAPE_CODES]),
      ),
      '403': failure(
        `FORBIDDEN: the caller is not an officer, or the task belongs to another department. On a matter with review steps: ${HOLDER_TEXT} NOT_A_SIGNER: approving a countersigned step the caller does not sign (their positions name none of its signers, and they were not added).`,
        coded(['FORBIDDEN', 'NOT_TASK_HOLDER', 'NOT_A_SIGNER']),
      ),
      '404': unknownTask,
      '409': failure(
        'TASK_ALREADY_DECIDED: the task is already approved or rejected. TASK_NOT_ACTIONABLE: the task cannot be decided now (waiting for a dependency, or returned; or accepted with materials owed already). MATERIALS_OWED: approving a matter whose 容缺 materials are not supplied yet. TASK_AWAITING_PAYMENT: the matter waits for its fee (待缴费). CONCURRENT_UPDATE: the application kept changing at the same time; retry. On a matter with review steps: TASK_NOT_CLAIMED, DELEGATION_PENDING (see 403), ALREADY_SIGNED: the caller signed this step already. STEP_ALREADY_DECIDED: stepId names a step the matter has left. RETURN_ONLY_AT_FIRST_STEP: return or accept after the first step. NO_REVIEW_STEPS: sendBack on a matter without steps.',
        coded(['TASK_ALREADY_DECIDED', 'TASK_NOT_ACTIONABLE', 'MATERIALS_OWED', 'TASK_AWAITING_PAYMENT', 'CONCURRENT_UPDATE', 'TASK_NOT_CLAIMED', 'DELEGATION_PENDING', 'ALREADY_SIGNED', 'STEP_ALREADY_DECIDED', 'RETURN_ONLY_AT_FIRST_STEP', 'NO_REVIEW_STEPS']),
      ),
      '422': failure(
        "MATERIAL_IS_KEY: an acceptance with missing materials (容缺受理) names a key material. VALIDATION_FAILED: the step's result fields are not valid (errors at /results/<key>, in plain words). STEP_NOT_EARLIER: sendBack names no earlier step of the matter.",
        coded(['MATERIAL_IS_KEY', 'STEP_NOT_EARLIER']),
        coded(['VALIDATION_FAILED'], 'ValidationError'),
      ),
    },
  },
  claimTask: handlingRoute('claimTask', '/api/tasks/{id}/claim', 'Claim a task (签收)', "签收: the caller holds the task from now on; a task already held by the caller is left as it is. On a matter with review steps the caller's positions must include the current step's handler (or one of its signers' positions, or 科室负责人).", {
    forbidden: ["POSITION_REQUIRED: the caller's positions do not include the step's handler.", ['POSITION_REQUIRED']],
    conflict: ['TASK_ALREADY_CLAIMED: another officer holds it (named).', ['TASK_ALREADY_CLAIMED']],
  }),
  assignTask: handlingRouteWith('assignTask', '/api/tasks/{id}/assign', 'Assign a task to a colleague (指派)', "指派: the step's lead (an officer whose positions include 科室负责人) gives the task to a colleague of the department, whoever held it.", Colleague, {
    forbidden: ['NOT_STEP_LEAD: the caller is not a lead (科室负责人).', ['NOT_STEP_LEAD']],
    conflict: ['', []],
    unprocessable: COLLEAGUE,
  }),
  transferTask: handlingRouteWith('transferTask', '/api/tasks/{id}/transfer', 'Transfer a task to a colleague (转办)', '转办: the holder gives the task to a colleague of the department, who holds it from now on.', Colleague, {
    forbidden: [HOLDER_TEXT, ['NOT_TASK_HOLDER']],
    conflict: [HOLDER_TEXT, ['TASK_NOT_CLAIMED', 'DELEGATION_PENDING']],
    unprocessable: COLLEAGUE,
  }),
  delegateTask: handlingRouteWith('delegateTask', '/api/tasks/{id}/delegate', 'Delegate a task to a colleague (委派)', '委派: the holder lets a colleague act on the task; the delegate hands it back (POST /api/tasks/{id}/hand-back) and the delegator confirms it with the decision. While delegated, nobody decides it.', Colleague, {
    forbidden: [HOLDER_TEXT, ['NOT_TASK_HOLDER']],
    conflict: [HOLDER_TEXT, ['TASK_NOT_CLAIMED', 'DELEGATION_PENDING']],
    unprocessable: COLLEAGUE,
  }),
  handBackTask: handlingRoute('handBackTask', '/api/tasks/{id}/hand-back', 'Hand a delegated task back (委派交回)', '委派交回: the delegate has done their part and hands the task back to the officer who delegated it, who confirms it with the decision.', {
    forbidden: ['NOT_TASK_HOLDER: the caller is not the delegate.', ['NOT_TASK_HOLDER']],
    conflict: ['NOT_DELEGATED: the task is not delegated.', ['NOT_DELEGATED']],
  }),
  addCountersigner: handlingRouteWith('addCountersigner', '/api/tasks/{id}/countersigners', 'Add a signer to a countersigned step (加签)', "加签: the holder (or a lead) adds a colleague who must sign the current countersigned step (会签/或签) too; the engine's ADD_SIGNER.", CountersignerAdd, {
    forbidden: [HOLDER_TEXT, ['NOT_TASK_HOLDER']],
    conflict: ['STEP_NOT_COUNTERSIGNED: the current step has one handler. SIGNER_ALREADY_ADDED: the colleague already signs it. TASK_NOT_CLAIMED: nobody holds it.', ['STEP_NOT_COUNTERSIGNED', 'SIGNER_ALREADY_ADDED', 'TASK_NOT_CLAIMED']],
    unprocessable: COLLEAGUE,
  }),
});

export function taskRoutes(tasks: TaskService, decisions: DecisionService, handling: TaskHandlingService) {
  return mountRoutes(taskApi, {
    listTasks: async ({ query, principal, ctx, lang }) => {
      const { total, tasks: page } = await tasks.inbox(principal, { status: query.status, filter: query.filter, page: query.page ?? 1, pageSize: query.pageSize ?? 20, lang });
      ctx.set('X-Total-Count', String(total));
      return page;
    },
    getTask: ({ params, principal, lang }) => tasks.detail(params.id, principal, lang),
    decideTask: ({ params, body, principal, lang }) => decisions.decide(params.id, principal, body, lang),
    claimTask: ({ params, principal }) => handling.handle(params.id, principal, 'claim'),
    assignTask: ({ params, principal, body }) => handling.handle(params.id, principal, 'assign', body.to),
    transferTask: ({ params, principal, body }) => handling.handle(params.id, principal, 'transfer', body.to),
    delegateTask: ({ params, principal, body }) => handling.handle(params.id, principal, 'delegate', body.to),
    handBackTask: ({ params, principal }) => handling.handle(params.id, principal, 'handBack'),
    addCountersigner: ({ params, principal, body }) => handling.handle(params.id, principal, 'addSigner', body.add),
  });
}
