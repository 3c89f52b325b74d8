'use strict';

const { is } = require('bpmnlint-utils');

const { documentRule } = require('../lib/rule');
const { gatedTasksIn, interruptingKind, label, taskFacts, taskNames } = require('../lib/model');

const CATCH_LOOP = 'catch LOOP_CANCELLED, LOOP_DECLINED or LOOP_RELEASED with an error boundary event';

/**
 * No interrupting event may take the token from a gated task: not a boundary event on the task or on a
 * sub-process holding one, not an event sub-process in a scope holding one. Error and compensation
 * events and non-interrupting events are fine.
 */
module.exports = documentRule((node, index, report) => {
  if (is(node, 'bpmn:BoundaryEvent')) {
    checkBoundary(node, index, report);
  } else if (is(node, 'bpmn:SubProcess') && node.get('triggeredByEvent')) {
    checkEventSubProcess(node, index, report);
  }
});

function checkBoundary(boundary, index, report) {
  const attached = boundary.get('attachedToRef');
  if (!attached || boundary.get('cancelActivity') === false) {
    return;
  }
  const kind = interruptingKind(boundary.get('eventDefinitions'));
  if (kind === null) {
    return;
  }

  let on;
  if (is(attached, 'bpmn:Task') && taskFacts(index, attached).gated) {
    on = `on task ${label(attached)} would take the token from the task before its customer accepts the work`;
  } else if (is(attached, 'bpmn:SubProcess') && gatedTasksIn(index, attached).length) {
    on = `on sub-process ${label(attached)} would cancel ${taskNames(gatedTasksIn(index, attached))} inside it before the customer accepts the work`;
  } else {
    return;
  }

  report(`Interrupting ${kind}boundary event ${label(boundary)} ${on}: make it non-interrupting; to react when the loop is left, ${CATCH_LOOP}`);
}

function checkEventSubProcess(eventSub, index, report) {
  const scope = eventSub.$parent;
  if (!scope || !scope.get('flowElements')) {
    return;
  }
  const own = new Set(gatedTasksIn(index, eventSub));
  const cancelled = gatedTasksIn(index, scope).filter(task => !own.has(task));
  if (!cancelled.length) {
    return;
  }

  for (const start of eventSub.get('flowElements') || []) {
    if (!is(start, 'bpmn:StartEvent') || start.get('isInterrupting') === false) {
      continue;
    }
    const kind = interruptingKind(start.get('eventDefinitions'));
    if (kind !== null) {
      report(`Interrupting ${kind}event sub-process ${label(eventSub)} would cancel ${taskNames(cancelled)} before the customer accepts the work: make its start event non-interrupting; to react when the loop is left, ${CATCH_LOOP} or an error event sub-process`);
      return;
    }
  }
}
