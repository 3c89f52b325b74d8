/**
 * Every MIWG reference model opens in the web modeler without errors or lossy import warnings, and
 * survives save + reopen with the same elements.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { corpusDir } from '../paths.mjs';
import { openApp, openPage } from './browser.mjs';

/**
 * Warnings that describe the source model, not something the modeler drops. Each is accepted only when
 * the source file proves it harmless.
 */
const HARMLESS = [
  {
    // the file says ISO-8859-1; harmless when it is plain ASCII, where both encodings agree
    warning: /^unsupported document encoding <ISO-8859-1>, falling back to UTF-8$/,
    proof: source => !/[^\x00-\x7F]/.test(source)
  },
  {
    // C.8.1 names a message `triso:unspecified` that no file defines: dangling in the source already
    warning: /^unresolved reference <triso:unspecified>$/,
    proof: source => !/id="unspecified"/.test(source)
  },
  {
    // C.7.0 has a DI edge that references no BPMN element at all: nothing to show or keep
    warning: /^no bpmnElement referenced in <bpmndi:BPMNEdge id="([^"]+)" \/>$/,
    proof: (source, [ , id ]) => new RegExp(`<bpmndi:BPMNEdge id="${id}"(?![^>]*bpmnElement=)[^>]*>`).test(source)
  }
];

function lossyWarnings(warnings, source) {
  return warnings.filter(warning => !HARMLESS.some(({ warning: pattern, proof }) => {
    const match = pattern.exec(warning);
    return match && proof(source, match);
  }));
}

export function register(test) {
  const files = readdirSync(corpusDir).filter(f => f.endsWith('.bpmn')).sort();
  let session = null;

  async function page() {
    if (!session) {
      session = await openPage();
      await openApp(session.page);
    }
    return session;
  }

  test('corpus', 'the MIWG reference set is complete', () => {
    assert.equal(files.length, 21, `expected the 21 MIWG reference models in ${corpusDir}`);
  });

  for (const file of files) {
    test('corpus', file, async () => {
      // read as the browser's File.text() does
      const source = readFileSync(join(corpusDir, file), 'utf8');
      const { page: p, errors } = await page();
      errors.length = 0;

      const result = await p.evaluate(async ([ xml, file ]) => {
        const { modeler, open } = window.actionloop;
        const registry = modeler.get('elementRegistry');
        const first = await open(xml, file);
        const ids = registry.getAll().map(e => e.id).sort();

        const { xml: saved } = await modeler.saveXML({ format: true });
        const second = await open(saved, file);
        const idsAgain = registry.getAll().map(e => e.id).sort();

        return {
          error: first.error && first.error.message,
          warnings: first.warnings.map(w => w.message),
          warningsAgain: second.warnings.map(w => w.message),
          count: ids.length,
          lost: ids.filter(id => !idsAgain.includes(id))
        };
      }, [ source, file ]);

      assert.equal(result.error, undefined, `${file} failed to import`);
      assert.deepEqual(lossyWarnings(result.warnings, source), [], `${file} imported with warnings`);
      assert.deepEqual(lossyWarnings(result.warningsAgain, source), [], `${file} re-imported with warnings`);
      assert.ok(result.count > 1, `${file} shows no elements`);
      assert.deepEqual(result.lost, [], `${file} lost elements in save + reopen`);
      assert.deepEqual(errors, [], `${file} caused page errors`);
    });
  }

  test('corpus', 'no page errors overall', async () => {
    if (session) {
      assert.deepEqual(session.errors, []);
      await session.close();
    }
  });
}
