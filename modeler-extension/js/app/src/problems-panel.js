/**
 * The problem list under the diagram: live lint findings, the server's findings of the last deploy and
 * import warnings. Clicking one selects the element it names.
 */
export function createProblemsPanel({ list, counter, modeler }) {
  const elementRegistry = modeler.get('elementRegistry');
  const selection = modeler.get('selection');
  const canvas = modeler.get('canvas');

  const sources = { lint: [], server: [], import: [] };

  function elementLabel(id) {
    const element = id && elementRegistry.get(id);
    const name = element && element.businessObject && element.businessObject.name;
    return name ? `${name} (${id})` : id || '';
  }

  function render() {
    list.textContent = '';

    const all = [ ...sources.server, ...sources.lint, ...sources.import ];
    const errors = all.filter(p => p.severity === 'error').length;
    const warnings = all.length - errors;

    counter.textContent = all.length ? `${errors} errors, ${warnings} warnings` : 'no problems';
    counter.dataset.errors = errors;

    for (const problem of all) {
      const item = document.createElement('li');
      item.className = `loop-problem loop-severity-${problem.severity}`;
      item.dataset.source = problem.source;
      item.dataset.code = problem.code || '';
      item.dataset.element = problem.elementId || '';

      const where = elementLabel(problem.elementId);
      item.innerHTML = '<span class="loop-problem-severity"></span><span class="loop-problem-code"></span>' +
        '<span class="loop-problem-message"></span><span class="loop-problem-element"></span>';
      item.querySelector('.loop-problem-severity').textContent = problem.source === 'server' ? 'server' : problem.severity;
      item.querySelector('.loop-problem-code').textContent = problem.code || '';
      item.querySelector('.loop-problem-message').textContent = problem.message;
      item.querySelector('.loop-problem-element').textContent = where;

      const element = problem.elementId && elementRegistry.get(problem.elementId);
      if (element) {
        item.tabIndex = 0;
        item.addEventListener('click', () => {
          selection.select(element);
          canvas.scrollToElement(element);
        });
      }

      list.appendChild(item);
    }
  }

  modeler.on('linting.completed', ({ issues }) => {
    sources.lint = Object.entries(issues).flatMap(([ elementId, reports ]) => reports.map(report => ({
      source: 'lint',
      code: report.rule,
      severity: report.category === 'warn' ? 'warning' : report.category,
      message: report.message,
      elementId: report.id || elementId
    })));
    render();
  });

  return {
    setServerFindings(findings) {
      sources.server = findings.map(finding => ({
        source: 'server',
        code: finding.code,
        severity: finding.severity === 'warning' || finding.severity === 'warn' ? 'warning' : 'error',
        message: finding.message || '',
        elementId: finding.elementId
      }));
      render();
    },

    setImportWarnings(warnings) {
      sources.import = warnings.map(warning => ({
        source: 'import', code: 'import', severity: 'warning', message: warning.message, elementId: warning.element && warning.element.id
      }));
      render();
    },

    render
  };
}
