import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));

export const jsRoot = resolve(here, '..');
export const moduleRoot = resolve(jsRoot, '..');
export const distDir = resolve(jsRoot, 'dist');
export const targetDir = resolve(moduleRoot, 'target');
export const outputDir = resolve(targetDir, 'js-test-output');
// JS_TEST_REPORT: another place for the JUnit report, for a run started by another module's test
// (engine/app's ModelerAgainstServerTest), which must not overwrite this module's report
export const reportFile = process.env.JS_TEST_REPORT
  ? resolve(process.env.JS_TEST_REPORT)
  : resolve(targetDir, 'js-test-reports', 'TEST-js.xml');
export const sharedFixturesDir = resolve(moduleRoot, 'src/test/resources/fixtures/rules');
export const ownFixturesDir = resolve(here, 'fixtures/rules');
export const corpusDir = resolve(moduleRoot, 'src/test/resources/corpus/miwg-reference');
export const loopDescriptor = resolve(moduleRoot, 'src/main/resources/dev/actionloop/model/loop.json');
