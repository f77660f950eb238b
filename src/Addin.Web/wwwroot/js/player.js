// The player: click a transcript line to seek; the line being spoken is highlighted and kept in view; #t=SECONDS opens at a moment.
(() => {
  const player = document.getElementById('player');
  if (!player) return;
  const panel = document.querySelector('.transcript');
  const lines = [...document.querySelectorAll('.transcript button.line')];

  lines.forEach(button => button.addEventListener('click', () => {
    player.currentTime = parseFloat(button.dataset.start);
    player.play().catch(() => { /* autoplay may be blocked; the seek still happened */ });
  }));

  // Scrolls the transcript panel only: scrollIntoView would also scroll the page (and the LMS page around the
  // frame), pulling the video out of sight on a phone.
  function keepInView(line) {
    const box = panel.getBoundingClientRect(), item = line.getBoundingClientRect();
    if (item.top < box.top) panel.scrollTop -= box.top - item.top;
    else if (item.bottom > box.bottom) panel.scrollTop += item.bottom - box.bottom;
  }

  let current = null;
  player.addEventListener('timeupdate', () => {
    const t = player.currentTime;
    const active = lines.find(b => t >= parseFloat(b.dataset.start) && t < parseFloat(b.dataset.end)) ?? null;
    if (active === current) return;
    current?.removeAttribute('aria-current');
    current = active;
    if (current) {
      current.setAttribute('aria-current', 'true');
      keepInView(current);
    }
  });

  // #t=SECONDS: at load, and when a link on the page changes the hash. The metadata may already be there when this runs.
  function seekToHash() {
    const match = /^#t=(\d+(?:\.\d+)?)$/.exec(location.hash);
    if (!match) return;
    const seek = () => { player.currentTime = parseFloat(match[1]); };
    if (player.readyState >= HTMLMediaElement.HAVE_METADATA) seek();
    else player.addEventListener('loadedmetadata', seek, { once: true });
  }
  seekToHash();
  window.addEventListener('hashchange', seekToHash);
})();
