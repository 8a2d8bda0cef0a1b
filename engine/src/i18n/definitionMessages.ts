// Messages for definition problems, in Chinese and English. Parameters are filled in by name.
import type { DefinitionIssueCode, IssueParams } from '../definition/definitionIssueCode.ts';
import type { Lang } from './lang.ts';

const MESSAGES: Record<DefinitionIssueCode, { zh: string; en: string }> = {
  JSON_SYNTAX: { zh: 'JSON 语法错误：{detail}', en: 'JSON syntax error: {detail}' },
  SCHEMA_VIOLATION: { zh: '不符合{kind}格式：{detail}', en: 'does not match the {kind} format: {detail}' },
  UNKNOWN_KIND: {
    zh: '无法识别的定义类型 "$schema": "{schema}"，应为 OneGo 的 bundle、matter、data-elements 或 calendar 格式',
    en: 'unknown definition kind "$schema": "{schema}"; expected a OneGo bundle, matter, data-elements or calendar schema',
  },
  DUPLICATE_ID: { zh: '{what} "{id}" 重复定义（另见 {other}）', en: 'duplicate {what} "{id}" (also at {other})' },
  UNKNOWN_DATA_ELEMENT: { zh: '数据元 "{id}" 不存在于数据元字典中', en: 'data element "{id}" is not in the data element dictionary' },
  UNKNOWN_ENTITY: { zh: '实体 "{id}" 不存在于数据元字典中', en: 'entity "{id}" is not in the data element dictionary' },
  ENTITY_NOT_REPEATABLE: { zh: '实体 "{id}" 不可重复，不能设置条目数', en: 'entity "{id}" is not repeatable; it cannot have item counts' },
  UNKNOWN_E_LICENCE: { zh: '电子证照类型 "{id}" 不存在于数据元字典中', en: 'e-licence type "{id}" is not in the data element dictionary' },
  UNKNOWN_MATTER: { zh: '事项 "{id}" 未定义', en: 'matter "{id}" is not defined' },
  UNKNOWN_DEPENDENCY: { zh: '前置事项 "{id}" 不在本件事的事项中', en: 'prerequisite "{id}" is not one of this bundle\'s matters' },
  DEPENDENCY_CYCLE: { zh: '事项前置关系存在循环：{cycle}', en: 'the matters\' dependencies form a cycle: {cycle}' },
  UNKNOWN_ANSWER: { zh: '条件引用了不存在的情形问题 "{id}"', en: 'the condition names "{id}", which is not a scenario question' },
  UNKNOWN_DATA_PATH: { zh: '规则引用了表单中不存在的数据 "{id}"', en: 'the rule names "{id}", which the forms do not have' },
  INVALID_SCHEMA: { zh: '不是有效的 JSON Schema：{detail}', en: 'not a valid JSON Schema: {detail}' },
  INVALID_OPTION: { zh: '值 {value} 不是数据元 "{id}" 的可选值', en: 'value {value} is not an option of data element "{id}"' },
  CONSTRAINT_CONFLICT: {
    zh: '数据元 "{id}" 的约束相互冲突，没有任何值能同时满足：{detail}',
    en: 'the constraints on data element "{id}" conflict; no value satisfies them all: {detail}',
  },
  TIME_LIMIT_EXCEEDS_LEGAL: {
    zh: '承诺时限 {committed} 超过法定时限 {legal}',
    en: 'the committed time limit {committed} exceeds the legal limit {legal}',
  },
  PROMISE_UNREACHABLE: {
    zh: '一件事承诺 {committed}，但事项并联办理的关键路径（{path}）需要 {needed}',
    en: 'the bundle promises {committed}, but the critical path of its matters ({path}) needs {needed}',
  },
  UNKNOWN_DICTIONARY: { zh: '数据元字典 "{id}" 未加载', en: 'data element dictionary "{id}" is not loaded' },
  INVALID_STEP_SIGNERS: {
    zh: '办理环节「{step}」{detail}',
    en: 'review step "{step}" {detail}',
  },
  STEP_TIME_LIMIT_EXCEEDS_MATTER: {
    zh: '办理环节「{step}」的时限 {step_limit} 超过事项的承诺时限 {committed}',
    en: 'review step "{step}" takes {step_limit}, longer than the matter\'s committed limit {committed}',
  },
  RESULT_MATTER_NOT_IN_BUNDLE: {
    zh: '结果传递中的事项 "{id}" 不在本件事的事项中',
    en: 'the result mapping names matter "{id}", which is not one of this bundle\'s matters',
  },
  UNKNOWN_RESULT_FIELD: {
    zh: '事项「{matter}」的办理环节不记录结果「{field}」，无法传递',
    en: 'no review step of matter "{matter}" records the result "{field}"; it cannot be passed on',
  },
  UNKNOWN_TARGET_FIELD: {
    zh: '事项「{matter}」的表单没有字段「{field}」，无法接收结果',
    en: 'the form of matter "{matter}" has no field "{field}" to receive the result',
  },
  RESULT_NOT_DEPENDENT: {
    zh: '事项「{to}」不在「{from}」之后办理，收不到它记录的「{field}」：请把「{from}」设为「{to}」的前置事项',
    en: 'matter "{to}" is not handled after "{from}", so it cannot receive "{field}": make "{from}" a prerequisite of "{to}"',
  },
  INVALID_CALENDAR: { zh: '日历数据有误：{detail}', en: 'calendar data is wrong: {detail}' },
  SAMPLE_MISMATCH: { zh: '申请样例与预期不符：{detail}', en: 'the sample does not behave as it expects: {detail}' },
  SAMPLE_WITHOUT_BUNDLE: {
    zh: '找不到申请样例所属的一件事（样例应放在一件事目录的 samples/ 中）',
    en: 'no bundle found for this sample (put samples in the samples/ folder of a bundle)',
  },
};

export function definitionMessage(code: DefinitionIssueCode, params: IssueParams, lang: Lang): string {
  const template = MESSAGES[code][lang];
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    return typeof value === 'object' ? value[lang] : String(value);
  });
}
