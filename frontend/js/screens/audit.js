// The audit log, newest first, filtered by action and paged by the server.
(function () {
  'use strict';

  const App = (window.App = window.App || {});
  App.screens = App.screens || {};

  let $el;
  let seq = 0;

  App.screens.audit = {
    title: '감사 로그',

    init($section) {
      $el = $section;
      $el.on('submit', '.js-filter', (event) => {
        event.preventDefault();
        App.router.update({ action: App.ui.formValues($(event.currentTarget)).action, page: 1 });
      });
    },

    async render(route) {
      const mine = ++seq;
      const { query } = route;
      const { page, size } = App.ui.listQuery(query);
      $el.html(
        App.templates.audit({
          actionChoices: Object.entries(App.labels.ACTIONS).map(([value, label]) => ({
            value,
            label,
            selected: query.action === value,
          })),
        }),
      );
      const $results = $el.find('.js-results');
      try {
        const result = await App.api.audit.list({ action: query.action, page, size });
        if (mine !== seq) return;
        $results.html(App.templates['audit-table']({ entries: result.entries, pager: App.ui.pager(result) }));
      } catch (error) {
        if (mine !== seq) return;
        $results.empty();
        App.ui.showError(error);
      }
    },
  };
})();
