// One ajv (draft 2020-12) set up the OneGo way: all errors, OneGo's Chinese formats and ajv-formats,
// and the definition-format schemas registered under their $ids.
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import applicationSchema from '@onego/schemas/application.schema.json' with { type: 'json' };
import bundleSchema from '@onego/schemas/bundle.schema.json' with { type: 'json' };
import calendarSchema from '@onego/schemas/calendar.schema.json' with { type: 'json' };
import commonSchema from '@onego/schemas/common.schema.json' with { type: 'json' };
import dataElementsSchema from '@onego/schemas/data-elements.schema.json' with { type: 'json' };
import matterSchema from '@onego/schemas/matter.schema.json' with { type: 'json' };
import { addChineseFormats } from '../formats/chineseFormats.ts';
import { addFormFormats } from '../formats/formFormats.ts';

export const SCHEMA_BASE = 'https://onego.dev/schemas/v1/';

const DEFINITION_SCHEMAS = [
  commonSchema,
  dataElementsSchema,
  matterSchema,
  bundleSchema,
  calendarSchema,
  applicationSchema,
] as const;

export type Ajv = InstanceType<typeof Ajv2020>;

/** What a caller may change: coercion and defaults (for the strings of a query or path), nothing else. */
interface AjvOptions {
  coerceTypes?: boolean | 'array';
  useDefaults?: boolean;
}

/**
 * An ajv for validating data: forms, answers, conditions. Annotations like x-en are allowed. Patterns
 * are compiled without the `u` flag (V8 compiles those several times slower, and merged forms hold many
 * patterns); definition checks refuse patterns that need it (patternProblem). Code is not optimised:
 * compiling a bundle quickly matters more (the designer recompiles on every edit) than the last 10 %
 * of validation speed.
 */
export function createAjv(options: AjvOptions = {}): Ajv {
  const ajv = new Ajv2020({ allErrors: true, strict: false, unicodeRegExp: false, code: { optimize: false }, ...options });
  addFormats(ajv, ['date', 'time', 'date-time', 'email', 'uri', 'regex']);
  addChineseFormats(ajv);
  addFormFormats(ajv);
  return ajv;
}

/** An ajv that also knows the definition-format schemas, for checking definition documents. */
export function createDefinitionAjv(options: AjvOptions = {}): Ajv {
  const ajv = createAjv(options);
  for (const schema of DEFINITION_SCHEMAS) ajv.addSchema(schema);
  return ajv;
}
