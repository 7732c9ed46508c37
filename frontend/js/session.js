// The admin session: in memory, mirrored in sessionStorage so a reload keeps it.
// sessionStorage dies with the tab; the session never goes to localStorage or a cookie.
(function () {
  'use strict';

  const App = (window.App = window.App || {});
  const STORAGE_KEY = 'asset-api.admin-session';

  let current = read();

  function read() {
    try {
      const saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || 'null');
      return saved && typeof saved.session === 'string' ? saved : null;
    } catch (_) {
      return null;
    }
  }

  App.session = {
    get token() {
      return current ? current.session : null;
    },
    get username() {
      return current ? current.username : null;
    },
    get expiresAt() {
      return current ? new Date(current.expiresAt) : null;
    },
    isValid() {
      return Boolean(current) && Date.parse(current.expiresAt) > Date.now();
    },
    save({ session, username, expires_at: expiresAt }) {
      current = { session, username, expiresAt };
      try {
        window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(current));
      } catch (_) {
        // Storage may be disabled: the session then lasts as long as this page.
      }
    },
    clear() {
      current = null;
      try {
        window.sessionStorage.removeItem(STORAGE_KEY);
      } catch (_) {
        // nothing stored
      }
    },
  };
})();
