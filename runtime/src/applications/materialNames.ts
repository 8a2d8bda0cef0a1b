// Materials named as the service guide names them, for messages people read: 出生医学证明、父母身份证
// rather than `birth-medical-proof, parents-id-cards`. An id no matter knows stays as it is.
import type { Matter } from '@onego/schemas/types';

export function materialNames(matters: Iterable<Matter | undefined>, ids: readonly string[]): { zh: string; en: string } {
  const known = new Map<string, { zh: string; en: string }>();
  for (const matter of matters) for (const material of matter?.materials ?? []) known.set(material.id, material.name);
  const named = ids.map((id) => known.get(id) ?? { zh: id, en: id });
  return { zh: named.map((n) => `“${n.zh}”`).join('、'), en: named.map((n) => `"${n.en}"`).join(', ') };
}
