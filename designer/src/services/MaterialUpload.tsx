// Uploads one file for one material of an application (multipart, field `file`), within the material's
// limits (types and size) that the runtime checks again from the file's bytes.
import { useId, useState } from 'react';
import type { MaterialUpload, UploadLimits } from '../api/serviceTypes.ts';
import { ErrorMessage } from '../components/Feedback.tsx';
import { usePreferences } from '../i18n/preferences.tsx';
import { useSession } from '../session/session.tsx';
import { uploadFile } from './serviceApi.ts';

const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 102.4) / 10} MB` : `${Math.round(bytes / 1024)} KB`);

export function MaterialUploader(props: { applicationId: string; materialId: string; name: string; limits: UploadLimits | null; onUploaded: (upload: MaterialUpload) => void }) {
  const { t, lang } = usePreferences();
  const { session } = useSession();
  const id = useId();
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);
  const types = props.limits?.mediaTypes;

  async function upload() {
    if (!file) return setError(new Error(t('upload.chooseFile')));
    setBusy(true);
    setError(null);
    try {
      const url = `/api/applications/${encodeURIComponent(props.applicationId)}/materials/${encodeURIComponent(props.materialId)}`;
      const result = await uploadFile<MaterialUpload>(url, file, lang, session?.token);
      setDone(result.filename);
      props.onUploaded(result);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="field upload">
      <label htmlFor={id}>{t('upload.label', { name: props.name })}</label>
      {props.limits?.maxBytes ? (
        <p className="hint" id={`${id}-hint`}>
          {t('upload.limits', { types: (types ?? []).join(', '), size: sizeText(props.limits.maxBytes) })}
        </p>
      ) : null}
      <input id={id} type="file" accept={types?.join(',')} aria-describedby={props.limits?.maxBytes ? `${id}-hint` : undefined} onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
      <button type="button" className="btn btn-secondary btn-small" disabled={busy} onClick={() => void upload()}>
        {busy ? t('upload.uploading') : t('upload.button')}
      </button>
      {done ? (
        <p role="status" className="hint">
          {t('upload.done', { name: done })}
        </p>
      ) : null}
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
