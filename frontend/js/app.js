// Wiring, loaded last: routes → screens, the navbar, login, logout and session expiry, and
// what the admin's role and setup allow: an admin who must still replace a one-time password
// or enrol a second factor sees only their account screen; links and buttons a role cannot
// use are hidden (the server refuses those calls with 8010 all the same).
(function () {
  'use strict';

  const App = (window.App = window.App || {});

  // route name → [path, screen, navbar entry, least role]
  const ROUTES = {
    login: ['/login', 'login', null],
    dashboard: ['/', 'dashboard', 'dashboard'],
    users: ['/users', 'users', 'users'],
    user: ['/users/:userId', 'user', 'users'],
    keys: ['/keys', 'keys', 'keys'],
    audit: ['/audit', 'audit', 'audit'],
    requests: ['/requests', 'requests', 'requests'],
    request: ['/requests/:requestId', 'requests', 'requests'],
    account: ['/account', 'account', 'account'],
    admins: ['/admins', 'admins', 'admins', 'owner'],
  };

  let pendingHash = null; // where to go after logging in
  let lastHash = null;
  let expiryTimer = null;

  function closeModals() {
    $('#modal-root .modal').each((_, el) => {
      const modal = window.bootstrap.Modal.getInstance(el);
      if (modal) modal.hide();
    });
  }

  // To the login screen; after an expiry, logging in again returns to the same screen.
  function toLogin(reason) {
    App.session.clear();
    clearTimeout(expiryTimer);
    closeModals();
    const current = App.router.current;
    pendingHash = reason === 'expired' && current && current.name !== 'login' ? current.hash : null;
    App.router.go('login', {}, reason ? { reason } : {});
  }

  // Back to the login screen when the session ends: at its expiry, or when it has been idle
  // for its timeout (each call moves that end, so the timer looks again when it fires).
  function watchExpiry() {
    clearTimeout(expiryTimer);
    if (!App.session.isValid()) return; // show() sends an ended session to the login screen
    const ms = App.session.endsAt.getTime() - Date.now();
    // setTimeout takes at most 2^31-1 ms; sessions last 8 hours.
    expiryTimer = setTimeout(() => {
      if (App.session.isValid()) watchExpiry();
      else toLogin('expired');
    }, Math.min(ms + 500, 2 ** 31 - 1));
  }

  // The navbar for this admin: during setup only their account; otherwise what the role may open.
  function showNavFor(settingUp) {
    $('[data-nav]').each((_, link) => {
      const name = link.dataset.nav;
      const route = Object.values(ROUTES).find(([, , nav]) => nav === name);
      const allowed = settingUp ? name === 'account' : !route[3] || App.session.can(route[3]);
      const item = link.closest('.nav-item');
      if (item) item.hidden = !allowed; // the account link (beside the name) is always there
    });
  }

  function show(route) {
    const [, screenName, navName] = ROUTES[route.name];
    const screen = App.screens[screenName];

    if (!screen.public && !App.session.isValid()) {
      const expired = Boolean(App.session.token); // held a session that has run out
      pendingHash = route.hash;
      App.session.clear();
      App.router.go('login', {}, expired ? { reason: 'expired' } : {});
      return;
    }
    if (route.name === 'login' && App.session.isValid()) {
      App.router.go('dashboard');
      return;
    }
    const settingUp = !screen.public && App.session.setupRequired.length > 0;
    if (settingUp && screenName !== 'account') {
      App.router.go('account');
      return;
    }
    const leastRole = ROUTES[route.name][3];
    if (leastRole && !App.session.can(leastRole)) {
      App.router.go('dashboard');
      return;
    }

    // A new screen starts without the previous one's messages; a reload of the same keeps them.
    if (route.hash !== lastHash) App.ui.clearAlerts();
    lastHash = route.hash;

    $('#navbar').prop('hidden', Boolean(screen.public));
    $('#nav-username').text(App.session.username || '');
    $('#nav-role').text(App.session.role ? App.labels.ROLES[App.session.role].label : '');
    showNavFor(settingUp);
    $('[data-nav]').each((_, link) => {
      const active = link.dataset.nav === navName;
      link.classList.toggle('active', active);
      if (active) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    });
    $('#nav-links').removeClass('show'); // fold the phone menu after a choice

    $('.screen').prop('hidden', true);
    $(`#screen-${screenName}`).prop('hidden', false);
    document.title = `${screen.title} · Asset-API 관리자`;
    screen.render(route);
  }

  // What the server says of the admin now: their role and the setup left to do.
  async function refreshProfile() {
    App.session.setProfile(await App.api.me());
  }

  // To the login screen with a reason (the account screen's "log out everywhere").
  App.signOut = toLogin;

  // After a login (a session saved): to the screen the admin was opening, or to their account
  // when a one-time password or a second factor comes first.
  App.onLogin = async function onLogin() {
    try {
      await refreshProfile();
    } catch (error) {
      App.ui.showError(error);
      return;
    }
    watchExpiry();
    const setup = App.session.setupRequired.length > 0;
    const target = pendingHash && !pendingHash.startsWith('#/login') ? pendingHash : '#/';
    pendingHash = null;
    window.location.hash = setup ? App.router.href('account') : target;
  };

  // After the account screen finished the setup, or changed what it shows.
  App.onProfileChanged = async function onProfileChanged() {
    await refreshProfile();
    App.router.dispatch();
  };

  $(function start() {
    for (const [name, [path]] of Object.entries(ROUTES)) App.router.add(name, path);
    for (const [, screenName] of Object.values(ROUTES)) {
      const screen = App.screens[screenName];
      if (!screen.initialised) {
        screen.init($(`#screen-${screenName}`));
        screen.initialised = true;
      }
    }

    $('.js-docs-link').attr('href', App.config.docsBase);
    $('#logout-button').on('click', async () => {
      try {
        await App.api.logout();
      } catch (_) {
        // The session is dropped here either way.
      }
      toLogin('logout');
    });

    App.api.onSessionExpired = () => toLogin('expired');
    watchExpiry();
    // A reload asks the server for the role first (it may have changed). A refusal of the
    // session already went to the login screen (onSessionExpired); any other failure shows
    // on the screen's own first call.
    const ready = App.session.isValid() ? refreshProfile().catch(() => {}) : Promise.resolve();
    ready.then(() => App.router.start(show));
  });
})();
