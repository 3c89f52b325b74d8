'use strict';

const { taskRule } = require('../lib/rule');
const { label } = require('../lib/model');

module.exports = taskRule((task, facts, report) => {
  if (facts.lane && facts.namedCustomerLane !== undefined && facts.namedCustomerLane === facts.lane.lane.id) {
    report(`Task ${label(task)} names its own lane ${label(facts.lane.lane)} as its customer: nobody can accept their own work`);
  }
});
