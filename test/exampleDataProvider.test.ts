// The example data provider (examples/data-provider): its records agree with the sample applications of
// examples/*/samples (so that a sample submitted after prefill is the sample), and it speaks the protocol
// OneGo's HTTP data source expects.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDataProvider, type DataProvider } from '../examples/data-provider/server.ts';
import { EXAMPLE_RECORDS } from '../examples/data-provider/records.ts';

interface Sample {
  file: string;
  data: Record<string, Record<string, unknown>>;
  sharedData?: Record<string, Record<string, unknown>>;
}

const samples: Sample[] = readdirSync('examples', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .flatMap((entry) => {
    const folder = path.join('examples', entry.name, 'samples');
    if (!existsSync(folder)) return [];
    const names = readdirSync(folder).filter((name) => name.startsWith('valid-'));
    return names.map((name) => ({ file: path.join(folder, name), ...(JSON.parse(readFileSync(path.join(folder, name), 'utf8')) as Omit<Sample, 'file'>) }));
  });

const flatValues = (record: (typeof EXAMPLE_RECORDS.applicants)[number]) => Object.assign({}, ...Object.values(record.values)) as Record<string, unknown>;

describe('the example records', () => {
  it('have a record for the applicant of every valid sample, with valid-looking unique ID numbers', () => {
    for (const sample of samples) {
      const idNumber = sample.data['applicant']?.['idNumber'];
      expect(EXAMPLE_RECORDS.applicants.some((r) => r.idNumber === idNumber), sample.file).toBe(true);
    }
    const ids = EXAMPLE_RECORDS.applicants.map((r) => r.idNumber);
    expect(new Set(ids).size).toBe(ids.length);
    const subjects = EXAMPLE_RECORDS.applicants.flatMap((r) => r.subjects);
    expect(new Set(subjects).size).toBe(subjects.length);
  });

  it("agree with each sample: its data where both have a value, and everything its sharedData says the platform returns", () => {
    for (const sample of samples) {
      const record = EXAMPLE_RECORDS.applicants.find((r) => r.idNumber === sample.data['applicant']?.['idNumber']);
      if (!record) continue;
      const values = flatValues(record);
      for (const [element, value] of Object.entries(values)) {
        const [entity = '', name = ''] = element.split('.');
        const entered = sample.data[entity]?.[name];
        if (entered !== undefined) expect(value, `${sample.file} ${element}`).toEqual(entered);
      }
      for (const [entity, fields] of Object.entries(sample.sharedData ?? {})) {
        for (const [name, value] of Object.entries(fields)) expect(values[`${entity}.${name}`], `${sample.file} sharedData ${entity}.${name}`).toEqual(value);
      }
      for (const licence of record.eLicences) expect(Object.keys(EXAMPLE_RECORDS.sources)).toContain(licence.source);
      for (const source of Object.keys(record.values)) expect(Object.keys(EXAMPLE_RECORDS.sources)).toContain(source);
    }
  });
});

describe('the example provider', () => {
  let provider: DataProvider;
  let guarded: DataProvider;
  const at = new Date('2026-11-20T02:00:00.000Z');

  beforeAll(async () => {
    [provider, guarded] = await Promise.all([startDataProvider({ now: () => at }), startDataProvider({ token: 'secret' })]);
  });
  afterAll(async () => {
    await Promise.all([provider?.close(), guarded?.close()]);
  });

  const resolve = (url: string, body: unknown, headers: Record<string, string> = {}) =>
    fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

  it('answers only what was asked for, by ID number first, else by subject', async () => {
    const ask = { elements: ['household.registerNumber', 'applicant.mobile'], eLicences: ['household-register', 'business-licence'] };
    const bySubject = await resolve(provider.resolveUrl, { applicant: { subject: 'li-mingxuan' }, ...ask });
    expect(bySubject.status).toBe(200);
    expect(await bySubject.json()).toEqual({
      values: { 'household.registerNumber': { value: '410105012345', source: 'population-registry', retrievedAt: at.toISOString() } },
      eLicences: [{ type: 'household-register', number: '410105012345', source: 'e-licence-library', retrievedAt: at.toISOString() }],
    });
    const byId = (await (await resolve(provider.resolveUrl, { applicant: { subject: 'li-mingxuan', idNumber: '410103199402070282' }, ...ask })).json()) as {
      values: Record<string, { value: unknown }>;
    };
    expect(byId.values['household.registerNumber']?.value).toBe('410103067890'); // 陈思雨's household, not the subject's
    expect(await (await resolve(provider.resolveUrl, { applicant: { subject: 'nobody' }, ...ask })).json()).toEqual({ values: {}, eLicences: [] });
  });

  it('refuses a malformed request and, with a token configured, a request without it', async () => {
    expect((await resolve(provider.resolveUrl, { elements: [] })).status).toBe(400);
    expect((await resolve(provider.resolveUrl, { applicant: { subject: 'x' }, elements: 'all' })).status).toBe(400);
    expect((await resolve(guarded.resolveUrl, { applicant: { subject: 'li-mingxuan' } })).status).toBe(401);
    expect((await resolve(guarded.resolveUrl, { applicant: { subject: 'li-mingxuan' } }, { authorization: 'Bearer secret' })).status).toBe(200);
    expect((await fetch(`${guarded.url}/health`)).status).toBe(200);
  });
});
