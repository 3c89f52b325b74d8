/**
 * The client bundle of the Camunda Modeler plugin: registers, for Camunda 7 (platform) diagrams, the
 * loop moddle extension, the panel + renderer module and the loop lint rules. It registers only;
 * the Modeler builds the modeler and provides the properties panel (aliased at build time).
 */
import {
  registerClientPlugin,
  registerPlatformBpmnJSModdleExtension,
  registerPlatformBpmnJSPlugin
} from 'camunda-modeler-plugin-helpers';

import LoopModule, { loopLintConfig, loopModdleDescriptor } from '../../src';

import '../../src/style.css';

registerPlatformBpmnJSModdleExtension(loopModdleDescriptor);
registerPlatformBpmnJSPlugin(LoopModule);

// `bpmn` is the Camunda 7 tab type (`cloud-bpmn` would be Camunda 8)
registerClientPlugin(loopLintConfig, 'lintRules.bpmn');
