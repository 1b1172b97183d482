import { type Browser, type Locator, type Page } from 'playwright-core';
import { chromiumSkipNote, launchChromium } from './support/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../src/app.js';
import { createLogger } from '../src/logger.js';

/** The whole app, seeded, on an in-memory database. */
async function startTestServer(): Promise<{ url: string; close(): Promise<void> }> {
  const app = await startApp({ databasePath: ':memory:', port: 0, production: false, logger: createLogger({ level: 'silent' }) });
  return { url: new URL(app.url).origin, close: () => app.close() };
}

// Locally a missing browser only skips; under CI it must fail, or the IDE would go untested unnoticed.
const skipNote = chromiumSkipNote;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** What a page did that it should not: requests off this machine (blocked), script errors, console errors (CSP violations among them). */
interface Trouble {
  outside: string[];
  pageErrors: string[];
  consoleErrors: string[];
}

/** The text a Monaco editor shows (it draws spaces as no-break spaces). */
async function editorText(editor: Locator): Promise<string> {
  return (await editor.innerText()).replace(/\u00a0/g, ' ');
}

describe('the IDE pages in headless Chromium, with every request off this machine blocked', () => {
  let server: Awaited<ReturnType<typeof startTestServer>> | undefined;
  let browser: Browser | undefined;

  beforeAll(async () => {
    if (skipNote) return;
    server = await startTestServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string): Promise<{ page: Page; trouble: Trouble }> {
    const page = await browser!.newPage({ viewport: { width: 1400, height: 900 } });
    const trouble: Trouble = { outside: [], pageErrors: [], consoleErrors: [] };
    page.on('pageerror', (error) => trouble.pageErrors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && trouble.consoleErrors.push(message.text()));
    await page.route('**/*', async (route) => {
      const url = route.request().url();
      if (LOCAL_HOSTS.has(new URL(url).hostname)) return route.continue();
      trouble.outside.push(url);
      return route.abort('blockedbyclient');
    });
    await page.goto(`${server!.url}${path}`);
    return { page, trouble };
  }

  it('GraphiQL runs a typed query and shows the answer; its explorer and docs list the schema', async ({ skip }) => {
    skip(skipNote !== undefined, skipNote);
    const { page, trouble } = await open('/graphql');
    const queryEditor = page.locator('.graphiql-query-editor .monaco-editor');
    await expect.poll(() => editorText(queryEditor)).toContain('organizations(first: 5)');
    await queryEditor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('query Leader { organization(handle: "noc-kazakhstan") { posts(filter: { role: PRESIDENT }) { nodes { person { name } } } } }');
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => editorText(page.locator('.graphiql-response'))).toContain('"name": "Gennady Golovkin"');
    // Monaco's workers ran from this server's files (had one failed, Monaco would fall back to the page's thread).
    const workers = () => page.workers().map((worker) => new URL(worker.url()).pathname.split('/').at(-1));
    await expect.poll(workers).toEqual(expect.arrayContaining(['editor.worker.js', 'graphql.worker.js']));

    // The explorer plugin lists the root fields as checkboxes to build a query with.
    await page.getByRole('button', { name: 'Show GraphiQL Explorer' }).click();
    const explorer = page.locator('.graphiql-plugin .docExplorerWrap');
    await expect.poll(() => explorer.innerText()).toMatch(/\borganizations\b[\s\S]*\bpeople\b/);

    // The documentation explorer lists the schema's types.
    await page.getByRole('button', { name: 'Show Documentation Explorer' }).click();
    const docs = page.locator('.graphiql-doc-explorer');
    await expect.poll(() => docs.innerText()).toContain('All Schema Types');
    const listed = (await docs.innerText()).split('\n');
    expect(listed).toEqual(expect.arrayContaining(['Organization', 'Person', 'Agreement', 'PartialDate']));

    expect(trouble).toEqual({ outside: [], pageErrors: [], consoleErrors: [] });
  });

  it('/voyager draws the schema as an SVG graph with the type names on it', async ({ skip }) => {
    skip(skipNote !== undefined, skipNote);
    const { page, trouble } = await open('/voyager');
    // Graphviz draws each type as a node whose title row is its name.
    const types = page.locator('svg g.node.type .type-title text');
    await expect.poll(() => types.count(), { timeout: 20_000 }).toBeGreaterThan(20);
    expect(await types.allTextContents()).toEqual(expect.arrayContaining(['Query', 'Organization', 'Person', 'Agreement', 'Citation']));
    // The side panel lists the types with their descriptions.
    await expect.poll(() => page.getByText("The registry of the sports movement's organisations", { exact: false }).first().isVisible()).toBe(true);
    expect(trouble).toEqual({ outside: [], pageErrors: [], consoleErrors: [] });
  });
});
