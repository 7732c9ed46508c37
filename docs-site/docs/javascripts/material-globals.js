// Material for MkDocs' inline head script (partials/javascripts/base.html of mkdocs-material
// 9.8.1), as a file: the site's Content-Security-Policy allows no inline script. The theme's
// bundle reads these globals. The scope is the site's root, found from this file's own
// address (the theme wrote the page's base_url there). Material keeps only its own
// preferences (the code tab chosen) this way; nothing typed into a 직접 호출 panel is stored.
(function () {
  'use strict';

  const scope = new URL('..', document.currentScript.src);
  window.__md_scope = scope;
  window.__md_hash = (text) =>
    [...text].reduce((hash, c) => (hash << 5) - hash + c.charCodeAt(0), 0);
  window.__md_get = (key, storage = localStorage, base = scope) =>
    JSON.parse(storage.getItem(base.pathname + '.' + key));
  window.__md_set = (key, value, storage = localStorage, base = scope) => {
    try {
      storage.setItem(base.pathname + '.' + key, JSON.stringify(value));
    } catch (e) {
      // storage full or disabled: the preference is simply not kept
    }
  };
})();
