// Test support: a bundle with a charged matter (收费). No example charges a fee, so a test copy of the
// newborn example is published through the designer API with a fee on 生育登记 (optional, no dependencies,
// its 秒批 rule left out so that an officer decides it).
// The amount and basis are test values, not a real fee.
import { expect } from 'vitest';
import type { client } from './serverProcess.ts';

export const CHARGED_BUNDLE = 'henan-newborn-fee';
export const CHARGED_MATTER = 'birth-registration';
const TEST_FEE = { charged: true, amount: '12.5', basis: { zh: '测试用收费依据（非真实收费标准）', en: 'A test basis (not a real fee)' }, note: { zh: '测试用收费', en: 'A test fee' } };

interface Definition {
  bundle: Record<string, unknown>;
  matters: { id: string; autoApproval?: unknown }[];
}

/** Publishes the charged copy of the newborn bundle. */
export async function publishChargedBundle(api: ReturnType<typeof client>): Promise<void> {
  const designer = await api.login('designer', 'designer-fee');
  const newborn = (await api.get<{ definition: Definition }>('/api/bundles/henan-newborn')).body.definition;
  const definition: Definition = {
    bundle: { ...newborn.bundle, id: CHARGED_BUNDLE, name: { zh: '新生儿出生一件事（收费测试）', en: 'Newborn (fee test)' } },
    // Without its 秒批 rule: an officer decides it once paid (approves, or rejects to refund it).
    matters: newborn.matters.map((m) => (m.id === CHARGED_MATTER ? { ...m, fee: TEST_FEE, autoApproval: undefined } : m)),
  };
  const saved = await api.post<{ issues: unknown[] }>('/api/bundles', definition, designer);
  expect(saved.status, JSON.stringify(saved.body)).toBe(201);
  expect(saved.body.issues).toEqual([]);
  const published = await api.post(`/api/bundles/${CHARGED_BUNDLE}/publish`, {}, designer, { 'if-match': saved.headers.get('etag') ?? '' });
  expect(published.status, JSON.stringify(published.body)).toBe(201);
}
