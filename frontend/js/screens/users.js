// Users: search, filter, sort and page (all on the server), create, edit, disable.
(function () {
  'use strict';

  const App = (window.App = window.App || {});
  App.screens = App.screens || {};

  const SORTABLE = ['user_id', 'name', 'created_at', 'key_count'];
  const DEFAULT_SORT = { sort: 'created_at', order: 'desc' }; // the spec's default
  let $el;
  let seq = 0;
  let listQuery = {};
  let usersById = new Map();

  // The create/edit form, shared with the user detail screen. Resolves with the saved user.
  function openForm(user) {
    return App.ui.formModal(
      'user-form',
      { user, idPrefix: 'user-form', scopeChoices: App.ui.scopeChoices(user ? user.scopes : ['accounts', 'market']) },
      {
        async onSubmit(values) {
          const body = {
            name: values.name.trim(),
            email: values.email.trim() || null,
            all_accounts: values.all_accounts,
            scopes: values.scopes,
          };
          if (user) {
            body.status = values.status;
            // PATCH only what changed, so the audit log records just that.
            const changed = {};
            for (const [field, value] of Object.entries(body)) {
              const before = field === 'scopes' ? [...user.scopes].sort() : user[field];
              const after = field === 'scopes' ? [...value].sort() : value;
              if (JSON.stringify(before ?? null) !== JSON.stringify(after)) changed[field] = value;
            }
            if (!Object.keys(changed).length) return user;
            return (await App.api.users.update(user.user_id, changed)).user;
          }
          if (body.email === null) delete body.email;
          return (await App.api.users.create(body)).user;
        },
      },
    );
  }

  // Disable or re-enable, after a confirmation. Resolves true when changed.
  async function setStatus(user, status) {
    const disabling = status === 'disabled';
    const confirmed = await App.ui.confirm({
      title: disabling ? '사용자 중지' : '사용자 재개',
      message: disabling
        ? `「${user.name}」을(를) 중지합니다. 이 사용자의 모든 키로 토큰을 받거나 데이터를 조회할 수 없게 됩니다.`
        : `「${user.name}」을(를) 다시 활성화합니다. 활성 상태인 키를 다시 쓸 수 있습니다.`,
      confirmLabel: disabling ? '중지' : '재개',
      danger: disabling,
    });
    if (!confirmed) return false;
    try {
      await App.api.users.update(user.user_id, { status });
      App.ui.notice(disabling ? '사용자를 중지했습니다.' : '사용자를 다시 활성화했습니다.');
      return true;
    } catch (error) {
      App.ui.showError(error);
      return false;
    }
  }

  function rowUser(event) {
    return usersById.get(Number($(event.currentTarget).closest('tr').data('userId')));
  }

  async function load(route) {
    const mine = ++seq;
    const $results = $el.find('.js-results');
    try {
      const query = { q: route.query.q, status: route.query.status, ...listQuery };
      const result = await App.api.users.list(query);
      if (mine !== seq) return;
      usersById = new Map(result.users.map((u) => [u.user_id, u]));
      $results.html(
        App.templates['users-table']({
          users: result.users,
          sort: { column: listQuery.sort, order: listQuery.order },
          pager: App.ui.pager(result),
        }),
      );
    } catch (error) {
      if (mine !== seq) return;
      $results.empty();
      App.ui.showError(error);
    }
  }

  App.screens.users = {
    title: '사용자',
    openForm,
    setStatus,

    init($section) {
      $el = $section;
      $el.on('submit', '.js-filter', (event) => {
        event.preventDefault();
        const { q, status } = App.ui.formValues($(event.currentTarget));
        App.router.update({ q: q.trim(), status, page: 1 });
      });
      $el.on('click', '.js-create', async () => {
        const user = await openForm(null);
        if (user) App.router.go('user', { userId: user.user_id });
      });
      $el.on('click', '.js-edit', async (event) => {
        if (await openForm(rowUser(event))) {
          App.ui.notice('사용자 정보를 저장했습니다.');
          App.router.dispatch();
        }
      });
      $el.on('click', '.js-set-status', async (event) => {
        if (await setStatus(rowUser(event), $(event.currentTarget).data('status'))) App.router.dispatch();
      });
      App.ui.bindSort($el, () => listQuery);
    },

    render(route) {
      listQuery = App.ui.listQuery(route.query, { sortable: SORTABLE, defaults: DEFAULT_SORT });
      $el.html(App.templates.users({ query: route.query }));
      return load(route);
    },
  };
})();
