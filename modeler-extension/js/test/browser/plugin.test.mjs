/**
 * The Camunda Modeler plugin, loaded the way the Modeler loads plugins: manifest → script + style tags
 * in a client that has bound its properties panel to window.vendor; the modeler is then built from
 * window.plugins alone. The panel, the renderer and the lint rules must all work from there.
 */
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

import { build } from 'esbuild';

import { distDir, jsRoot, outputDir } from '../paths.mjs';
import { openPage } from './browser.mjs';
import { chooseOption, clickElement, openGroup, typeInto } from './panel.mjs';

const require = createRequire(import.meta.url);

const PLUGIN_DIR = join(distDir, 'camunda-modeler-plugin/actionloop');
const HOST_DIR = join(outputDir, 'plugin-host');
const PLAIN_XML = readFileSync(join(jsRoot, 'test/fixtures/diagrams/plain.bpmn'), 'utf8');

export function register(test) {
  let session;
  let page;

  test('camunda-modeler-plugin', 'the bundle leaves the properties panel to the Modeler', () => {
    const manifest = require(join(PLUGIN_DIR, 'index.js'));
    assert.equal(manifest.name, 'ActionLoop');

    const script = readFileSync(join(PLUGIN_DIR, manifest.script), 'utf8');
    assert.ok(script.length < 100 * 1024, `plugin script is ${script.length} bytes`);
    // properties panel internals would mean a second, bundled copy
    for (const marker of [ 'bio-properties-panel-list-item', 'bio-properties-panel-collapsible-entry-header' ]) {
      assert.ok(!script.includes(marker), `plugin bundles the properties panel (${marker})`);
    }
    assert.ok(script.includes('vendor') && script.includes('propertiesPanel'), 'plugin does not use window.vendor');
  });

  test('camunda-modeler-plugin', 'loads into a Modeler-like client and registers moddle, module and lint rules', async () => {
    mkdirSync(HOST_DIR, { recursive: true });
    await build({
      entryPoints: { host: join(jsRoot, 'test/plugin-host/host.js') },
      outdir: HOST_DIR,
      bundle: true,
      format: 'iife',
      logLevel: 'warning',
      loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.eot': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl' }
    });
    cpSync(join(jsRoot, 'test/plugin-host/host.html'), join(HOST_DIR, 'host.html'));
    cpSync(PLUGIN_DIR, join(HOST_DIR, 'plugins/actionloop'), { recursive: true });

    session = await openPage();
    page = session.page;
    await page.goto(pathToFileURL(join(HOST_DIR, 'host.html')).href);

    // what the Modeler does with each plugins/*/index.js manifest
    const manifest = require(join(PLUGIN_DIR, 'index.js'));
    await page.evaluate(async ({ script, style }) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = style;
      document.head.appendChild(link);

      await new Promise((resolve, reject) => {
        const tag = document.createElement('script');
        tag.src = script;
        tag.onload = resolve;
        tag.onerror = reject;
        document.body.appendChild(tag);
      });
    }, {
      script: 'plugins/actionloop/' + manifest.script.replace(/^\.\//, ''),
      style: 'plugins/actionloop/' + manifest.style.replace(/^\.\//, '')
    });

    const types = await page.evaluate(() => window.plugins.map(p => p.type).sort());
    assert.deepEqual(types, [ 'bpmn.platform.modeler.additionalModules', 'bpmn.platform.modeler.moddleExtension', 'lintRules.bpmn' ]);

    const extensions = await page.evaluate(() => window.startModeler());
    assert.deepEqual(extensions, [ 'camunda', 'ActionLoop' ]);

    const { warnings } = await page.evaluate(async xml => {
      const result = await window.modeler.importXML(xml);
      return { warnings: result.warnings.map(w => w.message) };
    }, PLAIN_XML);
    assert.deepEqual(warnings, []);
  });

  test('camunda-modeler-plugin', 'panel, badges and lint work inside the host', async () => {
    // the panel helpers read the modeler from window.actionloop, as in the web modeler
    await page.evaluate(() => {
      window.actionloop = { modeler: window.modeler };
    });

    await clickElement(page, 'Lane_IT');
    await openGroup(page, 'loop-lane');
    await chooseOption(page, 'loop-role', 'performer');
    await typeInto(page, 'loop-party', 'group:it-desk');

    const bo = await page.evaluate(() => {
      const lane = window.modeler.get('elementRegistry').get('Lane_IT').businessObject;
      return { role: lane.get('loop:role'), party: lane.get('loop:party'), typed: lane.$descriptor.properties.some(p => p.ns.name === 'loop:role') };
    });
    assert.deepEqual(bo, { role: 'performer', party: 'group:it-desk', typed: true });

    await page.locator('.loop-role-badge.loop-role-performer').waitFor();

    const codes = await page.evaluate(async () => {
      const issues = await window.modeler.get('linting').lint();
      return Object.keys(issues).filter(code => code.startsWith('loop/'));
    });
    assert.ok(codes.includes('loop/task-customer'), codes.join(', '));

    await page.screenshot({ path: join(outputDir, 'camunda-modeler-plugin-host.png') });
    assert.deepEqual(session.errors, []);
    await session.close();
  });
}
