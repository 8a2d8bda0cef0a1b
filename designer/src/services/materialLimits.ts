// What a material accepts (upload limits), from the bundle definition: the strictest of the limits of the
// matters that list it — the types all of them allow, the smallest size — as the runtime checks it
// (runtime/src/materials/uploadLimits.ts). The runtime checks again, from the file's bytes.
import type { BundleDetail, UploadLimits } from '../api/types.ts';

/** The limits of a material that names none (the runtime's default). */
const DEFAULT_UPLOAD_LIMITS = { mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'], maxBytes: 10 * 1024 * 1024 };

export function uploadLimitsOf(definition: BundleDetail['definition'], materialId: string, requiredBy: readonly string[]): UploadLimits {
  let mediaTypes: string[] | undefined;
  let maxBytes = Number.POSITIVE_INFINITY;
  for (const matter of definition.matters) {
    if (!requiredBy.includes(matter.id)) continue;
    const material = matter.materials.find((m) => m.id === materialId);
    if (!material) continue;
    const limits = material.upload ?? DEFAULT_UPLOAD_LIMITS;
    mediaTypes = mediaTypes ? mediaTypes.filter((type) => limits.mediaTypes.includes(type)) : [...limits.mediaTypes];
    maxBytes = Math.min(maxBytes, limits.maxBytes);
  }
  return mediaTypes ? { mediaTypes, maxBytes } : DEFAULT_UPLOAD_LIMITS;
}
