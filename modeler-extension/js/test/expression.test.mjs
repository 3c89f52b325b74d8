/**
 * The safe-expression allowlist of docs/rules.md, case by case.
 */
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { checkExpression } = require('bpmnlint-plugin-loop/lib/expression');
const plugin = require('bpmnlint-plugin-loop');
const packed = require('bpmnlint-plugin-loop/packed');

const SAFE = [
  '${assetTag != null}', '#{a eq b}', '${a.b.c}', '${a[\'b\']}', '${a["b"]}', '${a[0]}', '${(a + 1) * 2 >= 3 div 4}',
  '${!empty items && not done || x mod 2 == 0}', '${a ? \'yes\' : "no"}', '${-1.5e3 < x}', '${a == \'}\'}',
  '${x.task}', '${ initiator }', '${true and false}'
];

const REFUSED = [
  '${a.b()}', '${fn:now()}', '${now()}', '${a[b]}', '${a[b.c]}', '${a.class}', '${a[\'class\']}',
  '${execution}', '${task.id}', '${externalTask}', '${caseExecution}', '${processEngine}',
  '${processEngineServices}', '${variableScope}', '${execution.getVariable(\'x\')}', '${a[true]}', '${a[null]}'
];

const UNPARSABLE = [
  '', 'a == b', '${}', '${a}${b}', 'x ${a}', '${a} x', '${a +}', '${a = 1}', '${a; b}', '${\'open}',
  '${a ? b}', '${(a}', '${a.}', '${x -> x}', '${{1, 2}}', '${a[\'b\'}', '${a.true}', '${a.div}'
];

export function register(test) {
  test('expression', 'allows variables, literals, operators and literal property access', () => {
    for (const text of SAFE) {
      assert.equal(checkExpression(text), null, text);
    }
  });

  test('expression', 'refuses calls, computed names, class and engine objects', () => {
    for (const text of REFUSED) {
      assert.equal(checkExpression(text)?.kind, 'refused', text);
    }
  });

  test('expression', 'rejects what is not exactly one parsable expression', () => {
    for (const text of UNPARSABLE) {
      assert.equal(checkExpression(text)?.kind, 'syntax', text);
    }
  });

  test('expression', 'the packed config serves every rule of the plugin', () => {
    const names = Object.keys(plugin.rules).sort();
    assert.deepEqual(Object.keys(plugin.configs.recommended.rules).sort(), names);
    assert.deepEqual(Object.keys(packed.config.rules).sort(), names.map(n => `loop/${n}`));
    for (const name of names) {
      assert.equal(typeof packed.resolver.resolveRule('bpmnlint-plugin-loop', name), 'function', name);
    }
  });
}
