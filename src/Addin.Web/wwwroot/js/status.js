// Keeps pipeline progress live: polls each recording still being processed and reloads the page when one is done.
(() => {
  const token = document.querySelector('meta[name="addin-session"]')?.content;
  const boxes = [...document.querySelectorAll('.pipeline[data-status-url]')];
  if (!token || boxes.length === 0) return;

  const finished = ['Ready', 'Failed', 'Duplicate'];

  // The same words the server renders (PipelineProgress.razor).
  function statusText(s) {
    switch (s.status) {
      case 'Queued': return `Waiting: ${s.stage}`;
      case 'Retrying': return `${s.stage} failed; retrying`;
      default: return `${s.stage}…`;
    }
  }

  function show(box, s) {
    box.dataset.status = s.status;
    box.querySelector('[data-field="stage"]').textContent = statusText(s);
    const bar = box.querySelector('[data-field="progress"]');
    if (bar) bar.value = s.progress;
    const percent = box.querySelector('[data-field="percent"]');
    if (percent) percent.textContent = `${s.progress} %`;
    // The server lists the stages in the order they run.
    const order = [...box.querySelectorAll('.stages li')].map(li => li.dataset.stage);
    const now = order.indexOf(s.stage);
    box.querySelectorAll('.stages li').forEach(li => {
      const i = order.indexOf(li.dataset.stage);
      li.className = i < now ? 'done' : i === now ? 'current' : 'todo';
    });
    let error = box.querySelector('[data-field="error"]');
    if (s.error && !error) {
      error = document.createElement('p');
      error.className = 'error';
      error.dataset.field = 'error';
      box.append(error);
    }
    if (error) error.textContent = s.error ?? '';
  }

  // Returns 'done' when the page should be reloaded, 'stop' when this box can no longer be followed, else 'again'.
  async function poll(box) {
    const response = await fetch(box.dataset.statusUrl, { headers: { Authorization: `Bearer ${token}` } });
    if ([401, 403, 404].includes(response.status)) return 'stop'; // the session expired or access ended: the next page load says why
    if (!response.ok) return 'again';
    const s = await response.json();
    show(box, s);
    return finished.includes(s.status) ? 'done' : 'again';
  }

  let following = boxes;
  async function tick() {
    const results = await Promise.all(following.map(box => poll(box).catch(() => 'again')));
    if (results.includes('done')) {
      location.reload();
      return;
    }
    following = following.filter((_, i) => results[i] === 'again');
    if (following.length > 0) setTimeout(tick, 1000); // one poll at a time, however slow the answers
  }
  setTimeout(tick, 1000);
})();
