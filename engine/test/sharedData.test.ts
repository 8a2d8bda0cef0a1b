// 秒报 / 免提交 in the engine: what to ask the data-sharing platform for, what of its answer to accept,
// how the answer prefills the merged form and waives materials, and the provenance of submitted values.
import { describe, expect, it } from 'vitest';
import {
  acceptedResolution,
  availabilityOf,
  compileBundle,
  nothingShared,
  recordedProvenance,
  sharedDataOf,
  valueProvenance,
  withPrefill,
  type SharedDataResolution,
} from '../src/index.ts';
import { loadExample } from './support/loadExample.ts';

const AT = '2026-11-20T02:00:00.000Z';
const RECEIVED = '2026-11-20T02:00:01.000Z';
const POPULATION = 'henan-population-registry';

const newborn = loadExample('newborn');
const school = loadExample('school-enrolment');
const single = newborn.sample('valid-single-birth');

/**
 * What the example provider holds for the newborn sample's father (more than the bundle may ask for, e.g.
 * his mobile number), accepted as the runtime accepts a connector's answer: only what was asked for.
 */
function fatherAnswer(): SharedDataResolution {
  return acceptedResolution(everythingOnRecord(), newborn.compiled.sharedDataRequest(single.answers), RECEIVED);
}

function everythingOnRecord(): SharedDataResolution {
  const data = single.data as Record<string, Record<string, unknown>>;
  const values: SharedDataResolution['values'] = {};
  for (const entity of ['applicant', 'father', 'mother', 'household', 'marriage']) {
    for (const [name, value] of Object.entries(data[entity] ?? {})) values[`${entity}.${name}`] = { value: value as string, source: POPULATION, retrievedAt: AT };
  }
  return {
    values,
    eLicences: [
      { type: 'household-register', number: 'HR-410105012345', source: 'henan-e-licence-library', retrievedAt: AT },
      { type: 'marriage-certificate', number: 'J410105-2021-001234', source: 'henan-e-licence-library', retrievedAt: AT },
    ],
  };
}

describe('the shared-data request', () => {
  it('asks only for what the bundle declares and the included matters need', () => {
    const request = newborn.compiled.sharedDataRequest(single.answers);
    expect(request.elements).toEqual([
      'applicant.name',
      'applicant.idNumber',
      'applicant.address',
      'mother.name',
      'mother.idNumber',
      'mother.ethnicity',
      'father.name',
      'father.idNumber',
      'father.ethnicity',
      'household.registerNumber',
      'household.headName',
      'household.address',
      'household.divisionCode',
      'marriage.certificateNumber',
      'marriage.registrationDate',
    ]);
    // The birth medical certificate is issued by the bundle's first matter: nobody has it yet.
    expect(request.eLicences).toEqual(['household-register', 'marriage-certificate']);
  });

  it('follows the answers: fewer matters, fewer questions to the platform', () => {
    const { compiled } = school;
    const owner = compiled.sharedDataRequest(school.sample('valid-local-owner').answers);
    expect(owner.eLicences).toContain('real-estate-title');
    expect(owner.eLicences).not.toContain('residence-permit');
    expect(owner.elements).toContain('property.ownerIdNumber');
    expect(owner.elements).not.toContain('residence.permitIssuedDate');
    const migrant = compiled.sharedDataRequest(school.sample('valid-migrant-self-employed').answers);
    expect(migrant.eLicences).toEqual(expect.arrayContaining(['residence-permit', 'social-insurance-record', 'business-licence']));
    expect(migrant.elements).toContain('socialInsurance.contributionMonths');
  });

  it('asks for nothing when the bundle declares no shared data', () => {
    const bundle = { ...newborn.compiled.bundle };
    delete bundle.sharedData;
    const compiled = compileBundle({ bundle, matters: newborn.compiled.matters, dictionary: newborn.compiled.dictionary });
    expect(compiled.sharedDataRequest(single.answers)).toEqual({ elements: [], eLicences: [] });
  });
});

