/**
 * SVG badges, drawn on top of the standard BPMN shapes. Sizes are estimated from the text length because
 * measuring text needs a rendered DOM, which export to SVG and headless runs do not guarantee.
 */
import { append as svgAppend, attr as svgAttr, create as svgCreate, classes as svgClasses } from 'tiny-svg';

// Arial 10px: ~6.2px per character, ~7.2px for bold capitals
const CHAR_WIDTH = 6.2;
const CAPS_WIDTH = 7.2;

export const ROLE_COLORS = {
  customer: { fill: '#1f7a4d', stroke: '#155c39' },
  performer: { fill: '#1d5fa8', stroke: '#164a84' }
};

function text(parent, content, attrs) {
  const node = svgCreate('text', {
    'font-family': 'Arial, sans-serif',
    'font-size': 10,
    ...attrs
  });
  node.textContent = content;
  svgAppend(parent, node);
  return node;
}

function truncate(value, max) {
  return value.length > max ? value.slice(0, max - 1) + '…' : value;
}

/**
 * "CUSTOMER" / "PERFORMER" pill with the party beside it, at (x, y) in the lane's coordinates.
 */
export function drawRoleBadge(parent, { role, party, x, y }) {
  const group = svgCreate('g', { transform: `translate(${x}, ${y})` });
  svgClasses(group).add('loop-role-badge').add(`loop-role-${role}`);

  const label = role.toUpperCase();
  const width = Math.round(label.length * CAPS_WIDTH + 14);
  const colors = ROLE_COLORS[role] || { fill: '#8c1d18', stroke: '#6b1612' };

  svgAppend(group, svgCreate('rect', {
    width, height: 16, rx: 8, ry: 8, fill: colors.fill, stroke: colors.stroke, 'stroke-width': 1
  }));
  text(group, label, { x: width / 2, y: 11.5, fill: '#ffffff', 'font-weight': 'bold', 'text-anchor': 'middle', 'letter-spacing': 0.5 });

  if (party) {
    const partyText = text(group, truncate(party, 48), { x: width + 6, y: 11.5, fill: '#333333' });
    svgClasses(partyText).add('loop-role-party');
  }

  svgAppend(parent, group);
  return group;
}

/**
 * "✓3": the number of conditions of satisfaction, inside the task's top-right corner (the task type
 * icon sits top-left). Grey when the task is not gated: the conditions would never be checked.
 */
export function drawConditionsBadge(parent, { count, width, gated }) {
  const label = `✓${count}`;
  const badgeWidth = Math.round(label.length * CHAR_WIDTH + 10);
  const color = gated ? ROLE_COLORS.customer.fill : '#8a8a8a';

  const group = svgCreate('g', { transform: `translate(${width - badgeWidth - 4}, 4)` });
  svgClasses(group).add('loop-conditions-badge').add(gated ? 'loop-gated' : 'loop-not-gated');
  svgAttr(group, { 'data-count': count });

  const title = svgCreate('title');
  title.textContent = gated
    ? `${count} conditions of satisfaction; the customer accepts against them`
    : `${count} conditions of satisfaction, but the task has no customer: nothing will be gated`;
  svgAppend(group, title);

  svgAppend(group, svgCreate('rect', {
    width: badgeWidth, height: 16, rx: 8, ry: 8, fill: '#ffffff', stroke: color, 'stroke-width': 1.5
  }));
  text(group, label, { x: badgeWidth / 2, y: 12, fill: color, 'font-weight': 'bold', 'text-anchor': 'middle' });

  svgAppend(parent, group);
  return group;
}
