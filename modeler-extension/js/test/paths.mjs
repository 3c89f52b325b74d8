import { fileURLToPath } from 'node:url';
import { resolve } from 'node:path';

const here = fileURLToPath(new URL('.', import.meta.url));

export const jsRoot = resolve(here, '..');
export const moduleRoot = resolve(jsRoot, '..');
export const distDir = resolve(jsRoot, 'dist');
export const targetDir = resolve(moduleRoot, 'target');
export const outputDir = resolve(targetDir, 'js-test-output');
export const reportFile = resolve(targetDir, 'js-test-reports', 'TEST-js.xml');
export const sharedFixturesDir = resolve(moduleRoot, 'src/test/resources/fixtures/rules');
export const ownFixturesDir = resolve(here, 'fixtures/rules');
export const corpusDir = resolve(moduleRoot, 'src/test/resources/corpus/miwg-reference');
export const loopDescriptor = resolve(moduleRoot, 'src/main/resources/dev/actionloop/model/loop.json');
