// A course page of the demo LMS, as a platform that offers LTI platform storage: answers lti.capabilities from the
// Addin frame (naming the storage frame for lti.put_data and lti.get_data), and starts the launch once the storage
// frame is ready to answer.
(() => {
  const page = document.getElementById('demo-course');
  if (!page) return;

  const toolOrigin = page.dataset.toolOrigin;
  const storageName = page.dataset.storageFrame;
  const tool = document.querySelector(`iframe[name="${page.dataset.toolFrame}"]`);
  const storage = document.querySelector(`iframe[name="${storageName}"]`);

  window.addEventListener('message', event => {
    const data = event.data;
    if (event.origin !== toolOrigin || event.source !== tool.contentWindow) return;
    if (!data || typeof data !== 'object' || data.subject !== 'lti.capabilities') return;
    event.source.postMessage({
      subject: 'lti.capabilities.response',
      message_id: data.message_id,
      supported_messages: [
        { subject: 'lti.capabilities' },
        { subject: 'lti.put_data', frame: storageName },
        { subject: 'lti.get_data', frame: storageName },
      ],
    }, event.origin);
  });

  storage.addEventListener('load', () => { tool.src = tool.dataset.src; }, { once: true });
  storage.src = storage.dataset.src;
})();
