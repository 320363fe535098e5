// Static search over the sharded index in search/: no server, no dependencies.
// Queries are folded exactly as SearchIndex.fold folds terms: NFD, marks removed, đ to d, lower case.
(function () {
  'use strict';
  var script = document.currentScript;
  var root = script.getAttribute('data-root');
  var form = document.getElementById('search-form');
  var input = document.getElementById('q');
  var status = document.getElementById('search-status');
  var list = document.getElementById('results');
  var cache = {};

  function fold(s) {
    return s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }
  function shardOf(term) {
    var chars = Array.from(term);
    var key = chars.slice(0, 2).map(function (c) {
      var cp = c.codePointAt(0);
      return cp < 128 && /[a-z0-9]/i.test(c) ? c : 'u' + cp.toString(16);
    }).join('');
    return chars.length === 1 ? key + '_' : key;
  }
  function load(path) {
    if (!cache[path]) {
      cache[path] = fetch(root + path).then(function (r) { return r.ok ? r.json() : {}; })
        .catch(function () { return {}; });
    }
    return cache[path];
  }
  function scores(term, prefix) {
    return load('search/terms/' + shardOf(term) + '.json').then(function (shard) {
      var out = {};
      Object.keys(shard).forEach(function (t) {
        if (t === term || (prefix && t.length > term.length && t.indexOf(term) === 0)) {
          shard[t].forEach(function (p) { out[p[0]] = Math.max(out[p[0]] || 0, t === term ? p[1] : p[1] / 2); });
        }
      });
      return out;
    });
  }
  function search(query) {
    var terms = fold(query).split(/[^\p{L}\p{Nd}]+/u).filter(function (t) { return t; });
    if (!terms.length) { return Promise.resolve([]); }
    return Promise.all(terms.map(function (t, i) { return scores(t, i === terms.length - 1 && t.length > 1); }))
      .then(function (all) {
        var total = all[0];
        all.slice(1).forEach(function (s) {
          var next = {};
          Object.keys(total).forEach(function (d) { if (s[d]) { next[d] = total[d] + s[d]; } });
          total = next;
        });
        return Object.keys(total).map(Number).sort(function (a, b) { return total[b] - total[a] || a - b; }).slice(0, 20);
      })
      .then(function (ids) {
        return load('search/meta.json').then(function (meta) {
          return Promise.all(ids.map(function (id) {
            return load('search/docs/' + Math.floor(id / meta.docsPerChunk) + '.json')
              .then(function (chunk) { return chunk[id % meta.docsPerChunk]; });
          }));
        });
      });
  }
  function show(query, docs) {
    list.textContent = '';
    status.textContent = docs.length ? docs.length + ' ' + status.getAttribute('data-results') + ' “' + query + '”'
      : status.getAttribute('data-none') + ' “' + query + '”';
    docs.forEach(function (d) {
      if (!d) { return; }
      var li = document.createElement('li');
      var a = document.createElement('a');
      a.href = root + d.u;
      a.textContent = d.t;
      if (d.l) { a.lang = d.l; }
      li.appendChild(a);
      var meta = document.createElement('span');
      meta.className = 'meta';
      meta.textContent = ' ' + (d.n ? [d.d, d.n] : [status.getAttribute('data-entity')])
        .filter(function (x) { return x; }).join(' · ');
      li.appendChild(meta);
      var p = document.createElement('p');
      p.textContent = d.s;
      li.appendChild(p);
      list.appendChild(li);
    });
  }
  var query = new URLSearchParams(window.location.search).get('q') || '';
  input.value = query;
  if (query.trim()) {
    search(query).then(function (docs) { show(query, docs); });
  }
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var q = input.value;
    history.replaceState(null, '', '?q=' + encodeURIComponent(q));
    search(q).then(function (docs) { show(q, docs); });
  });
}());
