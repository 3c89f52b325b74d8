'use strict';

const { taskRule } = require('../lib/rule');
const { label } = require('../lib/model');

module.exports = taskRule((task, facts, report, index) => {
  const named = index.lanes.get(facts.namedCustomerLane);

  if (named && named.role !== 'customer') {
    report(`Task ${label(task)} names ${label(named.lane)} as its customer, but that lane is not a customer lane`);
  }
});
