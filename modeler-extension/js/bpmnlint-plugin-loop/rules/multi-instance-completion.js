'use strict';

const { is } = require('bpmnlint-utils');

const { documentRule } = require('../lib/rule');
const { gatedTasksIn, label, taskFacts, taskNames } = require('../lib/model');

/**
 * A parallel multi-instance gated task (or sub-process holding one) must not have a completion
 * condition: once it holds, the instances still open would be cancelled before their customers accept.
 * A sequential one is fine: no other instance is open when its condition is checked.
 */
module.exports = documentRule((node, index, report) => {
  let what;
  if (is(node, 'bpmn:Task')) {
    if (!hasCompletion(node) || !taskFacts(index, node).gated) {
      return;
    }
    what = `Task ${label(node)} is a parallel multi-instance task`;
  } else if (is(node, 'bpmn:SubProcess') && !node.get('triggeredByEvent')) {
    if (!hasCompletion(node) || !gatedTasksIn(index, node).length) {
      return;
    }
    what = `Sub-process ${label(node)} holds ${taskNames(gatedTasksIn(index, node))} and is parallel multi-instance`;
  } else {
    return;
  }

  report(`${what} with a completion condition: once it holds, the instances still open would be cancelled before their customers accept; remove the completion condition, or make the multi-instance sequential`);
});

function hasCompletion(activity) {
  const loop = activity.get('loopCharacteristics');
  if (!loop || !is(loop, 'bpmn:MultiInstanceLoopCharacteristics') || loop.get('isSequential')) {
    return false;
  }
  const condition = loop.get('completionCondition');
  return !!condition && typeof condition.body === 'string' && condition.body.trim() !== '';
}
