'use strict';

const { is, isAny } = require('bpmnlint-utils');

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
        const ownParty = lane.get('loop:party');

        // a nested lane without a role (party) takes its nearest ancestor's, whatever its value
        const role = isSet(ownRole) ? ownRole : (parent ? parent.role : undefined);
        const party = isSet(ownParty) ? ownParty : (parent ? parent.party : undefined);
        const info = { lane, parent, process, ownRole, role, party, depth };

        if (lane.id) {
          lanes.set(lane.id, info);
        }

        for (const node of lane.get('flowNodeRef') || []) {
          const current = laneOfNode.get(node.id);
          if (!current || current.depth < depth) {
            laneOfNode.set(node.id, info);
          }
        }

        // only an explicit role makes a pool's customer lane; nested lanes inheriting it are part of it
        if (process && ownRole === 'customer') {
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

      // lanes of sub-processes can be the lane of a flow node, never a pool's customer lane
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

function isSet(value) {
  return value !== undefined && value !== null;
}

function definitionsOf(element) {
  let current = element;
  while (current && current.$parent) {
    current = current.$parent;
  }
  return current;
}

/**
 * Everything the task rules need about one task, in the terms of docs/rules.md.
 */
function taskFacts(index, task) {
  const lane = index.laneOfNode.get(task.id) || null;
  const named = task.get('loop:customerLane');
  const hasNamed = isSet(named);

  // the pool is the process that owns the task's lane
  const poolCustomerLanes = (lane && index.customerLanesByProcess.get(lane.process)) || [];

  let customerLane = null;
  if (hasNamed) {
    customerLane = index.lanes.get(named) || null;
  } else if (poolCustomerLanes.length === 1) {
    customerLane = poolCustomerLanes[0];
  }

  const inPerformerLane = !!lane && lane.role === 'performer';
  const hasCustomer = hasNamed || inPerformerLane;

  return {
    lane,
    namedCustomerLane: hasNamed ? named : undefined,
    poolCustomerLanes,
    customerLane,
    // exists, is a customer lane and is not the task's own lane
    customerLaneResolves: !!customerLane && customerLane.role === 'customer' && customerLane !== lane,
    inPerformerLane,
    hasCustomer,
    gated: hasCustomer && isGateable(task)
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

/**
 * The task's own performer assignments as party entries. A list holding an expression is left out:
 * it resolves at run time, where the engine checks the person.
 */
function taskAssignmentEntries(task) {
  const literals = (value, prefix) => {
    if (!isSet(value) || /[$#]\{/.test(String(value))) {
      return [];
    }
    return String(value).split(',').map(s => s.trim()).filter(Boolean).map(id => prefix + id);
  };

  // Camunda's assignment attributes exist on user tasks only
  if (!is(task, 'bpmn:UserTask')) {
    return [];
  }

  return [
    ...literals(task.get('camunda:assignee'), 'user:'),
    ...literals(task.get('camunda:candidateUsers'), 'user:'),
    ...literals(task.get('camunda:candidateGroups'), 'group:')
  ];
}

/**
 * The gated tasks at any depth inside a process or sub-process (event sub-processes included), in
 * document order; computed once per container and index.
 */
function gatedTasksIn(index, container) {
  if (!index.gatedIn) {
    index.gatedIn = new Map();
  }
  let tasks = index.gatedIn.get(container);
  if (!tasks) {
    tasks = [];
    for (const element of container.get('flowElements') || []) {
      if (is(element, 'bpmn:Task') && taskFacts(index, element).gated) {
        tasks.push(element);
      } else if (is(element, 'bpmn:SubProcess')) {
        tasks.push(...gatedTasksIn(index, element));
      }
    }
    index.gatedIn.set(container, tasks);
  }
  return tasks;
}

/**
 * The kind of event ('timer ', 'message ', ...) that would interrupt work, or null when none of its
 * definitions does: error and compensation events only follow the loop's own outcomes.
 */
function interruptingKind(eventDefinitions) {
  const kinds = {
    'bpmn:TimerEventDefinition': 'timer ',
    'bpmn:MessageEventDefinition': 'message ',
    'bpmn:SignalEventDefinition': 'signal ',
    'bpmn:ConditionalEventDefinition': 'conditional ',
    'bpmn:EscalationEventDefinition': 'escalation ',
    'bpmn:CancelEventDefinition': 'cancel '
  };
  for (const definition of eventDefinitions || []) {
    if (isAny(definition, [ 'bpmn:ErrorEventDefinition', 'bpmn:CompensateEventDefinition' ])) {
      continue;
    }
    return kinds[definition.$type] || '';
  }
  return null;
}

/** Task 'A'; tasks 'A', 'B' and 'C'; tasks 'A', 'B', 'C' and 2 more. */
function taskNames(tasks) {
  if (tasks.length === 1) {
    return `task ${label(tasks[0])}`;
  }
  const named = tasks.slice(0, 3).map(label);
  return tasks.length > 3
    ? `tasks ${named.join(', ')} and ${tasks.length - 3} more`
    : `tasks ${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
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
  definitionsOf,
  isSet,
  label,
  gatedTasksIn,
  interruptingKind,
  taskNames
};
