// Which requests carry a multipart body, from the declarations (a body of mediaType multipart/form-data):
// the JSON body parser leaves those to their route, which streams the file.
import type { Api } from './routeDeclaration.ts';

/** `/api/applications/{id}/materials/{materialId}` → a pattern of its paths (any segment for a parameter). */
const pathPattern = (path: string): RegExp => new RegExp(`^${path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '[^/]+')}/?$`);

export function multipartRoutes(apis: readonly Api[]): (method: string, path: string) => boolean {
  const routes = apis
    .flatMap((api) => Object.values(api))
    .filter((route) => route.body?.mediaType === 'multipart/form-data')
    .map((route) => ({ method: route.method.toUpperCase(), path: pathPattern(route.path) }));
  return (method, path) => routes.some((route) => route.method === method && route.path.test(path));
}
