/**
 * Driving the modeler like an analyst: clicks on the canvas and in the properties panel, typing into
 * its fields. Model state is read back through the modeler only to check what the clicks did.
 */

/**
 * Selects an element by clicking it on the canvas, unless it is selected already (a second click
 * would deselect it, as in every bpmn-js modeler). Lanes are clicked in their name strip.
 */
export async function clickElement(page, id) {
  const { isLane, selected } = await page.evaluate(id => {
    const modeler = window.actionloop.modeler;
    const element = modeler.get('elementRegistry').get(id);
    const selection = modeler.get('selection').get();
    return { isLane: element.type === 'bpmn:Lane', selected: selection.length === 1 && selection[0] === element };
  }, id);
  if (selected) {
    return;
  }
  const locator = page.locator(`.djs-element[data-element-id="${id}"]`).first();
  await locator.click(isLane ? { position: { x: 12, y: 40 } } : undefined);
  await page.waitForFunction(id => {
    const selected = window.actionloop.modeler.get('selection').get();
    return selected.length === 1 && selected[0].id === id;
  }, id);
}

export async function openGroup(page, groupId) {
  const group = page.locator(`.bio-properties-panel-group[data-group-id="group-${groupId}"]`);
  const header = group.locator('.bio-properties-panel-group-header').first();
  if (!(await header.getAttribute('class')).includes('open')) {
    await header.click();
  }
  return group;
}

export async function chooseOption(page, entryId, value) {
  await page.locator(`[data-entry-id="${entryId}"] select`).selectOption(value);
}

export function optionLabels(page, entryId) {
  return page.locator(`[data-entry-id="${entryId}"] select option`).allTextContents();
}

/**
 * Types into a text entry like a user (select all, type, Tab away: the panel commits on blur).
 */
export async function typeInto(page, entryId, text) {
  const input = page.locator(`[data-entry-id="${entryId}"] input`);
  await input.click();
  await input.press('Control+a');
  if (text) {
    await input.pressSequentially(text, { delay: 5 });
  } else {
    await input.press('Delete');
  }
  await input.press('Tab');
}

/**
 * Ticks or clears a checkbox entry with one click, as a user does, then waits for the panel to show
 * the new state. (Playwright's setChecked reads the state back synchronously after its click, while
 * the panel re-renders the entry from the model; it then reports "did not change its state" although
 * the model did change.)
 */
export async function setCheckbox(page, entryId, checked) {
  const box = page.locator(`[data-entry-id="${entryId}"] input[type="checkbox"]`);
  if ((await box.isChecked()) !== checked) {
    await box.click();
  }
  await page.waitForFunction(
    ([ selector, wanted ]) => document.querySelector(selector)?.checked === wanted,
    [ `[data-entry-id="${entryId}"] input[type="checkbox"]`, checked ],
    { timeout: 5000 });
}

export function attr(page, elementId, name) {
  return page.evaluate(([ id, name ]) =>
    window.actionloop.modeler.get('elementRegistry').get(id).businessObject.get(name), [ elementId, name ]);
}

export function conditions(page, elementId) {
  return page.evaluate(id => {
    const bo = window.actionloop.modeler.get('elementRegistry').get(id).businessObject;
    const values = (bo.extensionElements && bo.extensionElements.values) || [];
    return values.filter(v => v.$type === 'loop:Conditions').flatMap(c => c.conditions).map(c => ({
      id: c.get('id'), text: c.get('text'), required: c.get('required'), check: c.get('check')
    }));
  }, elementId);
}

/**
 * Undo / redo with the keyboard, as analysts do: the canvas must have focus.
 */
export async function undo(page) {
  await page.locator('#canvas .djs-container svg').first().focus().catch(() => {});
  await page.keyboard.press('Control+z');
}

export async function redo(page) {
  await page.keyboard.press('Control+y');
}

export function problemCodes(page) {
  return page.locator('#problem-list li').evaluateAll(items => items.map(li => `${li.dataset.source}:${li.dataset.code}@${li.dataset.element}`));
}
