// A matter's version history, newest first: the pending draft if there is one, then each published version
// (who published it, when) with a link that opens it read-only.
import { Link } from 'react-router';
import type { MatterVersions } from '../api/types.ts';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';

/** The address of a published version of a matter, shown read-only. */
const versionPath = (id: string, version: number) => `/designer/matters/${encodeURIComponent(id)}?version=${version}`;

export function MatterVersionList({ matterId, versions, viewing }: { matterId: string | undefined; versions: MatterVersions | undefined; viewing?: number }) {
  const { t, lang } = usePreferences();
  return (
    <>
      <h3>{t('dz.history')}</h3>
      {!matterId || !versions || (versions.versions.length === 0 && !versions.draft) ? (
        <p className="hint">{t('dz.noHistory')}</p>
      ) : (
        <ul className="plain version-history" data-testid="matter-versions">
          {versions.draft ? <li>{t('dz.draftHistoryLine', { by: versions.draft.updatedBy, at: formatInstant(versions.draft.updatedAt, lang) })}</li> : null}
          {versions.versions.map((v) => (
            <li key={v.version}>
              {t('designer.versionLine', { n: v.version, by: v.publishedBy, at: formatInstant(v.publishedAt, lang) })}{' '}
              {v.version === viewing ? (
                <strong>{t('mx.viewingVersion')}</strong>
              ) : (
                <Link to={versionPath(matterId, v.version)} aria-label={t('mx.viewVersionNamed', { n: v.version })}>
                  {t('mx.viewVersion')}
                </Link>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
