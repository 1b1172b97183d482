import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type Browser, type Page } from 'playwright-core';
import { chromiumSkipNote, launchChromium } from './support/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from './support/app-server.js';

// Locally a missing browser only skips; under CI it must fail, or CORS would go untested in a browser.
const skipNote = chromiumSkipNote;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** A page on its own origin (another port) that calls the API as a web app would. */
async function startPageServer(): Promise<{ origin: string; close(): Promise<void> }> {
  const server: Server = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><title>another origin</title><p>A web app on another origin.</p>');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** What the page's own fetch() of the API got: the answer and the headers its script may read, or the error. */
async function fetchFromPage(page: Page, apiUrl: string) {
  return page.evaluate(async (url) => {
    try {
      // A JSON POST with a key is not a "simple" request: the browser sends a preflight first.
      const response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: 'Bearer not-a-key', 'x-request-id': 'from-the-page' },
        body: JSON.stringify({ query: '{ organization(handle: "noc-kazakhstan") { shortName } }' }),
      });
      const get = await fetch(`${url}?query=${encodeURIComponent('{ organization(handle: "noc-kazakhstan") { handle } }')}`);
      return { status: response.status, body: await response.json(), requestId: response.headers.get('x-request-id'), getBody: await get.json(), etag: get.headers.get('etag') };
    } catch (error) {
      return { error: String(error) };
    }
  }, apiUrl);
}

describe('a page on another origin calling the API in headless Chromium', () => {
  let browser: Browser | undefined;
  let pageServer: Awaited<ReturnType<typeof startPageServer>> | undefined;
  const apps: TestApp[] = [];

  beforeAll(async () => {
    if (skipNote) return;
    pageServer = await startPageServer();
    browser = await launchChromium([
      // Every request that would leave the machine goes to a proxy that is not there; Chromium
        // never proxies loopback. (page.route would block them too, but Playwright then answers
        // CORS preflights itself, and the server's own would go untested.)
      '--proxy-server=http://127.0.0.1:9',
    ]);
  });
  afterAll(async () => {
    await browser?.close();
    await pageServer?.close();
    await Promise.all(apps.map((app) => app.close()));
  });

  async function openPage(): Promise<{ page: Page; outside: string[]; consoleErrors: string[] }> {
    const page = await browser!.newPage();
    const outside: string[] = [];
    const consoleErrors: string[] = []; // Chromium reports CORS refusals here
    page.on('console', (message) => message.type() === 'error' && consoleErrors.push(message.text()));
    page.on('request', (request) => LOCAL_HOSTS.has(new URL(request.url()).hostname) || outside.push(request.url()));
    await page.goto(pageServer!.origin);
    return { page, outside, consoleErrors };
  }

  it('gets the answer under the default CORS_ORIGINS (*), after a preflight the server answered', async ({ skip }) => {
    skip(skipNote !== undefined, skipNote);
    const api = await startTestApp();
    apps.push(api);
    const { page, outside, consoleErrors } = await openPage();

    const result = await fetchFromPage(page, `${api.url}/graphql`);
    expect(result).toEqual({
      status: 200,
      body: { data: { organization: { shortName: 'NOC RK' } }, extensions: expect.any(Object) },
      requestId: 'from-the-page',
      getBody: { data: { organization: { handle: 'noc-kazakhstan' } }, extensions: expect.any(Object) },
      etag: expect.stringMatching(/^"[\w-]+"$/),
    });
    expect(api.logs.filter((l) => l.msg === 'request' && l.method === 'OPTIONS')).toEqual([expect.objectContaining({ path: '/graphql', status: 204 })]);
    expect(outside).toEqual([]);
    expect(consoleErrors).toEqual([]);
    // And the page could not have reached anything else (no-cors: only a network failure rejects).
    expect(await page.evaluate(() => fetch('http://example.org/', { mode: 'no-cors' }).then(() => 'reached', () => 'blocked'))).toBe('blocked');
    expect(outside).toEqual(['http://example.org/']);
  });

  it('is refused by the browser when CORS_ORIGINS lists other origins only', async ({ skip }) => {
    skip(skipNote !== undefined, skipNote);
    const api = await startTestApp({ env: { CORS_ORIGINS: 'https://app.example.org' } });
    apps.push(api);
    const { page, outside, consoleErrors } = await openPage();

    const result = await fetchFromPage(page, `${api.url}/graphql`);
    expect(result).toEqual({ error: expect.stringMatching(/TypeError: Failed to fetch/) });
    expect(consoleErrors.join('\n')).toMatch(/blocked by CORS policy/);
    // The preflight got no permission, so the query itself was never sent.
    expect(api.logs.filter((l) => l.msg === 'request').map((l) => l.method)).toEqual(['OPTIONS']);
    expect(outside).toEqual([]);
  });
});
