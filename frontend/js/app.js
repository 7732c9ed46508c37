// Wiring, loaded last: routes → screens, the navbar, login, logout and session expiry.
(function () {
  'use strict';

  const App = (window.App = window.App || {});

  // route name → [path, screen, navbar entry]
  const ROUTES = {
    login: ['/login', 'login', null],
    dashboard: ['/', 'dashboard', 'dashboard'],
    users: ['/users', 'users', 'users'],
    user: ['/users/:userId', 'user', 'users'],
    keys: ['/keys', 'keys', 'keys'],
    audit: ['/audit', 'audit', 'audit'],
    requests: ['/requests', 'requests', 'requests'],
    request: ['/requests/:requestId', 'requests', 'requests'],
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

  function watchExpiry() {
    clearTimeout(expiryTimer);
    if (!App.session.isValid()) return;
    const ms = App.session.expiresAt.getTime() - Date.now();
    // setTimeout takes at most 2^31-1 ms; sessions last 8 hours.
    expiryTimer = setTimeout(() => toLogin('expired'), Math.min(ms, 2 ** 31 - 1));
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

    // A new screen starts without the previous one's messages; a reload of the same keeps them.
    if (route.hash !== lastHash) App.ui.clearAlerts();
    lastHash = route.hash;

    $('#navbar').prop('hidden', Boolean(screen.public));
    $('#nav-username').text(App.session.username || '');
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

  App.onLogin = function onLogin() {
    watchExpiry();
    const target = pendingHash && !pendingHash.startsWith('#/login') ? pendingHash : '#/';
    pendingHash = null;
    window.location.hash = target;
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
    App.router.start(show);
  });
})();
