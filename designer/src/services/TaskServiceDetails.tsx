// What a task's officer needs beyond the data: where each value came from (shared data or typed), the
// materials' uploads (with download links), signed commitments (告知承诺), owed materials (容缺), and the
// supplement state (补正).
import type { TaskDetail } from '../api/types.ts';
import { labelAt, type Schema } from '../form/schemaTools.ts';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { sourceName } from './prefill.ts';
import { download } from './serviceApi.ts';
import { SignatureImage } from './SignatureImage.tsx';
import { useSession } from '../session/session.tsx';
import { unescapePointer } from '../form/schemaTools.ts';

export const segmentsOf = (pointer: string) => pointer.split('/').slice(1).map(unescapePointer);

export function TaskProvenance({ detail, schema }: { detail: TaskDetail; schema: Schema | undefined }) {
  const { t } = usePreferences();
  const shared = Object.entries(detail.provenance).filter(([, p]) => p.kind === 'shared');
  if (shared.length === 0) return null;
  return (
    <section aria-labelledby="task-provenance">
      <h2 id="task-provenance">{t('task.provenance')}</h2>
      <ul className="provenance">
        {shared.map(([pointer, p]) => (
          <li key={pointer}>
            {t('task.fromShared', { field: schema ? labelAt(schema, segmentsOf(pointer), (n) => t('common.item', { n })) : pointer, source: p.kind === 'shared' ? sourceName(p.source, t) : '' })}
          </li>
        ))}
      </ul>
    </section>
  );
}

export function MaterialExtras({ material }: { material: TaskDetail['materials'][number] }) {
  const { t, lang } = usePreferences();
  const { session } = useSession();
  return (
    <>
      {material.evidence && 'eLicence' in material.evidence ? (
        <span className="hint block">{t('task.evidence', { number: material.evidence.eLicence.number, source: sourceName(material.evidence.eLicence.source, t) })}</span>
      ) : null}
      {material.owed ? <span className="badge badge-warn">{t('task.owed')}</span> : null}
      {material.commitment ? (
        <>
          <span className="block">{t('task.commitment', { who: material.commitment.signedBy, at: formatInstant(material.commitment.signedAt, lang), text: material.commitment.text })}</span>
          {material.commitment.signature ? <SignatureImage signature={material.commitment.signature} /> : null}
        </>
      ) : null}
      {material.uploads.length > 0 ? (
        <ul aria-label={t('task.uploads')}>
          {material.uploads.map((u) => (
            <li key={u.id}>
              <button type="button" className="btn btn-secondary btn-small" onClick={() => void download(u.contentUrl, u.filename, lang, session?.token)}>
                {t('task.download', { name: u.filename })}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

export function SupplementStateView({ detail }: { detail: TaskDetail }) {
  const { t, lang } = usePreferences();
  const { supplement } = detail;
  if (supplement.returns === 0 && supplement.owed.length === 0) return null;
  const owed = supplement.owed.map((id) => detail.materials.find((m) => m.materialId === id)?.name ?? id);
  return (
    <div className="alert alert-warn" data-testid="task-supplement">
      {supplement.returned ? <p>{t('task.returnedWaiting', { n: supplement.returns })}</p> : supplement.returns > 0 ? <p>{t('task.returns', { n: supplement.returns })}</p> : null}
      {owed.length > 0 ? <p>{t('task.owedWaiting', { names: owed.join(lang === 'zh' ? '、' : ', ') })}</p> : null}
    </div>
  );
}
