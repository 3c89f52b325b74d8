import { h } from '@bpmn-io/properties-panel/preact';
import { SelectEntry, TextFieldEntry, isSelectEntryEdited, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';

import { getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';

import { validateParty } from './validation';

export function LaneProps({ element }) {
  return [
    { id: 'loop-role', element, component: RoleEntry, isEdited: isSelectEntryEdited },
    { id: 'loop-party', element, component: PartyEntry, isEdited: isTextFieldEntryEdited }
  ];
}

function RoleEntry({ element, id }) {
  const modeling = useService('modeling');
  const translate = useService('translate');

  return <SelectEntry
    id={ id }
    element={ element }
    label={ translate('Role') }
    getValue={ () => getBusinessObject(element).get('loop:role') || '' }
    setValue={ value => modeling.updateProperties(element, { 'loop:role': value || undefined }) }
    getOptions={ () => [
      { value: '', label: translate('None') },
      { value: 'customer', label: translate('Customer (asks for and accepts the work)') },
      { value: 'performer', label: translate('Performer (promises and delivers it)') }
    ] }
  />;
}

function PartyEntry({ element, id }) {
  const modeling = useService('modeling');
  const translate = useService('translate');
  const debounce = useService('debounceInput');

  return <TextFieldEntry
    id={ id }
    element={ element }
    label={ translate('Party') }
    description={ translate('Who plays this lane, comma-separated: user:alice, group:it-desk, ${initiator}') }
    debounce={ debounce }
    validate={ validateParty }
    getValue={ () => getBusinessObject(element).get('loop:party') || '' }
    setValue={ value => modeling.updateProperties(element, { 'loop:party': value || undefined }) }
  />;
}
