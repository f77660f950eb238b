// The player: click a transcript line to seek; the line being spoken is highlighted and kept in view; #t=SECONDS opens at a moment.
(() => {
  const player = document.getElementById('player');
  if (!player) return;
  const lines = [...document.querySelectorAll('.transcript button.line')];

  lines.forEach(button => button.addEventListener('click', () => {
    player.currentTime = parseFloat(button.dataset.start);
    player.play().catch(() => { /* autoplay may be blocked; the seek still happened */ });
  }));

  let current = null;
  player.addEventListener('timeupdate', () => {
    const t = player.currentTime;
    const active = lines.find(b => t >= parseFloat(b.dataset.start) && t < parseFloat(b.dataset.end)) ?? null;
    if (active === current) return;
    current?.removeAttribute('aria-current');
    current = active;
    if (current) {
      current.setAttribute('aria-current', 'true');
      current.scrollIntoView({ block: 'nearest' });
    }
  });

  const match = /^#t=(\d+(?:\.\d+)?)$/.exec(location.hash);
  if (match) {
    player.addEventListener('loadedmetadata', () => { player.currentTime = parseFloat(match[1]); }, { once: true });
  }
})();
