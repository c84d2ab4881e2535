// The unionkg explorer: search the graph, draw the result with cytoscape.js, expand neighbours,
// filter by type and district, and list events by date. Plain browser JavaScript, no build step.
//
// Two rules keep text from the newspapers and from the search box harmless:
//  1. Every value reaches the DOM through textContent, new Option(...) or an href this file
//     builds from an IRI it checked; never through innerHTML. cytoscape draws labels on a canvas.
//  2. Every value reaches SPARQL through sparqlString() (a string literal with the SPARQL escapes)
//     or iriRef() (refuses characters an IRI may not hold); never by pasting it into the query.
'use strict';

(function () {
  const body = document.body;
  const ENDPOINT = body.dataset.endpoint;     // ../unionkg/query
  const ID_BASE = body.dataset.idBase;        // https://w3id.org/unionkg/id/
  const PAGES = body.dataset.pages;           // ../id/  (the resource pages)

  const NS = {
    rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
    rdfs: 'http://www.w3.org/2000/01/rdf-schema#',
    skos: 'http://www.w3.org/2004/02/skos/core#',
    schema: 'https://schema.org/',
    org: 'http://www.w3.org/ns/org#',
    foaf: 'http://xmlns.com/foaf/0.1/',
    sem: 'http://semanticweb.cs.vu.nl/2009/11/sem/',
    ukg: 'https://w3id.org/unionkg/def#',
    text: 'http://jena.apache.org/text#',
  };
  const PREFIXES = Object.entries(NS).map(([p, iri]) => `PREFIX ${p}: <${iri}>`).join('\n') + '\n';

  // What a node is, by its first rdf:type found in this list (order matters: a union body is also
  // an org:Organization, a district also a ukg:Place).
  const KINDS = [
    { key: 'union', name: '工会', color: '#c0392b', types: ['ukg:UnionBody'] },
    { key: 'person', name: '人物', color: '#2471a3', types: ['foaf:Person'] },
    { key: 'event', name: '事件', color: '#d68910', types: ['ukg:Event', 'sem:Event'] },
    { key: 'place', name: '地点', color: '#1e8449',
      types: ['ukg:District', 'ukg:Subdistrict', 'ukg:Venue', 'ukg:Place'] },
    { key: 'org', name: '机构', color: '#7d3c98', types: ['org:FormalOrganization', 'org:Organization'] },
    { key: 'honour', name: '荣誉', color: '#b7950b', types: ['ukg:Honour', 'ukg:HonourAward'] },
    { key: 'article', name: '文章', color: '#566573', types: ['schema:NewsArticle'] },
    { key: 'post', name: '职务', color: '#5d6d7e', types: ['org:Membership'] },
    { key: 'concept', name: '概念', color: '#95a5a6', types: ['skos:Concept'] },
  ].map(k => ({ ...k, types: k.types.map(expand) }));
  const OTHER = { key: 'other', name: '其他', color: '#aab7b8', types: [] };

  // Names for the links the neighbour list shows: [outgoing, incoming]. Others show their local name.
  const RELATIONS = {
    'org:subOrganizationOf': ['上级组织', '下级组织'],
    'ukg:unionOf': ['所属单位', '工会'],
    'ukg:locatedIn': ['位于', '所在机构'],
    'ukg:within': ['属于', '包含'],
    'sem:hasPlace': ['地点', '在此的事件'],
    'schema:organizer': ['主办方', '主办的事件'],
    'sem:hasActor': ['参与者', '参与的事件'],
    'org:member': ['成员', '职务'],
    'org:organization': ['机构', '职务'],
    'org:role': ['职务名称', '担任者'],
    'schema:mentions': ['提及', '被提及于'],
    'schema:author': ['作者', '撰写'],
    'schema:subjectOf': ['报道', '报道的事件'],
    'ukg:eventType': ['事件类型', '事件'],
    'ukg:level': ['级别', '该级别的工会'],
    'ukg:awardee': ['获奖者', '获奖'],
    'ukg:honour': ['荣誉', '授予'],
    'ukg:onPage': ['版面', '文章'],
    'schema:isPartOf': ['所属', '包含'],
    'schema:hasPart': ['包含', '所属'],
    'ukg:credit': ['署名', '署名于'],
    'ukg:creditedPerson': ['署名人', '署名'],
  };

  function expand(curie) {
    const i = curie.indexOf(':');
    return NS[curie.slice(0, i)] + curie.slice(i + 1);
  }

  // ---- SPARQL

  /**
   * A SPARQL string literal holding s exactly: STRING_LITERAL2 ("...") with the ECHAR escapes of
   * SPARQL 1.1 (section 19.7). Backslash first, then the quotes and the line breaks a user can paste.
   * Because the backslash itself is escaped, a typed "\u0022" stays text and cannot close the string.
   */
  function sparqlString(s) {
    const ESC = { '\\': '\\\\', '"': '\\"', "'": "\\'", '\n': '\\n', '\r': '\\r', '\t': '\\t',
                  '\b': '\\b', '\f': '\\f' };
    return '"' + String(s).replace(/[\\"'\n\r\t\b\f]/g, c => ESC[c]) + '"';
  }

  /** <iri>, refusing the characters SPARQL's IRIREF excludes (the IRIs come from the store). */
  function iriRef(iri) {
    if (typeof iri !== 'string' || /[\u0000-\u0020<>"{}|^`\\]/.test(iri))
      throw new Error('not an IRI: ' + iri);
    return '<' + iri + '>';
  }

  /** A Lucene phrase for jena-text (inside the SPARQL string): quotes and backslashes escaped. */
  function lucenePhrase(s) {
    return '"' + s.replace(/[\\"]/g, c => '\\' + c) + '"';
  }

  /** SELECT over the SPARQL protocol: POST, form-encoded, JSON results. Returns the bindings. */
  async function select(query) {
    const response = await fetch(ENDPOINT, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8',
        'Accept': 'application/sparql-results+json',
      },
      body: new URLSearchParams({ query: PREFIXES + query }),
    });
    if (!response.ok)
      throw new Error(`查询失败 (HTTP ${response.status}): ${(await response.text()).slice(0, 300)}`);
    return (await response.json()).results.bindings;
  }

  const value = (row, name) => (row[name] ? row[name].value : undefined);

  /** The SPARQL patterns for the type and district filters, applied to ?var. */
  function filterPatterns(v, filters) {
    let p = '';
    if (filters.type)
      p += `  ${v} rdf:type/rdfs:subClassOf* ${iriRef(filters.type)} .\n`;
    if (filters.district)   // an org located in a subdistrict of the district counts too
      p += `  ${v} (ukg:locatedIn|sem:hasPlace|ukg:within)/ukg:within* ${iriRef(filters.district)} .\n`;
    return p;
  }

  /**
   * Full-text search with the jena-text index (CJK analyser over labels and headlines), when the
   * store has one. Without an index, text:query matches nothing (or the server rejects it), and
   * search() falls back to containsQuery().
   */
  function textQuery(q, filters) {
    const phrase = sparqlString(lucenePhrase(q));
    return `SELECT ?s (MAX(?sc) AS ?score) WHERE {
  { (?s ?sc) text:query (rdfs:label ${phrase} 100) }
  UNION { (?s ?sc) text:query (skos:altLabel ${phrase} 100) }
  UNION { (?s ?sc) text:query (schema:headline ${phrase} 100) }
${filterPatterns('?s', filters)}} GROUP BY ?s ORDER BY DESC(?score) LIMIT 50`;
  }

  /** Substring search over labels, other names and headlines: a scan, fine for a small store. */
  function containsQuery(q, filters) {
    return `SELECT ?s (MIN(STRLEN(?text)) AS ?len) WHERE {
  ?s rdfs:label|skos:altLabel|schema:headline ?text .
  FILTER(CONTAINS(STR(?text), ${sparqlString(q)}))
${filterPatterns('?s', filters)}} GROUP BY ?s ORDER BY ?len LIMIT 50`;
  }

  /** Labels and types of some nodes, into the node table. */
  async function describe(iris) {
    const todo = iris.filter(iri => !nodes.has(iri) || !nodes.get(iri).described);
    if (!todo.length) return;
    const rows = await select(`SELECT ?s ?label ?type WHERE {
  VALUES ?s { ${todo.map(iriRef).join(' ')} }
  { ?s rdfs:label|schema:headline|ukg:roleText ?label } UNION { ?s rdf:type ?type }
}`);
    for (const iri of todo) node(iri).described = true;
    for (const row of rows) addFacts(value(row, 's'), row.label, value(row, 'type'));
  }

  // ---- the node table (IRI -> label, types) and the graph

  const nodes = new Map();

  function node(iri) {
    if (!nodes.has(iri)) nodes.set(iri, { iri, labels: [], types: new Set(), described: false });
    return nodes.get(iri);
  }

  function addFacts(iri, labelTerm, type) {
    const n = node(iri);
    if (labelTerm && !n.labels.some(l => l.value === labelTerm.value)) n.labels.push(labelTerm);
    if (type) n.types.add(type);
  }

  /** The Chinese label if there is one, else any label, else the IRI's last segment. */
  function labelOf(iri) {
    const n = nodes.get(iri);
    const labels = n ? n.labels : [];
    const zh = labels.find(l => (l['xml:lang'] || '').startsWith('zh'));
    const chosen = zh || labels.find(l => !l['xml:lang']) || labels[0];
    return chosen ? chosen.value : localName(iri);
  }

  function kindOf(iri) {
    const types = nodes.has(iri) ? nodes.get(iri).types : new Set();
    return KINDS.find(k => k.types.some(t => types.has(t))) || OTHER;
  }

  function localName(iri) {
    return iri.replace(/^.*[#/]/, '') || iri;
  }

  function relationName(predicate, direction) {
    for (const [curie, names] of Object.entries(RELATIONS))
      if (expand(curie) === predicate) return direction === 'out' ? names[0] : names[1];
    return (direction === 'out' ? '' : '← ') + localName(predicate);
  }

  /** The resource page of an IRI under https://w3id.org/unionkg/id/, as a link on this server. */
  function pageOf(iri) {
    if (!iri.startsWith(ID_BASE)) return null;
    const path = iri.slice(ID_BASE.length);
    if (!/^[A-Za-z0-9._~\-\/%]+$/.test(path)) return null;   // minted IRIs are ASCII slugs
    return PAGES + path;
  }

  const cy = cytoscape({
    container: document.getElementById('graph'),
    style: [
      { selector: 'node', style: {
        'label': 'data(label)', 'background-color': 'data(color)', 'color': '#222',
        'font-size': 11, 'text-valign': 'bottom', 'text-margin-y': 3,
        'text-wrap': 'ellipsis', 'text-max-width': '150px', 'width': 22, 'height': 22,
        'text-background-color': '#fcfcfb', 'text-background-opacity': 0.8 } },
      { selector: 'node.hit', style: { 'width': 30, 'height': 30, 'font-weight': 'bold' } },
      { selector: 'node:selected', style: { 'border-width': 3, 'border-color': '#111' } },
      { selector: 'edge', style: {
        'curve-style': 'bezier', 'width': 1.2, 'line-color': '#b3b6c2',
        'target-arrow-shape': 'triangle', 'target-arrow-color': '#b3b6c2', 'arrow-scale': 0.8,
        'label': 'data(label)', 'font-size': 8, 'color': '#778', 'text-rotation': 'autorotate' } },
    ],
  });

  function short(text, max) {
    return text.length > max ? text.slice(0, max - 1) + '…' : text;
  }

  /** Add (or refresh) a node in the graph; returns the cytoscape element. */
  function drawNode(iri, position) {
    const data = { id: iri, label: short(labelOf(iri), 22), color: kindOf(iri).color };
    const existing = cy.getElementById(iri);
    if (existing.nonempty()) { existing.data(data); return existing; }
    return cy.add({ group: 'nodes', data, position: position || { x: 0, y: 0 } });
  }

  function drawEdge(s, p, o) {
    const id = s + ' ' + p + ' ' + o;
    if (cy.getElementById(id).empty())
      cy.add({ group: 'edges', data: { id, source: s, target: o, label: relationName(p, 'out') } });
  }

  /** Lay the graph out again; a few nodes should not fill the screen, hence the zoom cap. */
  function layout() {
    cy.layout({ name: 'cose', animate: false, randomize: false, fit: true, padding: 40,
                nodeRepulsion: () => 60000, idealEdgeLength: () => 140, nodeOverlap: 40,
                componentSpacing: 120 }).run();
    if (cy.zoom() > 1.1) {
      cy.zoom(1.1);
      cy.center();
    }
    markTimeline();
  }

  /** Bold the timeline's events that are in the graph. */
  function markTimeline() {
    for (const b of document.querySelectorAll('#timeline button'))
      b.classList.toggle('in-graph', cy.getElementById(b.title).nonempty());
  }

  // ---- search

  async function search(q, filters) {
    let how = '全文索引';
    let hits;
    try {
      hits = subjects(await select(textQuery(q, filters)));
    } catch (e) {
      hits = [];     // the server knows no text:query: fall back
    }
    if (!hits.length) {
      how = '字符串匹配';
      hits = subjects(await select(containsQuery(q, filters)));
    }
    await describe(hits);
    return { hits, how };
  }

  /**
   * The IRIs bound to ?s. A GROUP BY over no solutions still answers one row with ?s unbound
   * (ARQ), so rows are not hits.
   */
  function subjects(rows) {
    return rows.map(r => r.s).filter(t => t && t.type === 'uri').map(t => t.value);
  }

  /** Links among the hits, so that the result is a graph and not a scatter of dots. */
  async function linksAmong(iris) {
    if (iris.length < 2) return [];
    const values = iris.map(iriRef).join(' ');
    return select(`SELECT DISTINCT ?s ?p ?o WHERE {
  VALUES ?s { ${values} } VALUES ?o { ${values} }
  ?s ?p ?o . FILTER(?s != ?o)
}`);
  }

  async function runSearch() {
    const q = document.getElementById('search-input').value.trim();
    if (!q) return;
    const filters = currentFilters();
    await busy(async () => {
      setStatus('搜索中…');
      const { hits, how } = await search(q, filters);
      cy.elements().remove();
      hits.forEach((iri, i) => drawNode(iri, { x: (i % 6) * 120, y: Math.floor(i / 6) * 90 }).addClass('hit'));
      for (const row of await linksAmong(hits))
        drawEdge(value(row, 's'), value(row, 'p'), value(row, 'o'));
      layout();
      showResults(hits);
      setStatus(hits.length ? `找到 ${hits.length} 个（${how}）` : `没有找到“${q}”`);
      showDetails(null);
      await refreshTimeline(filters);
    });
  }

  function showResults(hits) {
    const list = document.getElementById('results');
    list.replaceChildren(...hits.map(iri => {
      const li = document.createElement('li');
      li.append(kindBadge(iri), nodeButton(iri));
      return li;
    }));
  }

  /** A button with a node's label that selects it in the graph (adding it if needed). */
  function nodeButton(iri) {
    const b = document.createElement('button');
    b.type = 'button';
    b.className = 'link';
    b.textContent = labelOf(iri);
    b.title = iri;
    b.addEventListener('click', () => busy(() => focus(iri, true)));
    return b;
  }

  function kindBadge(iri) {
    const kind = kindOf(iri);
    const span = document.createElement('span');
    span.className = 'kind';
    span.style.backgroundColor = kind.color;
    span.textContent = kind.name;
    return span;
  }

  /** Select a node (adding it to the graph if it is not there) and show its details. */
  async function focus(iri, centre) {
    await describe([iri]);
    let el = cy.getElementById(iri);
    if (el.empty()) {
      const e = cy.extent();
      el = drawNode(iri, { x: (e.x1 + e.x2) / 2, y: (e.y1 + e.y2) / 2 });
    }
    cy.$(':selected').unselect();
    el.select();
    if (centre) cy.center(el);
    showDetails(iri);
  }

  // ---- expand a node

  /**
   * A node's links both ways, to web IRIs only (blank nodes such as counts, and the source file's
   * file: IRI, stay on the resource page), leaving out rdf:type (shown as colour) and mention
   * records (the evidence, also on the resource page).
   */
  async function neighbours(iri) {
    const rows = await select(`SELECT DISTINCT ?p ?dir ?o WHERE {
  { ${iriRef(iri)} ?p ?o . BIND("out" AS ?dir) }
  UNION
  { ?o ?p ${iriRef(iri)} . BIND("in" AS ?dir) }
  FILTER(isIRI(?o) && STRSTARTS(STR(?o), "http") && ?p != rdf:type && ?p != ukg:mentionOf)
} LIMIT 200`);
    const links = rows.map(r => ({ p: value(r, 'p'), dir: value(r, 'dir'), o: value(r, 'o') }));
    await describe(links.map(l => l.o));
    return links;
  }

  async function expandNode(iri) {
    setStatus('展开中…');
    const links = await neighbours(iri);
    const centre = cy.getElementById(iri).position();
    links.forEach((l, i) => {
      const angle = (2 * Math.PI * i) / Math.max(links.length, 1);
      drawNode(l.o, { x: centre.x + 140 * Math.cos(angle), y: centre.y + 140 * Math.sin(angle) });
      if (l.dir === 'out') drawEdge(iri, l.p, l.o); else drawEdge(l.o, l.p, iri);
    });
    layout();
    showDetails(iri, links);
    setStatus(`“${labelOf(iri)}”有 ${links.length} 条关系`);
  }

  // ---- the details panel

  function showDetails(iri, links) {
    const panel = document.getElementById('details-body');
    if (!iri) {
      const hint = document.createElement('p');
      hint.className = 'hint';
      hint.textContent = '点击图中的节点查看详情，再展开它的邻居。';
      panel.replaceChildren(hint);
      return;
    }
    const title = document.createElement('h3');
    title.textContent = labelOf(iri);
    title.append(kindBadge(iri));
    const iriLine = document.createElement('div');
    iriLine.className = 'iri';
    iriLine.textContent = iri;

    const actions = document.createElement('div');
    actions.className = 'actions';
    const expandButton = document.createElement('button');
    expandButton.id = 'expand-button';
    expandButton.type = 'button';
    expandButton.textContent = '展开邻居';
    expandButton.addEventListener('click', () => busy(() => expandNode(iri)));
    actions.append(expandButton);
    const page = pageOf(iri);
    if (page) {
      const a = document.createElement('a');
      a.id = 'resource-link';
      a.href = page;
      a.textContent = '打开资源页';
      actions.append(a);
    }
    panel.replaceChildren(title, iriLine, actions);

    if (links) {
      const list = document.createElement('ul');
      list.id = 'neighbours';
      for (const l of links) {
        const li = document.createElement('li');
        const rel = document.createElement('span');
        rel.className = 'rel';
        rel.textContent = relationName(l.p, l.dir);
        li.append(rel, nodeButton(l.o));
        list.append(li);
      }
      panel.append(list);
    }
  }

  cy.on('tap', 'node', evt => busy(() => focus(evt.target.id(), false)));

  // ---- filters and the timeline

  function currentFilters() {
    return {
      type: document.getElementById('type-filter').value || null,
      district: document.getElementById('district-filter').value || null,
    };
  }

  async function loadDistricts() {
    const rows = await select(`SELECT ?d (SAMPLE(?l) AS ?label) WHERE {
  ?d rdf:type ukg:District ; rdfs:label ?l . FILTER(LANGMATCHES(LANG(?l), "zh") || LANG(?l) = "")
} GROUP BY ?d ORDER BY ?label`);
    const select_ = document.getElementById('district-filter');
    for (const row of rows.filter(r => r.d && r.label))
      select_.add(new Option(value(row, 'label'), value(row, 'd')));
  }

  /** Events with a date (xsd:date, gYearMonth or gYear), in the chosen district if there is one. */
  async function refreshTimeline(filters) {
    const rows = await select(`SELECT ?e (MIN(STR(?d)) AS ?date) (SAMPLE(?l) AS ?label) WHERE {
  ?e rdf:type ukg:Event ; ukg:date ?d .
  OPTIONAL { ?e rdfs:label ?l }
${filterPatterns('?e', { district: filters.district })}} GROUP BY ?e ORDER BY ?date ?label LIMIT 500`);
    const byMonth = new Map();
    for (const row of rows.filter(r => r.e && r.date)) {   // (no events: one row, all unbound)
      const month = value(row, 'date').slice(0, 7);      // 2025-09 (a gYear stays 2025)
      if (!byMonth.has(month)) byMonth.set(month, []);
      byMonth.get(month).push(row);
    }
    const most = Math.max(1, ...[...byMonth.values()].map(r => r.length));
    const timeline = document.getElementById('timeline');
    const cells = [];
    for (const [month, events] of byMonth) {
      const period = document.createElement('div');
      period.className = 'period';
      period.textContent = month;
      const right = document.createElement('div');
      const bar = document.createElement('div');
      bar.className = 'bar';
      bar.style.width = (100 * events.length / most) + '%';
      bar.title = events.length + ' 个事件';
      const list = document.createElement('div');
      list.className = 'events';
      for (const row of events) {
        const iri = value(row, 'e');
        if (row.label) addFacts(iri, row.label, expand('ukg:Event'));
        const item = document.createElement('span');
        const date = document.createElement('span');
        date.className = 'date';
        date.textContent = value(row, 'date');
        item.append(date, nodeButton(iri));
        list.append(item);
      }
      right.append(bar, list);
      cells.push(period, right);
    }
    if (!cells.length) {
      const none = document.createElement('p');
      none.className = 'hint';
      none.textContent = '没有带日期的事件。';
      cells.push(none);
    }
    timeline.replaceChildren(...cells);
    markTimeline();
    const districtSelect = document.getElementById('district-filter');
    document.getElementById('timeline-scope').textContent =
      filters.district ? districtSelect.options[districtSelect.selectedIndex].text : '全部区';
  }

  function showLegend() {
    document.getElementById('legend').replaceChildren(...[...KINDS, OTHER].map(k => {
      const li = document.createElement('li');
      const dot = document.createElement('span');
      dot.className = 'swatch';
      dot.style.backgroundColor = k.color;
      li.append(dot, document.createTextNode(k.name));
      return li;
    }));
  }

  // ---- status; body[data-state] says when the page is idle (the browser test waits on it)

  function setStatus(text, isError) {
    const status = document.getElementById('status');
    status.textContent = text;
    status.classList.toggle('error', !!isError);
  }

  let pending = 0;
  async function busy(work) {
    pending++;
    body.dataset.state = 'busy';
    try {
      await work();
    } catch (e) {
      setStatus(e.message, true);
      console.error(e);
    } finally {
      if (--pending === 0) body.dataset.state = 'ready';
    }
  }

  document.getElementById('search-form').addEventListener('submit', evt => {
    evt.preventDefault();
    runSearch();
  });
  document.getElementById('district-filter').addEventListener('change', () =>
    busy(() => refreshTimeline(currentFilters())));

  showLegend();
  busy(async () => {
    await loadDistricts();
    await refreshTimeline(currentFilters());
  });

  // For the browser test and the console: the graph and the escaper.
  window.unionkgExplorer = { cy, sparqlString, select, textQuery, containsQuery };
})();
