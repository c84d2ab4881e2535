// Browser test of the canned queries page (/queries/), run by CannedQueriesPageTest against a server
// over the five seed pages:
//
//   node queries.test.mjs <baseUrl>
//
// Drives Debian's chromium (CHROMIUM overrides /usr/bin/chromium) with playwright-core: every query of
// list.json has its card; articles-by-journalist for 边磊 shows its four articles as a table with links
// to resource pages; a value that looks like SPARQL or HTML is shown as text and finds nothing; the
// Fuseki UI link carries the query text with the form's value bound; an optional parameter left blank gives
// the whole report and filled in narrows it. Exit code 0 when every check passed.
import assert from 'node:assert/strict';
import { openBrowser } from './browser.mjs';

const [base] = process.argv.slice(2);
if (!base) {
  console.error('usage: node queries.test.mjs <baseUrl>');
  process.exit(2);
}

const { page, problems, close } = await openBrowser(base);

async function runQuery(name, values) {
  const card = page.locator('#q-' + name);
  for (const [param, value] of Object.entries(values))
    await card.locator(`input[name="${param}"]`).fill(value);
  await card.locator('button[type=submit]').click();
  await page.waitForFunction(n => ['done', 'error'].includes(document.querySelector('#q-' + n + ' .result').dataset.state), name);
  return card.locator('.result');
}

let failed = false;
try {
  await page.goto(base + '/queries');
  assert.match(page.url(), /\/queries\/$/, 'redirected to /queries/');
  await page.waitForFunction(() => document.body.dataset.state === 'ready');
  const list = await (await page.request.get(base + '/queries/list.json')).json();
  const cards = await page.$$eval('section.query', s => s.map(e => e.id));
  assert.deepEqual(cards, list.queries.map(q => 'q-' + q.name), 'a card per canned query');
  assert.equal(await page.$$eval('#toc-list li', l => l.length), list.queries.length);
  const pre = await page.textContent('#q-articles-by-journalist pre');
  assert.equal(pre, list.queries.find(q => q.name === 'articles-by-journalist').sparql, 'the SPARQL text');

  // 边磊's four articles, as a table; article IRIs link to their resource pages
  const result = await runQuery('articles-by-journalist', { journalist: '边磊' });
  assert.equal(await result.locator('.count').textContent(), '4 rows');
  assert.deepEqual(await result.locator('th').allTextContents(), ['article', 'headline', 'roles', 'page']);
  const headlines = await result.locator('tbody tr td:nth-child(2)').allTextContents();
  assert.ok(headlines.includes('以书换蔬 共建书屋'), 'headlines: ' + headlines);
  const href = await result.locator('tbody tr:first-child td:first-child a').getAttribute('href');
  assert.match(href, /^\.\.\/id\/article\/000_8c79aeed4abb6d7c-01$/);
  assert.equal((await page.request.get(new URL(href, page.url()).href, { maxRedirects: 0 })).status(), 303);

  // a value that is SPARQL or HTML is data: no rows, nothing injected into the page
  const tricky = await runQuery('articles-by-journalist', { journalist: '"} ; DROP ALL ; {" <img src=x onerror=alert(1)>' });
  assert.equal(await tricky.locator('.count').textContent(), '0 rows');
  assert.equal(await page.$$eval('img', i => i.length), 0, 'no element from a value');

  // the Fuseki UI link holds the query text with the form's value bound (not ?journalist free)
  const card = page.locator('#q-articles-by-journalist');
  await card.locator('input[name="journalist"]').fill('边磊');
  await page.waitForFunction(() => {
    const a = document.querySelector('#q-articles-by-journalist a.ui-link');
    return a.dataset.state === 'bound' && decodeURIComponent(a.href).includes('"边磊"');
  });
  const ui = await page.getAttribute('#q-articles-by-journalist a.ui-link', 'href');
  const q = new URLSearchParams(ui.slice(ui.indexOf('?') + 1)).get('query');
  assert.ok(ui.startsWith('../#/dataset/unionkg/query?query='), ui);
  assert.ok(q.includes('("边磊", "zh")'), q);
  assert.ok(!q.includes('?journalist'), 'the parameter is bound: ' + q);
  assert.notEqual(q, pre);

  // an optional parameter starts blank: the whole report; filled in, that district's rows only
  const unions = page.locator('#q-unions-by-district input[name="district"]');
  assert.equal(await unions.inputValue(), '', 'an optional field starts blank');
  assert.equal(await unions.getAttribute('required'), null, 'an optional field is not required');
  const all = await runQuery('unions-by-district', {});
  const districts = await all.locator('tbody tr td:first-child').allTextContents();
  assert.ok(new Set(districts).size > 1, 'every district: ' + districts);
  const chaoyang = await runQuery('unions-by-district', { district: '朝阳区' });
  const only = await chaoyang.locator('tbody tr td:first-child').allTextContents();
  assert.ok(only.length > 0 && only.every(d => d === '朝阳区'), 'one district: ' + only);

  assert.deepEqual(problems, [], 'no console errors, no requests to other hosts');
  console.log(`queries e2e passed: ${cards.length} queries`);
} catch (e) {
  failed = true;
  console.error(e.stack || String(e));
  if (problems.length) console.error('also: ' + problems.join('\n'));
} finally {
  await close();
}
process.exit(failed ? 1 : 0);
