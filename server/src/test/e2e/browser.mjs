// Debian's chromium (CHROMIUM overrides /usr/bin/chromium) driven by playwright-core, as every browser script
// here opens it: headless, a fresh profile, and no requests to any host but the server under test.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

// The machine's network is closed: without these flags chromium keeps trying Google's hosts.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
              '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Opens a page. `problems` collects console errors, page errors and requests to other hosts than `base`
 * (those are refused); `close()` ends the browser and removes its profile.
 */
export async function openBrowser(base) {
  const profile = mkdtempSync(path.join(tmpdir(), 'unionkg-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ARGS,
    viewport: { width: 1400, height: 900 },
    locale: 'zh-CN',
  });
  context.setDefaultTimeout(60_000);      // a guard against a hung page, not a timed assertion

  const problems = [];
  await context.route('**/*', route => {
    const url = route.request().url();
    if (url.startsWith(base + '/')) return route.continue();
    problems.push('request to another host: ' + url);
    return route.abort();
  });
  const page = context.pages()[0] || await context.newPage();
  page.on('console', msg => { if (msg.type() === 'error') problems.push('console: ' + msg.text()); });
  page.on('pageerror', err => problems.push('page error: ' + err.message));

  const close = async () => {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  };
  return { page, problems, close };
}
