'use strict';

const { laneRule } = require('../lib/rule');
const { label } = require('../lib/model');
const { partyProblems } = require('../lib/party');

module.exports = laneRule((lane, facts, report) => {
  const party = lane.get('loop:party');

  if (party === undefined || party === null) {
    return;
  }

  for (const problem of partyProblems(party)) {
    report(`Lane ${label(lane)}: ${problem} (use user:<id>, group:<id> or an expression such as \${initiator})`);
  }
});
