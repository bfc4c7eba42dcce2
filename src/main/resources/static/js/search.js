// The static export's search: answers the search page's form in the browser from the language's index, which the
// export made with the server's own Lucene analysers and queries (search-index.json: for every word of the text, the
// parts of the history the server finds for it, with its scores). A query is cleaned, cut and split into words as
// the server does; the words' results are combined as the server's query combines them (every word of one or two,
// most of more; the scores summed) and shown in the server's markup. No dependencies, no inline script.
'use strict';

(() => {
  const output = document.getElementById('search-output');
  if (!output) {
    return;
  }
  const MAX_RESULTS = 20;
  const MAX_TERMS = 24;
  // Java's white space (Character.isWhitespace), which the server strips; not the no-break spaces.
  const WHITE = '[\\t\\n\\v\\f\\r\\x1C-\\x1F \\u1680\\u2000-\\u2006\\u2008-\\u200A\\u2028\\u2029\\u205F\\u3000]';
  // Words as Lucene's StandardTokenizer cuts them (Unicode's word boundaries, closely enough): letters and digits,
  // joined by an apostrophe, a full stop or a colon, and digits also by a comma or a semicolon.
  const WORD = /[\p{L}\p{M}\p{N}_]+(?:(?:['\u2019.:\u00B7]|(?<=\p{N})[,;](?=\p{N}))[\p{L}\p{M}\p{N}_]+)*/gu;
  const text = output.dataset;

  // The query as the server searches it: no control characters, single spaces, cut to the longest it searches.
  const clean = (raw) => {
    let query = raw.replace(/[\p{Cc}\p{Cf}\p{Cs}]/gu, ' ').replace(/[ \t\n\v\f\r]+/g, ' ')
      .replace(new RegExp('^' + WHITE + '+|' + WHITE + '+$', 'g'), '');
    const max = Number(text.maxLength);
    const cut = query.length > max;
    if (cut) {
      query = query.substring(0, max).replace(new RegExp(WHITE + '+$'), '');
    }
    return { query, cut };
  };

  // A term's parts, each with its score and the fields that have the term, from the file's pairs (how many parts on
  // from the one before; the number of its score times 16 plus a bit for each field).
  const parts = (index, term) => {
    const [scores, pairs] = index.hits[term];
    const found = [];
    for (let i = 0, doc = 0; i < pairs.length; i += 2) {
      doc += pairs[i];
      found.push({ doc, score: Math.fround(scores[pairs[i + 1] >> 5]), fields: pairs[i + 1] & 31 });
    }
    return found;
  };

  const scores = (index, term) => new Map(parts(index, term).map((part) => [part.doc, part.score]));

  // What the server's prefix query gives the parts with a longer word that the term begins: each field's score.
  const prefixScores = (index, terms) => {
    const fields = new Map();
    terms.forEach((term) => parts(index, term)
      .forEach((part) => fields.set(part.doc, (fields.get(part.doc) || 0) | part.fields)));
    const found = new Map();
    fields.forEach((mask, doc) => {
      const sum = index.prefixScores
        .reduce((total, score, field) => total + ((mask & (1 << field)) ? Math.fround(score) : 0), 0);
      found.set(doc, Math.fround(sum));
    });
    return found;
  };

  // A word of the text finds what the server finds for it. Another (a word begun, or a form the text never uses) is
  // taken as its own stem, as the server's stemmer leaves most such words: the term itself, or the longer ones it
  // begins (from the shortest the server extends).
  const termOf = (index, typed) => {
    const word = index.possessive ? typed.replace(/['\u2019\uFF07]s$/, '') : typed;
    if (index.stop.has(word)) {
      return null;
    }
    const term = index.words.has(word) ? index.words.get(word) : index.termNumbers.get(word);
    if (term !== undefined) {
      return { key: 't' + term, scores: scores(index, term), marks: index.startingWith(index.terms[term]) };
    }
    const begun = (word.length >= index.prefixLength) ? index.startingWith(word) : new Set();
    return { key: '~' + word, scores: prefixScores(index, begun), marks: begun };
  };

  // The parts that most of the query's terms find (all of one or two), by the sum of their scores, best first; ties
  // in the order of the index, as Lucene breaks them.
  const search = (index, query) => {
    const terms = new Map();
    for (const [word] of query.toLowerCase().matchAll(WORD)) {
      const term = termOf(index, word);
      if (term && !terms.has(term.key) && terms.size < MAX_TERMS) {
        terms.set(term.key, term);
      }
    }
    const found = new Map();
    terms.forEach((term) => term.scores.forEach((score, doc) => {
      const hit = found.get(doc) || { doc, score: 0, matched: 0 };
      hit.score += score;
      hit.matched += 1;
      found.set(doc, hit);
    }));
    const needed = (terms.size <= 2) ? terms.size : Math.floor((terms.size + 1) / 2);
    const hits = [...found.values()]
      .filter((hit) => hit.matched >= (index.names.has(hit.doc) ? terms.size : needed));
    hits.forEach((hit) => { hit.score = Math.fround(hit.score); });
    hits.sort((one, other) => (other.score - one.score) || (one.doc - other.doc));
    const marks = new Set();
    terms.forEach((term) => term.marks.forEach((mark) => marks.add(mark)));
    return { total: hits.length, hits: hits.slice(0, MAX_RESULTS), marks };
  };

  const element = (name, attributes, ...children) => {
    const node = document.createElement(name);
    Object.entries(attributes).forEach(([key, value]) => value != null && node.setAttribute(key, value));
    node.append(...children);
    return node;
  };

  // The start of the part's text, each word the query finds in <mark>, as the server marks them.
  const snippet = (index, words, marks) => {
    const node = element('p', { class: 'search-result__snippet' });
    let last = 0;
    for (const match of words.matchAll(WORD)) {
      const term = index.words.get(match[0].toLowerCase());
      if (term !== undefined && marks.has(term)) {
        node.append(words.substring(last, match.index), element('mark', {}, match[0]));
        last = match.index + match[0].length;
      }
    }
    node.append(words.substring(last));
    return node;
  };

  const result = (index, doc, marks) => {
    const [href, title, section, start, lang] = index.docs[doc];
    const item = element('li', { class: 'search-result', lang },
      element('h2', { class: 'search-result__title' }, element('a', { href }, title)));
    // As on the server: a part of a section names it, a page of its own (or a name's) does not.
    if (section && title !== section) {
      item.append(element('p', { class: 'search-result__section' },
        element('span', { lang: document.documentElement.lang }, text.in), ' ', element('span', {}, section)));
    }
    item.append(snippet(index, start, marks));
    return item;
  };

  const summary = (total, query) => {
    const count = new Intl.NumberFormat(document.documentElement.lang).format(total);
    const message = (total === 0) ? text.none : (total === 1) ? text.one : text.results;
    // Functions, so that a "$&" in the query stays as typed.
    return message.replace('{n}', () => count).replace('{q}', () => query);
  };

  const show = (index, raw) => {
    const status = document.getElementById('search-status');
    if (raw === null || new RegExp('^' + WHITE + '*$').test(raw)) {
      status.textContent = text.empty;
      return;
    }
    const { query, cut } = clean(raw);
    const field = document.getElementById('search-q');
    field.value = query;
    // Back on this page, the field shows this page's query, not what was typed into it before leaving.
    window.addEventListener('pageshow', () => { field.value = query; });
    if (cut) {
      status.before(element('p', { class: 'search-notice' }, text.tooLong));
    }
    const found = search(index, query);
    status.textContent = summary(found.total, query);
    if (found.hits.length > 0) {
      status.after(element('ol', { class: 'search-results', 'aria-label': text.list },
        ...found.hits.map((hit) => result(index, hit.doc, found.marks))));
    }
  };

  const load = (file) => {
    const index = {
      ...file,
      stop: new Set(file.stop),
      words: new Map(Object.entries(file.words)),
      termNumbers: new Map(file.terms.map((term, i) => [term, i])),
      names: new Set(file.names),
    };
    // The terms a term finds: itself, and from the shortest the server extends, the longer ones it begins.
    index.startingWith = (term) => new Set((term.length >= index.prefixLength)
      ? index.terms.flatMap((other, i) => (other.startsWith(term) ? [i] : [])) : [index.termNumbers.get(term)]);
    return index;
  };

  fetch(text.index)
    .then((response) => (response.ok ? response.json() : Promise.reject(new Error(String(response.status)))))
    .then((file) => show(load(file), new URLSearchParams(window.location.search).get('q')))
    .catch(() => { document.getElementById('search-status').textContent = text.unavailable; });
})();
