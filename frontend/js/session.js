// The admin session: in memory, mirrored in sessionStorage so a reload keeps it.
// sessionStorage dies with the tab; the session never goes to localStorage or a cookie.
//
// Beside the bearer value it keeps what the screens need to know of the admin: the role (what
// to hide), the setup still to do (a one-time password to replace, a second factor to enrol),
// and the two ends of the session: its absolute expiry and its idle timeout, which every
// successful call restarts (api.js calls touch()), as the server's does.
(function () {
  'use strict';

  const App = (window.App = window.App || {});
  const STORAGE_KEY = 'asset-api.admin-session';
  // From the least to the most trusted, as the admin API's roles are.
  const ROLES = ['viewer', 'operator', 'owner'];

  let current = read();

  function read() {
    try {
      const saved = JSON.parse(window.sessionStorage.getItem(STORAGE_KEY) || 'null');
      return saved && typeof saved.session === 'string' ? saved : null;
    } catch (_) {
      return null;
    }
  }

  function write() {
    try {
      window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(current));
    } catch (_) {
      // Storage may be disabled: the session then lasts as long as this page.
    }
  }

  App.session = {
    ROLES,

    get token() {
      return current ? current.session : null;
    },
    get username() {
      return current ? current.username : null;
    },
    get role() {
      return current ? current.role : null;
    },
    get setupRequired() {
      return current && Array.isArray(current.setupRequired) ? current.setupRequired : [];
    },
    get expiresAt() {
      return current ? new Date(current.expiresAt) : null;
    },
    // When the session ends if nothing else is called: the idle timeout, or the absolute end.
    get endsAt() {
      if (!current) return null;
      const idleEnd = current.lastUsed + current.idleTimeout * 1000;
      return new Date(Math.min(Date.parse(current.expiresAt), idleEnd || Infinity));
    },
    isValid() {
      return Boolean(current) && this.endsAt.getTime() > Date.now();
    },
    // True when the admin's role is `role` or a more trusted one.
    can(role) {
      return ROLES.indexOf(this.role) >= ROLES.indexOf(role);
    },
    save({ session, username, expires_at: expiresAt, role, idle_timeout: idleTimeout }) {
      current = { session, username, expiresAt, role, idleTimeout, lastUsed: Date.now(), setupRequired: [] };
      write();
    },
    // What GET /me says of the admin now (a role may have changed since the login).
    setProfile({ username, role, setup_required: setupRequired, expires_at: expiresAt, idle_timeout: idleTimeout }) {
      if (!current) return;
      Object.assign(current, { username, role, setupRequired, expiresAt, idleTimeout });
      write();
    },
    touch() {
      if (!current) return;
      current.lastUsed = Date.now();
      write();
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
