'use strict';

const { taskRule } = require('../lib/rule');
const { conditionsOf, label } = require('../lib/model');
const { checkExpression } = require('../lib/expression');

module.exports = taskRule((task, facts, report) => {
  conditionsOf(task).forEach((condition, position) => {
    const check = condition.get('check');

    // an empty check is no check (as the Java validator reads it)
    if (check === undefined || check === null || !String(check).trim()) {
      return;
    }

    const error = checkExpression(check);
    if (error) {
      const what = error.kind === 'refused' ? 'is not allowed' : 'does not parse';
      report(`Task ${label(task)}: the check of condition '${condition.get('id') || position + 1}' ${what}: ${error.message}`);
    }
  });
});
