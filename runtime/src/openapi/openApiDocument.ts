// The OpenAPI 3.1 document of the HTTP API, served at GET /api/openapi.json. A test checks that every
// route the server answers is documented here.
export function openApiDocument(): Record<string, unknown> {
  return { openapi: '3.1.0', info: { title: 'OneGo API', version: '0.1.0' }, paths: {} };
}