describe("accepting a connector's answer", () => {
  const request = { elements: ['household.registerNumber', 'household.divisionCode', 'marriage.registrationDate'], eLicences: ['household-register'] };

  it('keeps only what was asked for, well-formed', () => {
    const accepted = acceptedResolution(
      {
        values: {
          'household.registerNumber': { value: '410105012345', source: POPULATION, retrievedAt: AT },
          'household.divisionCode': { value: '410105', source: POPULATION }, // no time: when OneGo received it
          'marriage.registrationDate': { value: { year: 2021 }, source: POPULATION, retrievedAt: AT }, // not a scalar
          'mother.idNumber': { value: '410102199508230460', source: POPULATION, retrievedAt: AT }, // not asked for
        },
        eLicences: [
          { type: 'household-register', number: 'HR-1', source: 'lib', retrievedAt: 'yesterday' },
          { type: 'household-register', number: 'HR-2', source: 'lib', retrievedAt: AT }, // the first of a type counts
          { type: 'marriage-certificate', number: 'J-1', source: 'lib', retrievedAt: AT }, // not asked for
          { type: 'household-register', source: 'lib' }, // no number
        ],
      },
      request,
      RECEIVED,
    );
    expect(accepted).toEqual({
      values: {
        'household.registerNumber': { value: '410105012345', source: POPULATION, retrievedAt: AT },
        'household.divisionCode': { value: '410105', source: POPULATION, retrievedAt: RECEIVED },
      },
      eLicences: [{ type: 'household-register', number: 'HR-1', source: 'lib', retrievedAt: RECEIVED }],
    });
  });

  it('turns anything that is not an answer into nothing available', () => {
    for (const answer of [null, 'down', [], { values: [], eLicences: {} }, { values: { 'household.registerNumber': { value: '1' } } }]) {
      expect(acceptedResolution(answer, request, RECEIVED)).toEqual(nothingShared());
    }
  });

  it('gives the availability for waivers and the shared data for auto-approval rules (lists left out)', () => {
    const resolution: SharedDataResolution = {
      values: {
        'household.divisionCode': { value: '410105', source: POPULATION, retrievedAt: AT },
        'child.name': { value: '李沐辰', source: POPULATION, retrievedAt: AT },
      },
      eLicences: [{ type: 'household-register', number: 'HR-1', source: 'lib', retrievedAt: AT }],
    };
    expect(availabilityOf(resolution)).toEqual({ eLicences: ['household-register'], elements: ['household.divisionCode', 'child.name'] });
    expect(sharedDataOf(resolution, newborn.compiled.dictionary)).toEqual({ household: { divisionCode: '410105' } });
  });
});

describe('prefill (秒报) and waivers (免提交)', () => {
  const { compiled } = newborn;

  it('fills the merged form from shared data, with the provenance of each value', () => {
    const prefill = compiled.prefill(single.answers, fatherAnswer());
    expect(prefill.data['household']).toEqual(single.data['household']);
    expect(prefill.data['marriage']).toEqual(single.data['marriage']);
    expect(prefill.data['father']?.['idNumber']).toBe('410105199304120314');
    expect(prefill.provenance['/household/registerNumber']).toEqual({ element: 'household.registerNumber', source: POPULATION, retrievedAt: AT });
    // Shared but not declared by the bundle for sharing: never asked for, so never prefilled.
    expect(prefill.data['applicant']?.['mobile']).toBeUndefined();
  });

  it('does not prefill a value the form would refuse, nor a list item', () => {
    const answer = fatherAnswer();
    answer.values['household.divisionCode'] = { value: '41010', source: POPULATION, retrievedAt: AT }; // not a 6-digit code
    answer.values['child.name'] = { value: '李沐辰', source: POPULATION, retrievedAt: AT };
    const prefill = compiled.prefill(single.answers, answer);
    expect(prefill.data['household']?.['divisionCode']).toBeUndefined();
    expect(prefill.provenance['/household/divisionCode']).toBeUndefined();
    expect(prefill.data['child']).toBeUndefined();
    expect(prefill.data['household']?.['registerNumber']).toBe('410105012345');
  });

  it('prefills nothing when nothing is available', () => {
    expect(compiled.prefill(single.answers, nothingShared())).toEqual({ data: {}, provenance: {} });
  });

  it('waives in the notice and the metrics exactly the materials the connector provides', () => {
    const available = availabilityOf(fatherAnswer());
    const notice = compiled.notice(single.answers, available);
    expect(notice.materials.map((m) => m.materialId)).toEqual(['parents-id-cards']);
    expect(notice.waived.find((m) => m.materialId === 'household-register')?.waivedBy).toEqual({
      kind: 'e-licence',
      eLicence: 'household-register',
      name: { zh: '居民户口簿', en: 'Household register' },
    });
    expect(compiled.metrics(single.answers, available).materials).toEqual({ before: 9, after: 1 });

    // Only the marriage record as data elements, no e-licences: the marriage certificate is waived by shared data.
    const marriageOnly = availabilityOf({ values: { 'marriage.certificateNumber': fatherAnswer().values['marriage.certificateNumber']!, 'marriage.registrationDate': fatherAnswer().values['marriage.registrationDate']! }, eLicences: [] });
    const partly = compiled.notice(single.answers, marriageOnly);
    expect(partly.waived.find((m) => m.materialId === 'marriage-certificate')?.waivedBy).toEqual({ kind: 'shared-data', elements: ['marriage.certificateNumber', 'marriage.registrationDate'] });
    expect(partly.materials.map((m) => m.materialId).sort()).toEqual(['household-register', 'parents-id-cards']);

    const down = availabilityOf(nothingShared());
    expect(compiled.notice(single.answers, down).materials.map((m) => m.materialId).sort()).toEqual(['household-register', 'marriage-certificate', 'parents-id-cards']);
    expect(compiled.metrics(single.answers, down).materials).toEqual({ before: 9, after: 3 });
  });
});

