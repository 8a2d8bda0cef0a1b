// A real browser for the end-to-end suites: Debian's Chromium driven by playwright-core, one persistent
// context per person in a fresh profile folder (zh-CN, China Standard Time), axe checks and screenshots.
// A missing Chromium or CJK font fails the suite with what to install — it never skips.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { expect } from 'vitest';

const CHROMIUM = process.env['ONEGO_CHROMIUM'] ?? '/usr/bin/chromium';
const SCREENSHOTS = path.join('test-results', 'screenshots');
const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Throws, with the command that fixes it, when Chromium or a Chinese font is missing. */
export function requireBrowser(): void {
  if (!existsSync(CHROMIUM)) {
    throw new Error(
      `Chromium is not installed at ${CHROMIUM}: the browser tests need it and never skip. ` +
        'Install it with `apt-get install -y chromium fonts-noto-cjk` (.ci/run does), or point ONEGO_CHROMIUM at a Chromium binary.',
    );
  }
  let chineseFonts: string;
  try {
    chineseFonts = execFileSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  } catch {
    chineseFonts = '';
  }
  if (chineseFonts.trim() === '') {
    throw new Error('No Chinese font is installed: pages would render boxes. Install it with `apt-get install -y fonts-noto-cjk` (.ci/run does).');
  }
}

export interface Person {
  context: BrowserContext;
  page: Page;
  /** What the app asked for and was answered 404 (Chromium reports each as a console error). */
  notFound: string[];
  close(): Promise<void>;
}

/**
 * A person at their own browser: a persistent context in a fresh profile, the page's clock fixed at
 * `now` when given (so that working days left are those of the server's test clock).
 */
export async function openBrowser(options: { now?: Date; width?: number } = {}): Promise<Person> {
  requireBrowser();
  const profile = mkdtempSync(path.join(tmpdir(), 'onego-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ARGS,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  context.setDefaultTimeout(30_000);
  if (options.now) await context.clock.setFixedTime(options.now);
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  // The app must work under the server's Content-Security-Policy: Chromium reports what it refused.
  const refusedByPolicy: string[] = [];
  context.on('console', (message) => {
    if (message.type() === 'error' && /Content Security Policy/i.test(message.text())) refusedByPolicy.push(message.text());
  });
  const notFound: string[] = [];
  context.on('response', (response) => {
    if (response.status() === 404) notFound.push(`${response.request().method()} ${new URL(response.url()).pathname}`);
  });
  return {
    context,
    page,
    notFound,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      expect(errors, 'uncaught errors in the page').toEqual([]);
      expect(refusedByPolicy, 'what the Content-Security-Policy refused').toEqual([]);
    },
  };
}

/** Axe with the WCAG 2.1 A/AA rules: no serious or critical violation on the page as it is now. */
async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const grave = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(grave, `axe on ${where}`).toEqual([]);
}

/** A full-page screenshot in test-results/screenshots/<name>.png (the CI keeps test-results/). */
async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Checks axe and saves a screenshot: what every page visited gets. */
export async function visit(page: Page, name: string): Promise<void> {
  await expectAccessible(page, name);
  await screenshot(page, name);
}

/** Presses Tab (keyboard only) until the element has the focus; fails after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Whether the focused element is inside (or is) the element. */
const hasFocusWithin = (target: Locator) => target.evaluate((element) => element.contains(document.activeElement));

/**
 * Chooses a radio button of a group with the keyboard alone: Tab into the group (which focuses its
 * checked button, or the first), then the arrow keys, or Space on an unchecked focused button.
 */
export async function chooseRadio(page: Page, group: Locator, option: Locator, max = 80): Promise<void> {
  for (let i = 0; i < max && !(await hasFocusWithin(group)); i++) await page.keyboard.press('Tab');
  if (!(await hasFocusWithin(group))) throw new Error(`Tab never reached ${group.toString()}`);
  for (let i = 0; i < 10; i++) {
    if (await option.isChecked()) return;
    if (await option.evaluate((element) => element === document.activeElement)) await page.keyboard.press('Space');
    else await page.keyboard.press('ArrowDown');
  }
  throw new Error(`the arrow keys never checked ${option.toString()}`);
}
