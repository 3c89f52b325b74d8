/**
 * `npm test`: rule fixtures in Node, then the browser tests (one shared chromium).
 * `node test/run.mjs <filter>` runs one suite (`perf`) or the tests whose "suite > name" starts with <filter>.
 */
import { createRunner } from './harness.mjs';
import { reportFile } from './paths.mjs';

import * as expression from './expression.test.mjs';
import * as rules from './rules.test.mjs';
import * as corpus from './browser/corpus.test.mjs';
import * as annotate from './browser/annotate.test.mjs';
import * as deploy from './browser/deploy.test.mjs';
import * as plugin from './browser/plugin.test.mjs';
import * as perf from './browser/perf.test.mjs';
import * as server from './browser/server.test.mjs';
import { closeBrowser } from './browser/browser.mjs';

const runner = createRunner();

for (const module of [ expression, rules, corpus, annotate, deploy, plugin, perf, server ]) {
  module.register(runner.test);
}

const failed = await runner.run({ reportFile, filter: process.argv[2] });
await closeBrowser();
process.exit(failed ? 1 : 0);
