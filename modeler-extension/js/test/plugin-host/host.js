/**
 * A stand-in for Camunda Modeler's client, just enough to load a plugin the way the Modeler does:
 * it exposes its own properties panel on window.vendor (as client/src/remote/Plugins.js#bindHelpers
 * does), lets plugin scripts push onto window.plugins, then builds a Camunda 7 modeler from what
 * they registered (as the bpmn tab's configure step does).
 */
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import '@bpmn-io/properties-panel/dist/assets/properties-panel.css';
import 'bpmn-js-bpmnlint/dist/assets/css/bpmn-js-bpmnlint.css';

import BpmnModeler from 'bpmn-js/lib/Modeler';
import * as common from '@bpmn-io/properties-panel';
import * as root from '@bpmn-io/properties-panel/preact';
import * as hooks from '@bpmn-io/properties-panel/preact/hooks';
import * as compat from '@bpmn-io/properties-panel/preact/compat';
import * as jsxRuntime from '@bpmn-io/properties-panel/preact/jsx-runtime';
import * as bpmn from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import LintModule from 'bpmn-js-bpmnlint';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

window.vendor = { propertiesPanel: { common, bpmn, preact: { root, hooks, compat, jsxRuntime } } };

function registered(type) {
  return (window.plugins || []).filter(entry => entry.type === type).map(entry => entry.plugin);
}

/**
 * Lint rule plugins merged like the Modeler merges `lintRules.bpmn` contributions.
 */
function lintConfig() {
  const packs = registered('lintRules.bpmn');
  return {
    config: { rules: Object.assign({}, ...packs.map(pack => pack.config.rules)) },
    resolver: {
      resolveRule(pkg, name) {
        for (const pack of packs) {
          try {
            return pack.resolver.resolveRule(pkg, name);
          } catch (e) {
            // next pack
          }
        }
        throw new Error(`cannot resolve rule <${pkg}/${name}>`);
      },
      resolveConfig(pkg, name) {
        throw new Error(`cannot resolve config <${pkg}/${name}>`);
      }
    }
  };
}

window.startModeler = function() {
  const moddleExtensions = { camunda: camundaModdle };
  for (const descriptor of registered('bpmn.platform.modeler.moddleExtension')) {
    moddleExtensions[descriptor.name] = descriptor;
  }

  window.modeler = new BpmnModeler({
    container: '#canvas',
    propertiesPanel: { parent: '#properties' },
    linting: { bpmnlint: lintConfig(), active: true },
    additionalModules: [
      bpmn.BpmnPropertiesPanelModule,
      bpmn.BpmnPropertiesProviderModule,
      bpmn.CamundaPlatformPropertiesProviderModule,
      CamundaBehaviorsModule,
      LintModule,
      ...registered('bpmn.platform.modeler.additionalModules')
    ],
    moddleExtensions
  });

  return Object.keys(moddleExtensions);
};
