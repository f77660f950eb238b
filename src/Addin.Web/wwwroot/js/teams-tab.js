// The Teams tab and its configuration page: initialise the Teams library, get the user's Entra ID token by single
// sign-on, send it with the tab's context to Addin, then open the page Addin answers with. Outside Teams the library
// has nobody to talk to, so the page says where to open it instead of waiting.
(() => {
  const root = document.querySelector('[data-teams-page]');
  if (!root) return;
  const mode = root.dataset.teamsPage; // 'tab' or 'configure'
  const field = name => root.querySelector(`[data-field="${name}"]`);
  const status = field('status');
  const outside = field('outside');
  const error = field('error');
  const hostTimeoutMs = 10000;

  let settled = false;
  function showOutsideTeams() {
    if (settled) return;
    settled = true;
    status.hidden = true;
    outside.hidden = false;
  }

  function fail(text) {
    settled = true;
    status.hidden = true;
    error.textContent = text;
    error.hidden = false;
  }

  const teams = window.microsoftTeams;
  if (!teams || !teams.app) {
    fail('The Microsoft Teams library did not load. Reload the tab.');
    return;
  }

  // Teams shows tabs in a frame (or, on mobile, a web view with a native bridge). A top-level window is not in Teams.
  if (window.parent === window && !window.opener && !window.nativeInterface) {
    showOutsideTeams();
    return;
  }

  // Framed by something that is not Teams: initialize() would never answer.
  const hostTimer = setTimeout(showOutsideTeams, hostTimeoutMs);

  function reason(e) {
    const text = e && (e.message || e.errorCode || e.toString());
    return text && text !== '[object Object]' ? text : 'unknown error';
  }

  async function signIn(context) {
    let token;
    try {
      token = await teams.authentication.getAuthToken();
    } catch (e) {
      fail(`Microsoft Teams could not sign you in to Addin (${reason(e)}). Ask your Addin administrator to check the Entra ID app registration.`);
      return null;
    }

    const response = await fetch(root.dataset.sessionUrl, {
      method: 'POST',
      headers: { 'Authorization': `Bearer ${token}`, 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify({
        tenantId: context.user?.tenant?.id ?? null,
        teamId: context.team?.groupId ?? null,
        teamName: context.team?.displayName ?? null,
        chatId: context.team ? null : (context.chat?.id ?? null),
        page: mode,
      }),
    });
    const answer = await response.json().catch(() => ({}));
    if (!response.ok) {
      fail(`${answer.detail ?? 'Addin refused the sign-in.'}${answer.check ? ` (${answer.check})` : ''}`);
      return null;
    }
    return answer;
  }

  function registerSave() {
    teams.pages.config.registerOnSaveHandler(saveEvent => {
      teams.pages.config.setConfig({
        entityId: 'addin-course',
        contentUrl: root.dataset.contentUrl,
        suggestedDisplayName: 'Recordings',
      }).then(() => saveEvent.notifySuccess(), e => saveEvent.notifyFailure(reason(e)));
    });
    teams.pages.config.setValidityState(true);
  }

  teams.app.initialize().then(async () => {
    clearTimeout(hostTimer);
    if (settled) return;
    settled = true;
    try {
      const context = await teams.app.getContext();
      if (mode === 'configure') registerSave();
      teams.app.notifySuccess();
      const answer = await signIn(context);
      if (!answer) return;
      if (mode === 'tab') {
        status.textContent = 'Opening…';
        location.replace(answer.url);
      } else {
        status.textContent = answer.message;
      }
    } catch (e) {
      fail(`Addin could not be reached (${reason(e)}). Reload the tab.`);
    }
  }, e => {
    clearTimeout(hostTimer);
    fail(`Microsoft Teams did not start the tab (${reason(e)}).`);
  });
})();
