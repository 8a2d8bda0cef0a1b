// The data of a submission or a draft against the bundle's forms: data that no form of the bundle defines
// (for any answers) is refused, located (422 VALIDATION_FAILED at /data/<field>); data that the bundle
// defines but these answers do not include (a matter the applicant answered away) is dropped, not stored.
import { undefinedFields, withinForm, type CompiledBundle, type Lang } from '@onego/engine';
import { DomainError } from '../domainError.ts';

/** VALIDATION_FAILED with one `{path, message}` per problem (the engine's validation errors, already in the response language). */
export const invalidData = (errors: readonly { path: string; message: string }[]): DomainError =>
  new DomainError('VALIDATION_FAILED', {}, { errors: errors.map((e) => ({ path: e.path, message: e.message })) });

/** Throws VALIDATION_FAILED for data no form of the bundle defines. */
export function refuseUnknownData(compiled: CompiledBundle, data: Record<string, unknown>, lang: Lang): void {
  const unknown = undefinedFields(compiled.form(undefined, lang).schema, data, '/data');
  if (unknown.length > 0) throw invalidData(unknown.map((path) => ({ path, message: lang === 'zh' ? '表单中没有这一项，请删除' : 'is not a field of this form; remove it' })));
}

/** The data the merged form of these answers defines (after refuseUnknownData: the rest belongs to excluded matters). */
export const includedData = (compiled: CompiledBundle, answers: unknown, data: Record<string, unknown>): Record<string, unknown> =>
  withinForm(compiled.form(answers).schema, data) as Record<string, unknown>;
