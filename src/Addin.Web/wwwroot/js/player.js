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

// "Audio only" swaps the source for the audio-only version (a fraction of the data) at the same moment, and back.
(() => {
  const player = document.getElementById('player');
  const toggle = document.getElementById('audio-only');
  if (!player || !toggle) return;
  toggle.addEventListener('click', () => {
    const audioOnly = toggle.getAttribute('aria-pressed') !== 'true';
    const at = player.currentTime, playing = !player.paused;
    player.src = audioOnly ? toggle.dataset.audioSrc : toggle.dataset.videoSrc;
    toggle.setAttribute('aria-pressed', String(audioOnly));
    player.addEventListener('loadedmetadata', () => {
      player.currentTime = at;
      if (playing) player.play().catch(() => { /* autoplay may be blocked */ });
    }, { once: true });
  });
})();

// The scrubber under the video: shows how far playback is, previews the frame under the pointer from the thumbnails
// track (cues "SPRITE_URL#xywh=x,y,w,h"), and seeks on click.
(() => {
  const player = document.getElementById('player');
  const bar = document.querySelector('.scrubber');
  const track = player?.querySelector('track[data-thumbnails]');
  if (!player || !bar || !track) return;
  track.track.mode = 'hidden';
  const played = bar.querySelector('.scrubber-played'), preview = bar.querySelector('.scrubber-preview');
  const timeAt = event => {
    const box = bar.getBoundingClientRect();
    return Math.min(1, Math.max(0, (event.clientX - box.left) / box.width)) * (player.duration || 0);
  };
  player.addEventListener('timeupdate', () => {
    if (player.duration) played.style.width = `${100 * player.currentTime / player.duration}%`;
  });
  bar.addEventListener('click', event => { player.currentTime = timeAt(event); });
  bar.addEventListener('mouseleave', () => { preview.hidden = true; });
  bar.addEventListener('mousemove', event => {
    const t = timeAt(event);
    const cue = [...(track.track.cues ?? [])].find(c => t >= c.startTime && t < c.endTime);
    const match = cue && /^(.*)#xywh=(\d+),(\d+),(\d+),(\d+)$/.exec(cue.text.trim());
    if (!match) { preview.hidden = true; return; }
    const [, url, x, y, w, h] = match;
    Object.assign(preview.style, {
      width: `${w}px`, height: `${h}px`, backgroundImage: `url("${url}")`, backgroundPosition: `-${x}px -${y}px`,
      left: `${Math.min(Math.max(0, event.clientX - bar.getBoundingClientRect().left - w / 2), bar.clientWidth - w)}px`,
    });
    preview.hidden = false;
  });
})();

// The recap's times (a.seek) seek the player even when the hash is already theirs, and its chapter marks are placed on
// their bar by their time (the page's CSP allows no inline styles).
(() => {
  const player = document.getElementById('player');
  if (!player) return;
  document.querySelectorAll('a.seek[data-seek]').forEach(link => link.addEventListener('click', event => {
    event.preventDefault();
    history.replaceState(null, '', link.getAttribute('href'));
    player.currentTime = parseFloat(link.dataset.seek);
    player.play().catch(() => { /* autoplay may be blocked; the seek still happened */ });
  }));
  const bar = document.querySelector('.chapter-marks');
  if (!bar) return;
  const place = () => {
    const total = Number.isFinite(player.duration) && player.duration > 0 ? player.duration : parseFloat(bar.dataset.duration) || 0;
    if (total <= 0) return;
    bar.querySelectorAll('.chapter-mark').forEach(mark => {
      mark.style.left = `${Math.min(100, (parseFloat(mark.dataset.at) / total) * 100)}%`;
    });
  };
  place();
  player.addEventListener('loadedmetadata', place);
})();
