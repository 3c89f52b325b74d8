'use strict';

const { taskRule } = require('../lib/rule');
const { conditionsOf, label } = require('../lib/model');

module.exports = taskRule((task, facts, report) => {
  // a task that cannot be gated gets task-not-gateable instead
  if (facts.gated && !conditionsOf(task).length) {
    report(`Task ${label(task)} has a customer but no conditions of satisfaction: say what the customer will check`);
  }
});
