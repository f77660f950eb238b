// The controls under the player: speed (0.5–2x) and captions, kept in this browser (localStorage) and on the server (the
// page renders the saved ones, which a choice made in this browser overrides); "Resume at …" where the viewer stopped,
// unless the address asks for a moment (#t=); and the keyboard shortcuts the page lists.
(() => {
  const player = document.getElementById('player');
  const controls = document.querySelector('.player-controls');
  if (!player || !controls) return;
  const storageKey = controls.dataset.storageKey;
  const speedSelect = document.getElementById('speed');
  const captionsButton = document.getElementById('captions');
  const languageSelect = document.getElementById('caption-language');
  const captionTracks = () => [...player.textTracks].filter(t => t.kind === 'captions');
  // The chosen language's track; the recording's own (the first) when none was chosen or it is not offered.
  const captionsTrack = () => captionTracks().find(t => t.language === languageSelect?.value) ?? captionTracks()[0];

  function load() {
    try { return JSON.parse(localStorage.getItem(storageKey) ?? '{}') ?? {}; } catch { return {}; }
  }
  function save(change) {
    try { localStorage.setItem(storageKey, JSON.stringify({ ...load(), ...change })); } catch { /* storage blocked: the server keeps it */ }
  }

  const saved = load();
  const offered = [...speedSelect.options].map(o => parseFloat(o.value));

  // The media element forgets its rate when its source changes (audio only), so the default rate is set too.
  function setSpeed(speed) {
    player.defaultPlaybackRate = speed;
    player.playbackRate = speed;
    speedSelect.value = String(speed);
  }
  setSpeed(offered.includes(saved.speed) ? saved.speed : parseFloat(controls.dataset.speed) || 1);
  speedSelect.addEventListener('change', () => { setSpeed(parseFloat(speedSelect.value)); save({ speed: player.playbackRate }); });
  // A browser's own speed menu may offer more: the rate is kept within what is offered, and remembered.
  player.addEventListener('ratechange', () => {
    const rate = player.playbackRate;
    if (!offered.includes(rate)) {
      setSpeed(offered.reduce((best, s) => (Math.abs(s - rate) < Math.abs(best - rate) ? s : best)));
      return;
    }
    if (String(rate) === speedSelect.value) return;
    speedSelect.value = String(rate);
    save({ speed: rate });
  });

  function showCaptions(on) {
    const track = captionsTrack();
    if (!track) return;
    for (const other of captionTracks()) if (other !== track) other.mode = 'disabled';
    track.mode = on ? 'showing' : 'hidden';
    captionsButton?.setAttribute('aria-pressed', String(on));
  }
  function toggleCaptions() {
    const track = captionsTrack();
    if (!track) return;
    const on = track.mode !== 'showing';
    showCaptions(on);
    save({ captions: on });
  }
  // The caption language: this browser's choice, else the person's saved one, else the recording's own.
  if (languageSelect) {
    const offeredLanguages = [...languageSelect.options].map(o => o.value);
    const chosen = [saved.captionLanguage, languageSelect.dataset.chosen].find(l => offeredLanguages.includes(l));
    if (chosen) languageSelect.value = chosen;
    languageSelect.addEventListener('change', () => { showCaptions(true); save({ captionLanguage: languageSelect.value, captions: true }); });
  }
  showCaptions(typeof saved.captions === 'boolean' ? saved.captions : controls.dataset.captions !== 'off');
  captionsButton?.addEventListener('click', toggleCaptions);
  // The browser's own captions menu may switch tracks: the language list and the button follow it.
  player.textTracks.addEventListener('change', () => {
    const showing = captionTracks().find(t => t.mode === 'showing');
    if (showing && languageSelect && languageSelect.value !== showing.language) {
      languageSelect.value = showing.language;
      save({ captionLanguage: showing.language });
    }
    captionsButton?.setAttribute('aria-pressed', String(showing !== undefined));
  });

  // Resume: the page opens where the viewer stopped; the two buttons keep that or go back to the start.
  const resume = document.getElementById('resume');
  if (resume && !/^#t=/.test(location.hash)) {
    const at = parseFloat(resume.dataset.resume);
    const seek = () => { player.currentTime = at; };
    if (player.readyState >= HTMLMediaElement.HAVE_METADATA) seek();
    else player.addEventListener('loadedmetadata', seek, { once: true });
    resume.hidden = false;
    document.getElementById('resume-at').addEventListener('click', () => {
      player.currentTime = at;
      resume.hidden = true;
      player.play().catch(() => { /* autoplay may be blocked; the seek still happened */ });
    });
    document.getElementById('start-over').addEventListener('click', () => {
      player.currentTime = 0;
      resume.hidden = true;
      player.play().catch(() => { /* autoplay may be blocked; the seek still happened */ });
    });
  }

  // Shortcuts, except while typing; Space is left to a focused button or link, which it presses.
  const skip = seconds => { player.currentTime = Math.min(Math.max(0, player.currentTime + seconds), player.duration || Infinity); };
  const togglePlay = () => (player.paused ? player.play().catch(() => { /* autoplay may be blocked */ }) : player.pause());
  document.addEventListener('keydown', event => {
    if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    const target = event.target;
    if (target instanceof HTMLElement && (target.isContentEditable || target.closest('input, textarea, select'))) return;
    const pressable = target instanceof HTMLElement && target.closest('button, a, summary');
    const actions = {
      ' ': pressable ? null : togglePlay,
      k: () => player.pause(),
      j: () => skip(-10),
      l: () => skip(10),
      ArrowLeft: () => skip(-5),
      ArrowRight: () => skip(5),
      c: toggleCaptions,
    };
    const action = actions[event.key.length === 1 && event.key !== ' ' ? event.key.toLowerCase() : event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
})();
