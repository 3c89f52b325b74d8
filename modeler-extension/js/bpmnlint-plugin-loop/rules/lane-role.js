'use strict';

const { laneRule } = require('../lib/rule');
const { label } = require('../lib/model');

module.exports = laneRule((lane, facts, report) => {
  const role = lane.get('loop:role');

  if (role !== undefined && role !== null && role !== 'customer' && role !== 'performer') {
    report(`Lane ${label(lane)} has role '${role}': a lane is either a customer or a performer`);
  }
});
