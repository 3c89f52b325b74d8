/**
 * One status line: what just happened, and whether it went wrong.
 */
export function createStatus(node) {
  return {
    show(message, kind = 'info') {
      node.textContent = message;
      node.title = message;
      node.dataset.kind = kind;
    },
    clear() {
      node.textContent = '';
      node.title = '';
      delete node.dataset.kind;
    }
  };
}
