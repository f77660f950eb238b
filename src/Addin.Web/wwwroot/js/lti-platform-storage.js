// LTI platform storage, the tool's side (1EdTech "LTI Client Side postMessages", "LTI postMessage Storage" and
// "OIDC Login with LTI Client Side postMessages"), for browsers that block Addin's cookie inside the LMS frame.
// Login page: stores the state and nonce in the platform (lti.put_data), then goes on to the platform's authorization
// endpoint; a platform that does not answer within two seconds is not waited for (the cookie may still work).
// Launch page: reads the state back (lti.get_data) and posts the launch again with what the platform holds; the
// server makes the decision, this script only relays the platform's answer.
(() => {
  const root = document.getElementById('lti-storage');
  if (!root) return;

  const platformOrigin = root.dataset.origin;
  const storageTarget = root.dataset.target;
  const LOGIN_WAIT_MS = 2000;
  const LAUNCH_WAIT_MS = 5000;
  const CAPABILITIES_WAIT_MS = 500;

  // The platform's window: the LMS page around the frame, or the page that opened this window.
  function platformWindow() {
    if (window.parent !== window) return window.parent;
    return window.opener || null;
  }

  // A frame of the platform's window by name ('_parent' or none: the platform's window itself).
  function frameOf(host, name) {
    if (!name || name === '_parent') return host;
    try {
      return host.frames[name] || null;
    } catch {
      return null;
    }
  }

  function messageId() {
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
  }

  // Posts one message and resolves with its answer, or null when none comes in time. Answers count only with the same
  // message id, and from the platform's origin (a message to '*': from the window asked). Login values go to the
  // platform's origin only, never to '*'; a platform may answer from a relay frame of that origin (Canvas does).
  function ask(target, origin, message, waitMs) {
    const id = messageId();
    return new Promise(resolve => {
      const timer = setTimeout(() => finish(null), waitMs);
      function finish(answer) {
        clearTimeout(timer);
        window.removeEventListener('message', onMessage);
        resolve(answer);
      }
      function onMessage(event) {
        const data = event.data;
        if (origin === '*' ? event.source !== target : event.origin !== origin) return;
        if (!data || typeof data !== 'object' || data.message_id !== id || data.subject !== `${message.subject}.response`) return;
        finish(data);
      }
      window.addEventListener('message', onMessage);
      try {
        target.postMessage({ ...message, message_id: id }, origin);
      } catch {
        finish(null);
      }
    });
  }

  // Where to send a storage message: the frame the platform names in its lti.capabilities answer, else the
  // lti_storage_target it sent at login. Null when the platform says it cannot store, or has no such frame.
  async function storageFrame(subject) {
    const host = platformWindow();
    if (!host) return null;
    // Capabilities carry no login values, so they may go to any origin; the answer must come from the platform's window.
    const capabilities = await ask(host, '*', { subject: 'lti.capabilities' }, CAPABILITIES_WAIT_MS);
    if (capabilities && !capabilities.error && Array.isArray(capabilities.supported_messages)) {
      const supported = capabilities.supported_messages.find(m => m && m.subject === subject);
      return supported ? frameOf(host, supported.frame || storageTarget) : null;
    }
    return frameOf(host, storageTarget);
  }

  async function storeLoginAndContinue() {
    let gone = false;
    const proceed = () => {
      if (gone) return;
      gone = true;
      window.location.replace(root.dataset.continue);
    };
    const deadline = setTimeout(proceed, LOGIN_WAIT_MS);
    const frame = await storageFrame('lti.put_data');
    if (frame) {
      const items = [...root.querySelectorAll('[data-key]')];
      await Promise.all(items.map(item => ask(frame, platformOrigin,
        { subject: 'lti.put_data', key: item.dataset.key, value: item.dataset.value }, LOGIN_WAIT_MS)));
    }
    clearTimeout(deadline);
    proceed();
  }

  async function confirmLaunch() {
    const key = root.dataset.key;
    const frame = await storageFrame('lti.get_data');
    const answer = frame ? await ask(frame, platformOrigin, { subject: 'lti.get_data', key }, LAUNCH_WAIT_MS) : null;
    if (answer && !answer.error && answer.key === key && answer.value === root.dataset.state) {
      root.elements.confirmed_state.value = answer.value;
    }
    root.submit();
  }

  if (root.dataset.step === 'login') storeLoginAndContinue();
  else if (root.dataset.step === 'launch') confirmLaunch();
})();
