// The apply flow's materials step (上传材料) and its part of the summary. For each material of the notice
// that is not waived: an upload control (to the application draft, so the files are kept with it and
// resumed with it), the files uploaded with a remove button, and — where the matters offer it — the
// choice to sign the commitment (告知承诺) instead, showing its exact text. Waived materials are listed
// with why. The summary lists how each material will be provided.
import { inLang, type NoticeMaterial, type OneTimeNotice } from '@onego/engine';
import { useState } from 'react';
import type { BundleDetail, DraftMaterialUpload } from '../api/types.ts';
import { ErrorMessage } from '../components/Feedback.tsx';
import { TableScroll } from '../components/TableScroll.tsx';
import { usePreferences } from '../i18n/preferences.tsx';
import { useSession } from '../session/session.tsx';
import { uploadLimitsOf } from '../services/materialLimits.ts';
import { MaterialUploader, sizeText } from '../services/MaterialUpload.tsx';
import { sendJson } from '../services/serviceApi.ts';
import { waiverText } from './NoticeView.tsx';
import { SignaturePad, type Signature } from './SignaturePad.tsx';

export interface MaterialsState {
  uploads: DraftMaterialUpload[];
  commitments: string[];
  /** The signature the commitments are signed with (not kept in the draft: given again on resuming). */
  signature?: Signature | null;
}

/** The commitments that count: those chosen for a material of this notice that offers one. */
export const allowedCommitments = (notice: OneTimeNotice, chosen: readonly string[]) =>
  notice.materials.filter((m) => m.commitment && chosen.includes(m.materialId)).map((m) => m.materialId);

const listOf = (items: string[], lang: 'zh' | 'en') => items.join(lang === 'zh' ? '、' : ', ');

