// LTI Dynamic Registration: "Done" tells the LMS that opened (window.opener) or framed (window.parent) the
// registration page that it is finished, so the LMS closes its dialog and shows the new tool.
(() => {
  const button = document.querySelector('[data-lti-close]');
  if (!button) return;
  const lms = window.opener ?? (window.parent !== window ? window.parent : null);
  if (!lms) {
    button.hidden = true;
    document.querySelector('[data-lti-close-fallback]')?.removeAttribute('hidden');
    return;
  }
  // The message carries nothing but its subject, so any origin may receive it: the LMS's origin is not known here.
  button.addEventListener('click', () => lms.postMessage({ subject: 'org.imsglobal.lti.close' }, '*'));
})();
