// The admin API client: the only caller of fetch in the SPA.
//
// Every call sends the session as `authorization: Bearer …`, checks `res.ok` and the
// envelope, and turns any failure into an ApiError carrying return_code, return_msg and
// request_id, which the screens show to the admin. A 8002 (no or expired session) clears the
// session and calls `App.api.onSessionExpired`, which app.js points at the login screen.
// Function names follow the operation ids of api-spec/admin/ (admin-users-list → users.list).
(function () {
  'use strict';

  const App = (window.App = window.App || {});
  const PREFIX = '/admin/v1';
  const SESSION_EXPIRED = 8002;

  class ApiError extends Error {
    constructor({ status, returnCode, returnMsg, requestId }) {
      super(returnMsg);
      this.name = 'ApiError';
      this.status = status; // HTTP status, 0 when the API could not be reached
      this.returnCode = returnCode; // null when the body was not an envelope
      this.returnMsg = returnMsg;
      this.requestId = requestId || null;
    }
  }

  function buildUrl(path, query) {
    const url = new URL(App.config.apiBase.replace(/\/+$/, '') + PREFIX + path);
    for (const [name, value] of Object.entries(query || {})) {
      if (value !== undefined && value !== null && value !== '') {
        url.searchParams.set(name, String(value));
      }
    }
    return url;
  }

  async function request(method, path, { query, body, expectSessionLoss = false } = {}) {
    const headers = { accept: 'application/json' };
    if (App.session.token) headers.authorization = `Bearer ${App.session.token}`;
    if (body !== undefined) headers['content-type'] = 'application/json';

    let res;
    try {
      res = await fetch(buildUrl(path, query), {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
      });
    } catch (_) {
      throw new ApiError({
        status: 0,
        returnCode: null,
        returnMsg: `API 서버에 연결할 수 없습니다 (${App.config.apiBase})`,
        requestId: null,
      });
    }

    let data;
    try {
      data = await res.json();
    } catch (_) {
      data = null; // not JSON: reported below as an unexpected answer
    }
    const isEnvelope = data !== null && typeof data === 'object' && 'return_code' in data;
    if (res.ok && isEnvelope && data.return_code === 0) {
      if (App.session.token) App.session.touch(); // the server's idle clock restarted too
      return data;
    }

    const error = new ApiError({
      status: res.status,
      returnCode: isEnvelope ? data.return_code : null,
      returnMsg: isEnvelope ? data.return_msg : `예상하지 못한 응답입니다 (HTTP ${res.status})`,
      requestId: (isEnvelope && data.request_id) || res.headers.get('x-request-id'),
    });
    if (error.returnCode === SESSION_EXPIRED && !expectSessionLoss) {
      App.session.clear();
      App.api.onSessionExpired(error);
    }
    throw error;
  }

  const get = (path, query) => request('GET', path, { query });
  const post = (path, body) => request('POST', path, { body: body === undefined ? {} : body });
  const patch = (path, body) => request('PATCH', path, { body });
  const put = (path, body) => request('PUT', path, { body });
  const seg = (value) => encodeURIComponent(String(value));

  App.ApiError = ApiError;
  App.api = {
    onSessionExpired() {},

    // admin-login, admin-login-mfa, admin-logout, admin-logout-all
    login: (username, password) => post('/login', { username, password }),
    loginWithCode: (mfaToken, code) => post('/login/mfa', { mfa_token: mfaToken, code }),
    logout: () => request('POST', '/logout', { body: {}, expectSessionLoss: true }),
    logoutEverywhere: () => request('POST', '/logout-all', { body: {}, expectSessionLoss: true }),

    // admin-me, admin-me-mfa, admin-me-mfa-confirm, admin-me-password
    me: () => get('/me'),
    startMfa: () => post('/me/mfa'),
    confirmMfa: (code) => post('/me/mfa/confirm', { code }),
    changePassword: (currentPassword, newPassword) =>
      post('/me/password', { current_password: currentPassword, new_password: newPassword }),

    // admin-dashboard, admin-usage
    dashboard: () => get('/dashboard'),
    usage: (days) => get('/usage', { days }),

    users: {
      list: (query) => get('/users', query), // admin-users-list
      create: (body) => post('/users', body), // admin-users-create
      get: (userId) => get(`/users/${seg(userId)}`), // admin-users-get
      update: (userId, body) => patch(`/users/${seg(userId)}`, body), // admin-users-update
      setAccounts: (userId, env, accountNos) =>
        put(`/users/${seg(userId)}/accounts`, { env, account_nos: accountNos }), // admin-users-accounts
    },

    accounts: {
      list: (query) => get('/accounts', query), // admin-accounts-list
    },

    keys: {
      list: (query) => get('/keys', query), // admin-keys-list
      issue: (userId, body) => post(`/users/${seg(userId)}/keys`, body), // admin-keys-issue
      update: (appkey, body) => patch(`/keys/${seg(appkey)}`, body), // admin-keys-update
      rotate: (appkey, graceHours) =>
        post(`/keys/${seg(appkey)}/rotate`, { grace_hours: graceHours }), // admin-keys-rotate
      revoke: (appkey) => post(`/keys/${seg(appkey)}/revoke`), // admin-keys-revoke
    },

    audit: {
      list: (query) => get('/audit', query), // admin-audit-list
    },

    requests: {
      get: (requestId) => get(`/requests/${seg(requestId)}`), // admin-requests-get
    },

    admins: {
      list: () => get('/admins'), // admin-admins-list
      create: (body) => post('/admins', body), // admin-admins-create
      update: (adminId, body) => patch(`/admins/${seg(adminId)}`, body), // admin-admins-update
      resetMfa: (adminId) => post(`/admins/${seg(adminId)}/mfa-reset`), // admin-admins-mfa-reset
    },
  };
})();
