/**
 * Read access to the loop annotations for the panel and the renderer. The document-level terms (lane of
 * a task, pool's customer lane) come from the lint plugin, so panel, lint and engine agree on them.
 */
import { is, getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';

import { buildIndex, definitionsOf, taskFacts } from 'bpmnlint-plugin-loop/lib/model';

export function getConditionsContainer(element) {
  const extensionElements = getBusinessObject(element).get('extensionElements');

  return ((extensionElements && extensionElements.get('values')) || [])
    .find(value => is(value, 'loop:Conditions'));
}

export function getConditions(element) {
  const container = getConditionsContainer(element);
  return container ? container.get('conditions') : [];
}

/**
 * @return {{ lanes: Map, facts: object }} the document's lanes and the task's customer facts
 */
export function getTaskFacts(element) {
  const bo = getBusinessObject(element);
  const index = buildIndex(definitionsOf(bo));

  return { lanes: index.lanes, facts: taskFacts(index, bo) };
}

export function laneName(lane) {
  return lane.get('name') || lane.id;
}

/**
 * A condition id not yet used on the task: c1, c2, ...
 */
export function nextConditionId(element) {
  const used = new Set(getConditions(element).map(condition => condition.get('id')));

  let n = used.size + 1;
  while (used.has(`c${n}`)) {
    n++;
  }
  return `c${n}`;
}
