// Uploads with a progress bar, then opens the new recording's page. Without JavaScript the form posts normally.
(() => {
  const form = document.querySelector('form.upload');
  if (!form) return;
  const bar = form.querySelector('.upload-progress');
  const message = form.querySelector('.upload-message');
  const button = form.querySelector('button[type="submit"]');

  function finish(text) {
    button.disabled = false;
    bar.hidden = true;
    message.textContent = text;
  }

  form.addEventListener('submit', event => {
    event.preventDefault();
    if (button.disabled) return; // one upload at a time: a second click would send the same file again
    const file = form.querySelector('input[name="file"]').files[0];
    const max = Number(form.dataset.maxBytes);
    if (file && max > 0 && file.size > max) {
      // Refused here: a browser does not wait for the server's 413, so it would only see a broken connection.
      message.textContent = `${file.name} is larger than ${form.dataset.maxText}, the largest recording Addin accepts. Split it, or ask an administrator to raise the limit.`;
      return;
    }
    button.disabled = true;
    bar.hidden = false;
    bar.removeAttribute('value'); // indeterminate until the browser reports how much is sent
    message.textContent = 'Uploading…';

    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', e => {
      if (!e.lengthComputable) return;
      bar.value = Math.round((e.loaded / e.total) * 100);
      message.textContent = `Uploading… ${bar.value} %`;
    });
    xhr.upload.addEventListener('load', () => {
      bar.value = 100;
      message.textContent = 'Uploaded. Adding it to the course…';
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
      finish(detail);
    });
    xhr.addEventListener('error', () => finish('The upload was interrupted. Check your connection and try again.'));
    xhr.send(new FormData(form));
  });
})();
