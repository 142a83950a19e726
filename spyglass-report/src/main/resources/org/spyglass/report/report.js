(function () {
  'use strict';
  var LEVELS = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];
  var ROW = 22, MAX_HEIGHT = 15000000, BUCKETS = 160;
  var el = function (id) { return document.getElementById(id); };
  var tl = null, view = null, range = null, plot = null, timer = 0;

  function pad(n, w) { n = String(n); while (n.length < w) n = '0' + n; return n; }
  function time(micros) {
    var ms = Math.floor(micros / 1000), iso = new Date(ms).toISOString();
    return iso.slice(0, 10) + ' ' + iso.slice(11, 23) + pad(((micros % 1000) + 1000) % 1000, 3);
  }
  function levelOk(i, level) {
    var lv = tl.level[i];
    if (level === 'all') return true;
    if (level === 'alerts') return lv >= 0;
    return lv >= +level;
  }

  // The data: base64 of gzip'd lines (see TimelineData). Read as a stream, slice by slice from the page's text node,
  // so that no string ever holds the whole timeline, not even its base64 (a string holds at most about 2^29
  // characters).
  var HEADER = 'spyglass-timeline\t1', SLICE = 1 << 16;

  function bytesOf(b64) {
    if (Uint8Array.fromBase64) return Uint8Array.fromBase64(b64);
    var bin = atob(b64), bytes = new Uint8Array(bin.length);
    for (var i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
    return bytes;
  }

  // Whether the element holds anything but white space, looked at slice by slice.
  function holdsText(element) {
    for (var n = element.firstChild; n; n = n.nextSibling) {
      if (n.nodeType !== 3) continue;
      for (var at = 0; at < n.length; at += SLICE) if (/\S/.test(n.substringData(at, SLICE))) return true;
    }
    return false;
  }

  // The base64 text of the data element, slice by slice (CharacterData.substringData: only the slice becomes a
  // string); white space is dropped, and a slice's last characters short of a group of four wait for the next.
  function base64Stream(element) {
    var nodes = Array.prototype.filter.call(element.childNodes, function (n) { return n.nodeType === 3; });
    var node = 0, at = 0, carry = '';
    return new ReadableStream({ pull: function (c) {
      for (;;) {
        if (node >= nodes.length) {
          if (carry) bad('base64 that does not end on a group of four characters');
          c.close(); return;
        }
        if (at >= nodes[node].length) { node++; at = 0; continue; }
        var text = carry + nodes[node].substringData(at, SLICE).replace(/\s+/g, '');
        at += SLICE;
        var whole = text.length - text.length % 4;
        carry = text.slice(whole);
        if (whole) { c.enqueue(bytesOf(text.slice(0, whole))); return; }
      }
    } });
  }

  // The rows in growable typed arrays. A description stays in the decoded text it came in (chunks) until it is
  // shown or searched: a million small strings made while reading would cost more than the reading.
  function Columns() {
    this.n = 0; this.t = new Float64Array(1024); this.mod = new Uint32Array(1024); this.kind = new Uint32Array(1024);
    this.level = new Int8Array(1024); this.chunk = new Uint32Array(1024); this.from = new Uint32Array(1024);
    this.to = new Uint32Array(1024); this.chunks = []; this.dict = []; this.lower = null;
  }
  Columns.prototype.grow = function () {
    var cap = this.t.length * 2, grown = function (old, Type) { var a = new Type(cap); a.set(old); return a; };
    this.t = grown(this.t, Float64Array); this.mod = grown(this.mod, Uint32Array);
    this.kind = grown(this.kind, Uint32Array); this.level = grown(this.level, Int8Array);
    this.chunk = grown(this.chunk, Uint32Array); this.from = grown(this.from, Uint32Array);
    this.to = grown(this.to, Uint32Array);
  };
  Columns.prototype.text = function (i) {
    var s = this.chunks[this.chunk[i]].slice(this.from[i], this.to[i]);
    return s.indexOf('\\') < 0 ? s : unescape(s);
  };

  function unescape(s) {
    var out = '', from = 0, i;
    while ((i = s.indexOf('\\', from)) >= 0) {
      var c = s.charAt(i + 1);
      out += s.slice(from, i) + (c === '\\' ? '\\' : c === 't' ? '\t' : c === 'n' ? '\n' : c === 'r' ? '\r'
        : bad('an unknown escape \\' + c));
      from = i + 2;
    }
    return from ? out + s.slice(from) : s;
  }
  function bad(what) { throw new Error('the timeline data holds ' + what); }

  // Reads the lines of buf from its start to the last complete one into tl; returns where the rest starts.
  function lines(buf, tl, state) {
    var pos = 0, nl, backslash = -1, chunk = tl.chunks.length;
    tl.chunks.push(buf);
    while ((nl = buf.indexOf('\n', pos)) >= 0) {
      if (state.done) bad('a line after its last one');
      var c = buf.charCodeAt(pos);
      if (!state.started) {
        if (buf.slice(pos, nl) !== HEADER) bad('an unknown first line (not a Spyglass timeline of this version)');
        state.started = true;
      } else if (c === 61) {
        tl.dict.push(unescape(buf.slice(pos + 1, nl)));
      } else if (c === 101) {
        var end = /^end\t(\d+)$/.exec(buf.slice(pos, nl));
        if (!end || +end[1] !== tl.n) bad('a last line that does not match its ' + tl.n + ' events');
        state.done = true;
      } else {
        var p = pos, neg = c === 45, v = 0, d, mod = 0, kind = 0, names = tl.dict.length;
        if (neg) p++;
        for (d = buf.charCodeAt(p); d >= 48 && d <= 57; d = buf.charCodeAt(++p)) v = v * 10 + d - 48;
        if (p === pos + (neg ? 1 : 0) || d !== 9) bad('a row without a time');
        var q = ++p;
        for (d = buf.charCodeAt(p); d >= 48 && d <= 57; d = buf.charCodeAt(++p)) mod = mod * 10 + d - 48;
        if (p === q || d !== 9 || mod >= names) bad('a row without its module');
        q = ++p;
        for (d = buf.charCodeAt(p); d >= 48 && d <= 57; d = buf.charCodeAt(++p)) kind = kind * 10 + d - 48;
        if (p === q || d !== 9 || kind >= names) bad('a row without its event');
        d = buf.charCodeAt(++p);
        var level = -1;
        if (d >= 48 && d <= 52) { level = d - 48; d = buf.charCodeAt(++p); }
        if (d !== 9) bad('a row without its level');
        if (tl.n === tl.t.length) tl.grow();
        state.micros += neg ? -v : v;
        tl.t[tl.n] = state.micros; tl.mod[tl.n] = mod; tl.kind[tl.n] = kind; tl.level[tl.n] = level;
        if (backslash <= p) { backslash = buf.indexOf('\\', p); if (backslash < 0) backslash = buf.length; }
        if (backslash < nl) unescape(buf.slice(p + 1, nl));
        tl.chunk[tl.n] = chunk; tl.from[tl.n] = p + 1; tl.to[tl.n++] = nl;
      }
      pos = nl + 1;
    }
    return pos;
  }

  async function decode() {
    var data = el('timeline-data'), tl = new Columns();
    if (!holdsText(data)) return tl;
    var reader = base64Stream(data).pipeThrough(new DecompressionStream('gzip'))
      .pipeThrough(new TextDecoderStream()).getReader();
    var state = { started: false, done: false, micros: 0 }, rest = '';
    for (;;) {
      var chunk = await reader.read();
      if (chunk.done) break;
      var buf = rest + chunk.value;
      rest = buf.slice(lines(buf, tl, state));
    }
    if (rest || !state.done) bad('no last line: it ends after ' + tl.n.toLocaleString('en') + ' events');
    return tl;
  }

  function filter() {
    var q = el('tl-text').value.trim().toLowerCase(), m = el('tl-module').value, level = el('tl-level').value;
    var mi = m === '' ? -1 : tl.dict.indexOf(m);
    if (q && !tl.lower) {
      tl.lower = new Array(tl.n);
      for (var j = 0; j < tl.n; j++) tl.lower[j] = tl.text(j).toLowerCase();
    }
    var out = new Uint32Array(tl.n), k = 0;
    for (var i = 0; i < tl.n; i++) {
      if (mi >= 0 && tl.mod[i] !== mi) continue;
      if (range && (tl.t[i] < range[0] || tl.t[i] > range[1])) continue;
      if (!levelOk(i, level)) continue;
      if (q && tl.lower[i].indexOf(q) < 0 && tl.dict[tl.kind[i]].toLowerCase().indexOf(q) < 0) continue;
      out[k++] = i;
    }
    view = out.subarray(0, k);
    el('tl-count').textContent = k.toLocaleString('en') + ' of ' + tl.n.toLocaleString('en') + ' events shown'
      + (range ? ' (zoomed: ' + time(range[0]) + ' to ' + time(range[1]) + ')' : '');
    var list = el('tl-list');
    list.querySelector('.tl-spacer').style.height = Math.min(k * ROW, MAX_HEIGHT) + 'px';
    list.scrollTop = 0;
    render();
    chart();
    document.body.dataset.filtered = String(k);
  }

  function render() {
    var list = el('tl-list'), rows = list.querySelector('.tl-rows'), k = view.length;
    var visible = Math.ceil(list.clientHeight / ROW) + 1, total = Math.min(k * ROW, MAX_HEIGHT);
    var maxScroll = Math.max(1, total - list.clientHeight);
    var first = k * ROW <= MAX_HEIGHT ? Math.floor(list.scrollTop / ROW)
      : Math.floor(list.scrollTop / maxScroll * Math.max(0, k - visible));
    first = Math.max(0, Math.min(first, Math.max(0, k - visible)));
    rows.style.top = (k * ROW <= MAX_HEIGHT ? first * ROW : list.scrollTop) + 'px';
    var frag = document.createDocumentFragment();
    for (var j = first; j < Math.min(k, first + visible); j++) {
      var i = view[j], div = document.createElement('div'), lv = tl.level[i];
      div.className = 'tl-row' + (lv >= 0 ? ' alert l' + lv : '');
      div.dataset.index = String(i);
      cell(div, 't', time(tl.t[i]));
      cell(div, 'm', tl.dict[tl.mod[i]]);
      cell(div, 'k', lv >= 0 ? LEVELS[lv] : tl.dict[tl.kind[i]]);
      cell(div, 'd', tl.text(i));
      frag.appendChild(div);
    }
    rows.replaceChildren(frag);
  }

  function cell(row, cls, text) {
    var span = document.createElement('span');
    span.className = cls;
    span.textContent = text;
    row.appendChild(span);
  }

  function chart() {
    var box = el('tl-chart');
    if (!tl.n || typeof uPlot === 'undefined') { box.hidden = true; return; }
    var lo = range ? range[0] : tl.t[0], hi = range ? range[1] : tl.t[tl.n - 1];
    if (hi <= lo) hi = lo + 1e6;
    var step = (hi - lo) / BUCKETS, xs = [], all = [], alerts = [];
    for (var b = 0; b < BUCKETS; b++) { xs.push((lo + b * step) / 1e6); all.push(0); alerts.push(0); }
    for (var j = 0; j < view.length; j++) {
      var i = view[j], bucket = Math.min(BUCKETS - 1, Math.floor((tl.t[i] - lo) / step));
      if (tl.level[i] >= 0) alerts[bucket]++; else all[bucket]++;
    }
    var data = [xs, all, alerts];
    if (plot) { plot.setData(data); return; }
    var bars = uPlot.paths.bars({ size: [0.9, 40] });
    plot = new uPlot({
      width: box.clientWidth || 600, height: 160, legend: { show: false },
      cursor: { drag: { x: true, y: false, setScale: false } },
      scales: { x: { time: true } },
      series: [{}, { label: 'events', fill: '#8aa4c0', stroke: '#6c8aab', paths: bars },
        { label: 'alerts', fill: '#b3261e', stroke: '#b3261e', paths: bars }],
      hooks: { setSelect: [function (u) {
        if (u.select.width < 3) return;
        var a = u.posToVal(u.select.left, 'x') * 1e6, z = u.posToVal(u.select.left + u.select.width, 'x') * 1e6;
        u.setSelect({ left: 0, width: 0, top: 0, height: 0 }, false);
        range = [a, z];
        filter();
      }] }
    }, data, box);
  }

  function schedule() { clearTimeout(timer); timer = setTimeout(filter, 150); }

  async function start() {
    var began = performance.now();
    try {
      tl = await decode();
    } catch (e) {
      el('tl-summary').textContent = 'The timeline could not be read: ' + e.message;
      document.body.dataset.state = 'failed';
      return;
    }
    var modules = {};
    for (var i = 0; i < tl.n; i++) modules[tl.dict[tl.mod[i]]] = true;
    Object.keys(modules).sort().forEach(function (m) {
      var o = document.createElement('option'); o.value = m; o.textContent = m; el('tl-module').appendChild(o);
    });
    el('tl-summary').textContent = tl.n ? tl.n.toLocaleString('en') + ' events from ' + time(tl.t[0]) + ' to '
      + time(tl.t[tl.n - 1]) + ' UTC. Drag across the chart to zoom; click an event to read it whole.'
      : 'No event with a time was found.';
    el('tl-text').addEventListener('input', schedule);
    el('tl-module').addEventListener('change', filter);
    el('tl-level').addEventListener('change', filter);
    el('tl-reset').addEventListener('click', function () { range = null; filter(); });
    el('tl-list').addEventListener('scroll', function () { window.requestAnimationFrame(render); });
    el('tl-list').addEventListener('click', function (ev) {
      var row = ev.target.closest('.tl-row');
      if (!row) return;
      var i = +row.dataset.index, detail = el('tl-detail');
      detail.textContent = time(tl.t[i]) + ' UTC  ' + tl.dict[tl.mod[i]] + '  '
        + (tl.level[i] >= 0 ? LEVELS[tl.level[i]] + ' alert' : tl.dict[tl.kind[i]]) + '\n' + tl.text(i);
      detail.hidden = false;
    });
    window.addEventListener('resize', function () {
      if (plot) plot.setSize({ width: el('tl-chart').clientWidth, height: 160 });
      render();
    });
    window.addEventListener('beforeprint', function () {
      document.querySelectorAll('details').forEach(function (d) { d.open = true; });
    });
    filter();
    document.body.dataset.loadMs = String(Math.round(performance.now() - began));
    document.body.dataset.state = 'ready';
  }

  start();
})();
