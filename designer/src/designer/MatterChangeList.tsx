// What changes in a matter, as its service guide reads (法定办结时限：20 个工作日 → 15 个工作日; 新增申请材料「…」):
// the runtime words each difference (GET /api/matters/{id}/changes, a catalogue import's preview); this
// puts them in sentences. Shown before an import and before moving a bundle draft to a newer version.
import type { MatterChange } from '../api/types.ts';
import { usePreferences } from '../i18n/preferences.tsx';

function useChangeText(): (change: MatterChange) => string {
  const { t, lang } = usePreferences();
  return (change) => {
    const what = change.what[lang];
    const before = change.before?.[lang];
    const after = change.after?.[lang];
    // A material added or removed is named in `what` already: its name alone is not repeated.
    const adds = (value: string | undefined) => value !== undefined && !what.includes(value);
    if (change.kind === 'added') return adds(after) ? t('cat.change.addedValue', { what, value: after ?? '' }) : t('cat.change.added', { what });
    if (change.kind === 'removed') return adds(before) ? t('cat.change.removedValue', { what, value: before ?? '' }) : t('cat.change.removed', { what });
    if (before === undefined || after === undefined) return t('cat.change.settings', { what });
    return t('cat.change.changed', { what, before, after });
  };
}

export function MatterChangeList({ changes, limit }: { changes: readonly MatterChange[]; limit?: number }) {
  const { t } = usePreferences();
  const text = useChangeText();
  const shown = limit === undefined ? changes : changes.slice(0, limit);
  return (
    <ul className="matter-changes">
      {shown.map((change, i) => (
        <li key={i}>{text(change)}</li>
      ))}
      {shown.length < changes.length ? <li>{t('cat.newVersionMore', { n: changes.length - shown.length })}</li> : null}
    </ul>
  );
}
