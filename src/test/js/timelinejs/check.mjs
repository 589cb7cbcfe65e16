// Loads an Annalist TimelineJS export with the real TimelineJS library in headless Chromium at
// 1366x768 and checks what a reader sees: every event a slide with its date and headline, the
// navigator on screen with one marker per event, no script error.
//
// node check.mjs --lib DIR --json FILE [--batch N] [--screenshot FILE.png [--slide N]] [--chromium PATH]
//   DIR: the installed @knight-lab/timelinejs package (its dist/ folder is used)
//   N: events per timeline (default 300). A large export is checked as consecutive batches of N
//      events, each built as its own timeline one after the other in ONE page (one Chromium run),
//      and every slide of each is read from the DOM in one pass: TimelineJS takes time that grows
//      faster than its slide count, so 2,500 slides in one timeline did not finish under load.
//      The screenshot shows the first batch.
// Exit status 0 when every check passes, 1 otherwise; one line per failed check on stderr.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = Object.fromEntries(process.argv.slice(2).reduce((pairs, a, i, all) =>
    a.startsWith('--') ? [...pairs, [a.slice(2), all[i + 1]]] : pairs, []));
if (!args.lib || !args.json) {
    console.error('usage: node check.mjs --lib DIR --json FILE [--screenshot FILE.png] [--chromium PATH]');
    process.exit(2);
}
const WIDTH = 1366, HEIGHT = 768;
const started = Date.now();
const chromium = args.chromium || 'chromium';
const data = JSON.parse(readFileSync(args.json, 'utf8'));
const dist = resolve(args.lib, 'dist');
const work = mkdtempSync(join(tmpdir(), 'annalist-tljs-'));

// The page: the library's own files, the export as data, and a probe that reports into the DOM.
writeFileSync(join(work, 'data.js'), 'window.ANNALIST_DATA = ' + JSON.stringify(data) + ';\n');
writeFileSync(join(work, 'page.html'), `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<link rel="stylesheet" href="${pathToFileURL(join(dist, 'css/timeline.css'))}">
<style>html, body { margin: 0; overflow: hidden; } #tl { width: ${WIDTH}px; height: ${HEIGHT}px; }</style>
<script>
  window.ANNALIST_ERRORS = [];
  window.addEventListener('error', e => window.ANNALIST_ERRORS.push(String(e.message)));
  const consoleError = console.error;
  console.error = (...a) => { window.ANNALIST_ERRORS.push(a.map(String).join(' ')); consoleError(...a); };
</script>
<script src="${pathToFileURL(join(dist, 'js/timeline.js'))}"></script>
<script src="data.js"></script>
</head><body><pre id="annalist-result"></pre>
<script>
  const BATCH = ${Number(args.batch || 300)};
  const all = window.ANNALIST_DATA.events || [];
  const only = new URLSearchParams(location.search).get('batch');
  const batches = [];
  for (let i = 0; i < Math.max(1, all.length); i += BATCH) batches.push(all.slice(i, i + BATCH));
  const todo = only === null ? batches.map((b, i) => i) : [Number(only)];
  const text = el => el ? el.textContent.replace(/\\s+/g, ' ').trim() : '';
  const shown = el => { const st = getComputedStyle(el), b = el.getBoundingClientRect();
    return st.display !== 'none' && st.visibility !== 'hidden' && Number(st.opacity) > 0 && b.height > 0; };
  const report = { slides: {}, batches: [], viewport: { width: ${WIDTH}, height: ${HEIGHT} },
                   errors: window.ANNALIST_ERRORS };
  function probe(host, events) {
    host.querySelectorAll('.tl-slide').forEach(s => {
      if (s.id) report.slides[s.id] = { headline: text(s.querySelector('.tl-headline')),
                                        date: text(s.querySelector('.tl-headline-date')) };
    });
    const nav = host.querySelector('.tl-timenav');
    const r = nav ? nav.getBoundingClientRect() : null;
    const messages = [...host.querySelectorAll('.tl-message-full, .tl-message')]
      .filter(shown).map(text).filter(t => t && !/^loading/i.test(t));
    report.batches.push({ events: events.length, markers: host.querySelectorAll('.tl-timemarker').length,
      groups: host.querySelectorAll('.tl-timegroup').length,
      nav: r ? { top: r.top, bottom: r.bottom, height: r.height } : null, message: messages.join(' / ') });
  }
  function finish() {
    const out = document.getElementById('annalist-result');
    out.textContent = JSON.stringify(report);
    out.style.display = 'none';
  }
  // one batch after the other in the same page: build, wait until its slides stop appearing, read, remove
  function next(k) {
    if (k >= todo.length) { finish(); return; }
    const events = batches[todo[k]];
    const host = document.createElement('div');
    host.id = 'tl';
    document.body.prepend(host);
    try {
      window.timeline = new TL.Timeline(host, Object.assign({}, window.ANNALIST_DATA, { events }),
          { hash_bookmark: false, start_at_slide: ${Number(args.slide || 0)} });
    } catch (e) { window.ANNALIST_ERRORS.push('constructor: ' + e.message); }
    let last = -1, quiet = 0;
    const wait = setInterval(() => {
      const n = host.querySelectorAll('.tl-slide').length;
      quiet = n === last ? quiet + 1 : 0;
      last = n;
      if ((n > events.length && quiet >= 2) || quiet >= 40) {
        clearInterval(wait);
        probe(host, events);
        if (only === null) host.remove();
        next(k + 1);
      }
    }, 250);
  }
  next(0);
</script></body></html>`);

