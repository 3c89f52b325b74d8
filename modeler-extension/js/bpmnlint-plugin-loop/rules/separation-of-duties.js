'use strict';

const { taskRule } = require('../lib/rule');
const { label, taskAssignmentEntries } = require('../lib/model');
const { partyEntries } = require('../lib/party');

module.exports = taskRule((task, facts, report) => {
  // when the customer lane does not resolve, the customer-lane rules say why
  if (!facts.hasCustomer || !facts.customerLaneResolves) {
    return;
  }

  const customer = new Set(partyEntries(facts.customerLane.party));
  const performer = new Set([
    ...partyEntries(facts.lane ? facts.lane.party : undefined),
    ...taskAssignmentEntries(task)
  ]);

  for (const entry of performer) {
    if (customer.has(entry)) {
      report(`Task ${label(task)}: '${entry}' is both its customer and its performer; nobody may accept their own work`);
    }
  }
});
