import { h } from '@bpmn-io/properties-panel/preact';
import {
  CheckboxEntry, TextFieldEntry, isCheckboxEntryEdited, isTextFieldEntryEdited
} from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';

import { moveCondition, updateCondition } from './conditionCommands';
import { validateCheck, validateConditionId } from './validation';

export function ConditionProps({ idPrefix, element, condition, index, count }) {
  const common = { element, condition };

  return [
    { id: `${idPrefix}-text`, ...common, component: ConditionText, isEdited: isTextFieldEntryEdited },
    { id: `${idPrefix}-id`, ...common, component: ConditionId, isEdited: isTextFieldEntryEdited },
    { id: `${idPrefix}-required`, ...common, component: ConditionRequired, isEdited: isCheckboxEntryEdited },
    { id: `${idPrefix}-check`, ...common, component: ConditionCheck, isEdited: isTextFieldEntryEdited },
    { id: `${idPrefix}-order`, ...common, index, count, component: ConditionOrder }
  ];
}

function useUpdate(element, condition) {
  const commandStack = useService('commandStack');
  return properties => updateCondition({ element, condition, properties, commandStack });
}

function ConditionText({ id, element, condition }) {
  const translate = useService('translate');
  const debounce = useService('debounceInput');
  const update = useUpdate(element, condition);

  return <TextFieldEntry
    id={ id }
    element={ element }
    label={ translate('Text') }
    description={ translate('What must be true for the customer to accept') }
    debounce={ debounce }
    getValue={ () => condition.get('text') || '' }
    setValue={ value => update({ text: value || '' }) }
  />;
}

function ConditionId({ id, element, condition }) {
  const translate = useService('translate');
  const debounce = useService('debounceInput');
  const update = useUpdate(element, condition);

  return <TextFieldEntry
    id={ id }
    element={ element }
    label={ translate('ID') }
    debounce={ debounce }
    validate={ validateConditionId }
    getValue={ () => condition.get('id') || '' }
    setValue={ value => update({ id: value || undefined }) }
  />;
}

function ConditionRequired({ id, element, condition }) {
  const translate = useService('translate');
  const update = useUpdate(element, condition);

  return <CheckboxEntry
    id={ id }
    element={ element }
    label={ translate('Required for acceptance') }
    getValue={ () => condition.get('required') !== false }
    // required is the default: store only the exception
    setValue={ value => update({ required: value ? undefined : false }) }
  />;
}

function ConditionCheck({ id, element, condition }) {
  const translate = useService('translate');
  const debounce = useService('debounceInput');
  const update = useUpdate(element, condition);

  return <TextFieldEntry
    id={ id }
    element={ element }
    label={ translate('Check (optional)') }
    description={ translate('Machine check before "done", e.g. ${assetTag != null}') }
    debounce={ debounce }
    validate={ validateCheck }
    getValue={ () => condition.get('check') || '' }
    setValue={ value => update({ check: value || undefined }) }
  />;
}

function ConditionOrder({ id, element, condition, index, count }) {
  const translate = useService('translate');
  const commandStack = useService('commandStack');

  const move = delta => event => {
    event.stopPropagation();
    moveCondition({ element, condition, delta, commandStack });
  };

  return <div class="bio-properties-panel-entry loop-condition-order" data-entry-id={ id }>
    <button type="button" class="loop-condition-move loop-condition-move-up" disabled={ index === 0 }
      title={ translate('Move up') } onClick={ move(-1) }>{ '↑ ' + translate('Move up') }</button>
    <button type="button" class="loop-condition-move loop-condition-move-down" disabled={ index === count - 1 }
      title={ translate('Move down') } onClick={ move(1) }>{ '↓ ' + translate('Move down') }</button>
  </div>;
}
