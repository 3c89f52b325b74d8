import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';
import '../../src/style.css';
import '../app.css';

import { createModeler } from './modeler';
import { createApi } from './api';
import { baseName, download, pickFile } from './files';
import { createStatus } from './status';
import { createServerFindings } from './server-findings';
import { createProblemsPanel } from './problems-panel';
import { createOpenDeployed } from './open-deployed';
import { STARTER_XML } from './starter';
import { convertLegacyNamespace } from './legacy-namespace';

const $ = selector => document.querySelector(selector);

const modeler = createModeler({ container: $('#canvas'), propertiesParent: $('#properties') });
const api = createApi();
const status = createStatus($('#status'));
const serverFindings = createServerFindings(modeler);
const problems = createProblemsPanel({ list: $('#problem-list'), counter: $('#problem-count'), modeler });

let fileName = 'diagram.bpmn';
let dirty = false;

modeler.on('commandStack.changed', () => {
  dirty = true;
});

window.addEventListener('beforeunload', event => {
  if (dirty) {
    event.preventDefault();
  }
});

function confirmDiscard() {
  return !dirty || window.confirm('Discard the unsaved changes of this diagram?');
}

async function open(source, name) {
  serverFindings.clear();
  problems.setServerFindings([]);

  const { xml, converted } = convertLegacyNamespace(source);

  try {
    const { warnings } = await modeler.importXML(xml);
    fileName = name;
    dirty = false;
    problems.setImportWarnings(warnings);
    modeler.get('canvas').zoom('fit-viewport', 'auto');
    const note = converted ? ' (Activiti namespace converted to Camunda\'s)' : '';
    status.show(warnings.length ? `Opened ${name} with ${warnings.length} import warnings${note}` : `Opened ${name}${note}`,
      warnings.length ? 'warning' : 'info');
    return { warnings };
  } catch (error) {
    status.show(`Could not open ${name}: ${error.message}`, 'error');
    return { error, warnings: error.warnings || [] };
  }
}

async function saveBpmn() {
  const { xml } = await modeler.saveXML({ format: true });
  download(`${baseName(fileName)}.bpmn`, xml, 'application/xml');
  dirty = false;
  status.show(`Saved ${baseName(fileName)}.bpmn`);
  return xml;
}

async function saveSvg() {
  const { svg } = await modeler.saveSVG();
  download(`${baseName(fileName)}.svg`, svg, 'image/svg+xml');
  status.show(`Saved ${baseName(fileName)}.svg`);
  return svg;
}

async function deploy() {
  serverFindings.clear();
  problems.setServerFindings([]);

  const { xml } = await modeler.saveXML({ format: true });
  status.show('Deploying…');

  try {
    const result = (await api.deploy(xml, `${baseName(fileName)}.bpmn`)) || {};
    const names = (result.processes || []).map(p => `${p.name || p.key} v${p.version}`).join(', ');

    // a deployment can pass with warnings: show them like refusals, next to their elements
    const warnings = result.findings || [];
    serverFindings.show(warnings);
    problems.setServerFindings(warnings);

    const count = warnings.length ? ` (${warnings.length} ${warnings.length === 1 ? 'warning' : 'warnings'})` : '';
    status.show(`Deployed${names ? ' ' + names : ''}${count}`, 'success');
    return { ok: true, result };
  } catch (error) {
    const findings = error.findings || [];
    serverFindings.show(findings);
    problems.setServerFindings(findings);
    const count = findings.length ? ` (${findings.length} findings)` : '';
    status.show(`Deploy refused: ${error.message}${count}`, 'error');
    return { ok: false, status: error.status, problem: error.problem };
  }
}

const openDeployed = createOpenDeployed({ dialog: $('#deployed-dialog'), api, onOpen: open, status });

$('#new').addEventListener('click', () => confirmDiscard() && open(STARTER_XML, 'diagram.bpmn'));
$('#open').addEventListener('click', async () => {
  if (!confirmDiscard()) {
    return;
  }
  const file = await pickFile($('#open-file'));
  if (file) {
    await open(file.text, file.name);
  }
});
$('#open-deployed').addEventListener('click', () => confirmDiscard() && openDeployed.open());
$('#save-bpmn').addEventListener('click', saveBpmn);
$('#save-svg').addEventListener('click', saveSvg);
$('#deploy').addEventListener('click', deploy);

// what the browser tests (and a curious developer in the console) drive
window.actionloop = { modeler, api, open, saveBpmn, saveSvg, deploy, serverFindings, STARTER_XML };

open(STARTER_XML, 'diagram.bpmn').then(() => {
  window.appReady = true;
});
