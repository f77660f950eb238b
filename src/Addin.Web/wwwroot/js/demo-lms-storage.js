// The demo LMS's storage frame (LTI postMessage Storage, platform side): keeps what the tool stores with lti.put_data
// and gives it back with lti.get_data, for the tool's origin only, for as long as the course page is open.
(() => {
  const frame = document.getElementById('demo-storage');
  if (!frame) return;

  const toolOrigin = frame.dataset.toolOrigin;
  const MAX_KEYS = 50;
  const stored = new Map();

  window.addEventListener('message', event => {
    const data = event.data;
    if (event.origin !== toolOrigin || !event.source || !data || typeof data !== 'object') return;
    const reply = answer => event.source.postMessage(
      { subject: `${data.subject}.response`, message_id: data.message_id, ...answer }, event.origin);

    if (data.subject === 'lti.put_data') {
      if (typeof data.key !== 'string' || typeof data.value !== 'string') {
        reply({ error: { code: 'bad_request', message: 'lti.put_data needs a key and a value, both strings.' } });
      } else if (!stored.has(data.key) && stored.size >= MAX_KEYS) {
        reply({ error: { code: 'storage_exhausted', message: `The demo LMS keeps at most ${MAX_KEYS} keys per tool.` } });
      } else {
        stored.set(data.key, data.value);
        reply({ key: data.key, value: data.value });
      }
    } else if (data.subject === 'lti.get_data') {
      if (stored.has(data.key)) {
        reply({ key: data.key, value: stored.get(data.key) });
      } else {
        reply({ key: data.key, error: { code: 'key_not_found', message: 'Nothing is stored under this key.' } });
      }
    }
  });
})();
