// What the issuing system is asked for an application waiting in `issuing`: each approved matter with the
// kind of result its definition names, the values its steps recorded and those it received from the steps
// of the matters it depends on (the bundle's resultMappings: 社保卡 the police's 公民身份号码), and the
// application's data.
import { inLang, type ApplicationContext, type CompiledBundle } from '@onego/engine';
import type { ApplicationRow } from '../db/rows.ts';
import { dataOf, snapshotOf } from '../db/packedJson.ts';
import type { IssuanceRequest } from './issuingConnector.ts';

export function issuanceRequest(row: ApplicationRow, compiled: CompiledBundle, idempotencyKey: string): IssuanceRequest {
  const { context } = snapshotOf<{ context: ApplicationContext }>(row, compiled);
  const results = context.included
    .filter((matterId) => context.matters[matterId]?.status === 'approved')
    .map((matterId) => {
      const matter = compiled.matters.get(matterId);
      const record = context.matters[matterId];
      // Its own steps' values win over a received one of the same key.
      const values = { ...(record?.received ?? {}), ...(record?.results ?? {}) };
      return {
        matterId,
        matterName: matter ? inLang(matter.name, 'zh') : matterId,
        department: { id: matter?.department.id ?? 'unknown', name: matter ? inLang(matter.department.name, 'zh') : '' },
        kind: matter?.result.type ?? 'certificate',
        ...(matter?.result.name ? { resultName: inLang(matter.result.name, 'zh') } : {}),
        ...(matter?.result.eLicence ? { eLicence: matter.result.eLicence } : {}),
        electronic: matter?.result.eLicence !== undefined || (matter?.result.delivery ?? []).includes('electronic'),
        fields: Object.fromEntries(Object.entries(values).map(([field, entry]) => [field, entry.value])),
      };
    });
  return {
    idempotencyKey,
    application: { id: row.id, bundleId: row.bundle_id, bundleName: inLang(compiled.bundle.name, 'zh'), applicant: row.applicant },
    data: dataOf<Record<string, unknown>>(row, compiled),
    results,
  };
}
