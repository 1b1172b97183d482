/** Debian's Chromium for the browser tests: skipped where it is missing, except under CI, where its absence fails them. */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const CHROMIUM = '/usr/bin/chromium';

/** Why the browser tests are skipped here, or undefined when they run. */
export const chromiumSkipNote = existsSync(CHROMIUM) || process.env.CI ? undefined : `${CHROMIUM} is missing (apt-get install -y chromium)`;

/** Headless Chromium without background traffic of its own; `args` adds flags (a proxy, say). */
export function launchChromium(args: string[] = []): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing; CI must install Debian's chromium.`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', ...args],
  });
}
