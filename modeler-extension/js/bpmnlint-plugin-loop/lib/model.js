'use strict';

const { is, isAny } = require('bpmnlint-utils');

const { isExpression } = require('./expression');

/**
 * The terms of docs/rules.md computed once per document: lanes with their effective role, the lane of
 * each flow node, the customer lanes of each process. Rules and the properties panel both read it, so
 * the panel's "Default: <lane>" is exactly the lane the linter and the engine will use.
 */
function buildIndex(definitions) {
  const lanes = new Map();
  const laneOfNode = new Map();
  const customerLanesByProcess = new Map();

  function visitLaneSets(laneSets, process, parent, depth) {
    for (const laneSet of laneSets || []) {
      for (const lane of laneSet.get('lanes') || []) {
        const ownRole = lane.get('loop:role');

        // a nested lane without a role takes the role of its nearest ancestor lane that has one
        const role = ownRole !== undefined && ownRole !== null ? ownRole : (parent ? parent.role : undefined);
        const info = { lane, parent, process, role, depth };

        if (lane.id) {
          lanes.set(lane.id, info);
        }

        for (const node of lane.get('flowNodeRef') || []) {
          const current = laneOfNode.get(node.id);
          if (!current || current.depth < depth) {
            laneOfNode.set(node.id, info);
          }
        }

        if (process && role === 'customer') {
          customerLanesByProcess.get(process).push(info);
        }

        visitLaneSets(lane.get('childLaneSet') ? [ lane.get('childLaneSet') ] : [], process, info, depth + 1);
      }
    }
  }

  for (const root of definitions.get('rootElements') || []) {
    if (is(root, 'bpmn:Process')) {
      customerLanesByProcess.set(root, []);
      visitLaneSets(root.get('laneSets'), root, null, 0);
    }
  }

  // lanes of sub-processes can be the lane of a flow node, never a pool's customer lane
  for (const root of definitions.get('rootElements') || []) {
    if (is(root, 'bpmn:Process')) {
      visitSubProcessLanes(root, visitLaneSets);
    }
  }

  return { lanes, laneOfNode, customerLanesByProcess };
}

function visitSubProcessLanes(container, visitLaneSets) {
  for (const element of container.get('flowElements') || []) {
    if (is(element, 'bpmn:SubProcess')) {
      visitLaneSets(element.get('laneSets'), null, null, 0);
      visitSubProcessLanes(element, visitLaneSets);
    }
  }
}

function processOf(element) {
  let current = element;
  while (current && !is(current, 'bpmn:Process')) {
    current = current.$parent;
  }
  return current;
}

function definitionsOf(element) {
  let current = element;
  while (current && current.$parent) {
    current = current.$parent;
  }
  return current;
}

/**
 * Everything the task rules need about one task.
 */
function taskFacts(index, task) {
  const lane = index.laneOfNode.get(task.id);
  const named = task.get('loop:customerLane');
  const hasNamed = named !== undefined && named !== null;
  const poolCustomerLanes = index.customerLanesByProcess.get(processOf(task)) || [];

  let customerLane = null;
  if (hasNamed) {
    customerLane = index.lanes.get(named) || null;
  } else if (poolCustomerLanes.length === 1) {
    customerLane = poolCustomerLanes[0];
  }

  const inPerformerLane = !!lane && lane.role === 'performer';

  return {
    lane,
    namedCustomerLane: hasNamed ? named : undefined,
    poolCustomerLanes,
    customerLane,
    inPerformerLane,
    hasCustomer: hasNamed || inPerformerLane
  };
}

function conditionsOf(task) {
  const extensionElements = task.get('extensionElements');
  const values = (extensionElements && extensionElements.get('values')) || [];

  return values
    .filter(value => is(value, 'loop:Conditions'))
    .flatMap(container => container.get('conditions') || []);
}

function isGateable(task) {
  if (is(task, 'bpmn:UserTask')) {
    return true;
  }
  return isAny(task, [ 'bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:BusinessRuleTask' ]) &&
    task.get('camunda:type') === 'external';
}

function splitList(value) {
  return value === undefined || value === null ? [] : String(value).split(',').map(s => s.trim()).filter(Boolean);
}

/**
 * The task's own performer assignments (literal values only), as party entries.
 */
function taskAssignmentEntries(task) {
  const literal = value => !isExpression(value);

  return [
    ...splitList(task.get('camunda:assignee')).filter(literal).map(id => `user:${id}`),
    ...splitList(task.get('camunda:candidateUsers')).filter(literal).map(id => `user:${id}`),
    ...splitList(task.get('camunda:candidateGroups')).filter(literal).map(id => `group:${id}`)
  ];
}

function label(element) {
  return element.name ? `'${element.name}'` : `'${element.id}'`;
}

module.exports = {
  buildIndex,
  taskFacts,
  conditionsOf,
  isGateable,
  taskAssignmentEntries,
  processOf,
  definitionsOf,
  label
};
