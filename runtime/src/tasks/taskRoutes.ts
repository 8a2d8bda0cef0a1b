// /api/tasks: an officer's department inbox, one task with only its matter's data (taskService.ts), and
// the decision (decisionService.ts).
import Type from 'typebox';
import { MatterStatus } from '../applications/applicationSchemas.ts';
import { idParam, paging } from '../http/apiSchemas.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { coded, failure, forbidden, JSON_SHAPE_CODES, JSON_SHAPE_TEXT, notFound, TEXT_TOO_LONG_TEXT } from '../openapi/responses.ts';
import type { DecisionService } from './decisionService.ts';
import type { TaskService } from './taskService.ts';
import { Decision, DecisionResult, Task, TaskDetail } from './taskSchemas.ts';

const task = Type.Object({ id: idParam('The task id.') });
const notOwn = forbidden('the caller is not an officer, or the task belongs to another department.');
const unknownTask = notFound('TASK_NOT_FOUND', 'no task has this id.');

export const taskApi = declareApi({
  listTasks: {
    operationId: 'listTasks',
    method: 'get',
    path: '/api/tasks',
    tags: ['tasks'],
    summary: "List the tasks of the officer's department",
    description:
      "部门待办: the tasks of the caller's department, optionally of one status, by deadline (dueAt ascending, tasks without a deadline last), paged. X-Total-Count gives the number of matching tasks. Role: officer.",
    access: ['officer'],
    query: Type.Object({ status: Type.Optional(Type.Unsafe<string>({ ...MatterStatus, description: 'Only tasks in this status.' })), ...paging('Tasks') }),
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
      '403': notOwn,
      '404': unknownTask,
      '409': failure(
        'TASK_ALREADY_DECIDED: the task is already approved or rejected. TASK_NOT_ACTIONABLE: the task cannot be decided now (waiting for a dependency, or returned; or accepted with materials owed already). MATERIALS_OWED: approving a matter whose 容缺 materials are not supplied yet. CONCURRENT_UPDATE: the application kept changing at the same time; retry.',
        coded(['TASK_ALREADY_DECIDED', 'TASK_NOT_ACTIONABLE', 'MATERIALS_OWED', 'CONCURRENT_UPDATE']),
      ),
      '422': failure('MATERIAL_IS_KEY: an acceptance with missing materials (容缺受理) names a key material.', coded(['MATERIAL_IS_KEY'])),
    },
  },
});

export function taskRoutes(tasks: TaskService, decisions: DecisionService) {
  return mountRoutes(taskApi, {
    listTasks: async ({ query, principal, ctx }) => {
      const { total, tasks: page } = await tasks.inbox(principal, { status: query.status, page: query.page ?? 1, pageSize: query.pageSize ?? 20 });
      ctx.set('X-Total-Count', String(total));
      return page;
    },
    getTask: ({ params, principal, lang }) => tasks.detail(params.id, principal, lang),
    decideTask: ({ params, body, principal }) => decisions.decide(params.id, principal, body),
  });
}