function MaterialCard(props: {
  material: NoticeMaterial;
  notice: OneTimeNotice;
  definition: BundleDetail['definition'];
  draftId: string | null;
  state: MaterialsState;
  onChange: (next: MaterialsState) => void;
}) {
  const { material: m, state, draftId } = props;
  const { t, lang } = usePreferences();
  const { session } = useSession();
  const [status, setStatus] = useState('');
  const [error, setError] = useState<unknown>(null);
  const id = m.materialId;
  const name = inLang(m.name, lang);
  const files = state.uploads.filter((u) => u.materialId === id);
  const matterName = (matterId: string) => inLang(props.notice.matters.find((x) => x.matterId === matterId)?.name, lang) || matterId;
  const signed = state.commitments.includes(id);

  async function remove(upload: DraftMaterialUpload) {
    setError(null);
    try {
      await sendJson('DELETE', `/api/application-drafts/${encodeURIComponent(upload.draftId)}/materials/${encodeURIComponent(upload.id)}`, undefined, lang, session?.token);
      props.onChange({ ...state, uploads: state.uploads.filter((u) => u.id !== upload.id) });
      setStatus(t('materials.removed', { name: upload.filename }));
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="material-card" aria-labelledby={`material-${id}`} data-material={id}>
      <h3 id={`material-${id}`}>
        {name} <span className="badge badge-muted">{m.required ? t('materials.required') : t('materials.conditional')}</span>
        {m.key ? <span className="badge badge-info">{t('materials.key')}</span> : null}
        {m.commitment ? <span className="badge badge-ok">{t('materials.commitmentOffer')}</span> : null}
      </h3>
      <p className="hint">
        {t('materials.usedBy', { matters: listOf(m.requiredBy.map(matterName), lang) })}
        {!m.required && m.requiredWhen ? <span className="block">{t('notice.conditional', { when: inLang(m.requiredWhen, lang) })}</span> : null}
      </p>
      {files.length > 0 ? (
        <ul className="material-files" aria-label={t('materials.files')}>
          {files.map((f) => (
            <li key={f.id}>
              <span>{t('materials.file', { name: f.filename, size: sizeText(f.size) })}</span>
              <button type="button" className="btn btn-secondary btn-small" onClick={() => void remove(f)}>
                {t('materials.remove')}
                <span className="visually-hidden">{` ${f.filename}`}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <p role="status" className="hint">
        {status}
      </p>
      {error ? <ErrorMessage error={error} /> : null}
      {draftId ? (
        <MaterialUploader<DraftMaterialUpload>
          url={`/api/application-drafts/${encodeURIComponent(draftId)}/materials/${encodeURIComponent(id)}`}
          name={name}
          limits={uploadLimitsOf(props.definition, id, m.requiredBy)}
          onUploaded={(upload) => {
            setStatus('');
            props.onChange({ ...state, uploads: [...state.uploads, upload] });
          }}
        />
      ) : null}
      {m.commitment ? (
        <div className="commitment">
          <label className="choice">
            <input
              type="checkbox"
              checked={signed}
              aria-describedby={`commitment-${id}`}
              onChange={(e) => props.onChange({ ...state, commitments: e.target.checked ? [...state.commitments, id] : state.commitments.filter((x) => x !== id) })}
            />
            {t('materials.commitment')}
          </label>
          <p className="commitment-text" id={`commitment-${id}`}>
            <strong>{t('materials.commitmentText')}</strong>
            {inLang(m.commitment, lang)}
          </p>
        </div>
      ) : null}
    </section>
  );
}

export function MaterialsStep(props: {
  notice: OneTimeNotice;
  definition: BundleDetail['definition'];
  draftId: string | null;
  saving: boolean;
  saveFailed: boolean;
  onRetry: () => void;
  state: MaterialsState;
  onChange: (next: MaterialsState) => void;
  /** Commitments are chosen and not signed yet: the next step was refused. */
  signatureMissing?: boolean;
}) {
  const { t, lang } = usePreferences();
  const { notice } = props;
  const signing = allowedCommitments(notice, props.state.commitments).length > 0;
  return (
    <>
      <p>{t('materials.intro')}</p>
      {props.saving ? (
        <p role="status" className="hint">
          {t('materials.saving')}
        </p>
      ) : null}
      {props.saveFailed && !props.saving ? (
        <div className="alert alert-warn">
          <p>{t('materials.draftFailed')}</p>
          <button type="button" className="btn btn-secondary btn-small" onClick={props.onRetry}>
            {t('materials.retry')}
          </button>
        </div>
      ) : null}
      {notice.materials.length === 0 ? <p>{t('notice.noMaterials')}</p> : null}
      {notice.materials.map((m) => (
        <MaterialCard key={m.materialId} material={m} notice={notice} definition={props.definition} draftId={props.draftId} state={props.state} onChange={props.onChange} />
      ))}
      {signing ? <SignaturePad value={props.state.signature ?? null} onChange={(signature) => props.onChange({ ...props.state, signature })} invalid={props.signatureMissing === true && !props.state.signature} /> : null}
      {notice.waived.length > 0 ? (
        <section aria-labelledby="materials-waived">
          <h3 id="materials-waived">{t('materials.waivedTitle')}</h3>
          <ul className="materials">
            {notice.waived.map((m) => (
              <li key={m.materialId}>
                <strong>{inLang(m.name, lang)}</strong>
                {m.waivedBy ? <span className="hint block">{waiverText(m.waivedBy, t, lang)}</span> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}

/** The summary's list: how each material of the notice will be provided. */
export function MaterialsSummary({ notice, state }: { notice: OneTimeNotice; state: MaterialsState }) {
  const { t, lang } = usePreferences();
  const committed = allowedCommitments(notice, state.commitments);
  const rows = [
    ...notice.materials.map((m) => {
      const files = state.uploads.filter((u) => u.materialId === m.materialId).map((u) => u.filename);
      const how = [
        ...(committed.includes(m.materialId) ? [t('materials.byCommitment')] : []),
        ...(files.length > 0 ? [t('materials.byFiles', { files: listOf(files, lang) })] : []),
      ];
      return { id: m.materialId, name: inLang(m.name, lang), how: how.length > 0 ? how.join(lang === 'zh' ? '；' : '; ') : t('materials.none'), missing: how.length === 0 };
    }),
    ...notice.waived.map((m) => ({ id: m.materialId, name: inLang(m.name, lang), how: t('materials.byWaiver', { why: m.waivedBy ? waiverText(m.waivedBy, t, lang) : '' }), missing: false })),
  ];
  if (rows.length === 0) return <p>{t('materials.empty')}</p>;
  return (
    <>
      <TableScroll label={t('materials.summary')}>
        <table className="materials-summary">
          <thead>
            <tr>
              <th scope="col">{t('materials.material')}</th>
              <th scope="col">{t('materials.how')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.id} data-material={r.id}>
                <th scope="row">{r.name}</th>
                <td>{r.missing ? <span className="badge badge-warn">{r.how}</span> : r.how}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      {rows.some((r) => r.missing) ? <p className="hint">{t('materials.noneHint')}</p> : null}
    </>
  );
}
