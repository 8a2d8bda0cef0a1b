// The stable codes of definition problems, and the parameters of their messages (i18n/definitionMessages.ts).

export const DEFINITION_ISSUE_CODES = [
  'JSON_SYNTAX',
  'SCHEMA_VIOLATION',
  'UNKNOWN_KIND',
  'DUPLICATE_ID',
  'UNKNOWN_DATA_ELEMENT',
  'UNKNOWN_ENTITY',
  'ENTITY_NOT_REPEATABLE',
  'UNKNOWN_E_LICENCE',
  'UNKNOWN_MATTER',
  'UNKNOWN_DEPENDENCY',
  'DEPENDENCY_CYCLE',
  'UNKNOWN_ANSWER',
  'UNKNOWN_DATA_PATH',
  'INVALID_SCHEMA',
  'INVALID_OPTION',
  'CONSTRAINT_CONFLICT',
  'TIME_LIMIT_EXCEEDS_LEGAL',
  'PROMISE_UNREACHABLE',
  'UNKNOWN_DICTIONARY',
  'INVALID_STEP_SIGNERS',
  'STEP_TIME_LIMIT_EXCEEDS_MATTER',
  'RESULT_MATTER_NOT_IN_BUNDLE',
  'UNKNOWN_RESULT_FIELD',
  'UNKNOWN_TARGET_FIELD',
  'RESULT_NOT_DEPENDENT',
  'INVALID_CALENDAR',
  'SAMPLE_MISMATCH',
  'SAMPLE_WITHOUT_BUNDLE',
] as const;

export type DefinitionIssueCode = (typeof DEFINITION_ISSUE_CODES)[number];

/** Message parameters; a value may differ per language. */
export type IssueParams = Record<string, string | number | { zh: string; en: string }>;
