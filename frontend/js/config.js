// Where the SPA finds the admin API and the reference site.
//
// Defaults: the same host as this page, the API on port 8000 and the docs on 8002 (what
// `make run` starts). A deployment sets its own values in DEPLOYMENT below, or defines
// `window.ASSET_API_CONFIG = {apiBase: '…', docsBase: '…'}` in a script loaded before this one.
// Remember the Content-Security-Policy's connect-src in index.html when the API moves.
(function () {
  'use strict';

  const App = (window.App = window.App || {});
  const scheme = window.location.protocol === 'https:' ? 'https:' : 'http:';
  const host = window.location.hostname || '127.0.0.1';

  const DEFAULTS = {
    apiBase: `${scheme}//${host}:8000`,
    docsBase: `${scheme}//${host}:8002`,
    pageSize: 20,
    usageDays: 14,
    expiringDays: 14,
  };

  const DEPLOYMENT = {};

  App.config = Object.freeze({ ...DEFAULTS, ...DEPLOYMENT, ...(window.ASSET_API_CONFIG || {}) });
})();
