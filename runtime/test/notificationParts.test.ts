// The pure parts of notifications and webhooks: webhook signatures as a receiver checks them, the retry
// schedule, and the texts of every notification type.
import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { notificationText } from '../src/notifications/notificationTexts.ts';
import { NOTIFICATION_TYPES } from '../src/notifications/notificationTypes.ts';
import { retryDelayMs } from '../src/webhooks/webhookDeliverer.ts';
import { signWebhook, verifyWebhookSignature } from '../src/webhooks/webhookSignature.ts';

describe('webhook signatures', () => {
  const secret = 'a-department-secret';
  const body = JSON.stringify({ id: 'd-1', type: 'task_assigned' });
  const t = 1_780_000_000;

  it('sign "<t>.<body>" with HMAC-SHA256, as the OpenAPI document tells receivers', () => {
    const expected = createHmac('sha256', secret).update(`${t}.${body}`).digest('hex');
    expect(signWebhook(secret, t, body)).toBe(`t=${t},v1=${expected}`);
    expect(verifyWebhookSignature(secret, signWebhook(secret, t, body), body, t + 10)).toBe(true);
  });

  it('refuse another body, another secret, a stale or future timestamp, and malformed headers', () => {
    const header = signWebhook(secret, t, body);
    expect(verifyWebhookSignature(secret, header, `${body} `, t)).toBe(false);
    expect(verifyWebhookSignature('another-secret', header, body, t)).toBe(false);
    expect(verifyWebhookSignature(secret, header, body, t + 301)).toBe(false);
    expect(verifyWebhookSignature(secret, header, body, t - 301)).toBe(false);
    for (const bad of [undefined, '', 'v1=abc', `t=${t}`, `t=${t},v1=zz`, `t=x,v1=${'0'.repeat(64)}`]) expect(verifyWebhookSignature(secret, bad, body, t), String(bad)).toBe(false);
  });
});

describe('webhook retries', () => {
  it('wait 10 s · 2^(n−1), between half and all of it, at most an hour', () => {
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, () => 0))).toEqual([5_000, 10_000, 20_000, 40_000]);
    expect([1, 2, 3, 4].map((n) => retryDelayMs(n, () => 1))).toEqual([10_000, 20_000, 40_000, 80_000]);
    expect(retryDelayMs(30, () => 1)).toBe(3_600_000);
    expect(retryDelayMs(30, () => 0)).toBe(1_800_000);
  });
});

describe('notification texts', () => {
  it('every type has a title and a body in Chinese and English', () => {
    const params = { bundleName: { zh: '新生儿出生一件事', en: 'Newborn' }, applicationNo: 'ABCD1234', matterName: { zh: '出生医学证明', en: 'Birth certificate' }, dueDate: '2026-03-03' };
    for (const type of NOTIFICATION_TYPES) {
      const text = notificationText(type, params);
      for (const value of [text.title.zh, text.title.en, text.body.zh, text.body.en]) expect(value.length, type).toBeGreaterThan(5);
      expect(text.body.zh, type).toMatch(/[\u4e00-\u9fff]/);
      expect(text.body.en, type).not.toMatch(/[\u4e00-\u9fff]/);
    }
    expect(notificationText('task_assigned', params).body.zh).toBe('「新生儿出生一件事」办件 ABCD1234 的「出生医学证明」已转到本部门，请于 2026-03-03 前办结。');
    const returned = notificationText('returned_for_supplement', { ...params, missing: [{ zh: '父母身份证', en: "Parents' ID cards" }], fieldCount: 2, comment: '照片不清晰' });
    expect(returned.body.zh).toBe('您的「新生儿出生一件事」办件 ABCD1234 的「出生医学证明」被退回补正。需补正：父母身份证。需更正 2 项填写内容。照片不清晰');
    expect(returned.body.en).toBe("Birth certificate of application ABCD1234 (Newborn) was returned to you for supplement. To supplement: Parents' ID cards. 2 answer(s) to correct. 照片不清晰");
  });
});
