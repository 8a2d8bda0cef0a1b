// Which material an upload is for, and what it may be: the included matters that list the material and
// the strictest of their upload limits (types allowed by every one of them, the smallest size).
import type { Text } from '@onego/engine';
import type { Matter, UploadLimits } from '@onego/schemas/types';

/** The limits of a material that gives none (documented in runtime/README.md). */
export const DEFAULT_UPLOAD_LIMITS: UploadLimits = {
  mediaTypes: ['application/pdf', 'image/jpeg', 'image/png'],
  maxBytes: 10 * 1024 * 1024,
};

export interface MaterialTarget {
  materialId: string;
  name: Text;
  /** The included matters that list the material (a bundle lists a shared material once). */
  matterIds: string[];
  limits: UploadLimits;
}

/**
 * The material `materialId` among the matters `included` (in bundle order), or undefined when none of
 * them lists it. When several list it with different limits, an upload must satisfy all of them.
 */
export function materialTarget(matters: ReadonlyMap<string, Matter>, included: readonly string[], materialId: string): MaterialTarget | undefined {
  let target: MaterialTarget | undefined;
  for (const matterId of included) {
    const material = matters.get(matterId)?.materials.find((m) => m.id === materialId);
    if (!material) continue;
    const limits = material.upload ?? DEFAULT_UPLOAD_LIMITS;
    if (!target) {
      target = { materialId, name: material.name, matterIds: [matterId], limits: { mediaTypes: [...limits.mediaTypes], maxBytes: limits.maxBytes } };
      continue;
    }
    target.matterIds.push(matterId);
    target.limits = {
      mediaTypes: target.limits.mediaTypes.filter((type) => limits.mediaTypes.includes(type)),
      maxBytes: Math.min(target.limits.maxBytes, limits.maxBytes),
    };
  }
  return target;
}

const LABELS: Record<string, { zh: string; en: string }> = {
  'application/pdf': { zh: 'PDF 文档', en: 'PDF document' },
  'application/ofd': { zh: 'OFD 版式文档', en: 'OFD document' },
  'image/jpeg': { zh: 'JPEG 图片', en: 'JPEG image' },
  'image/png': { zh: 'PNG 图片', en: 'PNG image' },
  'image/tiff': { zh: 'TIFF 图片', en: 'TIFF image' },
  'image/webp': { zh: 'WebP 图片', en: 'WebP image' },
  'text/plain': { zh: '纯文本', en: 'plain text' },
  'application/zip': { zh: 'ZIP 压缩包', en: 'ZIP archive' },
  'application/octet-stream': { zh: '无法识别的类型', en: 'an unrecognised type' },
};

/** A media type for people, e.g. "JPEG 图片 (image/jpeg)". */
export function mediaTypeLabel(mediaType: string, lang: 'zh' | 'en'): string {
  const label = LABELS[mediaType]?.[lang];
  return label ? `${label} (${mediaType})` : mediaType;
}

/** A size for people: "5 MB", "512 KB", "100 B" (1 MB = 1024 × 1024 bytes). */
export function formatBytes(bytes: number): string {
  const mb = 1024 * 1024;
  if (bytes >= mb) return `${Number.isInteger(bytes / mb) ? bytes / mb : (bytes / mb).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Number.isInteger(bytes / 1024) ? bytes / 1024 : (bytes / 1024).toFixed(1)} KB`;
  return `${bytes} B`;
}
