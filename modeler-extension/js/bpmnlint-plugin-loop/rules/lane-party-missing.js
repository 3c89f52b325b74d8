'use strict';

const { laneRule } = require('../lib/rule');
const { isSet, label } = require('../lib/model');

module.exports = laneRule((lane, facts, report) => {
  // an explicit customer lane; its party may come from an ancestor lane
  if (facts.ownRole === 'customer' && !isSet(facts.party)) {
    report(`Customer lane ${label(lane)} names no party, so nobody could accept its work: e.g. group:sales or \${initiator}`);
  }
});
