'use strict';

const { taskRule } = require('../lib/rule');
const { label } = require('../lib/model');

module.exports = taskRule((task, facts, report, index) => {
  const named = index.lanes.get(facts.namedCustomerLane);

  // naming the task's own lane is customer-lane-self's finding, not this one's
  if (named && named.role !== 'customer' && named !== facts.lane) {
    report(`Task ${label(task)} names ${label(named.lane)} as its customer, but that lane is not a customer lane`);
  }
});
