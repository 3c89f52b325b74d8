import { is } from 'bpmn-js/lib/util/ModelUtil';

import { getConditions } from '../model';

/**
 * Whether a task is gated depends on its lane's role, so a change to a lane (or pool) redraws the
 * condition badges of tasks that did not change themselves. Redrawn in place: no further events, so
 * lint and the panel do not run twice.
 */
export default function LaneChangeRefresh(eventBus, elementRegistry, graphicsFactory) {
  eventBus.on('elements.changed', ({ elements }) => {
    if (!elements.some(element => is(element, 'bpmn:Lane') || is(element, 'bpmn:Participant'))) {
      return;
    }

    const changed = new Set(elements);
    const tasks = elementRegistry.filter(element =>
      is(element, 'bpmn:Task') && !element.labelTarget && !changed.has(element) && getConditions(element).length);

    for (const task of tasks) {
      graphicsFactory.update('shape', task, elementRegistry.getGraphics(task));
    }
  });
}

LaneChangeRefresh.$inject = [ 'eventBus', 'elementRegistry', 'graphicsFactory' ];
