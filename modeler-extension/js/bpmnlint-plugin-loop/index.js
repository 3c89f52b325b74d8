'use strict';

/**
 * bpmnlint-plugin-loop: the model rules of docs/rules.md, one file per stable code.
 *
 * `rules` maps names to paths, as bpmnlint's node resolver expects; bundles use `packed.js`.
 */

const SEVERITIES = {
  'lane-role': 'error',
  'lane-party': 'error',
  'lane-party-missing': 'error',
  'task-customer': 'error',
  'customer-lane-exists': 'error',
  'customer-lane-role': 'error',
  'customer-lane-self': 'error',
  'conditions-missing': 'error',
  'condition-id': 'error',
  'condition-text': 'error',
  'check-expression': 'error',
  'duration': 'error',
  'separation-of-duties': 'error',
  'task-not-gateable': 'warn',
  'conditions-without-customer': 'warn',
  'interrupting-event': 'error',
  'multi-instance-completion': 'error'
};

const rules = {
  'lane-role': './rules/lane-role',
  'lane-party': './rules/lane-party',
  'lane-party-missing': './rules/lane-party-missing',
  'task-customer': './rules/task-customer',
  'customer-lane-exists': './rules/customer-lane-exists',
  'customer-lane-role': './rules/customer-lane-role',
  'customer-lane-self': './rules/customer-lane-self',
  'conditions-missing': './rules/conditions-missing',
  'condition-id': './rules/condition-id',
  'condition-text': './rules/condition-text',
  'check-expression': './rules/check-expression',
  'duration': './rules/duration',
  'separation-of-duties': './rules/separation-of-duties',
  'task-not-gateable': './rules/task-not-gateable',
  'conditions-without-customer': './rules/conditions-without-customer',
  'interrupting-event': './rules/interrupting-event',
  'multi-instance-completion': './rules/multi-instance-completion'
};

module.exports = {
  configs: {
    recommended: { rules: SEVERITIES }
  },
  rules
};
