// /api/data-elements: the data element dictionary of a region — the standard elements and the region's
// own (本地区数据元) — and a new local element. The rules are localDataElements.ts's.
import Type from 'typebox';
import type { Clock } from '../clock.ts';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';
import { coded, failure } from '../openapi/responses.ts';
import { DataElementEntry, NewDataElement } from './dataElementSchemas.ts';
import type { LocalDataElements } from './localDataElements.ts';

const region = Type.String({ pattern: '^(national|[1-9][0-9]{5})$', description: 'A GB/T 2260 division code (6 digits) or "national".' });

export const dataElementApi = declareApi({
  listDataElements: {
    operationId: 'listDataElements',
    method: 'get',
    path: '/api/data-elements',
    tags: ['catalogue'],
    summary: 'The data element dictionary of a region',
    description:
      'The standard data elements (标准数据元), then the local elements of the region (本地区数据元, by Chinese name), each marked standard or local and named in Chinese and English: what the matter editor searches to bind a form field. Without region: the standard ones only. Roles: designer, admin, officer.',
    access: ['designer', 'admin', 'officer'],
    query: Type.Object({ region: Type.Optional(region) }),
    response: { status: 200, description: 'The dictionary.', schema: Type.Array(DataElementEntry) },
    otherResponses: {},
  },
  createDataElement: {
    operationId: 'createDataElement',
    method: 'post',
    path: '/api/data-elements',
    tags: ['catalogue'],
    summary: 'Add a local data element to a region’s dictionary',
    description:
      'A local data element (本地区数据元): its id is made from the Chinese name (local.<pinyin>), never typed. It never changes once made; matters of the region bind it as a standard one, publishing checks and merges it as one, and each bundle version stores the local elements it binds. Roles: designer, admin.',
    access: ['designer', 'admin'],
    body: { schema: NewDataElement, description: 'The element.' },
    response: { status: 201, description: 'Added.', schema: DataElementEntry },
    otherResponses: {
      '409': failure('DATA_ELEMENT_EXISTS: the standard dictionary or the region already has an element of this Chinese name.', coded(['DATA_ELEMENT_EXISTS'])),
      '422': failure(
        'DATA_ELEMENT_NAME_REQUIRED: no Chinese name. DATA_ELEMENT_TYPE_INVALID: the type and format are not one of the plain choices. DATA_ELEMENT_OPTIONS_INVALID: options without a 选项 type, or a 选项 type without named options. REGION_INVALID: the region is not a GB/T 2260 division code.',
        coded(['DATA_ELEMENT_NAME_REQUIRED', 'DATA_ELEMENT_TYPE_INVALID', 'DATA_ELEMENT_OPTIONS_INVALID', 'REGION_INVALID']),
      ),
    },
  },
});

export function dataElementRoutes(deps: { elements: LocalDataElements; clock: Clock }) {
  const { elements, clock } = deps;
  return mountRoutes(dataElementApi, {
    listDataElements: ({ query }) => elements.dictionary(query.region),
    createDataElement: ({ body, principal }) => elements.create(body, principal.subject, clock.now().toISOString()),
  });
}
