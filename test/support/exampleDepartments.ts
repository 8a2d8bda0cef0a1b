// Test support: the regional department (a department record's id) of an example's matters, by the
// short id the example's matter files name it with (police, health …). Departments are of a region: the
// newborn example's 公安局 (河南) and the school enrolment's 济南市公安局历下区分局 are two departments, so
// an officer signs in as `exampleDepartment('police')` (newborn's) or `exampleDepartment('police', 'school-enrolment')`.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { departmentId } from '../../runtime/src/catalogue/departments.ts';

const EXAMPLES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../examples');

type Example = 'newborn' | 'business-startup' | 'school-enrolment';

interface MatterFile {
  department: { id: string; name: { zh: string } };
}

/** The department id an officer of the example's department `shortId` signs in with. */
export function exampleDepartment(shortId: string, example: Example = 'newborn'): string {
  const bundle = JSON.parse(readFileSync(path.join(EXAMPLES, example, 'bundle.json'), 'utf8')) as { region?: { divisionCode: string } };
  const dir = path.join(EXAMPLES, example, 'matters');
  for (const file of readdirSync(dir).sort()) {
    const matter = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as MatterFile;
    if (matter.department.id === shortId) return departmentId(matter.department.name.zh, bundle.region?.divisionCode ?? 'national');
  }
  throw new Error(`no matter of ${example} names the department ${shortId}`);
}

const EXAMPLE_ORDER: readonly Example[] = ['newborn', 'business-startup', 'school-enrolment'];

/**
 * What a test signs an officer in as: a short id of the examples' matters (police, health, tax …) becomes
 * its regional department — the newborn example's first (the tests' usual bundle), then business
 * start-up's, then school enrolment's; any other id (a department record's, or one meant to be unknown)
 * is as given.
 */
export function officerDepartment(id: string): string {
  const known = resolved.get(id);
  if (known !== undefined) return known;
  const found = regional(id);
  resolved.set(id, found);
  return found;
}

const resolved = new Map<string, string>();

function regional(id: string): string {
  for (const example of EXAMPLE_ORDER) {
    try {
      return exampleDepartment(id, example);
    } catch {
      // not a department of this example
    }
  }
  return id;
}
