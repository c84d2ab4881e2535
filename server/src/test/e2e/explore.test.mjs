// Browser test of the unionkg explorer, run by ExplorerBrowserTest against a server over the
// explore.trig fixture:
//
//   node explore.test.mjs <baseUrl> <screenshotPath>
//
// Drives Debian's chromium (CHROMIUM overrides /usr/bin/chromium) with playwright-core: checks the
// SPARQL string escaper against the real parser, the district and type filters, then searches for a
// union, clicks its node, expands it, checks the neighbours, and saves a screenshot. Exit code 0
// when every check passed. The page may ask nothing of any host but the server under test.
import assert from 'node:assert/strict';
import { openBrowser } from './browser.mjs';

const [base, screenshot] = process.argv.slice(2);
if (!base || !screenshot) {
  console.error('usage: node explore.test.mjs <baseUrl> <screenshotPath>');
  process.exit(2);
}

const UNION = 'https://w3id.org/unionkg/id/org/bei-jing-shi-dong-cheng-qu-zong-gong-hui';

const { page, problems, close } = await openBrowser(base);

const idle = () => page.waitForFunction(() => document.body.dataset.state === 'ready');
const texts = selector => page.$$eval(selector, els => els.map(e => e.textContent.trim()));
const nodeLabels = () => page.evaluate(() => window.unionkgExplorer.cy.nodes().map(n => n.data('label')));

async function search(q, type, district) {
  await page.fill('#search-input', q);
  await page.selectOption('#type-filter', type);
  await page.selectOption('#district-filter', { label: district });
  await idle();                 // the district change refreshes the timeline
  await page.click('#search-button');
  await idle();
  return texts('#results li button');
}

let failed = false;
try {
  await page.goto(base + '/explore');
  assert.match(page.url(), /\/explore\/$/, 'redirected to /explore/');
  await idle();

  // The escaper: each string goes to the server as a literal and must come back unchanged.
  const tricky = ['工会"} UNION { ?s ?p ?o', "a'b", 'back\\slash', 'line\nbreak\r\ttab',
                  '\\u0022 } #', '"""', '\\"', '""\'\'\\\\'];
  const echoed = await page.evaluate(async strings => {
    const { select, sparqlString } = window.unionkgExplorer;
    const out = [];
    for (const s of strings)
      out.push((await select(`SELECT (${sparqlString(s)} AS ?x) {}`))[0].x.value);
    return out;
  }, tricky);
  assert.deepEqual(echoed, tricky, 'sparqlString round trip');

  // Districts from the reference data; the timeline lists both events by date.
  const districts = await texts('#district-filter option');
  assert.ok(districts.includes('东城区') && districts.includes('朝阳区'), 'district list: ' + districts);
  const timeline = await page.textContent('#timeline');
  assert.ok(timeline.includes('2025-09-18') && timeline.includes('东城区职工职业技能竞赛决赛'), timeline);
  assert.ok(timeline.includes('2025-10') && timeline.includes('朝阳区职工运动会'), timeline);
  assert.ok(timeline.indexOf('2025-09') < timeline.indexOf('2025-10'), 'timeline in date order');

  // Filters: unions in 东城区 (the subdistrict union counts: its subdistrict is within 东城区).
  const inDongcheng = await search('总工会', 'https://w3id.org/unionkg/def#UnionBody', '东城区');
  assert.ok(inDongcheng.includes('北京市东城区总工会'), 'district filter: ' + inDongcheng);
  assert.ok(inDongcheng.includes('东城区交道口街道总工会'), 'district filter: ' + inDongcheng);
  assert.ok(!inDongcheng.includes('北京市朝阳区总工会') && !inDongcheng.includes('北京市总工会'),
            'district filter keeps out other districts: ' + inDongcheng);
  const dongchengTimeline = await page.textContent('#timeline');
  assert.ok(dongchengTimeline.includes('东城区职工职业技能竞赛决赛') && !dongchengTimeline.includes('朝阳区职工运动会'),
            'timeline of 东城区: ' + dongchengTimeline);
  const people = await search('王敏', 'http://xmlns.com/foaf/0.1/Person', '全部区');
  assert.deepEqual(people, ['王敏'], 'type filter');

  // Search for the union: its node (and the article whose headline names it) form the graph.
  const hits = await search('东城区总工会', '', '全部区');
  assert.ok(hits.includes('北京市东城区总工会'), 'search hits: ' + hits);
  assert.match(await page.textContent('#status'), /找到/);
  assert.ok((await nodeLabels()).includes('北京市东城区总工会'), 'the hit is drawn');

  // Click its node on the canvas (a real mouse click where cytoscape drew it).
  const at = await page.evaluate(iri => {
    const n = window.unionkgExplorer.cy.getElementById(iri);
    const box = document.getElementById('graph').getBoundingClientRect();
    return { x: box.left + n.renderedPosition('x'), y: box.top + n.renderedPosition('y') };
  }, UNION);
  await page.mouse.click(at.x, at.y);
  await idle();
  assert.match(await page.textContent('#details h3'), /^北京市东城区总工会/);
  assert.equal(await page.getAttribute('#resource-link', 'href'), '../id/org/bei-jing-shi-dong-cheng-qu-zong-gong-hui');
  const selected = await page.evaluate(() => window.unionkgExplorer.cy.$(':selected').map(n => n.id()));
  assert.deepEqual(selected, [UNION], 'the clicked node is selected');

  // Expand: parent, members, place, chair's post, event, article, level, shown in the list and drawn.
  await page.click('#expand-button');
  await idle();
  const neighbours = await page.$$eval('#neighbours li', lis => lis.map(li =>
    li.querySelector('.rel').textContent + ' ' + li.querySelector('button').textContent));
  for (const expected of ['上级组织 北京市总工会', '下级组织 东城区交道口街道总工会', '下级组织 北京同仁医院工会',
                          '位于 东城区', '主办的事件 东城区职工职业技能竞赛决赛', '职务 主席',
                          '被提及于 东城区总工会举办职工职业技能竞赛'])
    assert.ok(neighbours.includes(expected), `neighbour "${expected}" in ${JSON.stringify(neighbours)}`);
  assert.ok(!neighbours.some(n => n.includes('t-01-1') && !n.includes('竞赛')), 'mention records left out');
  const drawn = await nodeLabels();
  for (const label of ['北京市总工会', '东城区交道口街道总工会', '北京同仁医院工会', '东城区'])
    assert.ok(drawn.includes(label), `node ${label} drawn: ${drawn}`);
  const edges = await page.evaluate(iri => window.unionkgExplorer.cy.getElementById(iri).connectedEdges().length, UNION);
  assert.ok(edges >= 7, 'edges drawn: ' + edges);

  assert.deepEqual(problems, [], 'no console errors, no requests to other hosts');
  console.log(`explorer e2e passed: ${neighbours.length} neighbours, ${drawn.length} nodes`);
} catch (e) {
  failed = true;
  console.error(e.stack || String(e));
  if (problems.length) console.error('also: ' + problems.join('\n'));
} finally {
  await page.screenshot({ path: screenshot, fullPage: true }).catch(e => console.error('screenshot: ' + e));
  await close();
}
process.exit(failed ? 1 : 0);
