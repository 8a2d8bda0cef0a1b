import { describe, expect, it } from 'vitest';
import { renderNotice } from '../src/index.ts';
import { loadExample } from './support/loadExample.ts';

describe('one-time notice (一次告知) of the newborn bundle', () => {
  const { compiled } = loadExample('newborn');

  it('lists every included matter with its department and in-bundle time limit', () => {
    const notice = compiled.notice();
    expect(notice.matters).toHaveLength(6);
    const hukou = notice.matters.find((m) => m.matterId === 'birth-household-registration');
    expect(hukou?.department.zh).toBe('公安局');
    expect(hukou?.timeLimit).toEqual({ days: 1, kind: 'working' });
    expect(hukou?.ownCommittedTimeLimit).toEqual({ days: 5, kind: 'working' });
    expect(hukou?.after).toEqual(['birth-medical-certificate']);
  });

  it('lists a material required by several matters once, and says which are waived and why', () => {
    const notice = compiled.notice();
    expect(notice.materials.map((m) => m.materialId)).toEqual(['parents-id-cards']);
    expect(notice.materials[0]?.requiredBy).toEqual(['birth-medical-certificate', 'birth-registration']);
    const waived = Object.fromEntries(notice.waived.map((m) => [m.materialId, m.waivedBy?.kind]));
    expect(waived).toEqual({
      'birth-medical-certificate': 'produced-in-bundle',
      'household-register': 'e-licence',
      'marriage-certificate': 'e-licence',
    });
  });

  it('asks for the materials when shared data is not available', () => {
    const notice = compiled.notice(undefined, { eLicences: [], elements: [] });
    expect(notice.materials.map((m) => m.materialId).sort()).toEqual(['household-register', 'marriage-certificate', 'parents-id-cards']);
    expect(notice.waived.map((m) => m.materialId)).toEqual(['birth-medical-certificate']);
  });

  it('gives the bundle’s committed time limit, visits and steps', () => {
    const notice = compiled.notice();
    expect(notice.timeLimit).toEqual({ days: 6, kind: 'working' });
    expect(notice.visits.count).toBe(1);
    expect(notice.steps.map((s) => s.name.zh)).toEqual(['一表申请', '并联审批', '统一发证']);
  });

  it('renders as Chinese text by default and English on request', () => {
    const zh = renderNotice(compiled.notice());
    expect(zh).toContain('新生儿出生一件事 一次告知单');
    expect(zh).toContain('二、需要提交的材料\n  1. 父母双方有效身份证件');
    expect(zh).toContain('由本件事内的“出生医学证明签发”出具');
    expect(zh).toContain('四、办理时限：6 个工作日（承诺）');
    const en = renderNotice(compiled.notice(), 'en');
    expect(en).toContain('One-time notice');
    expect(en).toContain('4. Time limit: 6 working days (committed)');
  });
});

describe('one-time notice of the school enrolment bundle', () => {
  it('needs no proof at all when shared data provides it (零证明提交, 004:879)', () => {
    const { compiled, sample } = loadExample('school-enrolment');
    const notice = compiled.notice(sample('valid-migrant-self-employed').answers);
    expect(notice.materials.filter((m) => m.required)).toEqual([]);
    expect(notice.waived.length).toBeGreaterThan(0);
  });
});
