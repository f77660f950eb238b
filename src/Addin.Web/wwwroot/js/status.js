// Keeps pipeline progress live: polls each recording still being processed and reloads the page when it is done.
(() => {
  const token = document.querySelector('meta[name="addin-session"]')?.content;
  const boxes = [...document.querySelectorAll('.pipeline[data-status-url]')];
  if (!token || boxes.length === 0) return;

  const stageNames = { Ingest: 'Ingest', Store: 'Store', Probe: 'Probe', Transcript: 'Transcript', Ready: 'Ready' };
  const order = Object.keys(stageNames);

  async function poll(box) {
    const response = await fetch(box.dataset.statusUrl, { headers: { Authorization: `Bearer ${token}` } });
    if (!response.ok) return false;
    const s = await response.json();
    box.querySelector('[data-field="stage"]').textContent =
      s.status === 'Retrying' ? `${stageNames[s.stage]} failed; retrying` : `${stageNames[s.stage]}…`;
    const bar = box.querySelector('[data-field="progress"]');
    if (bar) bar.value = s.progress;
    const percent = box.querySelector('[data-field="percent"]');
    if (percent) percent.textContent = `${s.progress} %`;
    box.querySelectorAll('.stages li').forEach(li => {
      const i = order.indexOf(li.dataset.stage), now = order.indexOf(s.stage);
      li.className = i < now ? 'done' : i === now ? 'current' : 'todo';
    });
    return ['Ready', 'Failed', 'Duplicate'].includes(s.status);
  }

  const timer = setInterval(async () => {
    const finished = await Promise.all(boxes.map(b => poll(b).catch(() => false)));
    if (finished.some(Boolean)) {
      clearInterval(timer);
      location.reload();
    }
  }, 1000);
})();
