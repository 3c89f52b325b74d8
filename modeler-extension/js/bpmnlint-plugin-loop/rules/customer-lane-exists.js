'use strict';

const { taskRule } = require('../lib/rule');
const { label } = require('../lib/model');

module.exports = taskRule((task, facts, report, index) => {
  const named = facts.namedCustomerLane;

  if (named !== undefined && !index.lanes.has(named)) {
    report(`Task ${label(task)} names customer lane '${named}', which is not a lane of this diagram`);
  }
});
