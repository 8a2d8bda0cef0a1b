// The components still written by hand as plain JSON Schema (being moved beside their routes as TypeBox
// declarations, http/apiComponents.ts); request validation resolves references to them too.
import { schemas } from './schemas.ts';

export const legacyComponents = (): Record<string, Record<string, unknown>> => ({ ...schemas });
