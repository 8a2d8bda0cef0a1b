// Uploads one file for one material (multipart, field `file`) to an application or to a draft, within the
// material's limits (types and size) that the runtime checks again from the file's bytes. Accessible: the
// file input has a label and the limits as its description, everything works from the keyboard, and a
// live region says when the upload starts and ends (a progress bar shows how far it is); errors are alerts.
import { useId, useRef, useState } from 'react';
import type { UploadLimits } from '../api/types.ts';
import { ErrorMessage } from '../components/Feedback.tsx';
import { usePreferences } from '../i18n/preferences.tsx';
import { useSession } from '../session/session.tsx';
import { uploadFile } from './serviceApi.ts';

/** 1.5 MB, 300 KB: a size for people. */
export const sizeText = (bytes: number) => (bytes >= 1024 * 1024 ? `${Math.round(bytes / 1024 / 102.4) / 10} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`);

const TYPE_NAMES: Record<string, string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPG',
  'image/png': 'PNG',
  'application/ofd': 'OFD',
  'image/tiff': 'TIFF',
  'image/webp': 'WebP',
  'text/plain': 'TXT',
  'application/zip': 'ZIP',
};

/** The accepted types for people: PDF, JPG, PNG. */
const typeNames = (mediaTypes: readonly string[]) => mediaTypes.map((t) => TYPE_NAMES[t] ?? t).join(', ');

export function MaterialUploader<T extends { filename: string }>(props: { url: string; name: string; limits: UploadLimits | null; onUploaded: (upload: T) => void }) {
  const { t, lang } = usePreferences();
  const { session } = useSession();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [sent, setSent] = useState(0);
  const [error, setError] = useState<unknown>(null);
  const [status, setStatus] = useState('');
  const types = props.limits?.mediaTypes;

  async function upload() {
    if (busy) return;
    if (!file) {
      setError(new Error(t('upload.chooseFile')));
      input.current?.focus();
      return;
    }
    setBusy(true);
    setError(null);
    setSent(0);
    setStatus(t('upload.progress', { name: file.name }));
    try {
      const result = await uploadFile<T>(props.url, file, lang, session?.token, setSent);
      setStatus(t('upload.done', { name: result.filename }));
      setFile(null);
      if (input.current) input.current.value = '';
      props.onUploaded(result);
    } catch (e) {
      setStatus('');
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
          {t('upload.limits', { types: typeNames(types ?? []), size: sizeText(props.limits.maxBytes) })}
        </p>
      ) : null}
      <input
        id={id}
        ref={input}
        type="file"
        accept={types?.join(',')}
        aria-describedby={props.limits?.maxBytes ? `${id}-hint` : undefined}
        onChange={(e) => {
          setFile(e.target.files?.[0] ?? null);
          setError(null);
        }}
      />
      <button type="button" className="btn btn-secondary btn-small" disabled={busy} aria-disabled={busy} onClick={() => void upload()}>
        {busy ? t('upload.uploading') : t('upload.button')}
        <span className="visually-hidden">{` ${props.name}`}</span>
      </button>
      {busy ? <progress className="upload-progress" max={1} value={sent} aria-label={t('upload.progressLabel', { name: file?.name ?? props.name })} /> : null}
      <p role="status" className="hint upload-status">
        {status}
      </p>
      {error ? <ErrorMessage error={error} /> : null}
    </div>
  );
}
