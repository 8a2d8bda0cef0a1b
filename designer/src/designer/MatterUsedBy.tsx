// Which bundles (一件事) use a matter of the catalogue (GET /api/matters/{id}/used-by): the published
// bundle versions pinned to one of its versions, and the bundle drafts that include it — each bundle by
// its name. Shown by the compose page for each picked matter (on request) and by the matter editor.
import { useState } from 'react';
import { useApi, useResource } from '../api/useApi.ts';
import { ErrorMessage, Loading } from '../components/Feedback.tsx';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { matterUse } from './matterApi.ts';

/** Which bundles use the matter: the published versions pinned to one of its versions, and the drafts that include it. */
export function MatterUsedBy({ matterId, name }: { matterId: string; name: string }) {
  const { t, lang } = usePreferences();
  const api = useApi();
  const use = useResource(async () => {
    const found = await matterUse(api, matterId);
    // Bundles by their names, not their ids.
    const names = new Map<string, string>();
    await Promise.all(
      [...new Set([...found.bundleVersions.map((v) => v.bundleId), ...found.bundleDrafts.map((d) => d.bundleId)])].map(async (id) => {
        try {
          names.set(id, (await api.get<{ name: string }>(`/api/bundles/${encodeURIComponent(id)}`)).body.name);
        } catch {
          names.set(id, id); // a draft never published: its id is all there is
        }
      }),
    );
    return { ...found, names };
  }, [api, matterId]);
  if (use.error) return <ErrorMessage error={use.error} onRetry={use.reload} />;
  if (!use.data) return <Loading />;
  const { bundleVersions, bundleDrafts, names } = use.data;
  if (bundleVersions.length === 0 && bundleDrafts.length === 0) return <p className="hint">{t('cat.usedByNone')}</p>;
  return (
    <ul className="plain" aria-label={t('cat.usedByShow', { name })} data-testid={`used-by-${matterId}`}>
      {bundleVersions.map((v) => (
        <li key={`${v.bundleId}@${v.bundleVersion}`}>
          {t('cat.usedByVersion', { bundle: names.get(v.bundleId) ?? v.bundleId, bundleVersion: v.bundleVersion, matterVersion: v.matterVersion })}
          {v.latestOfBundle ? t('cat.usedByLatest') : null}
        </li>
      ))}
      {bundleDrafts.map((d) => (
        <li key={`draft-${d.bundleId}`}>{t('cat.usedByDraft', { bundle: names.get(d.bundleId) ?? d.bundleId, by: d.updatedBy, at: formatInstant(d.updatedAt, lang) })}</li>
      ))}
    </ul>
  );
}

/** "查看使用此事项的一件事", loaded when opened. */
export function UsedByDisclosure({ matterId, name }: { matterId: string; name: string }) {
  const { t } = usePreferences();
  const [open, setOpen] = useState(false);
  return (
    <details onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('cat.usedByShow', { name })}</summary>
      {open ? <MatterUsedBy matterId={matterId} name={name} /> : null}
    </details>
  );
}
