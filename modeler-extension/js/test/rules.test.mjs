/**
 * The shared rule fixtures (also run by the Java validator's tests) and our own: every fixture must
 * produce exactly the expected (code, element) findings, no more, no fewer.
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { Skip } from './harness.mjs';
import { lintXml } from './lint-node.mjs';
import { ownFixturesDir, sharedFixturesDir } from './paths.mjs';

const key = ({ code, element }) => `${code} @ ${element}`;

function sorted(findings) {
  return findings.map(key).sort();
}

export function register(test) {
  for (const [ suite, dir ] of [ [ 'rules.shared-fixtures', sharedFixturesDir ], [ 'rules.own-fixtures', ownFixturesDir ] ]) {
    const expectedFile = join(dir, 'expected.json');

    if (!existsSync(expectedFile)) {
      test(suite, 'fixture set present', () => {
        // the shared set lands from the Java side; until then this says so instead of passing silently
        throw new Skip(`no ${expectedFile} yet`);
      });
      continue;
    }

    const expected = JSON.parse(readFileSync(expectedFile, 'utf8'));

    for (const [ file, findings ] of Object.entries(expected)) {
      test(suite, file, async () => {
        const { findings: actual, warnings } = await lintXml(readFileSync(join(dir, file), 'utf8'));

        assert.deepEqual(warnings, [], `${file} imports with warnings`);
        const broken = actual.filter(f => f.category === 'rule-error');
        assert.deepEqual(broken, [], `a rule crashed on ${file}`);

        assert.deepEqual(sorted(actual), sorted(findings),
          `${file}: findings differ\n  actual:\n    ${actual.map(f => `${key(f)}: ${f.message}`).join('\n    ')}`);
      });
    }
  }
}
