import { h } from '@bpmn-io/properties-panel/preact';
import { SelectEntry, TextFieldEntry, isSelectEntryEdited, isTextFieldEntryEdited } from '@bpmn-io/properties-panel';
import { useService } from 'bpmn-js-properties-panel';

import { getBusinessObject } from 'bpmn-js/lib/util/ModelUtil';

import { getTaskFacts, laneName } from '../model';
import { validateDuration } from './validation';

export function CustomerProps({ element }) {
  return [
    { id: 'loop-customerLane', element, component: CustomerLaneEntry, isEdited: isSelectEntryEdited },
    { id: 'loop-promiseWithin', element, component: DurationEntry, attribute: 'loop:promiseWithin', label: 'Promise within', isEdited: isTextFieldEntryEdited },
    { id: 'loop-acceptWithin', element, component: DurationEntry, attribute: 'loop:acceptWithin', label: 'Accept within', isEdited: isTextFieldEntryEdited }
  ];
}

/**
 * The empty option is not "nothing": it is the pool's customer lane, and it says which one, so the
 * analyst sees the customer the engine will use without opening the lanes.
 */
function defaultLabel(facts, translate) {
  const pool = facts.poolCustomerLanes;

  if (pool.length === 1) {
    return translate('Default: {lane}', { lane: laneName(pool[0].lane) });
  }
  if (pool.length === 0) {
    return translate('Default: none (no customer lane in this pool)');
  }
  return translate('Default: unclear ({count} customer lanes)', { count: pool.length });
}

function CustomerLaneEntry({ element, id }) {
  const modeling = useService('modeling');
  const translate = useService('translate');

  const getOptions = () => {
    const { lanes, facts } = getTaskFacts(element);

    const options = [ { value: '', label: defaultLabel(facts, translate) } ];

    for (const info of lanes.values()) {
      const role = info.role === 'customer' || info.role === 'performer' ? ` (${info.role})` : '';
      options.push({ value: info.lane.id, label: `${laneName(info.lane)}${role}` });
    }

    // keep a dangling reference visible instead of silently showing the default
    const named = facts.namedCustomerLane;
    if (named && !lanes.has(named)) {
      options.push({ value: named, label: translate('{lane} (missing)', { lane: named }) });
    }

    return options;
  };

  const description = () => {
    const { facts } = getTaskFacts(element);
    if (facts.hasCustomer) {
      return facts.customerLane
        ? translate('Gated: {lane} accepts this work', { lane: laneName(facts.customerLane.lane) })
        : translate('Gated, but the customer is unclear');
    }
    return translate('Not gated: put the task in a performer lane or pick a customer lane');
  };

  return <SelectEntry
    id={ id }
    element={ element }
    label={ translate('Customer lane') }
    description={ description() }
    getValue={ () => getBusinessObject(element).get('loop:customerLane') || '' }
    setValue={ value => modeling.updateProperties(element, { 'loop:customerLane': value || undefined }) }
    getOptions={ getOptions }
  />;
}

function DurationEntry({ element, id, attribute, label }) {
  const modeling = useService('modeling');
  const translate = useService('translate');
  const debounce = useService('debounceInput');

  return <TextFieldEntry
    id={ id }
    element={ element }
    label={ translate(label) }
    description={ translate('ISO-8601 duration, e.g. P2D (2 days), PT4H (4 hours)') }
    debounce={ debounce }
    validate={ validateDuration }
    getValue={ () => getBusinessObject(element).get(attribute) || '' }
    setValue={ value => modeling.updateProperties(element, { [attribute]: value || undefined }) }
  />;
}
