/**
 * Performance, measured and printed, never asserted (2 shared cores): open a generated 500-task model
 * in the web modeler and lint it with the loop rules. Figures go to docs/benchmarks.md by hand.
 */
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { generateModel } from '../generate-model.mjs';
import { lintXml } from '../lint-node.mjs';
import { outputDir } from '../paths.mjs';
import { openApp, openPage } from './browser.mjs';

const TASKS = 500;
const RUNS = 3;

const median = values => [ ...values ].sort((a, b) => a - b)[Math.floor(values.length / 2)];

export function register(test) {
  test('perf', `open and lint a ${TASKS}-task model (printed, not asserted)`, async () => {
    const xml = generateModel(TASKS);
    writeFileSync(join(outputDir, `generated-${TASKS}-tasks.bpmn`), xml);

    // the generated model itself must be clean, or we would be timing error reporting
    const node = await lintXml(xml);
    assert.deepEqual(node.findings, []);

    const { page, errors, close } = await openPage();
    await openApp(page);

    const runs = [];
    for (let i = 0; i < RUNS; i++) {
      runs.push(await page.evaluate(async xml => {
        const { modeler } = window.actionloop;
        const t0 = performance.now();
        const { warnings } = await modeler.importXML(xml);
        const t1 = performance.now();
        const issues = await modeler.get('linting').lint();
        const t2 = performance.now();
        return {
          importMs: t1 - t0,
          lintMs: t2 - t1,
          warnings: warnings.length,
          findings: Object.values(issues).flat().length,
          tasks: modeler.get('elementRegistry').filter(e => e.type === 'bpmn:UserTask').length
        };
      }, xml));
    }

    const nodeStart = performance.now();
    await lintXml(xml);
    const nodeMs = performance.now() - nodeStart;

    assert.deepEqual(errors, []);
    await close();

    for (const run of runs) {
      assert.equal(run.tasks, TASKS);
      assert.equal(run.warnings, 0);
      assert.equal(run.findings, 0);
    }

    const fmt = ms => `${Math.round(ms)} ms`;
    console.log(`      perf: ${TASKS} tasks, ${RUNS} runs in chromium: open ${runs.map(r => fmt(r.importMs)).join(' / ')}` +
      ` (median ${fmt(median(runs.map(r => r.importMs)))}), lint ${runs.map(r => fmt(r.lintMs)).join(' / ')}` +
      ` (median ${fmt(median(runs.map(r => r.lintMs)))}); parse + lint in Node ${fmt(nodeMs)}`);
  });
}
