// GET /api/openapi.json: this API's OpenAPI 3.1 document (openApiDocument.ts, given by the app: the
// document lists this route too).
import Type, { type Static } from 'typebox';
import { mountRoutes } from '../http/mountRoutes.ts';
import { declareApi } from '../http/routeDeclaration.ts';

const OpenApiDocument = Type.Object(
  { openapi: Type.Literal('3.1.0'), info: Type.Object({}), paths: Type.Object({}) },
  { description: 'The OpenAPI document.' },
);

export const openApiApi = declareApi({
  getOpenApiDocument: {
    operationId: 'getOpenApiDocument',
    method: 'get',
    path: '/api/openapi.json',
    tags: ['operations'],
    summary: 'This OpenAPI 3.1 document',
    description: '接口文档: the OpenAPI 3.1 description of the whole HTTP API. No token needed.',
    access: 'public',
    response: { status: 200, description: 'The OpenAPI document.', schema: OpenApiDocument },
    otherResponses: {},
  },
});

export function openApiRoutes(document: () => Record<string, unknown>) {
  return mountRoutes(openApiApi, { getOpenApiDocument: () => document() as Static<typeof OpenApiDocument> });
}
