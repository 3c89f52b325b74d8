'use strict';

// Verbatim from docs/rules.md, so that the Java validator and the modeler agree on every edge case.
const ISO_8601_DURATION = /^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$/;

function isDuration(text) {
  return ISO_8601_DURATION.test(String(text));
}

module.exports = { isDuration };
