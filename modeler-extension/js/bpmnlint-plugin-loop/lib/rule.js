'use strict';

const { is } = require('bpmnlint-utils');

const { buildIndex, definitionsOf, taskFacts } = require('./model');

/**
 * Wraps a rule body so it sees the document index. bpmnlint keeps one rule instance per linter and
 * traversal always starts at bpmn:Definitions, so the index is rebuilt there: a modeler lints the same
 * (edited) definitions object again and again.
 */
function documentRule(visit) {
  return function() {
    let index = null;

    function check(node, reporter) {
      if (is(node, 'bpmn:Definitions')) {
        index = buildIndex(node);
        return;
      }

      if (!index) {
        index = buildIndex(definitionsOf(node));
      }

      visit(node, index, message => reporter.report(node.id, message));
    }

    return { check };
  };
}

function laneRule(visit) {
  return documentRule((node, index, report) => {
    if (is(node, 'bpmn:Lane')) {
      visit(node, index.lanes.get(node.id) || { lane: node, role: node.get('loop:role') }, report, index);
    }
  });
}

function taskRule(visit) {
  return documentRule((node, index, report) => {
    if (is(node, 'bpmn:Task')) {
      visit(node, taskFacts(index, node), report, index);
    }
  });
}

module.exports = { documentRule, laneRule, taskRule };
