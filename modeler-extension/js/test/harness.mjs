/**
 * A deliberately small test runner: sequential tests (they share one browser), a JUnit XML report that
 * CI totals with the Java reports, and the closing "N passed, N failed" line.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Thrown by a test that cannot run yet for a stated reason; reported as skipped, never as passed.
 */
export class Skip extends Error {}

export function createRunner() {
  const tests = [];

  function test(suite, name, fn) {
    tests.push({ suite, name, fn });
  }

  async function run({ reportFile, filter }) {
    const results = [];

    for (const { suite, name, fn } of tests) {
      // a suite name, or the start of "suite > name"
      if (filter && suite !== filter && !`${suite} > ${name}`.startsWith(filter)) {
        continue;
      }

      const start = performance.now();
      let error = null;

      try {
        await fn();
      } catch (e) {
        error = e;
      }

      const seconds = (performance.now() - start) / 1000;
      const skipped = error instanceof Skip;
      results.push({ suite, name, seconds, error: skipped ? null : error, skipped: skipped ? error.message : null });
      console.log(`${skipped ? 'SKIP' : error ? 'FAIL' : 'ok  '} ${suite} > ${name} (${seconds.toFixed(2)} s)${skipped ? ': ' + error.message : ''}`);
      if (error && !skipped) {
        console.log(indent(error.stack || String(error)));
      }
    }

    writeJUnit(reportFile, results);

    const failed = results.filter(r => r.error).length;
    const skipped = results.filter(r => r.skipped).length;
    if (skipped) {
      console.log(`${skipped} skipped`);
    }
    console.log(`${results.length - failed - skipped} passed, ${failed} failed`);
    return failed;
  }

  return { test, run };
}

function indent(text) {
  return text.split('\n').map(line => '      ' + line).join('\n');
}

function xml(text) {
  return String(text)
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')
    // characters XML 1.0 cannot carry at all (ANSI colour codes in error messages)
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
}

function writeJUnit(file, results) {
  const failures = results.filter(r => r.error).length;
  const skipped = results.filter(r => r.skipped).length;
  const total = results.reduce((sum, r) => sum + r.seconds, 0);

  const cases = results.map(({ suite, name, seconds, error, skipped }) => {
    const open = `  <testcase classname="js.${xml(suite)}" name="${xml(name)}" time="${seconds.toFixed(3)}"`;
    if (skipped) {
      return `${open}>\n    <skipped message="${xml(skipped)}"/>\n  </testcase>`;
    }
    if (!error) {
      return `${open}/>`;
    }
    return `${open}>\n    <failure message="${xml(error.message)}" type="${xml(error.name || 'Error')}">${xml(error.stack || error)}</failure>\n  </testcase>`;
  });

  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuite name="js" tests="${results.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${total.toFixed(3)}">`,
    ...cases,
    '</testsuite>',
    ''
  ].join('\n'));
}
