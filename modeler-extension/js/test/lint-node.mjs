/**
 * Lints BPMN XML in Node the way the bpmnlint CLI does (node resolver, `plugin:loop/recommended`), with
 * the loop and camunda descriptors registered so `loop:*` and `camunda:*` are typed properties.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

import { BpmnModdle } from 'bpmn-moddle';

import { loopDescriptor } from './paths.mjs';

const require = createRequire(import.meta.url);
const { Linter } = require('bpmnlint');
const NodeResolver = require('bpmnlint/lib/resolver/node-resolver');

const camunda = require('camunda-bpmn-moddle/resources/camunda.json');
const loop = JSON.parse(readFileSync(loopDescriptor, 'utf8'));

const linter = new Linter({
  config: { extends: 'plugin:loop/recommended' },
  resolver: new NodeResolver({ require })
});

/**
 * @return {Promise<{ findings: {code, element, message, category}[], warnings: string[] }>}
 */
export async function lintXml(xml) {
  const moddle = new BpmnModdle({ camunda, loop });
  const { rootElement, warnings } = await moddle.fromXML(xml, 'bpmn:Definitions');
  const reports = await linter.lint(rootElement);

  const findings = Object.entries(reports).flatMap(([ code, list ]) =>
    list.map(report => ({ code, element: report.id, message: report.message, category: report.category })));

  return { findings, warnings: warnings.map(w => w.message) };
}
