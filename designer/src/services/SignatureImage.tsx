// The signature an applicant signed a commitment (告知承诺) with, shown to them and to the officer: fetched
// with the bearer token (an <img> cannot send it), shown from memory.
import { useEffect, useState } from 'react';
import { usePreferences } from '../i18n/preferences.tsx';
import { useSession } from '../session/session.tsx';

export function SignatureImage({ signature }: { signature: { url: string; method: 'drawn' | 'typed' } }) {
  const { t, lang } = usePreferences();
  const { session } = useSession();
  const [src, setSrc] = useState<string | null>(null);
  const token = session?.token;

  useEffect(() => {
    let href: string | null = null;
    let gone = false;
    fetch(signature.url, { headers: { 'accept-language': lang === 'en' ? 'en' : 'zh-CN', ...(token ? { authorization: `Bearer ${token}` } : {}) } })
      .then(async (response) => {
        if (!response.ok || gone) return;
        href = URL.createObjectURL(await response.blob());
        if (gone) URL.revokeObjectURL(href);
        else setSrc(href);
      })
      .catch(() => undefined);
    return () => {
      gone = true;
      if (href) URL.revokeObjectURL(href);
    };
  }, [signature.url, token, lang]);

  return (
    <span className="block" data-testid="signature-image">
      {src ? <img className="signature-image" src={src} alt={t('signature.image')} width={240} height={80} /> : null}
      {signature.method === 'typed' ? <span className="hint"> {t('signature.typed')}</span> : null}
    </span>
  );
}
