// Renders every model in bpmn/ to docs/images/<name>.png the way Camunda Modeler draws it, so the
// layout can be checked without a desktop (bpmn-js viewer in headless Chromium).
//
//   npm install --prefix /tmp/bpmnrender bpmn-js@17     # once, outside the repository
//   node docs/tools/render-bpmn.mjs [bpmn-dir] [out-dir]
//
// BPMN_JS_DIR (default /tmp/bpmnrender/node_modules/bpmn-js) and CHROMIUM (default chromium) can be set.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';

const bpmnDir = resolve(process.argv[2] ?? 'bpmn');
const outDir = resolve(process.argv[3] ?? 'docs/images');
const bpmnJs = process.env.BPMN_JS_DIR ?? '/tmp/bpmnrender/node_modules/bpmn-js';
const chromium = process.env.CHROMIUM ?? 'chromium';
const margin = 40;

const viewer = readFileSync(join(bpmnJs, 'dist/bpmn-viewer.production.min.js'), 'utf8');
const css = ['diagram-js.css', 'bpmn-js.css', 'bpmn-font/css/bpmn-embedded.css']
  .map((file) => readFileSync(join(bpmnJs, 'dist/assets', file), 'utf8')).join('\n');
const work = mkdtempSync(join(tmpdir(), 'bpmn-render-'));
mkdirSync(outDir, { recursive: true });

// The drawing's extent, from the diagram interchange: every shape's bounds and every edge's waypoints.
function extent(xml) {
  let maxX = 0, maxY = 0, minX = Infinity, minY = Infinity;
  for (const m of xml.matchAll(/<dc:Bounds x="([-\d.]+)" y="([-\d.]+)" width="([\d.]+)" height="([\d.]+)"/g)) {
    const [x, y, w, h] = m.slice(1).map(Number);
    minX = Math.min(minX, x); minY = Math.min(minY, y);
    maxX = Math.max(maxX, x + w); maxY = Math.max(maxY, y + h);
  }
  for (const m of xml.matchAll(/<di:waypoint x="([-\d.]+)" y="([-\d.]+)"/g)) {
    const [x, y] = m.slice(1).map(Number);
    minX = Math.min(minX, x); minY = Math.min(minY, y);
    maxX = Math.max(maxX, x); maxY = Math.max(maxY, y);
  }
  return { x: minX - margin, y: minY - margin, width: maxX - minX + 2 * margin, height: maxY - minY + 2 * margin };
}

for (const file of readdirSync(bpmnDir).filter((name) => name.endsWith('.bpmn')).sort()) {
  const xml = readFileSync(join(bpmnDir, file), 'utf8');
  const box = extent(xml);
  const width = Math.ceil(box.width), height = Math.ceil(box.height);
  const html = `<!doctype html><html><head><meta charset="utf-8"><style>${css}
    html, body { margin: 0; background: white; } #canvas { width: ${width}px; height: ${height}px; }
    .djs-container svg text { font-family: "DejaVu Sans", Arial, sans-serif; }</style></head>
    <body><div id="canvas"></div><script>${viewer}</script><script>
    const viewer = new BpmnJS({ container: '#canvas' });
    viewer.importXML(${JSON.stringify(xml)}).then(() => {
      viewer.get('canvas').viewbox(${JSON.stringify(box)});
    }).catch((e) => { document.body.innerText = 'Import failed: ' + e.message; });
    </script></body></html>`;
  const page = join(work, basename(file, '.bpmn') + '.html');
  writeFileSync(page, html);
  const png = join(outDir, basename(file, '.bpmn') + '.png');
  execFileSync(chromium, ['--headless', '--no-sandbox', '--disable-gpu', '--hide-scrollbars',
    `--window-size=${width},${height}`, '--virtual-time-budget=5000', `--screenshot=${png}`, `file://${page}`],
    { stdio: 'ignore' });
  console.log(`${file} -> ${png} (${width}x${height})`);
}
