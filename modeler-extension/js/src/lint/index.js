import packed from 'bpmnlint-plugin-loop/packed';

/**
 * The loop rules as a packed bpmnlint config `{ config, resolver }`, as bpmn-js-bpmnlint (`linting.bpmnlint`)
 * and Camunda Modeler (`lintRules.bpmn`) expect it.
 */
export default {
  config: packed.config,
  resolver: packed.resolver
};
