/**
 * An analyst annotates a plain two-lane diagram through the real panel DOM: lanes become customer and
 * performer with parties, the task gets a customer lane, deadlines and three conditions (added,
 * edited, reordered, one removed), with undo/redo along the way; live lint follows; the result is saved
 * with the Save button to target/js-test-output/annotated.bpmn for the Java side to read back.
 */
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { lintXml } from '../lint-node.mjs';
import { jsRoot, outputDir } from '../paths.mjs';
import { openApp, openPage } from './browser.mjs';
import {
  attr, chooseOption, clickElement, conditions, openGroup, optionLabels, problemCodes, redo, setCheckbox,
  typeInto, undo
} from './panel.mjs';

const PLAIN = join(jsRoot, 'test/fixtures/diagrams/plain.bpmn');

export function register(test) {
  let session;
  let page;

  test('annotate', 'open a file with the Open button', async () => {
    session = await openPage({ acceptDownloads: true });
    page = session.page;
    await openApp(page);

    const chooser = page.waitForEvent('filechooser');
    await page.click('#open');
    await (await chooser).setFiles(PLAIN);

    await page.waitForFunction(() => !!window.actionloop.modeler.get('elementRegistry').get('Lane_IT'));
    assert.match(await page.textContent('#status'), /Opened plain\.bpmn/);
  });

  test('annotate', 'mark the IT lane as performer with a party', async () => {
    await clickElement(page, 'Lane_IT');
    await openGroup(page, 'loop-lane');
    await chooseOption(page, 'loop-role', 'performer');
    await typeInto(page, 'loop-party', 'group:it-desk');

    assert.equal(await attr(page, 'Lane_IT', 'loop:role'), 'performer');
    assert.equal(await attr(page, 'Lane_IT', 'loop:party'), 'group:it-desk');
  });

  test('annotate', 'lint shows the missing customer of a performer-lane task', async () => {
    await page.waitForFunction(() =>
      !!document.querySelector('#problem-list li[data-code="loop/task-customer"][data-element="Provision"]'));
    // and the element itself carries bpmn-js-bpmnlint's marker
    await page.locator('.djs-overlay-container .bjsl-overlay').first().waitFor();
  });

  test('annotate', 'mark the Requester lane as customer; lint clears the missing customer', async () => {
    await clickElement(page, 'Lane_Requester');
    await openGroup(page, 'loop-lane');
    await chooseOption(page, 'loop-role', 'customer');

    await page.waitForFunction(() =>
      !document.querySelector('#problem-list li[data-code="loop/task-customer"]'));
    // a customer lane without a party is the next thing lint asks for
    await page.waitForFunction(() =>
      !!document.querySelector('#problem-list li[data-code="loop/lane-party-missing"][data-element="Lane_Requester"]'));

    await typeInto(page, 'loop-party', '${initiator}');
    await page.waitForFunction(() => !document.querySelector('#problem-list li[data-code="loop/lane-party-missing"]'));
    assert.equal(await attr(page, 'Lane_Requester', 'loop:party'), '${initiator}');
  });

  test('annotate', 'the task shows the pool customer lane as its default; choosing one is undoable', async () => {
    await clickElement(page, 'Provision');
    await openGroup(page, 'loop-customer');

    const labels = await optionLabels(page, 'loop-customerLane');
    assert.equal(labels[0], 'Default: Requester');
    assert.ok(labels.includes('IT desk (performer)'), labels.join(' | '));

    await chooseOption(page, 'loop-customerLane', 'Lane_Requester');
    assert.equal(await attr(page, 'Provision', 'loop:customerLane'), 'Lane_Requester');

    await undo(page);
    assert.equal(await attr(page, 'Provision', 'loop:customerLane'), undefined);
    await redo(page);
    assert.equal(await attr(page, 'Provision', 'loop:customerLane'), 'Lane_Requester');

    await clickElement(page, 'Provision');
    await openGroup(page, 'loop-customer');
    await typeInto(page, 'loop-promiseWithin', 'P2D');
    await typeInto(page, 'loop-acceptWithin', 'P3D');
    assert.equal(await attr(page, 'Provision', 'loop:promiseWithin'), 'P2D');
    assert.equal(await attr(page, 'Provision', 'loop:acceptWithin'), 'P3D');
  });

  test('annotate', 'add, edit, reorder and remove conditions; undo and redo the removal', async () => {
    const group = await openGroup(page, 'loop-conditions');
    const add = () => group.locator('.bio-properties-panel-add-entry').click();
    const item = n => `Provision-loop-condition-${n}`;

    async function openItem(n) {
      const entry = page.locator(`[data-entry-id="${item(n)}"]`);
      const header = entry.locator('.bio-properties-panel-collapsible-entry-header').first();
      if (!(await page.locator(`[data-entry-id="${item(n)}-text"]`).isVisible())) {
        await header.click();
      }
    }

    await add();
    await openItem(0);
    await typeInto(page, `${item(0)}-text`, 'Laptop has the company image');
    await typeInto(page, `${item(0)}-id`, 'image');

    await add();
    await openItem(1);
    await typeInto(page, `${item(1)}-text`, 'Asset tag recorded');
    await typeInto(page, `${item(1)}-id`, 'tag');
    await typeInto(page, `${item(1)}-check`, '${assetTag != null}');

    await add();
    await openItem(2);
    await typeInto(page, `${item(2)}-text`, 'Handed over before the start date');
    await typeInto(page, `${item(2)}-id`, 'early');
    await setCheckbox(page, `${item(2)}-required`, false);

    // "early" one place up: image, early, tag
    await page.locator(`[data-entry-id="${item(2)}-order"] .loop-condition-move-up`).click();
    assert.deepEqual((await conditions(page, 'Provision')).map(c => c.id), [ 'image', 'early', 'tag' ]);

    // a fourth one, removed again with the list's remove button
    await add();
    assert.equal((await conditions(page, 'Provision')).length, 4);
    await page.locator(`[data-entry-id="${item(3)}"] .bio-properties-panel-remove-entry`).click();
    assert.equal((await conditions(page, 'Provision')).length, 3);

    await undo(page);
    assert.equal((await conditions(page, 'Provision')).length, 4, 'undo brings the removed condition back');
    await redo(page);
    assert.equal((await conditions(page, 'Provision')).length, 3, 'redo removes it again');

    assert.deepEqual(await conditions(page, 'Provision'), [
      { id: 'image', text: 'Laptop has the company image', required: true, check: undefined },
      { id: 'early', text: 'Handed over before the start date', required: false, check: undefined },
      { id: 'tag', text: 'Asset tag recorded', required: true, check: '${assetTag != null}' }
    ]);
  });

  test('annotate', 'badges show roles, parties and the number of conditions; lint is clean', async () => {
    const badges = await page.locator('.loop-role-badge').evaluateAll(nodes => nodes.map(n => n.textContent));
    assert.deepEqual(badges.sort(), [ 'CUSTOMER${initiator}', 'PERFORMERgroup:it-desk' ]);
    assert.equal(await page.locator('.djs-element[data-element-id="Provision"] .loop-conditions-badge.loop-gated text').textContent(), '✓3');

    await page.waitForFunction(() => document.querySelectorAll('#problem-list li').length === 0);
    assert.equal(await page.textContent('#problem-count'), 'no problems');
  });

  test('annotate', 'save .bpmn and .svg; the saved XML carries exactly the annotations', async () => {
    mkdirSync(outputDir, { recursive: true });

    await clickElement(page, 'Provision');
    await openGroup(page, 'loop-conditions');
    await page.screenshot({ path: join(outputDir, 'annotated-modeler.png') });

    const bpmnDownload = page.waitForEvent('download');
    await page.click('#save-bpmn');
    const bpmn = await bpmnDownload;
    assert.equal(bpmn.suggestedFilename(), 'plain.bpmn');
    const file = join(outputDir, 'annotated.bpmn');
    await bpmn.saveAs(file);

    const svgDownload = page.waitForEvent('download');
    await page.click('#save-svg');
    const svg = await svgDownload;
    await svg.saveAs(join(outputDir, 'annotated.svg'));
    assert.match(readFileSync(join(outputDir, 'annotated.svg'), 'utf8'), /PERFORMER/);

    const xml = readFileSync(file, 'utf8');
    assert.match(xml, /<bpmn:lane id="Lane_Requester" name="Requester" loop:role="customer" loop:party="\$\{initiator\}">/);
    assert.match(xml, /<bpmn:lane id="Lane_IT" name="IT desk" loop:role="performer" loop:party="group:it-desk">/);
    assert.match(xml, /loop:customerLane="Lane_Requester"/);
    assert.match(xml, /loop:promiseWithin="P2D" loop:acceptWithin="P3D"/);
    // what was there before survives: vendor attribute, Camunda attribute, documentation
    assert.match(xml, /other:keep="me"/);
    assert.match(xml, /camunda:candidateGroups="it-desk"/);
    assert.match(xml, /<bpmn:documentation>Image, tag and hand over the laptop.<\/bpmn:documentation>/);

    const conditionsXml = xml.slice(xml.indexOf('<loop:conditions>'), xml.indexOf('</loop:conditions>'));
    assert.deepEqual(conditionsXml.match(/<loop:condition [^>]*\/>/g), [
      '<loop:condition id="image" text="Laptop has the company image" />',
      '<loop:condition id="early" text="Handed over before the start date" required="false" />',
      '<loop:condition id="tag" text="Asset tag recorded" check="${assetTag != null}" />'
    ]);

    // and the rules, run outside the browser on the saved file, agree it is clean
    const { findings, warnings } = await lintXml(xml);
    assert.deepEqual(warnings, []);
    assert.deepEqual(findings.map(f => `${f.code}@${f.element}`), []);

    writeFileSync(join(outputDir, 'annotated.README.txt'), [
      'Saved by the browser test "annotate" (modeler-extension/js/test/browser/annotate.test.mjs) from',
      'test/fixtures/diagrams/plain.bpmn after editing through the properties panel DOM.',
      ''
    ].join('\n'));

  });

  test('annotate', 'a lane change redraws the badges of the tasks it gates; undo restores them', async () => {
    const badge = '.djs-element[data-element-id="Provision"] .loop-conditions-badge';

    // back to the pool's default customer, so the IT lane's role alone decides the gating
    await clickElement(page, 'Provision');
    await openGroup(page, 'loop-customer');
    await chooseOption(page, 'loop-customerLane', '');
    await page.locator(`${badge}.loop-gated`).waitFor();

    await clickElement(page, 'Lane_IT');
    await openGroup(page, 'loop-lane');
    await chooseOption(page, 'loop-role', '');
    await page.locator(`${badge}.loop-not-gated`).waitFor();
    assert.equal(await page.locator('.loop-role-badge.loop-role-performer').count(), 0);

    await undo(page);
    await page.locator(`${badge}.loop-gated`).waitFor();
    assert.equal(await page.locator('.loop-role-badge.loop-role-performer').count(), 1);

    assert.deepEqual(session.errors, []);
    await session.close();
  });
}
