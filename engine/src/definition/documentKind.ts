// Which kind of definition a document is, from its "$schema".
import { SCHEMA_BASE } from '../validation/createAjv.ts';

const DOCUMENT_KINDS = ['dictionary', 'matter', 'bundle', 'calendar', 'application'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

const SCHEMA_FILES: Record<DocumentKind, string> = {
  dictionary: 'data-elements.schema.json',
  matter: 'matter.schema.json',
  bundle: 'bundle.schema.json',
  calendar: 'calendar.schema.json',
  application: 'application.schema.json',
};

export const KIND_LABELS: Record<DocumentKind, { zh: string; en: string }> = {
  dictionary: { zh: '数据元字典', en: 'data element dictionary' },
  matter: { zh: '事项', en: 'matter' },
  bundle: { zh: '一件事', en: 'bundle' },
  calendar: { zh: '工作日历', en: 'calendar' },
  application: { zh: '申请', en: 'application' },
};

export function schemaIdOf(kind: DocumentKind): string {
  return SCHEMA_BASE + SCHEMA_FILES[kind];
}

/** The kind named by a document's $schema, or undefined. */
export function kindOf(document: unknown): DocumentKind | undefined {
  if (typeof document !== 'object' || document === null) return undefined;
  const schema = (document as { $schema?: unknown }).$schema;
  if (typeof schema !== 'string') return undefined;
  return DOCUMENT_KINDS.find((kind) => schemaIdOf(kind) === schema);
}
