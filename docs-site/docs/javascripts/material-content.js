// Material for MkDocs' inline script after the content (partials/javascripts/content.html of
// mkdocs-material 9.8.1, with content.tabs.link), as a file: the site's
// Content-Security-Policy allows no inline script. Runs where the partial stood, after the
// content: reopens the code tab (curl, Python, ...) the reader chose on another page, and the
// tab the address's #fragment names.
(function () {
  'use strict';

  const chosen = window.__md_get('__tabs');
  if (Array.isArray(chosen)) {
    for (const set of document.querySelectorAll('.tabbed-set')) {
      const labels = [...set.querySelector('.tabbed-labels').getElementsByTagName('label')];
      // The most recently chosen title that this set has wins, as in the theme's script.
      const match = chosen
        .map((title) => labels.find((label) => label.innerText.trim() === title))
        .find(Boolean);
      if (match) document.getElementById(match.htmlFor).checked = true;
    }
  }
  const target = document.getElementById(window.location.hash.slice(1));
  if (target && target.name) target.checked = target.name.startsWith('__tabbed_');
})();
