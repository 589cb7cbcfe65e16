// Loads an Annalist TimelineJS export with the real TimelineJS library in headless Chromium at
// 1366x768 and checks what a reader sees: every event a slide with its date and headline, the
// navigator on screen with one marker per event, no script error.
//
// node check.mjs --lib DIR --json FILE [--screenshot FILE.png [--slide N]] [--chromium PATH]
//   DIR: the installed @knight-lab/timelinejs package (its dist/ folder is used)
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
</head><body><div id="tl"></div><pre id="annalist-result"></pre>
<script>
  function probe() {
    const text = el => el ? el.textContent.replace(/\\s+/g, ' ').trim() : '';
    const slides = {};
    document.querySelectorAll('.tl-slide').forEach(s => {
      if (s.id) slides[s.id] = { headline: text(s.querySelector('.tl-headline')),
                                 date: text(s.querySelector('.tl-headline-date')) };
    });
    const nav = document.querySelector('.tl-timenav');
    const r = nav ? nav.getBoundingClientRect() : null;
    const shown = el => { const st = getComputedStyle(el), b = el.getBoundingClientRect();
      return st.display !== 'none' && st.visibility !== 'hidden' && Number(st.opacity) > 0 && b.height > 0; };
    const messages = [...document.querySelectorAll('.tl-message-full, .tl-message')]
      .filter(shown).map(text).filter(t => t && !/^loading/i.test(t));
    const report = {
      slides, markers: document.querySelectorAll('.tl-timemarker').length,
      groups: document.querySelectorAll('.tl-timegroup').length,
      nav: r ? { top: r.top, bottom: r.bottom, height: r.height } : null,
      viewport: { width: ${WIDTH}, height: ${HEIGHT} },
      message: messages.join(' / '),
      errors: window.ANNALIST_ERRORS };
    document.getElementById('annalist-result').textContent = JSON.stringify(report);
    document.getElementById('annalist-result').style.display = 'none';
  }
  try {
    window.timeline = new TL.Timeline('tl', window.ANNALIST_DATA, { hash_bookmark: false, start_at_slide: ${Number(args.slide || 0)} });
  } catch (e) { window.ANNALIST_ERRORS.push('constructor: ' + e.message); }
  // TimelineJS builds its slides after the constructor returns: probe once they stop appearing
  let last = -1, quiet = 0;
  const wait = setInterval(() => {
    const n = document.querySelectorAll('.tl-slide').length;
    quiet = n === last ? quiet + 1 : 0;
    last = n;
    if ((n > window.ANNALIST_DATA.events.length && quiet >= 2) || quiet >= 20) { clearInterval(wait); probe(); }
  }, 1000);
</script></body></html>`);

const page = pathToFileURL(join(work, 'page.html')).href;
const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--hide-scrollbars',
    '--allow-file-access-from-files', `--window-size=${WIDTH},${HEIGHT}`, '--virtual-time-budget=120000'];
const chrome = extra => execFileSync(chromium, [...flags, ...extra, page],
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
    chrome([`--screenshot=${resolve(args.screenshot)}`]);
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
if (report.markers !== events.length) failures.push(`navigator: ${report.markers} markers for ${events.length} events`);
const nav = report.nav;
if (!nav || nav.height < 60) failures.push(`navigator not shown (${JSON.stringify(nav)})`);
else if (nav.top < 0 || nav.bottom > report.viewport.height + 2) failures.push(`navigator off screen: ${JSON.stringify(nav)}`);
else if (nav.height > report.viewport.height / 2) failures.push(`navigator takes ${Math.round(nav.height)} of ${report.viewport.height} px`);
if (report.message) failures.push(`TimelineJS says: ${report.message}`);
for (const err of report.errors) failures.push(`script error: ${err}`);

failures.slice(0, 20).forEach(f => console.error('timelinejs check: ' + f));
if (failures.length > 20) console.error(`timelinejs check: ... ${failures.length - 20} more`);
const passed = events.length - new Set(failures.map(f => f.split(':')[0]).filter(k => k.startsWith('event-'))).size;
console.log(`timelinejs check ${args.json}: ${passed}/${events.length} slides with date and headline, `
    + `${report.markers} markers, ${report.groups} groups, navigator ${nav ? Math.round(nav.top) + '-' + Math.round(nav.bottom) : 'none'}`
    + ` of ${report.viewport.height} px; ${failures.length ? 'FAILED' : 'ok'}`);
process.exit(failures.length ? 1 : 0);
