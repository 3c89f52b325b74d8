/**
 * Local files: open through a hidden <input type=file>, save through a download link (works from
 * file:// and inside the server's page alike; no File System Access API needed).
 */
export function pickFile(input) {
  return new Promise(resolve => {
    input.value = '';
    input.onchange = () => {
      const file = input.files && input.files[0];
      if (!file) {
        return resolve(null);
      }
      file.text().then(text => resolve({ name: file.name, text }));
    };
    input.click();
  });
}

export function download(name, content, type) {
  const url = URL.createObjectURL(new Blob([ content ], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function baseName(name) {
  return (name || 'diagram').replace(/\.(bpmn|xml|svg)$/i, '');
}
