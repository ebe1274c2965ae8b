// Draws every BPMN model in processes/ with bpmn-js, the renderer inside Camunda Modeler, into docs/diagrams/*.svg
// for README. A model bpmn-js imports only with warnings would not open cleanly in the Modeler: that fails the run.
// Usage: node docs/render-diagrams.mjs [--check]   (--check draws into a temporary folder and keeps nothing)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const check = process.argv.includes('--check');
const viewer = readFileSync('node_modules/bpmn-js/dist/bpmn-viewer.production.min.js', 'utf8');
const work = mkdtempSync(join(tmpdir(), 'tibs-diagrams-'));
const out = check ? work : 'docs/diagrams';
mkdirSync(out, { recursive: true });

let failed = false;
for (const file of readdirSync('processes').filter(name => name.endsWith('.bpmn')).sort()) {
  const xml = readFileSync(join('processes', file), 'utf8');
  const page = join(work, 'page.html');
  // The page writes the SVG, or what went wrong, into <pre>; Chromium prints the DOM once scripts have run.
  writeFileSync(page, `<html><body><div id="canvas" style="width:1600px;height:900px"></div><pre id="out"></pre>
<script>${viewer}</script><script>
const out = document.getElementById('out');
const viewer = new BpmnJS({ container: '#canvas' });
viewer.importXML(${JSON.stringify(xml)})
  .then(async result => {
    if (result.warnings.length) { out.textContent = 'WARNINGS: ' + result.warnings.map(w => w.message).join('; '); return; }
    out.textContent = (await viewer.saveSVG()).svg;
  })
  .catch(error => out.textContent = 'ERROR: ' + error.message);
</script></body></html>`);
  const dom = execFileSync('chromium', ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--no-first-run', `--user-data-dir=${join(work, 'profile')}`,
    '--virtual-time-budget=10000', '--dump-dom', `file://${page}`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  const text = (dom.match(/<pre id="out">([\s\S]*?)<\/pre>/) || [, 'ERROR: nothing drawn'])[1]
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&');
  if (text.startsWith('<?xml') || text.startsWith('<svg')) {
    writeFileSync(join(out, file.replace(/\.bpmn$/, '.svg')), text);
    console.log(`${file}: drawn`);
  } else {
    console.error(`${file}: ${text}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
