// The HTTP API's error codes (a contract: keep them stable) with their messages in zh and en.
import type { Lang } from '@onego/engine';
import { excerpt } from './excerpt.ts';

const MESSAGES = {
  BAD_JSON: { zh: '请求体不是有效的 JSON', en: 'the request body is not valid JSON' },
  PAYLOAD_TOO_LARGE: { zh: '请求体超过 {limit}', en: 'the request body exceeds {limit}' },
  UNSUPPORTED_MEDIA_TYPE: { zh: '请求体应为 application/json', en: 'the request body must be application/json' },
  UNKNOWN_MATERIAL: { zh: '材料 {id} 不是本事项的申请材料', en: 'material {id} is not one of this matter\'s materials' },
  BAD_REQUEST: { zh: '请求有误：{detail}', en: 'bad request: {detail}' },
  VALIDATION_FAILED: { zh: '填写的内容有误，请按提示修改', en: 'some answers or fields are not valid; see errors' },
  UNAUTHENTICATED: { zh: '请先登录', en: 'sign in first' },
  INVALID_TOKEN: { zh: '登录凭证无效或已过期，请重新登录', en: 'the token is invalid or has expired; sign in again' },
  DEPARTMENT_UNKNOWN: {
    zh: '登录身份中的部门“{department}”不是本系统登记的部门，请重新选择所在部门登录，或请管理员添加该部门',
    en: 'the department "{department}" of this sign-in is not one of the registered departments; sign in again choosing your department, or ask an administrator to add it',
  },
  FORBIDDEN: { zh: '无权访问此资源', en: 'you may not access this resource' },
  NOT_FOUND: { zh: '资源不存在', en: 'not found' },
  BUNDLE_NOT_FOUND: { zh: '一件事 {id} 不存在或未发布', en: 'bundle {id} does not exist or is not published' },
  BUNDLE_WITHDRAWN: { zh: '「{name}」已下线，暂不受理新的申请；已提交的申请照常办理', en: '“{name}” has been taken off the portal and takes no new applications for now; applications already submitted continue' },
  APPLICATION_NOT_FOUND: { zh: '申请 {id} 不存在', en: 'application {id} does not exist' },
  TASK_NOT_FOUND: { zh: '任务 {id} 不存在', en: 'task {id} does not exist' },
  CALENDAR_NOT_FOUND: { zh: '尚未导入 {year} 年的工作日历（{region}）', en: 'no working-day calendar of {year} is loaded ({region})' },
  IDEMPOTENCY_KEY_REQUIRED: { zh: '提交申请须带 Idempotency-Key 请求头，以免重复提交', en: 'submitting needs an Idempotency-Key header, so that a retry cannot submit twice' },
  IDEMPOTENCY_CONFLICT: { zh: '同一 Idempotency-Key 已用于内容不同的申请', en: 'this Idempotency-Key was already used for a different application' },
  TASK_ALREADY_DECIDED: { zh: '该任务已处理（当前状态：{status}）', en: 'this task has already been decided (status: {status})' },
  TASK_NOT_ACTIONABLE: { zh: '该任务当前不能处理（当前状态：{status}）', en: 'this task cannot be decided now (status: {status})' },
  NOTHING_INCLUDED: { zh: '按所选情形，本件事没有需要办理的事项', en: 'the answers include no matter of this bundle' },
  DEFINITION_INVALID: { zh: '定义有误，共 {count} 个问题', en: 'the definition has {count} problem(s)' },
  CONCURRENT_UPDATE: { zh: '申请正被同时修改，请重试', en: 'the application was changed at the same time; retry' },
  UNKNOWN_FIELD: { zh: '字段 {path} 不是本事项的表单字段', en: 'field {path} is not one of this matter\'s form fields' },
  NOTIFICATION_NOT_FOUND: { zh: '消息 {id} 不存在', en: 'notification {id} does not exist' },
  WEBHOOK_NOT_FOUND: { zh: '部门 {department} 未配置 Webhook', en: 'department {department} has no webhook' },
  WEBHOOK_DELIVERY_NOT_FOUND: { zh: 'Webhook 投递 {id} 不存在', en: 'webhook delivery {id} does not exist' },
  MULTIPART_REQUIRED: { zh: '请以 multipart/form-data 方式上传，文件放在 file 字段', en: 'upload as multipart/form-data, with the file in the field "file"' },
  MATERIAL_FILE_MISSING: { zh: '没有收到文件：请在 file 字段上传一个非空文件', en: 'no file received: send one non-empty file in the field "file"' },
  MATERIAL_NOT_FOUND: { zh: '材料 {id} 不在本申请所办事项的材料清单中', en: "material {id} is not one of the materials of this application's matters" },
  IMPORT_FILE_TOO_LARGE: { zh: '导入文件“{file}”超过大小上限 {limit}', en: 'the import file "{file}" exceeds the size limit of {limit}' },
  MATERIAL_TOO_LARGE: { zh: '文件超过该材料的大小上限 {limit}', en: "the file exceeds this material's size limit of {limit}" },
  MATERIAL_TYPE_NOT_ALLOWED: { zh: '文件实际类型为{detectedZh}，该材料只接受：{allowedZh}', en: 'the file is {detectedEn}; this material accepts only: {allowedEn}' },
  APPLICATION_CLOSED: { zh: '申请已结束（当前状态：{status}），不能再上传材料', en: 'the application has ended (status: {status}); materials can no longer be uploaded' },
  UPLOAD_NOT_FOUND: { zh: '上传文件 {id} 不存在', en: 'uploaded file {id} does not exist' },
  ARCHIVE_NOT_READY: { zh: '申请尚未办结（当前状态：{status}），办结或不予办理后才能生成电子归档', en: 'the application has not ended (status: {status}); the archive exists once it is completed or rejected' },
  DOCUMENT_NOT_READY: { zh: '申请尚未办结（当前状态：{status}），办结后才能生成办结通知书', en: 'the application has not ended (status: {status}); the completion notice exists once it is completed or rejected' },
  DOCUMENT_NOT_GENUINE: {
    zh: '无法核验：这个二维码或链接不是本平台签发的，或内容已被改动。请不要采信该文书，并向办理部门核实。',
    en: 'Cannot verify: this QR code or link was not issued by this platform, or it has been altered. Do not rely on the document; check with the department that handled it.',
  },
  DOCUMENT_FONT_MISSING: {
    zh: '服务器未安装中文字体，暂时无法生成 PDF 文书，请稍后再试或联系管理员（需安装 fonts-noto-cjk，或用 ONEGO_CJK_FONT 指定字体文件）',
    en: 'no Chinese font is installed on the server, so PDF documents cannot be made now; try later or tell the administrator (install fonts-noto-cjk, or name a font file with ONEGO_CJK_FONT)',
  },
  MATERIAL_IS_KEY: { zh: '材料 {id} 是关键材料，不能容缺受理', en: 'material {id} is a key material and cannot be accepted as missing' },
  MATERIALS_OWED: { zh: '申请人尚未补齐容缺材料：{ids}', en: 'the applicant still owes these materials: {ids}' },
  NOTHING_TO_SUPPLEMENT: { zh: '该申请当前没有需要补正的事项', en: 'nothing in this application waits for a supplement' },
  FIELDS_LOCKED: { zh: '只能修改要求补正的内容，以下字段不可修改：{paths}', en: 'only the fields asked for may change; these may not: {paths}' },
  MATERIALS_MISSING: { zh: '尚未提供要求补正的材料：{ids}', en: 'these materials asked for are not provided yet: {ids}' },
  COMMITMENT_NOT_ALLOWED: { zh: '材料 {id} 不能以告知承诺代替', en: 'material {id} cannot be replaced by a commitment' },
  DRAFT_NOT_FOUND: { zh: '草稿 {id} 不存在或已过期', en: 'draft {id} does not exist or has expired' },
  DRAFT_CONFLICT: { zh: '草稿已在别处更新，请重新打开后再保存', en: 'the draft was updated elsewhere; reopen it and save again' },
  TOO_MANY_DRAFTS: { zh: '草稿已达上限 {limit} 份，请先提交或删除旧草稿', en: 'you have {limit} drafts already; submit or delete some first' },
  DRAFT_UPLOAD_NOT_ALLOWED: {
    zh: '草稿中上传的文件“{filename}”不符合材料 {id} 现在的要求（类型或不超过 {limit}），请删除后重新上传',
    en: 'the file "{filename}" uploaded to the draft no longer meets the requirements of material {id} (type, or at most {limit}); delete it and upload another',
  },
  DRAFT_CHANGED: { zh: '该一件事的草稿已由{updatedBy}于 {at}（北京时间）保存，与您打开的不是同一版本；未保存您的修改，请先载入其版本', en: 'the draft of this bundle was saved by {updatedBy} at {at} (China Standard Time) and is not the version you opened; your changes were not saved: reload theirs first' },
  DRAFT_GONE: { zh: '一件事 {id} 的草稿已被发布或丢弃，与您打开的不是同一版本；未保存您的修改', en: 'the draft of bundle {id} has been published or discarded since you opened it; your changes were not saved' },
  MATTER_NOT_FOUND: { zh: '事项 {id} 不存在或尚未发布', en: 'matter {id} does not exist or has not been published' },
  MATTER_VERSION_NOT_FOUND: { zh: '事项 {id} 没有第 {version} 版', en: 'matter {id} has no version {version}' },
  MATTER_DRAFT_NOT_FOUND: { zh: '事项 {id} 没有草稿', en: 'matter {id} has no draft' },
  MATTER_DRAFT_CHANGED: { zh: '事项 {id} 的草稿已由{updatedBy}于 {at}（北京时间）保存，与您打开的不是同一版本；未保存您的修改，请先载入其版本', en: 'the draft of matter {id} was saved by {updatedBy} at {at} (China Standard Time) and is not the version you opened; your changes were not saved: reload theirs first' },
  MATTER_DRAFT_GONE: { zh: '事项 {id} 的草稿已被发布或丢弃，与您打开的不是同一版本；未保存您的修改', en: 'the draft of matter {id} has been published or discarded since you opened it; your changes were not saved' },
  MATTER_INVALID: { zh: '事项有 {count} 处需要修改，修改后才能发布', en: 'the matter has {count} problem(s) to fix before it can be published' },
  MATTER_CODE_TAKEN: { zh: '事项编码 {code} 已由事项 {id} 使用', en: 'the matter code {code} is already used by matter {id}' },
  DEPARTMENT_NAME_REQUIRED: { zh: '请填写部门名称', en: 'the department needs a name' },
  DEPARTMENT_EXISTS: { zh: '{region} 已有名为“{name}”的部门（{id}）', en: 'region {region} already has a department named "{name}" ({id})' },
  DEPARTMENT_NOT_FOUND: { zh: '没有编号为“{department}”的部门', en: 'there is no department "{department}"' },
  REGION_INVALID: { zh: '“{region}”不是有效的行政区划代码，应为 6 位数字，如 370102', en: '"{region}" is not a valid division code; it should be 6 digits, e.g. 370102' },
  DATA_ELEMENT_EXISTS: { zh: '已有名为“{name}”的数据元（{where}），请直接搜索并选用它', en: 'there is already a data element named "{name}" ({whereEn}); search for it and use it' },
  DATA_ELEMENT_TYPE_INVALID: { zh: '数据元的类型应为文本、数字、日期、时间、年月、选项、是/否、手机号、身份证号、统一社会信用代码、行政区划或金额之一', en: 'the data element’s type should be one of text, number, date, time, year-month, options, yes/no, mobile number, resident ID, credit code, division or amount' },
  DATA_ELEMENT_OPTIONS_INVALID: { zh: '选项类型的数据元至少需要一个有名称的选项，其他类型不设选项', en: 'a data element of the options type needs at least one named option; other types take no options' },
  DATA_ELEMENT_NAME_REQUIRED: { zh: '请填写数据元的中文名称', en: 'the data element needs a Chinese name' },
  CATALOGUE_IMPORT_INVALID: { zh: '导入文件有 {count} 处需要修改，未导入任何内容', en: 'the import has {count} problem(s) to fix; nothing was imported' },
  METHOD_NOT_ALLOWED: { zh: '该资源不支持 {method} 方法', en: '{method} is not allowed on this resource' },
  RATING_NOT_OPEN: { zh: '申请办结后才能评价（当前状态：{status}）', en: 'an application can be rated once it is completed or rejected (status: {status})' },
  ALREADY_RATED: { zh: '该申请已评价，每件申请只能评价一次', en: 'this application has already been rated; it can be rated once' },
  RATING_NOT_FOUND: { zh: '申请 {id} 尚未评价', en: 'application {id} has not been rated' },
  RECTIFICATION_NOT_FOUND: { zh: '整改任务 {id} 不存在', en: 'rectification {id} does not exist' },
  RECTIFICATION_ALREADY_ANSWERED: { zh: '该整改任务已于 {answeredAt} 答复', en: 'this rectification was already answered at {answeredAt}' },
  METRICS_DISABLED: { zh: '未配置指标访问令牌（ONEGO_METRICS_TOKEN），/metrics 不对外提供', en: '/metrics is disabled: the operator has not set ONEGO_METRICS_TOKEN' },
  TOKEN_EXPIRY_REQUIRED: { zh: '登录凭证缺少有效期（exp），请重新登录', en: 'the token has no expiry (exp); sign in again' },
  TEXT_TOO_LONG: { zh: '{field} 不能超过 {max} 个字符', en: '{field} must be at most {max} characters' },
  OUTBOUND_TARGET_REFUSED: {
    zh: '不允许以该地址为目标：{reasonZh}。如确属可信的内部服务，请运维人员将其加入 ONEGO_OUTBOUND_ALLOW',
    en: 'this target is not allowed: {reasonEn}. If it is a trusted internal service, an operator may allow it with ONEGO_OUTBOUND_ALLOW',
  },
  JSON_TOO_DEEP: { zh: '请求体嵌套超过 {max} 层', en: 'the request body nests deeper than {max} levels' },
  NUMBER_NOT_FINITE: { zh: '{path} 处的数字超出范围', en: 'the number at {path} is out of range' },
  RATE_LIMITED: { zh: '请求过于频繁，请 {seconds} 秒后再试', en: 'too many requests; retry in {seconds} s' },
  APPLICATION_QUOTA_EXCEEDED: {
    zh: '今天已提交 {limit} 件申请，达到每日上限，请明天（北京时间零点后）再提交',
    en: 'you have submitted {limit} applications today, the daily limit; submit again tomorrow (after midnight, China Standard Time)',
  },
  UPLOAD_QUOTA_EXCEEDED: {
    zh: '材料 {id} 已有 {limit} 个文件，达到上限，不能再上传（草稿中的文件可先删除）',
    en: 'material {id} already has {limit} files, the most one material may have (files of a draft can be deleted first)',
  },
  TOO_MANY_STREAMS: { zh: '同时打开的消息推送连接过多（上限 {limit} 个），请关闭其他页面后重试', en: 'too many notification streams open at once (at most {limit}); close some and retry' },
  DATABASE_UNAVAILABLE: { zh: '服务暂时无法访问数据库，请稍后重试（已提交的内容不会丢失，重试不会重复提交）', en: 'the service cannot reach its database just now; retry shortly (nothing acknowledged is lost, and a retry does not submit twice)' },
  INTERNAL_ERROR: { zh: '服务器内部错误，请稍后重试（请求号 {requestId}）', en: 'internal error; retry later (request {requestId})' },
} as const;

export type ErrorCode = keyof typeof MESSAGES;

/** The message of `code` with its parameters filled in, each cut to a short, escaped excerpt (they may be client input). */
export function errorMessage(code: ErrorCode, params: Record<string, string | number>, lang: Lang): string {
  return MESSAGES[code][lang].replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    return value === undefined ? `{${name}}` : excerpt(value);
  });
}

export const ERROR_CODES = Object.keys(MESSAGES) as ErrorCode[];
