// Uploads in pieces that survive a poor connection (tus 1.0.0), with a progress bar, then opens the new recording's
// page. A piece that fails is retried from where the server says the upload stands (HEAD), so nothing is sent twice.
// Without JavaScript the form posts normally.
(() => {
  const form = document.querySelector('form.upload');
  if (!form) return;
  const bar = form.querySelector('.upload-progress');
  const message = form.querySelector('.upload-message');
  const button = form.querySelector('button[type="submit"]');
  const token = new URL(form.action, location.href).searchParams.get('t');
  const tusVersion = '1.0.0';
  const retryDelays = [1000, 2000, 4000, 8000, 15000, 30000];
  // A transcript travels in a request header; longer ones go with the one-request upload instead.
  const maxHeaderTranscript = 24 * 1024;

  function finish(text) {
    button.disabled = false;
    bar.hidden = true;
    message.textContent = text;
  }

  function show(done, total) {
    bar.value = Math.floor((done / total) * 100);
    message.textContent = `Uploading… ${bar.value} %`;
  }

  function problemOf(xhr) {
    try {
      const problem = JSON.parse(xhr.responseText);
      return [problem.title, problem.detail].filter(Boolean).join(' ');
    } catch {
      return `Upload failed (${xhr.status}).`;
    }
  }

  function request(method, url, headers, body, onProgress) {
    return new Promise(resolve => {
      const xhr = new XMLHttpRequest();
      xhr.open(method, url);
      xhr.setRequestHeader('Tus-Resumable', tusVersion);
      xhr.setRequestHeader('Authorization', `Bearer ${token}`);
      for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
      if (onProgress) xhr.upload.addEventListener('progress', e => onProgress(e.loaded));
      xhr.addEventListener('load', () => resolve(xhr));
      xhr.addEventListener('error', () => resolve(null));
      xhr.addEventListener('abort', () => resolve(null));
      xhr.send(body ?? null);
    });
  }

  function base64(text) {
    let binary = '';
    for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
    return btoa(binary);
  }
  const wait = ms => new Promise(resolve => setTimeout(resolve, ms));

  // An upload of the same file started earlier (this page reloaded, or the browser closed) continues where it stopped.
  const resumeKey = file => `addin-upload:${form.dataset.resumable}:${file.name}:${file.size}:${file.lastModified}`;
  function remembered(file) {
    try { return localStorage.getItem(resumeKey(file)); } catch { return null; }
  }
  function remember(file, url) {
    try { url ? localStorage.setItem(resumeKey(file), url) : localStorage.removeItem(resumeKey(file)); } catch { /* storage blocked in the LMS frame */ }
  }

  async function offsetOf(url) {
    const xhr = await request('HEAD', url, {});
    return xhr && xhr.status === 200 ? Number(xhr.getResponseHeader('Upload-Offset')) : null;
  }

  async function start(file, transcript) {
    const pairs = [['filename', file.name], ['filetype', file.type || 'application/octet-stream']];
    const title = form.querySelector('input[name="title"]').value.trim();
    if (title) pairs.push(['title', title]);
    if (transcript) pairs.push(['transcriptname', transcript.name], ['transcript', transcript.text]);
    const xhr = await request('POST', form.dataset.resumable, {
      'Upload-Length': String(file.size),
      'Upload-Metadata': pairs.map(([key, value]) => `${key} ${base64(value)}`).join(','),
    });
    if (!xhr) return { error: 'The upload could not start. Check your connection and try again.' };
    if (xhr.status !== 201) return { error: problemOf(xhr) };
    return { url: xhr.getResponseHeader('Location') };
  }

  async function sendPieces(file, url, offset) {
    const pieceBytes = Number(form.dataset.pieceBytes) || 8 * 1024 * 1024;
    let failures = 0;
    while (true) {
      const piece = file.slice(offset, Math.min(offset + pieceBytes, file.size));
      const xhr = await request('PATCH', url, { 'Upload-Offset': String(offset), 'Content-Type': 'application/offset+octet-stream' },
        piece, loaded => show(offset + loaded, file.size));
      if (xhr && xhr.status === 204) {
        failures = 0;
        offset = Number(xhr.getResponseHeader('Upload-Offset'));
        show(offset, file.size);
        if (offset === file.size) return { recording: xhr.getResponseHeader('Addin-Recording-Url') };
        continue;
      }

      // Refused for good (too large, not allowed, not importable): say why.
      if (xhr && xhr.status >= 400 && xhr.status < 500 && xhr.status !== 409 && xhr.status !== 423) return { error: problemOf(xhr) };

      // The connection dropped or the server stumbled: wait, ask how much arrived, and go on from there.
      if (failures === retryDelays.length) return { error: 'The connection keeps failing. Try again later: the upload continues where it stopped.', resumable: true };
      message.textContent = `Connection lost at ${bar.value} %. Retrying…`;
      await wait(retryDelays[failures++]);
      const known = await offsetOf(url);
      if (known !== null) offset = known;
    }
  }

  async function uploadResumably(file, transcript) {
    let url = remembered(file);
    let offset = url ? await offsetOf(url) : null;
    if (offset === null) {
      const started = await start(file, transcript);
      if (started.error) return started;
      url = started.url;
      offset = 0;
      remember(file, url);
    }

    const result = await sendPieces(file, url, offset);
    if (!result.resumable) remember(file, null);
    return result;
  }

  function uploadWhole() {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', form.action);
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.upload.addEventListener('progress', e => { if (e.lengthComputable) show(e.loaded, e.total); });
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) location.href = JSON.parse(xhr.responseText).url;
      else finish(problemOf(xhr));
    });
    xhr.addEventListener('error', () => finish('The upload was interrupted. Check your connection and try again.'));
    xhr.send(new FormData(form));
  }

  form.addEventListener('submit', async event => {
    event.preventDefault();
    if (button.disabled) return; // one upload at a time: a second click would send the same file again
    const file = form.querySelector('input[name="file"]').files[0];
    const max = Number(form.dataset.maxBytes);
    if (file && max > 0 && file.size > max) {
      message.textContent = `${file.name} is larger than ${form.dataset.maxText}, the largest recording Addin accepts. Split it, or ask an administrator to raise the limit.`;
      return;
    }
    button.disabled = true;
    bar.hidden = false;
    bar.value = 0;
    message.textContent = 'Uploading… 0 %';

    const transcriptFile = form.querySelector('input[name="transcript"]').files[0];
    const transcript = transcriptFile ? { name: transcriptFile.name, text: await transcriptFile.text() } : null;
    if (!file || (transcript && transcript.text.length > maxHeaderTranscript)) {
      uploadWhole();
      return;
    }

    const result = await uploadResumably(file, transcript);
    if (result.recording) {
      message.textContent = 'Uploaded. Opening the recording…';
      location.href = result.recording;
    } else {
      finish(result.error);
    }
  });
})();
