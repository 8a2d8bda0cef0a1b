// The browser suites need Debian's Chromium and a Chinese font. Without them this test fails with the
// command that installs them (the suites' own setup fails too): nothing is skipped.
import { expect, it } from 'vitest';
import { openBrowser, requireBrowser } from './support/browser.ts';

it('Chromium and a Chinese font are installed, and Chromium starts', async () => {
  requireBrowser();
  const person = await openBrowser();
  try {
    await person.page.setContent('<p lang="zh-CN">一件事一次办</p>');
    expect(await person.page.textContent('p')).toBe('一件事一次办');
    expect(await person.page.evaluate(() => navigator.language)).toBe('zh-CN');
  } finally {
    await person.close();
  }
});
