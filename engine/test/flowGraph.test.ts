// bundle → graph: lanes per department, dependency edges, start and unified issuance.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bundle, Matter } from '@onego/schemas/types';
import { bundleGraph, END_NODE, ISSUANCE_NODE, START_NODE } from '../src/flow/bundleGraph.ts';

const EXAMPLE = new URL('../../examples/newborn/', import.meta.url);
const readJson = <T>(path: string): T => JSON.parse(readFileSync(new URL(path, EXAMPLE), 'utf8')) as T;
const bundle = readJson<Bundle>('bundle.json');
const matters = new Map(
  readdirSync(new URL('matters/', EXAMPLE))
    .map((file) => readJson<Matter>(`matters/${file}`))
    .map((matter) => [matter.id, matter] as const),
);

const edge = (from: string, to: string, kind: 'dependency' | 'flow') => ({ from, to, kind });

describe('bundle graph', () => {
  it('draws the newborn bundle', () => {
    const graph = bundleGraph(bundle, matters);
    expect(graph.lanes).toEqual([
      { id: 'health', label: '卫生健康委员会' },
      { id: 'police', label: '公安局' },
      { id: 'medical-insurance', label: '医疗保障局' },
      { id: 'human-resources-social-security', label: '人力资源和社会保障局' },
    ]);
    expect(graph.nodes.map((node) => node.id)).toEqual([START_NODE, ...bundle.matters.map((entry) => entry.matter), ISSUANCE_NODE, END_NODE]);
    expect(graph.nodes.find((node) => node.id === 'birth-registration')).toEqual({
      id: 'birth-registration',
      kind: 'matter',
      label: '生育登记',
      lane: 'health',
      optional: true,
      conditional: true,
    });
    expect(graph.nodes.find((node) => node.id === 'birth-medical-certificate')).not.toHaveProperty('optional');
    expect(graph.edges).toEqual(
      expect.arrayContaining([
        edge(START_NODE, 'birth-medical-certificate', 'flow'),
        edge(START_NODE, 'birth-registration', 'flow'),
        edge('birth-medical-certificate', 'vaccination-certificate', 'dependency'),
        edge('birth-medical-certificate', 'birth-household-registration', 'dependency'),
        edge('birth-household-registration', 'medical-insurance-enrolment', 'dependency'),
        edge('birth-household-registration', 'social-security-card', 'dependency'),
        edge('vaccination-certificate', ISSUANCE_NODE, 'flow'),
        edge('medical-insurance-enrolment', ISSUANCE_NODE, 'flow'),
        edge('social-security-card', ISSUANCE_NODE, 'flow'),
        edge('birth-registration', ISSUANCE_NODE, 'flow'),
        edge(ISSUANCE_NODE, END_NODE, 'flow'),
      ]),
    );
    expect(graph.edges).toHaveLength(11);
  });

  it('speaks English on request', () => {
    const graph = bundleGraph(bundle, matters, 'en');
    expect(graph.lanes[0]).toEqual({ id: 'health', label: 'Health Commission' });
    expect(graph.nodes.find((node) => node.kind === 'issuance')?.label).toBe('Unified issuance');
  });

  it('draws incomplete definitions: unknown matters without lane, unknown dependencies left out', () => {
    const draft: Bundle = { ...bundle, matters: [{ matter: 'new.matter', after: ['not-yet-there'] }] };
    const graph = bundleGraph(draft, matters);
    expect(graph.lanes).toEqual([]);
    expect(graph.nodes[1]).toEqual({ id: 'new.matter', kind: 'matter', label: 'new.matter' });
    expect(graph.edges).toEqual([edge(START_NODE, 'new.matter', 'flow'), edge('new.matter', ISSUANCE_NODE, 'flow'), edge(ISSUANCE_NODE, END_NODE, 'flow')]);
  });
});
