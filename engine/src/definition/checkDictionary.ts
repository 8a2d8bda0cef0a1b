// Checks inside one data element dictionary: unique ids, known entities, options of the right type.
import type { DataElementDictionary } from '@onego/schemas/types';
import { MATTERS_KEY } from '../form/matterFormSchema.ts';
import { issueOf, pointer, type DefinitionIssue } from './definitionIssue.ts';
import { duplicateIds } from './duplicateIds.ts';
import { formatProblem } from './formatProblem.ts';
import { patternProblem } from './patternProblem.ts';

export function checkDictionary(dictionary: DataElementDictionary, file: string): DefinitionIssue[] {
  const issues: DefinitionIssue[] = [];
  issues.push(
    ...duplicateIds(dictionary.entities.map((e, i) => ({ id: e.id, file, path: pointer('entities', i, 'id') })), { zh: '实体', en: 'entity' }),
    ...duplicateIds(dictionary.elements.map((e, i) => ({ id: e.id, file, path: pointer('elements', i, 'id') })), { zh: '数据元', en: 'data element' }),
    ...duplicateIds((dictionary.eLicences ?? []).map((e, i) => ({ id: e.id, file, path: pointer('eLicences', i, 'id') })), {
      zh: '电子证照类型',
      en: 'e-licence type',
    }),
  );
  const entityIds = new Set(dictionary.entities.map((e) => e.id));
  dictionary.entities.forEach((entity, i) => {
    if (entity.id === MATTERS_KEY) {
      issues.push(issueOf('SCHEMA_VIOLATION', file, pointer('entities', i, 'id'), {
        kind: { zh: '数据元字典', en: 'data element dictionary' },
        detail: { zh: `实体标识 "${MATTERS_KEY}" 为保留字`, en: `the entity id "${MATTERS_KEY}" is reserved` },
      }));
    }
  });
  dictionary.elements.forEach((element, i) => {
    const entity = element.id.slice(0, element.id.indexOf('.'));
    if (!entityIds.has(entity)) issues.push(issueOf('UNKNOWN_ENTITY', file, pointer('elements', i, 'id'), { id: entity }));
    const badFormat = formatProblem(element);
    if (badFormat) issues.push(issueOf('INVALID_SCHEMA', file, pointer('elements', i, element.format === undefined ? 'divisionLevel' : 'format'), { detail: badFormat }));
    const badPattern = element.pattern === undefined ? null : patternProblem(element.pattern);
    if (badPattern) issues.push(issueOf('INVALID_SCHEMA', file, pointer('elements', i, 'pattern'), { detail: badPattern }));
    element.options?.forEach((option, j) => {
      const type = typeof option.value;
      const fits = element.type === 'string' ? type === 'string' : element.type === 'boolean' ? type === 'boolean' : type === 'number';
      if (!fits || (element.type === 'integer' && !Number.isInteger(option.value))) {
        issues.push(issueOf('INVALID_OPTION', file, pointer('elements', i, 'options', j, 'value'), { value: JSON.stringify(option.value), id: element.id }));
      }
    });
  });
  return issues;
}
