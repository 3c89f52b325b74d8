/**
 * `npm run build`: the web modeler (dist/app) and the Camunda Modeler plugin folder
 * (dist/camunda-modeler-plugin/actionloop), with esbuild. Two bundles, one source.
 */
import { build } from 'esbuild';
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const root = resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
const dist = resolve(root, 'dist');

const common = {
  bundle: true,
  format: 'iife',
  target: 'es2021',
  minify: true,
  sourcemap: false,
  legalComments: 'linked',
  logLevel: 'warning',
  // fonts as files next to the CSS: the server's Content-Security-Policy allows fonts from 'self' only
  loader: { '.js': 'jsx', '.woff': 'file', '.woff2': 'file', '.eot': 'file', '.ttf': 'file', '.svg': 'file' },
  assetNames: 'assets/[name]-[hash]',
  // classic JSX with the properties panel's own preact `h` (see the preact pitfall in docs/modeler.md)
  jsxFactory: 'h',
  jsxFragment: 'Fragment'
};

rmSync(dist, { recursive: true, force: true });

// (1) the web modeler page, served by the app at /modeler/
const app = resolve(dist, 'app');
mkdirSync(app, { recursive: true });
await build({ ...common, entryPoints: { app: resolve(root, 'app/src/main.js') }, outdir: app });
cpSync(resolve(root, 'app/index.html'), resolve(app, 'index.html'));

// (2) the Camunda Modeler plugin: the Modeler provides the properties panel, so alias it to the
// plugin helpers' vendor shims (window.vendor.propertiesPanel) instead of bundling a second copy
const plugin = resolve(dist, 'camunda-modeler-plugin/actionloop');
mkdirSync(plugin, { recursive: true });
await build({
  ...common,
  entryPoints: { client: resolve(root, 'camunda-modeler-plugin/client/index.js') },
  outdir: resolve(plugin, 'client'),
  alias: {
    '@bpmn-io/properties-panel': 'camunda-modeler-plugin-helpers/vendor/@bpmn-io/properties-panel',
    'bpmn-js-properties-panel': 'camunda-modeler-plugin-helpers/vendor/bpmn-js-properties-panel.js'
  }
});
cpSync(resolve(root, 'camunda-modeler-plugin/index.js'), resolve(plugin, 'index.js'));
cpSync(resolve(root, 'camunda-modeler-plugin/README.txt'), resolve(plugin, 'README.txt'));

console.log(`built ${app} and ${plugin}`);
