// Reports what the viewer does in the player, for their progress and for engagement figures: play, pause, seek (from,
// to), speed, captions, and the parts watched. Sent every 15 s while there is something new, and with sendBeacon as the
// page goes away (which sends no header: the session is in the URL, the body is JSON sent as text).
(() => {
  const player = document.getElementById('player');
  const url = document.querySelector('.player-controls')?.dataset.playbackUrl;
  if (!player || !url) return;
  const every = 15000, maxEvents = 200;
  const at = () => Math.round(player.currentTime * 1000) / 1000;
  const shown = () => [...player.textTracks].find(t => t.kind === 'captions' && t.mode === 'showing');
  const captionsOn = () => shown() !== undefined;

  // Nothing is sent for a page opened and left untouched.
  let events = [], watched = [], stretch = null, last = at(), rate = player.playbackRate, captions = captionsOn(), language = shown()?.language, sent = at();

  const note = event => events.push({ position: at(), ...event });
  const endStretch = () => { if (stretch && stretch[1] > stretch[0]) watched.push(stretch); stretch = null; };

  player.addEventListener('play', () => note({ kind: 'play' }));
  player.addEventListener('pause', () => { endStretch(); note({ kind: 'pause' }); });
  player.addEventListener('seeking', () => {
    endStretch();
    note({ kind: 'seek', from: last, to: at() });
    last = at();
  });
  // Time moving forward by about one update while playing is watched; anything else is a jump.
  player.addEventListener('timeupdate', () => {
    const now = at();
    if (!player.paused && !player.seeking && now >= last && now - last <= 1.5 * Math.max(1, player.playbackRate)) {
      if (stretch) stretch[1] = now; else stretch = [last, now];
    }
    last = now;
  });
  player.addEventListener('ratechange', () => {
    if (player.playbackRate === rate) return;
    rate = player.playbackRate;
    note({ kind: 'speed', speed: rate });
  });
  // A change of caption language is a captions event too (on, with the language), so the choice follows the viewer.
  player.textTracks.addEventListener('change', () => {
    const track = shown();
    if (captionsOn() === captions && (!track || track.language === language)) return;
    captions = captionsOn();
    if (track) language = track.language;
    note(track?.language ? { kind: 'captions', captionsOn: captions, language: track.language } : { kind: 'captions', captionsOn: captions });
  });

  // The batch so far; the stretch being watched continues from where it was cut.
  function take() {
    const open = stretch;
    endStretch();
    if (open && !player.paused) stretch = [open[1], open[1]];
    const position = at();
    if (events.length === 0 && watched.length === 0 && position === sent) return null;
    const batch = { events: events.splice(0, maxEvents), watched: watched.splice(0), position };
    sent = position;
    return JSON.stringify(batch);
  }

  setInterval(() => {
    const body = take();
    if (body) fetch(url, { method: 'POST', body, keepalive: true, headers: { 'Content-Type': 'application/json' } }).catch(() => { /* a lost batch loses only those seconds of figures */ });
  }, every);
  const leave = () => { const body = take(); if (body) navigator.sendBeacon(url, body); };
  window.addEventListener('pagehide', leave);
  document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') leave(); });
})();
