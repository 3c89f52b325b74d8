/**
 * Changes to a task's condition list. Each is one `properties-panel.multi-command-executor` command,
 * so one undo reverts exactly one user action (e.g. "add" also creating the containers).
 */
import { getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';

import { getConditionsContainer, nextConditionId } from '../model';

function update(element, moddleElement, properties) {
  return { cmd: 'element.updateModdleProperties', context: { element, moddleElement, properties } };
}

function create(bpmnFactory, type, properties, parent) {
  const element = bpmnFactory.create(type, properties);
  element.$parent = parent;
  return element;
}

export function addCondition({ element, bpmnFactory, commandStack }) {
  const bo = getBusinessObject(element);
  const commands = [];

  let extensionElements = bo.get('extensionElements');
  if (!extensionElements) {
    extensionElements = create(bpmnFactory, 'bpmn:ExtensionElements', { values: [] }, bo);
    commands.push(update(element, bo, { extensionElements }));
  }

  let container = getConditionsContainer(element);
  if (!container) {
    container = create(bpmnFactory, 'loop:Conditions', { conditions: [] }, extensionElements);
    commands.push(update(element, extensionElements, { values: [ ...extensionElements.get('values'), container ] }));
  }

  const condition = create(bpmnFactory, 'loop:Condition', { id: nextConditionId(element), text: '' }, container);
  commands.push(update(element, container, { conditions: [ ...container.get('conditions'), condition ] }));

  commandStack.execute('properties-panel.multi-command-executor', commands);
  return condition;
}

export function removeCondition({ element, condition, commandStack }) {
  const container = getConditionsContainer(element);
  const conditions = container.get('conditions').filter(c => c !== condition);
  const commands = [ update(element, container, { conditions }) ];

  // an empty <loop:conditions/> says nothing; drop it with the last condition
  if (!conditions.length) {
    const extensionElements = getBusinessObject(element).get('extensionElements');
    commands.push(update(element, extensionElements, {
      values: extensionElements.get('values').filter(value => value !== container)
    }));
  }

  commandStack.execute('properties-panel.multi-command-executor', commands);
}

/**
 * Moves a condition one place up (delta -1) or down (+1); order matters to the customer reading them.
 */
export function moveCondition({ element, condition, delta, commandStack }) {
  const container = getConditionsContainer(element);
  const conditions = [ ...container.get('conditions') ];
  const from = conditions.indexOf(condition);
  const to = from + delta;

  if (from < 0 || to < 0 || to >= conditions.length) {
    return;
  }

  conditions.splice(from, 1);
  conditions.splice(to, 0, condition);

  commandStack.execute('properties-panel.multi-command-executor', [ update(element, container, { conditions }) ]);
}

export function updateCondition({ element, condition, properties, commandStack }) {
  commandStack.execute('element.updateModdleProperties', { element, moddleElement: condition, properties });
}
