/**
 * "Open deployed…": lists the server's process definitions and loads the chosen one's XML.
 */
export function createOpenDeployed({ dialog, api, onOpen, status }) {
  const list = dialog.querySelector('.loop-deployed-list');

  dialog.querySelector('.loop-dialog-close').addEventListener('click', () => dialog.close());

  async function open() {
    list.textContent = '';
    dialog.showModal();

    let processes;
    try {
      processes = await api.listProcesses();
    } catch (error) {
      list.innerHTML = '<li class="loop-deployed-error"></li>';
      list.firstChild.textContent = `Could not list deployed processes: ${error.message}`;
      return;
    }

    if (!processes.length) {
      list.innerHTML = '<li class="loop-deployed-empty">Nothing deployed yet.</li>';
      return;
    }

    for (const process of processes) {
      const item = document.createElement('li');
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'loop-deployed-item';
      button.dataset.id = process.id;
      button.textContent = `${process.name || process.key} — ${process.key} v${process.version}`;
      button.addEventListener('click', async () => {
        try {
          const xml = await api.processXml(process.id);
          dialog.close();
          await onOpen(xml, `${process.key}.bpmn`);
        } catch (error) {
          status.show(`Could not open ${process.key} v${process.version}: ${error.message}`, 'error');
        }
      });
      item.appendChild(button);
      list.appendChild(item);
    }
  }

  return { open };
}
