// The HTTP API's error codes (a contract: keep them stable) with their messages in zh and en.
import type { Lang } from '@onego/engine';

const MESSAGES = {
  BAD_JSON: { zh: '请求体不是有效的 JSON', en: 'the request body is not valid JSON' },
  PAYLOAD_TOO_LARGE: { zh: '请求体超过 {limit}', en: 'the request body exceeds {limit}' },
  UNSUPPORTED_MEDIA_TYPE: { zh: '请求体应为 application/json', en: 'the request body must be application/json' },
  UNKNOWN_MATERIAL: { zh: '材料 {id} 不是本事项的申请材料', en: 'material {id} is not one of this matter\'s materials' },
  BAD_REQUEST: { zh: '请求有误：{detail}', en: 'bad request: {detail}' },
  VALIDATION_FAILED: { zh: '填写的内容有误，请按提示修改', en: 'some answers or fields are not valid; see errors' },
  UNAUTHENTICATED: { zh: '请先登录', en: 'sign in first' },
  INVALID_TOKEN: { zh: '登录凭证无效或已过期，请重新登录', en: 'the token is invalid or has expired; sign in again' },
  FORBIDDEN: { zh: '无权访问此资源', en: 'you may not access this resource' },
  NOT_FOUND: { zh: '资源不存在', en: 'not found' },
  BUNDLE_NOT_FOUND: { zh: '一件事 {id} 不存在或未发布', en: 'bundle {id} does not exist or is not published' },
  APPLICATION_NOT_FOUND: { zh: '申请 {id} 不存在', en: 'application {id} does not exist' },
  TASK_NOT_FOUND: { zh: '任务 {id} 不存在', en: 'task {id} does not exist' },
  IDEMPOTENCY_KEY_REQUIRED: { zh: '提交申请须带 Idempotency-Key 请求头，以免重复提交', en: 'submitting needs an Idempotency-Key header, so that a retry cannot submit twice' },
  IDEMPOTENCY_CONFLICT: { zh: '同一 Idempotency-Key 已用于内容不同的申请', en: 'this Idempotency-Key was already used for a different application' },
  TASK_ALREADY_DECIDED: { zh: '该任务已处理（当前状态：{status}）', en: 'this task has already been decided (status: {status})' },
  TASK_NOT_ACTIONABLE: { zh: '该任务当前不能处理（当前状态：{status}）', en: 'this task cannot be decided now (status: {status})' },
  NOTHING_INCLUDED: { zh: '按所选情形，本件事没有需要办理的事项', en: 'the answers include no matter of this bundle' },
  DEFINITION_INVALID: { zh: '定义有误，共 {count} 个问题', en: 'the definition has {count} problem(s)' },
  CONCURRENT_UPDATE: { zh: '申请正被同时修改，请重试', en: 'the application was changed at the same time; retry' },
  METHOD_NOT_ALLOWED: { zh: '该资源不支持 {method} 方法', en: '{method} is not allowed on this resource' },
  NOTIFICATION_NOT_FOUND: { zh: '消息 {id} 不存在', en: 'notification {id} does not exist' },
  WEBHOOK_NOT_FOUND: { zh: '部门 {department} 未配置 Webhook', en: 'department {department} has no webhook' },
  WEBHOOK_DELIVERY_NOT_FOUND: { zh: 'Webhook 投递 {id} 不存在', en: 'webhook delivery {id} does not exist' },
  INTERNAL_ERROR: { zh: '服务器内部错误，请稍后重试（请求号 {requestId}）', en: 'internal error; retry later (request {requestId})' },
} as const;

export type ErrorCode = keyof typeof MESSAGES;

export function errorMessage(code: ErrorCode, params: Record<string, string | number>, lang: Lang): string {
  return MESSAGES[code][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}

export const ERROR_CODES = Object.keys(MESSAGES) as ErrorCode[];
