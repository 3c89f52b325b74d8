'use strict';

const { taskRule } = require('../lib/rule');
const { conditionsOf, label } = require('../lib/model');

const CONDITION_ID = /^[A-Za-z][A-Za-z0-9_.-]*$/;

module.exports = taskRule((task, facts, report) => {
  const seen = new Set();
  const duplicates = new Set();

  conditionsOf(task).forEach((condition, position) => {
    const id = condition.get('id');

    if (id === undefined || id === null || !String(id).trim()) {
      report(`Task ${label(task)}: condition ${position + 1} has no id`);
    } else if (!CONDITION_ID.test(id)) {
      report(`Task ${label(task)}: condition id '${id}' must start with a letter and use only letters, digits, _ . -`);
    } else if (seen.has(id) && !duplicates.has(id)) {
      duplicates.add(id);
      report(`Task ${label(task)}: condition id '${id}' is used more than once`);
    }

    seen.add(id);
  });
});
