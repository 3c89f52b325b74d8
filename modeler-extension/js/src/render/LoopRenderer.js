import inherits from 'inherits-browser';

import BaseRenderer from 'diagram-js/lib/draw/BaseRenderer';

import { is, getBusinessObject, getDi } from 'bpmn-js/lib/util/ModelUtil';

import { getConditions, getTaskFacts } from '../model';
import { drawConditionsBadge, drawRoleBadge } from './badges';

// above bpmn-js' BpmnRenderer (1000), which it delegates to for the shape itself
const HIGH_PRIORITY = 1500;

// the lane's name strip, on the left of a horizontal lane and on top of a vertical one
const LABEL_STRIP = 30;

/**
 * Badges customer/performer lanes and tasks' condition counts (green when the task is gated, grey
 * when nobody would check them). bpmn-js re-renders a shape when a
 * command changes it, so the badges follow every (undoable) edit without extra wiring.
 */
export default function LoopRenderer(eventBus, bpmnRenderer) {
  BaseRenderer.call(this, eventBus, HIGH_PRIORITY);
  this._bpmnRenderer = bpmnRenderer;
}

inherits(LoopRenderer, BaseRenderer);

LoopRenderer.$inject = [ 'eventBus', 'bpmnRenderer' ];

LoopRenderer.prototype.canRender = function(element) {
  if (element.labelTarget) {
    return false;
  }
  if (is(element, 'bpmn:Lane')) {
    return !!getBusinessObject(element).get('loop:role');
  }
  return is(element, 'bpmn:Task') && getConditions(element).length > 0;
};

LoopRenderer.prototype.drawShape = function(parent, element) {
  const shape = this._bpmnRenderer.drawShape(parent, element);

  if (is(element, 'bpmn:Lane')) {
    const bo = getBusinessObject(element);
    const horizontal = getDi(element).get('isHorizontal') !== false;

    drawRoleBadge(parent, {
      role: bo.get('loop:role'),
      party: bo.get('loop:party'),
      x: horizontal ? LABEL_STRIP + 6 : 6,
      y: horizontal ? 6 : LABEL_STRIP + 6
    });
  } else {
    drawConditionsBadge(parent, {
      count: getConditions(element).length,
      width: element.width,
      gated: getTaskFacts(element).facts.gated
    });
  }

  return shape;
};

LoopRenderer.prototype.getShapePath = function(element) {
  return this._bpmnRenderer.getShapePath(element);
};
