// Instant search in the recording's transcript: highlights matches in the transcript panel, shows each matching line as
// a mark on the timeline, and steps through them (Enter or ↓ next, Shift+Enter or ↑ previous, Escape clears), seeking
// the player to each. Words match from their start ("factor" finds "factoring"), "quoted words" as a phrase, and a line
// matches when it has every part. Text is only ever set as text nodes, never as HTML.
(() => {
  const input = document.getElementById('transcript-search-input');
  const player = document.getElementById('player');
  if (!input || !player) return;
  const status = document.getElementById('transcript-search-status');
  const timeline = document.querySelector('.timeline');
  const stepButtons = [...document.querySelectorAll('[data-search-step]')];
  const lines = [...document.querySelectorAll('.transcript button.line')].map(button => {
    const text = button.querySelector('.text');
    return { button, text, original: text.textContent, start: parseFloat(button.dataset.start) };
  });
  const notWord = /[^\p{L}\p{N}]+/gu;
  let matches = [];
  let current = -1;

  function partPatterns(query) {
    const patterns = [];
    query.split('"').forEach((piece, i) => {
      const words = piece.replace(notWord, ' ').trim().split(' ').filter(w => w.length > 0);
      const escaped = words.map(w => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
      if (i % 2 === 1 && escaped.length > 0) patterns.push(escaped.join('[^\\p{L}\\p{N}]+'));
      else if (i % 2 === 0) patterns.push(...escaped);
    });
    return patterns.map(p => `(?<![\\p{L}\\p{N}])${p}`);
  }

  function highlight(line, all) {
    line.text.textContent = '';
    let at = 0;
    for (const m of line.original.matchAll(all)) {
      if (m[0].length === 0) continue;
      line.text.append(line.original.slice(at, m.index));
      const mark = document.createElement('mark');
      mark.textContent = m[0];
      line.text.append(mark);
      at = m.index + m[0].length;
    }
    line.text.append(line.original.slice(at));
  }

  function duration() {
    return Number.isFinite(player.duration) && player.duration > 0 ? player.duration : parseFloat(timeline?.dataset.duration) || 0;
  }

  function clock(seconds) {
    const s = Math.floor(seconds), h = Math.floor(s / 3600), m = Math.floor(s / 60) % 60, ss = String(s % 60).padStart(2, '0');
    return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
  }

  function drawTimeline() {
    if (!timeline) return;
    timeline.replaceChildren();
    const total = duration();
    if (total <= 0) return;
    matches.forEach((line, i) => {
      const mark = document.createElement('button');
      mark.type = 'button';
      mark.className = 'timeline-mark' + (i === current ? ' current' : '');
      mark.style.left = `${Math.min(100, (line.start / total) * 100)}%`;
      mark.setAttribute('aria-label', `Match ${i + 1} of ${matches.length}, at ${clock(line.start)}`);
      mark.dataset.testid = 'timeline-mark';
      mark.addEventListener('click', () => goTo(i));
      timeline.append(mark);
    });
  }

  function showStatus() {
    const query = input.value.trim();
    status.textContent = query === '' ? '' : matches.length === 0 ? 'No matches'
      : current >= 0 ? `Match ${current + 1} of ${matches.length}` : `${matches.length} matching ${matches.length === 1 ? 'line' : 'lines'}`;
    stepButtons.forEach(b => { b.disabled = matches.length === 0; });
  }

  function search() {
    const patterns = partPatterns(input.value);
    const every = patterns.map(p => new RegExp(p, 'iu'));
    const all = patterns.length > 0 ? new RegExp(patterns.join('|'), 'giu') : null;
    matches = [];
    current = -1;
    for (const line of lines) {
      line.button.classList.remove('current-match');
      if (all && every.every(r => r.test(line.original))) {
        highlight(line, all);
        matches.push(line);
      } else if (line.text.childElementCount > 0) {
        line.text.textContent = line.original;
      }
    }
    drawTimeline();
    showStatus();
  }

  function goTo(i) {
    matches[current]?.button.classList.remove('current-match');
    current = i;
    const line = matches[i];
    line.button.classList.add('current-match');
    // The player's own script follows the seek: it marks the line being spoken and scrolls the panel to it.
    player.currentTime = line.start;
    drawTimeline();
    showStatus();
  }

  function step(by) {
    if (matches.length === 0) return;
    goTo(current < 0 ? (by > 0 ? 0 : matches.length - 1) : (current + by + matches.length) % matches.length);
  }

  input.addEventListener('input', search);
  input.addEventListener('keydown', e => {
    if (e.key === 'Enter') step(e.shiftKey ? -1 : 1);
    else if (e.key === 'ArrowDown') step(1);
    else if (e.key === 'ArrowUp') step(-1);
    else if (e.key === 'Escape') { input.value = ''; search(); }
    else return;
    e.preventDefault();
  });
  stepButtons.forEach(b => b.addEventListener('click', () => step(parseInt(b.dataset.searchStep, 10))));
  player.addEventListener('loadedmetadata', drawTimeline);
})();
