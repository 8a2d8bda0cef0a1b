// Every event type the timeline can hold (the runtime's TIMELINE_EVENT_TYPES, built from the engine's
// events and statuses) has a label in the web app, in Chinese and English: a citizen or an officer never
// reads a raw code such as RECTIFICATION_OPENED.
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../designer/src/i18n/messages.ts';
import { TIMELINE_EVENT_TYPES } from '../runtime/src/db/eventLog.ts';

describe('timeline labels', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`labels every timeline event type in ${lang}`, () => {
      const messages: Record<string, string> = MESSAGES[lang];
      const missing = TIMELINE_EVENT_TYPES.filter((type) => !messages[`event.${type}`]?.trim());
      expect(missing).toEqual([]);
    });
  }
});
