import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../src/app.js';
import { createLogger } from '../src/logger.js';

/** The whole app, seeded, on an in-memory database. */
async function startTestServer(): Promise<{ url: string; close(): Promise<void> }> {
  const app = await startApp({ databasePath: ':memory:', port: 0, production: false, logger: createLogger({ level: 'silent' }) });
  return { url: new URL(app.url).origin, close: () => app.close() };
}

const CHROMIUM = '/usr/bin/chromium';
// Locally a missing browser only skips; under CI it must fail, or the IDE would go untested unnoticed.
const skipNote = existsSync(CHROMIUM) || process.env.CI ? undefined : `${CHROMIUM} is missing (apt-get install -y chromium)`;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

describe('the GraphiQL IDE in headless Chromium', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (skipNote) return;
    if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing; CI must install Debian's chromium.`);
    server = await startTestServer();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('runs a typed query offline and shows the answer, without errors', async ({ skip }) => {
    skip(skipNote !== undefined, skipNote);
    const page = await browser!.newPage();
    const outside: string[] = [];
    const pageErrors: string[] = [];
    const consoleErrors: string[] = []; // Chromium reports CSP violations here
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (LOCAL_HOSTS.has(new URL(url).hostname)) return route.continue();
      outside.push(url);
      return route.abort('blockedbyclient');
    });

    await page.goto(`${server!.url}/graphql`);
    const queryEditor = page.locator('.graphiql-query-editor .CodeMirror');
    await expect.poll(() => queryEditor.innerText()).toContain('organizations(first: 5)');
    await queryEditor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('query Leader { organization(handle: "noc-kazakhstan") { posts(filter: { role: PRESIDENT }) { nodes { person { name } } } } }');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => page.locator('.graphiql-response').innerText()).toContain('"name": "Gennady Golovkin"');

    // The settings dialog injects a <style> element: it must carry the page's CSP nonce.
    await page.getByRole('button', { name: 'Open settings dialog' }).click();
    await page.getByRole('dialog').waitFor();

    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
