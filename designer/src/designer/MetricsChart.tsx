// The before/after figures of the bundle (engine's bundleMetrics) as paired bars, with the numbers in text.
import type { BundleMetrics } from '@onego/engine';
import { usePreferences } from '../i18n/preferences.tsx';

const ROWS = ['workingDays', 'materials', 'steps', 'visits', 'fields'] as const;

export function MetricsChart({ metrics }: { metrics: BundleMetrics }) {
  const { t } = usePreferences();
  return (
    <figure className="metrics-chart">
      <figcaption>{t('dz.metricsCaption')}</figcaption>
      <dl>
        {ROWS.map((key) => {
          const { before, after } = metrics[key];
          const max = Math.max(before, after, 1);
          return (
            <div key={key} className="metric-row">
              <dt>{t(`dz.metric.${key}`)}</dt>
              <dd>
                <span className="bar-line">
                  <span className="bar before" style={{ width: `${(before / max) * 70}%` }} aria-hidden="true" />
                  <span className="bar-value">{t('dz.barBefore', { n: before })}</span>
                </span>
                <span className="bar-line">
                  <span className="bar after" style={{ width: `${(after / max) * 70}%` }} aria-hidden="true" />
                  <span className="bar-value">{t('dz.barAfter', { n: after })}</span>
                </span>
              </dd>
            </div>
          );
        })}
      </dl>
    </figure>
  );
}
