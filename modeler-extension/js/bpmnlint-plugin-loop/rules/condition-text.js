'use strict';

const { taskRule } = require('../lib/rule');
const { conditionsOf, label } = require('../lib/model');

module.exports = taskRule((task, facts, report) => {
  conditionsOf(task).forEach((condition, position) => {
    const text = condition.get('text');

    if (text === undefined || text === null || !String(text).trim()) {
      report(`Task ${label(task)}: condition '${condition.get('id') || position + 1}' has no text: say what must be true`);
    }
  });
});