const page = pathToFileURL(join(work, 'page.html')).href;
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--hide-scrollbars',
    '--allow-file-access-from-files', `--window-size=${WIDTH},${HEIGHT}`, '--virtual-time-budget=3600000'];
const chrome = (extra, url = page) => execFileSync(chromium, [...flags, ...extra, url],
    { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024, stdio: ['ignore', 'pipe', 'pipe'], timeout: Number(args.timeout || 600) * 1000 });

const failures = [];
let report;
try {
    const dom = chrome(['--dump-dom']);
    const m = dom.match(/<pre id="annalist-result"[^>]*>([\s\S]*?)<\/pre>/);
    report = JSON.parse(m[1].replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
} catch (e) {
    console.error('timelinejs check: Chromium gave no result: ' + String(e.message).split('\n')[0]);
    process.exit(1);
}
if (args.screenshot) {
    chrome([`--screenshot=${resolve(args.screenshot)}`], page + '?batch=0');
}
rmSync(work, { recursive: true, force: true });

const events = data.events || [];
for (const e of events) {
    const s = report.slides[e.unique_id];
    if (!s) { failures.push(`${e.unique_id}: no slide`); continue; }
    if (!s.headline) failures.push(`${e.unique_id}: slide without headline`);
    if (!s.date) failures.push(`${e.unique_id}: slide without date`);
    else if (e.display_date && s.date !== e.display_date.replace(/\s+/g, ' ').trim()) {
        failures.push(`${e.unique_id}: date shown '${s.date}', exported '${e.display_date}'`);
    }
}
report.batches.forEach((b, i) => {
    const at = report.batches.length > 1 ? ` (batch ${i + 1} of ${report.batches.length})` : '';
    if (b.markers !== b.events) failures.push(`navigator${at}: ${b.markers} markers for ${b.events} events`);
    const nav = b.nav;
    if (!nav || nav.height < 60) failures.push(`navigator${at} not shown (${JSON.stringify(nav)})`);
    else if (nav.top < 0 || nav.bottom > report.viewport.height + 2) failures.push(`navigator${at} off screen: ${JSON.stringify(nav)}`);
    else if (nav.height > report.viewport.height / 2) failures.push(`navigator${at} takes ${Math.round(nav.height)} of ${report.viewport.height} px`);
    if (b.message) failures.push(`TimelineJS says${at}: ${b.message}`);
});
for (const err of report.errors) failures.push(`script error: ${err}`);

failures.slice(0, 20).forEach(f => console.error('timelinejs check: ' + f));
if (failures.length > 20) console.error(`timelinejs check: ... ${failures.length - 20} more`);
const passed = events.length - new Set(failures.map(f => f.split(':')[0]).filter(k => k.startsWith('event-'))).size;
const markers = report.batches.reduce((n, b) => n + b.markers, 0);
const groups = Math.max(0, ...report.batches.map(b => b.groups));
const navs = report.batches.map(b => b.nav ? Math.round(b.nav.top) + '-' + Math.round(b.nav.bottom) : 'none');
console.log(`timelinejs check ${args.json}: ${passed}/${events.length} slides with date and headline, `
    + `${markers} markers, at most ${groups} groups, ${report.batches.length} batch(es), navigator `
    + `${[...new Set(navs)].join(', ')} of ${report.viewport.height} px, ${((Date.now() - started) / 1000).toFixed(0)} s; `
    + `${failures.length ? 'FAILED' : 'ok'}`);
process.exit(failures.length ? 1 : 0);
