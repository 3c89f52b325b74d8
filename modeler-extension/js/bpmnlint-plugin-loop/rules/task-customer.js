'use strict';

const { taskRule } = require('../lib/rule');
const { label } = require('../lib/model');

module.exports = taskRule((task, facts, report) => {
  if (!facts.inPerformerLane || facts.namedCustomerLane !== undefined) {
    return;
  }

  const count = facts.poolCustomerLanes.length;

  if (count === 0) {
    report(`Task ${label(task)} has no customer: mark a lane of its pool as customer, or pick a customer lane`);
  } else if (count > 1) {
    const names = facts.poolCustomerLanes.map(info => label(info.lane)).join(', ');
    report(`Task ${label(task)} has no clear customer: its pool has ${count} customer lanes (${names}); pick one`);
  }
});
