import { ConditionProps } from './ConditionProps';
import { addCondition, removeCondition } from './conditionCommands';
import { getConditions } from '../model';

/**
 * The condition list of a task as a properties-panel ListGroup: one collapsible item per condition.
 */
export function ConditionsProps({ element, injector, translate }) {
  const bpmnFactory = injector.get('bpmnFactory');
  const commandStack = injector.get('commandStack');

  const conditions = getConditions(element);

  const items = conditions.map((condition, index) => {
    const id = `${element.id}-loop-condition-${index}`;
    const text = condition.get('text');

    return {
      id,
      label: text || condition.get('id') || translate('<empty condition>'),
      entries: ConditionProps({ idPrefix: id, element, condition, index, count: conditions.length }),
      autoFocusEntry: `${id}-text`,
      remove: event => {
        event.stopPropagation();
        removeCondition({ element, condition, commandStack });
      }
    };
  });

  return {
    items,
    add: event => {
      event.stopPropagation();
      addCondition({ element, bpmnFactory, commandStack });
    }
  };
}
