'use strict';

/**
 * The plugin as a "packed" bpmnlint config `{ config, resolver }` for bundles (bpmn-js-bpmnlint in the
 * web modeler, `lintRules.bpmn` in Camunda Modeler), which cannot resolve rule paths at run time.
 * What bpmnlint-pack-config would generate, without a build step; a test checks it lists every rule.
 */

const { configs } = require('./index');

const PKG = 'bpmnlint-plugin-loop';

const factories = {
  'lane-role': require('./rules/lane-role'),
  'lane-party': require('./rules/lane-party'),
  'lane-party-missing': require('./rules/lane-party-missing'),
  'task-customer': require('./rules/task-customer'),
  'customer-lane-exists': require('./rules/customer-lane-exists'),
  'customer-lane-role': require('./rules/customer-lane-role'),
  'customer-lane-self': require('./rules/customer-lane-self'),
  'conditions-missing': require('./rules/conditions-missing'),
  'condition-id': require('./rules/condition-id'),
  'condition-text': require('./rules/condition-text'),
  'check-expression': require('./rules/check-expression'),
  'duration': require('./rules/duration'),
  'separation-of-duties': require('./rules/separation-of-duties'),
  'task-not-gateable': require('./rules/task-not-gateable'),
  'conditions-without-customer': require('./rules/conditions-without-customer'),
  'interrupting-event': require('./rules/interrupting-event'),
  'multi-instance-completion': require('./rules/multi-instance-completion')
};

// flattened, as hosts merge `config.rules` of several plugins
const rules = {};
for (const [ name, severity ] of Object.entries(configs.recommended.rules)) {
  rules[`loop/${name}`] = severity;
}

const resolver = {
  resolveRule(pkg, ruleName) {
    const factory = pkg === PKG && factories[ruleName];
    if (!factory) {
      throw new Error(`cannot resolve rule <${ruleName}> in <${pkg}>`);
    }
    return factory;
  },

  resolveConfig(pkg, configName) {
    throw new Error(`cannot resolve config <${configName}> in <${pkg}>`);
  }
};

module.exports = { config: { rules }, resolver, factories };
