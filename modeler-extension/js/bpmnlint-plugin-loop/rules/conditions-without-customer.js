'use strict';

const { taskRule } = require('../lib/rule');
const { conditionsOf, label } = require('../lib/model');

module.exports = taskRule((task, facts, report) => {
  if (facts.hasCustomer) {
    return;
  }

  const durations = [ 'loop:promiseWithin', 'loop:acceptWithin' ]
    .some(attribute => task.get(attribute) !== undefined && task.get(attribute) !== null);

  if (conditionsOf(task).length || durations) {
    report(`Task ${label(task)} has conditions or deadlines but no customer, so nothing will be gated: put it in a performer lane or pick a customer lane`);
  }
});
