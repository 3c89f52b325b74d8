'use strict';

const { taskRule } = require('../lib/rule');
const { isGateable, label } = require('../lib/model');

module.exports = taskRule((task, facts, report) => {
  if (facts.hasCustomer && !isGateable(task)) {
    report(`Task ${label(task)} has a customer, but the engine cannot hold a ${task.$type.replace('bpmn:', '')}: make it a user task or an external task`);
  }
});
