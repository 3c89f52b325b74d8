/**
 * The ActionLoop bpmn-js module: properties panel groups and badges for customer/performer lanes and
 * conditions of satisfaction. Needs the `loop` moddle extension (see `./moddle`) and, for the panel,
 * bpmn-js-properties-panel's BpmnPropertiesPanelModule + BpmnPropertiesProviderModule.
 */
import LoopPropertiesModule from './properties';
import LoopRenderModule from './render';

export { default as loopModdleDescriptor } from './moddle';
export { default as loopLintConfig } from './lint';

export default {
  __depends__: [ LoopPropertiesModule, LoopRenderModule ]
};
