// Where the 직접 호출 panels of the reference pages send their calls.
//
// Default: on 127.0.0.1 or localhost (`make run`) the API on port 8000 of the same host;
// elsewhere the mock domain each page states (api-spec/_common/domains.yaml). A deployment
// sets its own value in DEPLOYMENT below (or replaces this file in the built site), or defines
// `window.ASSET_API_DOCS_CONFIG = {apiBase: '…'}` in a script loaded before this one. An
// origin other than the two domains and the loopback must also be added to the pages'
// Content-Security-Policy: extra.try_it_origins in docs-site/mkdocs.yml.
(function () {
  'use strict';

  const host = window.location.hostname;
  const local = host === '127.0.0.1' || host === 'localhost';

  const DEFAULTS = {
    apiBase: local ? `http://${host}:8000` : null, // null: the page's mock domain
  };

  const DEPLOYMENT = {};

  window.AssetApiDocs = Object.freeze({
    ...DEFAULTS,
    ...DEPLOYMENT,
    ...(window.ASSET_API_DOCS_CONFIG || {}),
  });
})();