describe('provenance of submitted values', () => {
  const { compiled } = newborn;
  const prefill = compiled.prefill(single.answers, fatherAnswer());

  it('fills what the applicant left out, and keeps what they entered', () => {
    const entered = { ...single.data };
    delete entered['household'];
    delete entered['marriage'];
    const applicant = { ...(single.data['applicant'] as object), address: '河南省郑州市二七区大学路80号' };
    const submitted = withPrefill({ ...entered, applicant }, prefill);
    expect(submitted['household']).toEqual(single.data['household']);
    expect(submitted['marriage']).toEqual(single.data['marriage']);
    expect((submitted['applicant'] as Record<string, unknown>)['address']).toBe('河南省郑州市二七区大学路80号');
    expect(compiled.validate(single.answers, submitted).valid).toBe(true);
  });

  it('records shared values, and entered ones that override a shared value', () => {
    const applicant = { ...(single.data['applicant'] as object), address: '河南省郑州市二七区大学路80号' };
    const submitted = withPrefill({ ...single.data, applicant }, prefill);
    const recorded = recordedProvenance(submitted, prefill);
    expect(recorded['/household/registerNumber']).toEqual({ kind: 'shared', element: 'household.registerNumber', source: POPULATION, retrievedAt: AT });
    expect(recorded['/applicant/address']).toEqual({ kind: 'entered', overrides: { element: 'applicant.address', source: POPULATION, retrievedAt: AT } });
    expect(recorded['/applicant/mobile']).toBeUndefined(); // never prefilled: implicitly entered

    const all = valueProvenance(submitted, recorded);
    expect(all['/applicant/mobile']).toEqual({ kind: 'entered' });
    expect(all['/child/0/name']).toEqual({ kind: 'entered' });
    expect(all['/matters/birth-medical-certificate/deliveryHospital']).toEqual({ kind: 'entered' });
    expect(all['/household/registerNumber']?.kind).toBe('shared');
    expect(Object.keys(all)).toHaveLength(valueCount(submitted));
  });

  it('without shared data, every value is entered', () => {
    const recorded = recordedProvenance(single.data, compiled.prefill(single.answers, nothingShared()));
    expect(recorded).toEqual({});
    expect(Object.values(valueProvenance(single.data, recorded)).every((p) => p.kind === 'entered')).toBe(true);
  });
});

function valueCount(data: unknown): number {
  if (Array.isArray(data)) return data.reduce((n: number, item) => n + valueCount(item), 0);
  if (typeof data === 'object' && data !== null) return Object.values(data).reduce((n: number, item) => n + valueCount(item), 0);
  return 1;
}
