// Shows each <time data-local> in the reader's time zone and language (the server renders UTC).
(() => {
  const styles = {
    short: { dateStyle: 'medium', timeStyle: 'short' },
    long: { dateStyle: 'full', timeStyle: 'short' },
  };
  document.querySelectorAll('time[data-local][datetime]').forEach(el => {
    const at = new Date(el.getAttribute('datetime'));
    if (Number.isNaN(at.getTime())) return;
    el.textContent = new Intl.DateTimeFormat(undefined, styles[el.dataset.local] ?? styles.short).format(at);
    el.title = at.toISOString().replace('T', ' ').replace(/:\d\d\.\d+Z$/, ' UTC');
  });
})();
