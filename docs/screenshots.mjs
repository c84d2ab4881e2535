// The README's screenshots, taken from a running server:
//
//   mvn -B -o -q -DskipTests package
//   java -Dunionkg.root=$PWD -jar cli/target/unionkg.jar demo --db /tmp/unionkg-shots --port 3199 &
//   (cd server/src/test/e2e && npm ci)          # playwright-core, no browser download
//   node docs/screenshots.mjs http://localhost:3199 docs
//   kill %1
//
// Writes explorer.png (the explorer after searching 朝阳区总工会, clicking its node and expanding it),
// resource-page.png (the HTML page of /id/org/chao-yang-qu-zong-gong-hui) and queries.png (the canned
// queries page with articles-by-journalist run for 边磊). Drives Debian's chromium (CHROMIUM overrides
// /usr/bin/chromium) with the playwright-core that the browser test installs in server/src/test/e2e;
// Chinese text needs a CJK font (fonts-wqy-zenhei or fonts-noto-cjk).
import path from 'node:path';
import { openBrowser } from '../server/src/test/e2e/browser.mjs';

const [base = 'http://localhost:3199', out = 'docs'] = process.argv.slice(2);
const UNION = 'https://w3id.org/unionkg/id/org/chao-yang-qu-zong-gong-hui';

const { page, problems, close } = await openBrowser(base);
const ready = () => page.waitForFunction(() => document.body.dataset.state === 'ready');

let failed = false;
try {
  // 1. The explorer: search, click the union's node, expand its neighbours.
  await page.goto(base + '/explore/');
  await ready();
  await page.fill('#search-input', '朝阳区总工会');
  await page.click('#search-button');
  await ready();
  const at = await page.evaluate(iri => {
    const n = window.unionkgExplorer.cy.getElementById(iri);
    if (n.empty()) throw new Error('no node ' + iri + ' after the search');
    const box = document.getElementById('graph').getBoundingClientRect();
    return { x: box.left + n.renderedPosition('x'), y: box.top + n.renderedPosition('y') };
  }, UNION);
  await page.mouse.click(at.x, at.y);
  await ready();
  await page.click('#expand-button');
  await ready();
  await page.evaluate(() => window.unionkgExplorer.cy.fit(undefined, 30));
  await page.screenshot({ path: path.join(out, 'explorer.png') });

  // 2. The union's resource page (303 from /id/ to /doc/....html).
  await page.setExtraHTTPHeaders({ Accept: 'text/html' });
  await page.goto(base + '/id/org/chao-yang-qu-zong-gong-hui');
  await page.setExtraHTTPHeaders({});
  await page.screenshot({ path: path.join(out, 'resource-page.png') });

  // 3. The canned queries page, one query run with its example parameter.
  await page.goto(base + '/queries/');
  await ready();
  const form = page.locator('#q-articles-by-journalist form');
  await form.locator('input[name=journalist]').fill('边磊');
  await form.locator('button[type=submit]').click();
  await page.waitForFunction(() =>
    document.querySelector('#q-articles-by-journalist .result')?.dataset.state === 'done');
  await page.locator('#q-articles-by-journalist').scrollIntoViewIfNeeded();
  await page.evaluate(() => window.scrollBy(0, -60));
  await page.screenshot({ path: path.join(out, 'queries.png') });
  console.log('screenshots written to ' + out);
} catch (e) {
  failed = true;
  console.error(e.stack || String(e));
} finally {
  await close();
}
process.exit(failed ? 1 : 0);
