// Every key: filter by status, expiry window and user; sorted and paged by the server.
(function () {
  'use strict';

  const App = (window.App = window.App || {});
  App.screens = App.screens || {};

  const SORTABLE = ['created_at', 'expires_at', 'last_used_at'];
  const EXPIRING = [7, 14, 30, 90];
  const DEFAULT_SORT = { sort: 'created_at', order: 'desc' }; // the spec's default
  let $el;
  let seq = 0;
  let listQuery = {};

  App.screens.keys = {
    title: '키',

    init($section) {
      $el = $section;
      $el.on('submit', '.js-filter', (event) => {
        event.preventDefault();
        const { status, expiring_days: expiringDays, user_id: userId } = App.ui.formValues($(event.currentTarget));
        App.router.update({ status, expiring_days: expiringDays, user_id: userId, page: 1 });
      });
      App.ui.bindSort($el, () => listQuery);
    },

    async render(route) {
      const mine = ++seq;
      const { query } = route;
      listQuery = App.ui.listQuery(query, { sortable: SORTABLE, defaults: DEFAULT_SORT });
      $el.html(
        App.templates.keys({
          query,
          statusChoices: Object.entries(App.labels.STATUS).map(([value, { label }]) => ({
            value,
            label,
            selected: query.status === value,
          })),
          expiringChoices: EXPIRING.map((n) => ({ value: n, selected: Number(query.expiring_days) === n })),
        }),
      );
      const $results = $el.find('.js-results');
      try {
        const result = await App.api.keys.list({
          status: query.status,
          expiring_days: query.expiring_days,
          user_id: query.user_id,
          ...listQuery,
        });
        if (mine !== seq) return;
        $results.html(
          App.templates['keys-table']({
            keys: result.keys,
            sort: { column: listQuery.sort, order: listQuery.order },
            pager: App.ui.pager(result),
          }),
        );
      } catch (error) {
        if (mine !== seq) return;
        $results.empty();
        App.ui.showError(error);
      }
    },
  };
})();
