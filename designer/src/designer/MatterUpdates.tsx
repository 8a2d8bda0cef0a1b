// The picked matters against the matter catalogue (事项库): a bundle draft carries its matters as they were
// when picked, and a bundle version stays pinned to them. When the catalogue has published a version
// that differs from the draft's copy, this says so — "事项有新版本" with what changes in the service
// guide's words (POST /api/matters/{id}/compare) — and offers to move the draft to it (the copy replaced
// by the latest version, GET /api/matters/{id}; saving the draft keeps it). Each picked matter also shows,
// on request, the bundles that use it (MatterUsedBy.tsx).
import { inLang } from '@onego/engine';
import type { Matter } from '@onego/schemas/types';
import { useState } from 'react';
import { ApiError } from '../api/client.ts';
import type { MatterComparison as Comparison, MatterVersion } from '../api/types.ts';
import { useApi, useResource, type Api } from '../api/useApi.ts';
import { describeError, ErrorMessage, OutcomeMessage, type Outcome } from '../components/Feedback.tsx';
import { formatInstant } from '../format.ts';
import { usePreferences } from '../i18n/preferences.tsx';
import { MatterChangeList } from './MatterChangeList.tsx';
import { UsedByDisclosure } from './MatterUsedBy.tsx';

const matterUrl = (id: string, rest = '') => `/api/matters/${encodeURIComponent(id)}${rest}`;

/** The comparison of a copy with the catalogue; undefined when the catalogue has no published version of it. */
async function compare(api: Api, matter: Matter): Promise<Comparison | undefined> {
  try {
    return (await api.post<Comparison>(matterUrl(matter.id, '/compare'), matter)).body;
  } catch (error) {
    if (error instanceof ApiError && (error.status === 404 || error.status === 422)) return undefined;
    throw error;
  }
}

function NewVersionNotice({ name, comparison, onMove }: { name: string; comparison: Comparison; onMove: () => Promise<void> }) {
  const { t, lang } = usePreferences();
  const [busy, setBusy] = useState(false);
  const { version, publishedBy, publishedAt } = comparison.latest;
  return (
    <div className="alert alert-warn" data-testid={`new-version-${comparison.id}`}>
      <p>
        <strong>{t('cat.newVersionTitle')}</strong>
      </p>
      <p>{t('cat.newVersionText', { name, version, by: publishedBy, at: formatInstant(publishedAt, lang) })}</p>
      <MatterChangeList changes={comparison.changes} limit={12} />
      <div className="actions">
        <button
          type="button"
          className="btn btn-primary"
          aria-label={t('cat.newVersionMoveNamed', { name, version })}
          aria-disabled={busy || undefined}
          onClick={() => {
            if (busy) return;
            setBusy(true);
            void onMove().finally(() => setBusy(false));
          }}
        >
          {t('cat.newVersionMove', { version })}
        </button>
      </div>
    </div>
  );
}

/** The picked matters against the catalogue; `onMove` replaces a copy with the latest version. */
export function MatterUpdates({ matters, onMove }: { matters: readonly Matter[]; onMove: (latest: Matter) => void }) {
  const { t, lang } = usePreferences();
  const api = useApi();
  const [moved, setMoved] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | undefined>();
  // Compared when the page opens, a matter is picked or removed, and after a move (not on every edit).
  const ids = matters.map((m) => m.id).join('\n');
  const comparisons = useResource(async () => Promise.all(matters.map(async (m) => [m.id, await compare(api, m)] as const)), [api, ids, moved]);
  const byId = new Map(comparisons.data ?? []);

  async function move(matter: Matter, version: number) {
    const name = inLang(matter.name, lang);
    try {
      const latest = (await api.get<MatterVersion>(matterUrl(matter.id, `?version=${version}`))).body.definition;
      onMove(latest);
      setOutcome({ ok: true, text: t('cat.newVersionMoved', { name, version }) });
      setMoved((n) => n + 1);
    } catch (error) {
      setOutcome({ ok: false, text: describeError(error, t) });
    }
  }

  if (matters.length === 0) return null;
  return (
    <section aria-labelledby="design-catalogue-versions" className="design-section">
      <h2 id="design-catalogue-versions">{t('cat.versionsTitle')}</h2>
      <p className="hint">{t('cat.versionsIntro')}</p>
      <OutcomeMessage outcome={outcome} />
      {comparisons.error ? <ErrorMessage error={comparisons.error} onRetry={comparisons.reload} /> : null}
      <ul className="plain">
        {matters.map((matter) => {
          const name = inLang(matter.name, lang);
          const comparison = byId.get(matter.id);
          return (
            <li key={matter.id} className="design-item">
              <h3>{name}</h3>
              {comparison && comparison.changes.length > 0 ? <NewVersionNotice name={name} comparison={comparison} onMove={() => move(matter, comparison.latest.version)} /> : null}
              <UsedByDisclosure matterId={matter.id} name={name} />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
