/**
 * Against a running ActionLoop server (opt-in: ACTIONLOOP_URL=http://host:port, ACTIONLOOP_USER /
 * ACTIONLOOP_PASSWORD of an analyst, default the demo analyst ana / ana-demo): open /modeler/, sign in
 * on the login form it sends us to, deploy the annotated starter diagram, find it with "Open
 * deployed…", and see refused deployments' findings (a loop rule, the expression allowlist) next to
 * the element they name. Skipped when ACTIONLOOP_URL is not set.
 *
 * engine/app's ModelerAgainstServerTest runs this suite against a server it starts, and reads
 * target/js-test-output/server-deployed.json (what the page deployed) to check the server's side.
 */
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { Skip } from '../harness.mjs';
import { outputDir } from '../paths.mjs';
import { openApp, openPage } from './browser.mjs';

const URL_BASE = process.env.ACTIONLOOP_URL?.replace(/\/+$/, '');
const USER = process.env.ACTIONLOOP_USER || 'ana';
const PASSWORD = process.env.ACTIONLOOP_PASSWORD || 'ana-demo';

export function register(test) {
  let session = null;
  let page = null;

  function server(name, fn) {
    test('server', name, async () => {
      if (!URL_BASE) {
        throw new Skip('set ACTIONLOOP_URL to run against a server');
      }
      await fn();
    });
  }

  function unexpectedErrors() {
    // a refused deployment is a 400 the page shows on purpose; everything else is a failure
    return session.errors.filter(e => !/Failed to load resource: .* 400 /.test(e));
  }

  async function waitForStatus(kind) {
    await page.waitForFunction(k => document.querySelector('#status').dataset.kind === k, kind);
  }

  server('the modeler sends us to the login form, and back to the modeler after signing in', async () => {
    mkdirSync(outputDir, { recursive: true });
    session = await openPage();
    page = session.page;

    await page.goto(`${URL_BASE}/modeler/`);
    assert.match(new URL(page.url()).pathname, /^\/login/, `not sent to the login form but to ${page.url()}`);
    // the browser asks for /favicon.ico while the form is shown; that must not be where we land
    await page.waitForLoadState('load');
    await page.fill('input[name="username"]', USER);
    await page.fill('input[name="password"]', PASSWORD);
    await Promise.all([ page.waitForNavigation(), page.click('button[type="submit"]') ]);

    assert.equal(new URL(page.url()).pathname, '/modeler/', `after signing in the browser is at ${page.url()}`);
    await page.waitForFunction(() => window.appReady === true, null, { timeout: 20000 });
  });

  server('deploy the annotated starter diagram', async () => {
    // what the page starts with: a customer lane, a performer lane and a gated task with a condition
    assert.equal(await page.locator('.loop-role-badge').count(), 2);
    await page.locator('.djs-element[data-element-id="Task_Do"] .loop-conditions-badge.loop-gated').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('#problem-list li').length === 0);

    const response = page.waitForResponse(r => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/deployments');
    await page.click('#deploy');
    const answer = await response;
    await waitForStatus('success');

    assert.equal(answer.status(), 201, await answer.text());
    const body = await answer.json();
    assert.deepEqual(body.processes.map(p => p.key), [ 'Process_1' ]);
    assert.match(await page.textContent('#status'), new RegExp(`^Deployed Request v${body.processes[0].version}`));
    assert.equal(await page.locator('.loop-server-finding-overlay').count(), 0);

    writeFileSync(join(outputDir, 'server-deployed.json'), JSON.stringify({ url: URL_BASE, user: USER, ...body }, null, 2));
    await page.screenshot({ path: join(outputDir, 'server-deployed.png') });
  });

  server('find the deployed definition with Open deployed…', async () => {
    await page.click('#open-deployed');
    const item = page.locator('.loop-deployed-item', { hasText: 'Process_1' }).first();
    await item.waitFor();
    await item.click();
    await page.waitForFunction(() => /^Opened Process_1\.bpmn/.test(document.querySelector('#status').textContent));
    assert.equal(await page.locator('.loop-role-badge').count(), 2);
    const initiator = await page.evaluate(() =>
      window.actionloop.modeler.get('elementRegistry').get('StartEvent_1').businessObject.get('camunda:initiator'));
    assert.equal(initiator, 'initiator', 'the start event records who started the process, the customer lane\'s ${initiator}');
  });

  server('a model that breaks a loop rule is refused; the finding is shown on the task', async () => {
    // the requester lane loses its customer role: the task in the performer lane has no customer
    await page.evaluate(() => {
      const { modeler } = window.actionloop;
      const lane = modeler.get('elementRegistry').get('Lane_Customer');
      modeler.get('modeling').updateProperties(lane, { 'loop:role': undefined });
    });
    const response = page.waitForResponse(r => r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/deployments');
    await page.click('#deploy');
    const answer = await response;
    await waitForStatus('error');

    assert.equal(answer.status(), 400);
    const problem = await answer.json();
    assert.ok(problem.findings.some(f => f.code === 'loop/task-customer' && f.elementId === 'Task_Do'), JSON.stringify(problem));
    await page.locator('.loop-server-finding-overlay[data-element="Task_Do"] [data-code="loop/task-customer"]').waitFor();
    assert.equal(await page.locator('#problem-list li[data-source="server"][data-element="Task_Do"][data-code="loop/task-customer"]').count(), 1);
    assert.match(await page.textContent('#status'), /^Deploy refused: /);
    await page.screenshot({ path: join(outputDir, 'server-deploy-refused-loop-rule.png') });

    await page.evaluate(() => window.actionloop.modeler.get('commandStack').undo());
    await page.waitForFunction(() => !document.querySelector('#problem-list li:not([data-source="server"])'));
  });

  server('an expression reaching into the engine is refused by the allowlist; the finding is shown on the task', async () => {
    await page.evaluate(() => {
      const { modeler } = window.actionloop;
      const task = modeler.get('elementRegistry').get('Task_Do');
      modeler.get('modeling').updateProperties(task, { 'camunda:assignee': '${execution.getProcessEngine().getName()}' });
    });
    await page.click('#deploy');
    await waitForStatus('error');
    await page.locator('.loop-server-finding-overlay[data-element="Task_Do"] [data-code="deploy/unsafe-expression"]').waitFor();
    // the previous refusal's findings are gone: only this one is on the task
    assert.equal(await page.locator('.loop-server-finding-overlay [data-code="loop/task-customer"]').count(), 0);
    assert.equal(await page.locator('#problem-list li[data-source="server"][data-element="Task_Do"]').count(), 1);
    await page.screenshot({ path: join(outputDir, 'server-deploy-refused.png') });

    assert.deepEqual(unexpectedErrors(), []);
    await session.close();
  });
}
