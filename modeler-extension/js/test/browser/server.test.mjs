/**
 * Against a running ActionLoop server (opt-in: ACTIONLOOP_URL=http://host:port, ACTIONLOOP_USER /
 * ACTIONLOOP_PASSWORD of an analyst, default the demo analyst ana / ana-demo): log in through the form,
 * deploy the starter diagram from /modeler/, find it with "Open deployed…", and see a refused
 * deployment's findings next to the element. Skipped when ACTIONLOOP_URL is not set.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';

import { Skip } from '../harness.mjs';
import { outputDir } from '../paths.mjs';
import { openApp, openPage } from './browser.mjs';

const URL_BASE = process.env.ACTIONLOOP_URL;
const USER = process.env.ACTIONLOOP_USER || 'ana';
const PASSWORD = process.env.ACTIONLOOP_PASSWORD || 'ana-demo';

export function register(test) {
  test('server', 'deploy, list and refuse against a real server', async () => {
    if (!URL_BASE) {
      throw new Skip('set ACTIONLOOP_URL to run against a server');
    }

    const { page, errors, close } = await openPage();

    await page.goto(`${URL_BASE}/login`);
    await page.fill('input[name="username"]', USER);
    await page.fill('input[name="password"]', PASSWORD);
    await Promise.all([ page.waitForNavigation(), page.click('button[type="submit"]') ]);

    // where the login lands (the server may send the browser to a remembered /favicon.ico) is not the
    // modeler's business
    await page.waitForLoadState('load');
    await page.waitForTimeout(500);
    errors.length = 0;
    await openApp(page, `${URL_BASE}/modeler/`);

    // the starter diagram is lint-clean and deployable as it is
    await page.click('#deploy');
    await page.waitForFunction(() => [ 'success', 'error' ].includes(document.querySelector('#status').dataset.kind));
    assert.match(await page.textContent('#status'), /^Deployed Request v\d+/);

    await page.click('#open-deployed');
    const item = page.locator('.loop-deployed-item', { hasText: 'Process_1' }).first();
    await item.waitFor();
    await item.click();
    await page.waitForFunction(() => /^Opened Process_1\.bpmn/.test(document.querySelector('#status').textContent));
    assert.equal(await page.locator('.loop-role-badge').count(), 2);

    // an expression that reaches the engine is refused by the server's deploy allowlist, naming the task
    await page.evaluate(() => {
      const { modeler } = window.actionloop;
      const task = modeler.get('elementRegistry').get('Task_Do');
      modeler.get('modeling').updateProperties(task, { 'camunda:assignee': '${execution.getProcessEngine().getName()}' });
    });
    await page.click('#deploy');
    await page.waitForFunction(() => document.querySelector('#status').dataset.kind === 'error');
    await page.locator('.loop-server-finding-overlay[data-element="Task_Do"] [data-code="deploy/unsafe-expression"]').waitFor();
    assert.equal(await page.locator('#problem-list li[data-source="server"][data-element="Task_Do"]').count(), 1);
    await page.screenshot({ path: join(outputDir, 'server-deploy-refused.png') });

    assert.deepEqual(errors.filter(e => !/Failed to load resource: .* 400 /.test(e)), []);
    await close();
  });
}
