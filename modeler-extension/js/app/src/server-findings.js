/**
 * Findings the server returned when it refused a deployment, shown on the diagram next to the element
 * they name (overlay + marker). They stay until the next import or deploy: they describe the model
 * as the server saw it, which live lint keeps re-checking meanwhile.
 */
const MARKER = 'loop-server-finding';

export function createServerFindings(modeler) {
  const overlays = modeler.get('overlays');
  const canvas = modeler.get('canvas');
  const elementRegistry = modeler.get('elementRegistry');

  let current = [];

  function clear() {
    overlays.remove({ type: 'loop-server-finding' });
    for (const { elementId } of current) {
      if (elementId && elementRegistry.get(elementId)) {
        canvas.removeMarker(elementId, MARKER);
      }
    }
    current = [];
  }

  function show(findings) {
    clear();
    current = findings;

    const byElement = new Map();
    for (const finding of findings) {
      if (finding.elementId && elementRegistry.get(finding.elementId)) {
        byElement.set(finding.elementId, [ ...(byElement.get(finding.elementId) || []), finding ]);
      }
    }

    for (const [ elementId, list ] of byElement) {
      canvas.addMarker(elementId, MARKER);

      const html = document.createElement('div');
      html.className = 'loop-server-finding-overlay';
      html.dataset.element = elementId;
      for (const finding of list) {
        const line = document.createElement('div');
        line.className = `loop-server-finding-line loop-severity-${finding.severity || 'error'}`;
        line.dataset.code = finding.code || '';
        line.textContent = `${finding.code || 'server'}: ${finding.message || ''}`;
        html.appendChild(line);
      }

      overlays.add(elementId, 'loop-server-finding', { position: { bottom: -4, left: 0 }, html });
    }
  }

  return { show, clear, get: () => current };
}
