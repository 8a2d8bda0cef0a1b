// A published bundle version as the API lists it: names in the response language, its matters with their
// departments, its committed time limit and visits.
import { inLang, type Lang } from '@onego/engine';
import type { PublishedVersion } from './bundleCatalog.ts';

export function bundleSummary(published: PublishedVersion, lang: Lang) {
  const { bundle, matters } = published.definition;
  return {
    id: published.bundleId,
    version: published.version,
    name: inLang(bundle.name, lang),
    description: inLang(bundle.description, lang) || undefined,
    region: bundle.region ? { divisionCode: bundle.region.divisionCode, name: inLang(bundle.region.name, lang) } : undefined,
    committedTimeLimit: bundle.timeLimits.committed,
    visits: bundle.visits.count,
    matters: bundle.matters.map((entry) => {
      const matter = matters.find((m) => m.id === entry.matter);
      return { id: entry.matter, name: inLang(matter?.name, lang), department: published.departments[entry.matter] ?? matter?.department.id ?? '', departmentName: inLang(matter?.department.name, lang) };
    }),
    publishedAt: published.publishedAt,
  };
}
