import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { type Browser } from 'playwright-core';
import { chromiumSkipNote, launchChromium } from './support/chromium.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApp } from '../src/app.js';
import { createLogger } from '../src/logger.js';
import { networkDot } from '../src/modules/picture/network.dot.js';
import { renderSvg } from '../src/modules/picture/network.svg.js';

const ROOT = new URL('..', import.meta.url).pathname;
// Locally a missing browser only skips; under CI it must fail, as in ide.browser.test.ts.
const skipNote = chromiumSkipNote;
const LOCAL_HOSTS = new Set(['127.0.0.1', 'localhost']);

/** The text of every <text> element of an SVG document, entities decoded as a browser would. */
const labels = (svg: string) => [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
  .map((m) => m[1]!.replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code))).replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));

describe('network pictures (GET /network/<handle>.svg)', () => {
  let app: Awaited<ReturnType<typeof startApp>>;
  let origin: string;
  beforeAll(async () => {
    app = await startApp({ databasePath: ':memory:', port: 0, production: false, logger: createLogger({ level: 'silent' }) });
    origin = new URL(app.url).origin;
  });
  afterAll(() => app.close());

  it('draws the network around an organisation with its names in the language asked for, by `lang` or Accept-Language', async () => {
    const arabic = await fetch(`${origin}/network/noc-kazakhstan.svg?lang=ar`);
    expect(arabic.status).toBe(200);
    expect(arabic.headers.get('content-type')).toBe('image/svg+xml; charset=utf-8');
    const arabicLabels = labels(await arabic.text());
    expect(arabicLabels).toEqual(expect.arrayContaining(['اللجنة الأولمبية الوطنية في كازاخستان', 'جينادي جولوفكين', 'اللجنة الأولمبية الدولية']));
    expect(arabicLabels).not.toContain('Gennady Golovkin');

    const byHeader = await fetch(`${origin}/network/noc-kazakhstan.svg`, { headers: { 'accept-language': 'ar' } });
    expect(labels(await byHeader.text())).toEqual(arabicLabels);

    const english = labels(await (await fetch(`${origin}/network/noc-kazakhstan.svg`)).text());
    expect(english).toEqual(expect.arrayContaining(['National Olympic Committee of the Republic of Kazakhstan', 'Gennady Golovkin', 'president', 'member of']));
  });

  it('goes as deep as asked, within the bounds of the GraphQL network', async () => {
    const [one, two] = await Promise.all([1, 2].map(async (depth) => labels(await (await fetch(`${origin}/network/gennady-golovkin.svg?depth=${depth}`)).text())));
    expect(one).toContain('National Olympic Committee of the Republic of Kazakhstan');
    expect(one).not.toContain('Olympic Council of Asia');
    expect(two).toContain('Olympic Council of Asia');

    const tooDeep = await fetch(`${origin}/network/gennady-golovkin.svg?depth=9`);
    expect(tooDeep.status).toBe(400);
    expect(((await tooDeep.json()) as { errors: unknown[] }).errors[0]).toMatchObject({ message: expect.stringMatching(/depth/), extensions: { code: 'BAD_USER_INPUT' } });
    const badLang = await fetch(`${origin}/network/gennady-golovkin.svg?lang=${encodeURIComponent('not a tag!')}`);
    expect(badLang.status).toBe(400);
    expect(((await badLang.json()) as { errors: unknown[] }).errors[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('answers 404 with a coded JSON error for a handle nobody has', async () => {
    for (const handle of ['nobody', '%E0%A4%A', 'noc-kazakhstan%2F..']) {
      const response = await fetch(`${origin}/network/${handle}.svg`);
      expect(response.status, handle).toBe(404);
      expect(await response.json()).toEqual({ errors: [{ message: 'No organisation or person has this handle.', extensions: { code: 'NOT_FOUND' } }] });
    }
  });

  it('draws names with quotes, backslashes and markup as they are (no DOT or SVG injection)', async () => {
    const tricky = ['Say "hi" \\N \\" end\\', '<b>bold</b> & co', 'a" ]; v9 [label="injected'];
    const dot = networkDot({
      truncated: false,
      vertices: tricky.map((name, i) => ({ __typename: i ? 'Organization' : 'Person', id: `id${i}`, name })),
      edges: [{ from: 'id0', to: 'id1', kind: 'POST', fact: { role: 'PRESIDENT' } }, { from: 'id0', to: 'id2', kind: 'SHARED_EVENT', fact: { name: 'x"\\' } }],
    }, 'title "quoted"');
    const svg = await renderSvg(dot);
    expect(labels(svg)).toEqual([tricky[0], tricky[1], 'president', tricky[2], 'x"\\']);
    expect(svg).not.toContain('<b>');
  });

  it('is what the committed README picture shows: `npm run network:svg` draws docs/astana-network.svg again, byte for byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'network-svg-'));
    try {
      const out = join(dir, 'astana.svg');
      await promisify(execFile)('npx', ['tsx', 'src/cli/network-svg.ts', '--around', 'noc-kazakhstan', '--out', out], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_PATH: ':memory:' },
      });
      expect(readFileSync(out, 'utf8')).toBe(readFileSync(join(ROOT, 'docs/astana-network.svg'), 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  describe('in headless Chromium', () => {
    let browser: Browser | undefined;
    beforeAll(async () => {
      if (skipNote) return;
      browser = await launchChromium();
    });
    afterAll(() => browser?.close());

    it('renders the Astana network with its Arabic names laid out, and nothing leaves localhost', async ({ skip }) => {
      skip(skipNote !== undefined, skipNote);
      const page = await browser!.newPage();
      const outside: string[] = [];
      await page.route('**/*', async (route) => {
        const url = route.request().url();
        if (LOCAL_HOSTS.has(new URL(url).hostname)) return route.continue();
        outside.push(url);
        return route.abort('blockedbyclient');
      });
      const response = await page.goto(`${origin}/network/noc-kazakhstan.svg?lang=ar`);
      expect(response!.status()).toBe(200);
      const shown = await page.locator('svg g.node text').allTextContents();
      expect(shown).toEqual(expect.arrayContaining(['اللجنة الأولمبية الوطنية في كازاخستان', 'رابطة اللجان الأولمبية الوطنية', 'جينادي جولوفكين']));
      // An organisation with no Arabic name of its own falls back to English, as name(lang:) does.
      expect(shown).toContain('Olympic Council of Asia');
      // Laid out, not just present: every node's label has a size on the page.
      const boxes = await page.locator('svg g.node').evaluateAll((nodes) => nodes.map((n) => (n as unknown as { getBBox(): { width: number; height: number } }).getBBox()).map((b) => b.width * b.height));
      expect(boxes.length).toBe(shown.length);
      expect(boxes.every((area) => area > 0)).toBe(true);
      expect(outside).toEqual([]);
    });
  });
});
