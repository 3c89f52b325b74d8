'use strict';

const { taskRule } = require('../lib/rule');
const { label } = require('../lib/model');
const { isDuration } = require('../lib/duration');

const ATTRIBUTES = {
  'loop:promiseWithin': 'promise within',
  'loop:acceptWithin': 'accept within'
};

module.exports = taskRule((task, facts, report) => {
  for (const [ attribute, name ] of Object.entries(ATTRIBUTES)) {
    const value = task.get(attribute);

    if (value !== undefined && value !== null && !isDuration(value)) {
      report(`Task ${label(task)}: ${name} '${value}' is not an ISO-8601 duration (e.g. P2D, PT4H, P1W)`);
    }
  }
});
