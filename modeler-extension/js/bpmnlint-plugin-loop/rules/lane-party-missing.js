'use strict';

const { laneRule } = require('../lib/rule');
const { label } = require('../lib/model');

module.exports = laneRule((lane, facts, report) => {
  const party = lane.get('loop:party');

  if (facts.role === 'customer' && (party === undefined || party === null)) {
    report(`Customer lane ${label(lane)} names no party, so nobody could accept its work`);
  }
});
