import BpmnModeler from 'bpmn-js/lib/Modeler';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule
} from 'bpmn-js-properties-panel';
import CamundaBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import LintModule from 'bpmn-js-bpmnlint';

import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';

import LoopModule, { loopLintConfig, loopModdleDescriptor } from '../../src';

/**
 * The modeler as Camunda Modeler sets it up for Camunda 7 diagrams, plus the loop module and live lint
 * with the loop rules only (bpmnlint's generic rules are Camunda Modeler's business, not ours).
 */
export function createModeler({ container, propertiesParent }) {
  return new BpmnModeler({
    container,
    propertiesPanel: { parent: propertiesParent },
    linting: { bpmnlint: loopLintConfig, active: true },
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule,
      CamundaBehaviorsModule,
      LintModule,
      LoopModule
    ],
    moddleExtensions: {
      camunda: camundaModdle,
      loop: loopModdleDescriptor
    }
  });
}
