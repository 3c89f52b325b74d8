/**
 * Deploy and "open deployed" against the REST contract of docs/modeler.md, with the server mocked in
 * the browser (page.route). The page is served from a real origin at /modeler/, as the app will.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { jsRoot, outputDir } from '../paths.mjs';
import { appFileUrl, openApp, openPage, startStaticServer } from './browser.mjs';

const PLAIN_XML = readFileSync(join(jsRoot, 'test/fixtures/diagrams/plain.bpmn'), 'utf8');

export function register(test) {
  let server;
  let session;
  let page;

  async function setUp() {
    server ??= await startStaticServer();
    if (!session) {
      session = await openPage();
      page = session.page;
      await session.context.addCookies([ { name: 'XSRF-TOKEN', value: 'cookie-token', url: server.origin } ]);
      await openApp(page, `${server.origin}/modeler/`);
    }
  }

  test('deploy', 'the page works under the server\'s Content-Security-Policy (fonts, styles, scripts)', async () => {
    await setUp();

    // the palette's icons come from the bpmn font; blocked fonts would leave them blank
    const fontLoaded = await page.evaluate(async () => {
      await document.fonts.ready;
      return document.fonts.check('12px bpmn');
    });
    assert.equal(fontLoaded, true, 'the bpmn icon font did not load');
    assert.deepEqual(session.errors, []);
  });

  test('deploy', 'posts the diagram as multipart field "file" with the CSRF cookie echoed', async () => {
    await setUp();

    let request = null;
    await page.route('**/api/deployments', async route => {
      request = route.request();
      // the server's DeployResult: deployment id, deployed processes, findings that did not refuse it
      await route.fulfill({
        status: 201,
        contentType: 'application/json',
        body: JSON.stringify({
          deploymentId: 'dep-1',
          processes: [ { id: 'Process_1:1:x', key: 'Process_1', name: 'Request', version: 1 } ],
          findings: [ { code: 'loop/task-not-gateable', severity: 'warning', elementId: 'Task_Do', message: 'not gateable' } ]
        })
      });
    });

    await page.click('#deploy');
    await page.waitForFunction(() => document.querySelector('#status').dataset.kind === 'success');

    assert.equal(request.method(), 'POST');
    assert.equal(new URL(request.url()).pathname, '/api/deployments');
    assert.equal(request.headers()['x-xsrf-token'], 'cookie-token');
    assert.match(request.headers()['content-type'], /^multipart\/form-data; boundary=/);

    const body = request.postData();
    assert.match(body, /Content-Disposition: form-data; name="file"; filename="diagram.bpmn"/);
    assert.match(body, /loop:role="customer"/);
    assert.equal(await page.textContent('#status'), 'Deployed Request v1 (1 warning)');
    assert.equal(await page.locator('#problem-list li[data-source="server"][data-code="loop/task-not-gateable"][data-element="Task_Do"].loop-severity-warning').count(), 1);
    assert.equal(await page.locator('.loop-server-finding-overlay[data-element="Task_Do"] .loop-severity-warning').count(), 1);
    await page.unroute('**/api/deployments');
  });

  test('deploy', 'a 400 problem+json shows each finding next to its element and in the list', async () => {
    await setUp();

    await page.route('**/api/deployments', route => route.fulfill({
      status: 400,
      contentType: 'application/problem+json',
      body: JSON.stringify({
        type: 'about:blank',
        title: 'The model was rejected',
        status: 400,
        detail: 'The model has 2 problems',
        findings: [
          { code: 'loop/conditions-missing', severity: 'error', elementId: 'Task_Do', message: 'Task "Do the work" has no conditions' },
          { code: 'deploy/script', severity: 'error', message: 'Scripts are not allowed' }
        ]
      })
    }));

    await page.click('#deploy');
    await page.waitForFunction(() => document.querySelector('#status').dataset.kind === 'error');
    assert.match(await page.textContent('#status'), /^Deploy refused: The model has 2 problems \(2 findings\)$/);

    const overlay = page.locator('.loop-server-finding-overlay[data-element="Task_Do"]');
    await overlay.waitFor();
    assert.match(await overlay.textContent(), /loop\/conditions-missing: Task "Do the work" has no conditions/);
    assert.equal(await page.locator('.djs-element.loop-server-finding[data-element-id="Task_Do"]').count(), 1);

    assert.equal(await page.locator('#problem-list li[data-source="server"][data-code="loop/conditions-missing"][data-element="Task_Do"]').count(), 1);
    assert.equal(await page.locator('#problem-list li[data-source="server"][data-code="deploy/script"]').count(), 1);

    await page.screenshot({ path: join(outputDir, 'deploy-refused.png') });

    // the next successful deploy clears them
    await page.unroute('**/api/deployments');
    await page.route('**/api/deployments', route => route.fulfill({ status: 201, contentType: 'application/json', body: '{}' }));
    await page.click('#deploy');
    await page.waitForFunction(() => document.querySelector('#status').dataset.kind === 'success');
    assert.equal(await page.locator('.loop-server-finding-overlay').count(), 0);
    assert.equal(await page.locator('#problem-list li[data-source="server"]').count(), 0);
    await page.unroute('**/api/deployments');
  });

  test('deploy', 'a CSRF token in meta tags wins over the cookie', async () => {
    await setUp();
    await page.evaluate(() => {
      for (const [ name, content ] of [ [ '_csrf', 'meta-token' ], [ '_csrf_header', 'X-CSRF-TOKEN' ] ]) {
        const meta = document.createElement('meta');
        meta.name = name;
        meta.content = content;
        document.head.appendChild(meta);
      }
    });

    let headers = null;
    await page.route('**/api/deployments', route => {
      headers = route.request().headers();
      return route.fulfill({ status: 201, contentType: 'application/json', body: '{}' });
    });
    await page.click('#deploy');
    await page.waitForFunction(() => document.querySelector('#status').dataset.kind === 'success');

    assert.equal(headers['x-csrf-token'], 'meta-token');
    assert.equal(headers['x-xsrf-token'], undefined);
    await page.unroute('**/api/deployments');
  });

  test('deploy', 'a server error without JSON still says what happened', async () => {
    await setUp();
    await page.route('**/api/deployments', route => route.fulfill({ status: 503, contentType: 'text/plain', body: 'engine down' }));
    await page.click('#deploy');
    await page.waitForFunction(() => document.querySelector('#status').dataset.kind === 'error');
    assert.match(await page.textContent('#status'), /Deploy refused: engine down/);
    await page.unroute('**/api/deployments');
  });

  test('deploy', 'open a deployed definition from the server list', async () => {
    await setUp();
    await page.route('**/api/processes', route => route.fulfill({
      contentType: 'application/json',
      body: JSON.stringify([ { id: 'laptop:3:abc', key: 'laptop', name: 'Laptop request', version: 3 } ])
    }));
    await page.route('**/api/processes/*/xml', route => {
      assert.equal(new URL(route.request().url()).pathname, '/api/processes/laptop%3A3%3Aabc/xml');
      return route.fulfill({ contentType: 'application/xml', body: PLAIN_XML });
    });

    await page.click('#open-deployed');
    await page.click('.loop-deployed-item[data-id="laptop:3:abc"]');
    await page.waitForFunction(() => !!window.actionloop.modeler.get('elementRegistry').get('Lane_IT'));
    assert.equal(await page.textContent('#status'), 'Opened laptop.bpmn');

    // the refused deploys above are logged by the browser itself; anything else is a bug
    assert.deepEqual(session.errors.filter(e => !/Failed to load resource: .* (400|503) /.test(e)), []);
    await session.close();
    await server.close();
  });

  test('deploy', 'from file:// the API base comes from ?api=', async () => {
    const { page: filePage, errors, close } = await openPage();
    await filePage.route('http://api.test/api/processes', route => route.fulfill({
      contentType: 'application/json',
      headers: { 'Access-Control-Allow-Origin': '*' },
      body: JSON.stringify([ { id: 'p1', key: 'p', name: 'P', version: 1 } ])
    }));

    await openApp(filePage, appFileUrl('?api=http://api.test'));
    await filePage.click('#open-deployed');
    await filePage.locator('.loop-deployed-item[data-id="p1"]').waitFor();

    assert.deepEqual(errors, []);
    await close();
  });
}
