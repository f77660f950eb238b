// Uploads with a progress bar, then opens the new recording's page. Without JavaScript the form posts normally.
(() => {
  const form = document.querySelector('form.upload');
  if (!form) return;
  const bar = form.querySelector('.upload-progress');
  const message = form.querySelector('.upload-message');

  form.addEventListener('submit', event => {
    event.preventDefault();
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', e => {
      if (!e.lengthComputable) return;
      bar.hidden = false;
      bar.value = Math.round((e.loaded / e.total) * 100);
      message.textContent = `Uploading… ${bar.value} %`;
    });
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) {
        location.href = JSON.parse(xhr.responseText).url;
        return;
      }
      let detail = `Upload failed (${xhr.status}).`;
      try {
        const problem = JSON.parse(xhr.responseText);
        detail = [problem.title, problem.detail].filter(Boolean).join(' ');
      } catch { /* not JSON */ }
      message.textContent = detail;
    });
    xhr.addEventListener('error', () => { message.textContent = 'The upload was interrupted. Check your connection and try again.'; });
    xhr.send(new FormData(form));
  });
})();
