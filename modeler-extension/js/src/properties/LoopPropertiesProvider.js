import { is } from 'bpmn-js/lib/util/ModelUtil';

import { ListGroup } from '@bpmn-io/properties-panel';

import { LaneProps } from './LaneProps';
import { CustomerProps } from './CustomerProps';
import { ConditionsProps } from './ConditionsProps';

// after the BPMN and Camunda providers, so our groups can be placed relative to theirs
const LOW_PRIORITY = 400;

/**
 * Adds the loop groups: "Customer / performer" on lanes; "Customer" and "Conditions of satisfaction"
 * on tasks, right below "General" where analysts look first.
 */
export default function LoopPropertiesProvider(propertiesPanel, injector, translate) {
  this.getGroups = function(element) {
    return function(groups) {
      const loopGroups = [];

      if (is(element, 'bpmn:Lane')) {
        loopGroups.push({
          id: 'loop-lane',
          label: translate('Customer / performer'),
          entries: LaneProps({ element, translate })
        });
      }

      if (is(element, 'bpmn:Task')) {
        loopGroups.push({
          id: 'loop-customer',
          label: translate('Customer'),
          entries: CustomerProps({ element, translate })
        }, {
          id: 'loop-conditions',
          label: translate('Conditions of satisfaction'),
          component: ListGroup,
          ...ConditionsProps({ element, injector, translate })
        });
      }

      const general = groups.findIndex(group => group.id === 'general');
      groups.splice(general + 1, 0, ...loopGroups);

      return groups;
    };
  };

  // after getGroups exists: the panel checks for it on registration
  propertiesPanel.registerProvider(LOW_PRIORITY, this);
}

LoopPropertiesProvider.$inject = [ 'propertiesPanel', 'injector', 'translate' ];
