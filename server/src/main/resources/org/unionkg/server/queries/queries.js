// The unionkg canned queries page: list every query of queries/ (from list.json), a form per query,
// and the answer of run?name=...&param=... as a table. Plain browser JavaScript, no build step.
//
// Two rules keep text from the newspapers and from the form harmless:
//  1. Every value reaches the DOM through textContent or an href this file builds from an IRI in our
//     namespace (a resource page) or from encodeURIComponent; never through innerHTML.
//  2. Parameter values go to the server as URL parameters (URLSearchParams), where they are bound as RDF
//     terms; this page never puts a value into query text. The "Open in the Fuseki UI" link carries the
//     text the server made with the values bound (text?name=...&param=...), so the UI opens a query that
//     asks for what the form says, not one with its parameters free (which matches every label).
'use strict';

(function () {
  const body = document.body;
  const LIST = body.dataset.list;        // list.json
  const RUN = body.dataset.run;          // run
  const TEXT = body.dataset.text;        // text
  const UI = body.dataset.ui;            // ../  (the Fuseki UI)
  const PAGES = body.dataset.pages;      // ../id/
  const ID_BASE = body.dataset.idBase;   // https://w3id.org/unionkg/id/
  const XSD = 'http://www.w3.org/2001/XMLSchema#';
  const NUMBERS = ['integer', 'decimal', 'double', 'float', 'long', 'int'].map(t => XSD + t);

  const status = document.getElementById('status');

  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
    for (const c of children) e.append(c);   // strings become text nodes
    return e;
  }

  /** The example a parameter's header declares ("... e.g. 刘欣欣, 张良": the first), as list.json gives it. */
  function example(param) {
    return param.example || '';
  }

  /** The form's values as URL parameters, with the query's name; a blank optional field is left out (free). */
  function formParams(query, form) {
    const params = new URLSearchParams({ name: query.name });
    for (const p of query.params) {
      const value = form.elements[p.name].value;
      if (!(p.optional && value.trim() === '')) params.set(p.name, value);
    }
    return params;
  }

  /** The query's text with the form's values bound (an empty field: the declared example), from the server. */
  async function boundText(query, form) {
    const resp = await fetch(TEXT + '?' + formParams(query, form).toString());
    if (!resp.ok) throw new Error(resp.status + ' ' + (await resp.text()).trim());
    return resp.text();
  }

  /** The Fuseki UI's query page with the query in its URL (jena-fuseki-ui reads ?query=). */
  function uiHref(dataset, sparql) {
    return UI + '#/dataset/' + encodeURIComponent(dataset.replace(/^\//, '')) + '/query?query='
           + encodeURIComponent(sparql);
  }

  function cell(term) {
    const td = el('td');
    if (!term) return td;
    if (term.type === 'uri') {
      if (term.value.startsWith(ID_BASE)) {
        const local = term.value.slice(ID_BASE.length);
        const a = el('a', { href: PAGES + local.split('/').map(encodeURIComponent).join('/') }, local);
        a.title = term.value;
        td.append(a);
      } else {
        td.append(el('span', { class: 'iri' }, term.value));
      }
    } else {
      td.textContent = term.value;
      if (term.datatype && NUMBERS.includes(term.datatype)) td.className = 'num';
    }
    return td;
  }

  function showResult(box, json) {
    box.replaceChildren();
    const vars = json.head.vars;
    const rows = json.results.bindings;
    box.append(el('p', { class: 'count' }, rows.length === 1 ? '1 row' : rows.length + ' rows'));
    if (rows.length === 0) return;
    const table = el('table', {}, el('thead', {}, el('tr', {}, ...vars.map(v => el('th', { scope: 'col' }, v)))));
    const tbody = el('tbody');
    for (const row of rows) tbody.append(el('tr', {}, ...vars.map(v => cell(row[v]))));
    table.append(tbody);
    box.append(table);
  }

  async function run(query, form, box) {
    const params = formParams(query, form);
    box.replaceChildren(el('p', { class: 'count' }, 'Running …'));
    box.dataset.state = 'running';
    try {
      const resp = await fetch(RUN + '?' + params.toString(),
                               { headers: { Accept: 'application/sparql-results+json' } });
      if (!resp.ok) throw new Error(resp.status + ' ' + (await resp.text()).trim());
      showResult(box, await resp.json());
      box.dataset.state = 'done';
    } catch (e) {
      box.replaceChildren(el('p', { class: 'count error' }, String(e.message || e)));
      box.dataset.state = 'error';
    }
  }

  function card(query, dataset) {
    const section = el('section', { class: 'query', id: 'q-' + query.name });
    section.append(el('h2', {}, query.title, el('span', { class: 'name' }, query.name)));
    section.append(el('p', { class: 'question' }, query.question));
    // how the query finds its rows; the whole-graph ones are slow on a big store by design
    if (query.cost) {
      section.append(el('p', { class: 'cost' + (query.cost.startsWith('whole-graph') ? ' whole-graph' : '') },
                        'Cost: ' + query.cost));
    }

    const form = el('form', { 'data-query': query.name });
    for (const p of query.params) {
      // an optional parameter starts blank (the whole answer); its example is only a hint
      const input = p.optional ? el('input', { name: p.name, type: 'text', autocomplete: 'off' })
                               : el('input', { name: p.name, type: 'text', required: '', autocomplete: 'off' });
      input.value = p.optional ? '' : example(p);
      input.placeholder = p.optional ? (example(p) ? 'optional, e.g. ' + example(p) : 'optional') : example(p);
      form.append(el('label', {}, el('span', {}, p.name + ' ', el('span', { class: 'type' }, '(' + p.type + ')')),
                     input, el('span', {}, p.description)));
    }
    form.append(el('button', { type: 'submit' }, 'Run'));
    const ui = el('a', { class: 'ui-link', href: uiHref(dataset, query.sparql) }, 'Open in the Fuseki UI');
    ui.title = query.params.length ? 'The Fuseki UI gets the query with '
                                     + query.params.map(p => '?' + p.name).join(', ') + ' bound to the values above'
                                   : 'The Fuseki UI gets the query text';
    form.append(ui);
    if (query.params.length) bindLink(query, form, ui, dataset);
    section.append(form);

    section.append(el('details', {}, el('summary', {}, 'SPARQL'), el('pre', {}, query.sparql)));
    const box = el('div', { class: 'result', 'aria-live': 'polite' });
    section.append(box);
    form.addEventListener('submit', ev => { ev.preventDefault(); run(query, form, box); });
    return section;
  }

  /**
   * Keeps the UI link's href on the query text with the form's values bound: fetched when the card is made and
   * after each edit, so that a middle click or "open in new tab" gets it too; a plain click fetches the text for
   * the values as they are at that moment and then follows it.
   */
  function bindLink(query, form, ui, dataset) {
    let timer = null;
    const refresh = () => boundText(query, form)
      .then(text => { ui.href = uiHref(dataset, text); ui.dataset.state = 'bound'; })
      .catch(() => { ui.dataset.state = 'error'; });
    form.addEventListener('input', () => { clearTimeout(timer); timer = setTimeout(refresh, 300); });
    ui.addEventListener('click', ev => {
      if (ev.button !== 0 || ev.ctrlKey || ev.metaKey || ev.shiftKey || ev.altKey) return;
      ev.preventDefault();
      clearTimeout(timer);
      boundText(query, form)
        .then(text => { ui.href = uiHref(dataset, text); window.location.assign(ui.href); })
        .catch(e => { ui.dataset.state = 'error'; ui.title = String(e.message || e); });
    });
    refresh();
  }

  async function load() {
    try {
      const resp = await fetch(LIST);
      if (!resp.ok) throw new Error(resp.status + ' ' + resp.statusText);
      const list = await resp.json();
      const container = document.getElementById('queries');
      const toc = document.getElementById('toc-list');
      status.textContent = list.queries.length + ' canned queries on ' + list.dataset;
      for (const q of list.queries) {
        container.append(card(q, list.dataset));
        toc.append(el('li', {}, el('a', { href: '#q-' + q.name }, q.title)));
      }
      body.dataset.state = 'ready';
    } catch (e) {
      status.textContent = 'Cannot read the queries: ' + (e.message || e);
      status.className = 'error';
      body.dataset.state = 'error';
    }
  }

  load();
})();
