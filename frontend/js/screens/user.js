// One user: details, granted accounts (per environment), and keys — issue (the secret shown
// once), edit environment / expiry / rate limit / scopes / IP allowlist / status, rotate with a
// grace period, revoke after confirmation.
(function () {
  'use strict';

  const App = (window.App = window.App || {});
  App.screens = App.screens || {};

  const GRANT_PAGE_SIZE = 10;
  let $el;
  let seq = 0;
  let data = null; // {user, accounts, keys} of the user on screen

  const reload = () => App.router.dispatch();

  function keyOf(event) {
    const appkey = $(event.currentTarget).closest('[data-appkey]').data('appkey');
    return data.keys.find((k) => k.appkey === appkey);
  }

  function todayInSeoul(offsetDays = 0) {
    return App.format.isoDate(new Date(Date.now() + offsetDays * 24 * 60 * 60 * 1000));
  }

  // --- keys ---------------------------------------------------------------------------

  async function issueKey() {
    const { user } = data;
    const issued = await App.ui.formModal(
      'key-issue',
      {
        user,
        idPrefix: 'key-issue',
        scopeChoices: App.ui.scopeChoices(user.scopes),
        today: todayInSeoul(),
        defaultExpiry: todayInSeoul(365),
      },
      {
        onSubmit(values) {
          const body = {
            env: values.env,
            rate_limit: Number(values.rate_limit),
            scopes: values.scopes,
            allowed_cidrs: App.ui.splitList(values.allowed_cidrs),
          };
          if (values.expires_at) body.expires_at = values.expires_at;
          return App.api.keys.issue(user.user_id, body);
        },
      },
    );
    if (!issued) return;
    await App.ui.showSecret({
      title: '키가 발급되었습니다',
      appkey: issued.appkey,
      secretkey: issued.secretkey,
      note: '연동 시스템은 이 앱키와 시크릿키로 POST /asset-erp/v1/get-auth를 호출해 토큰을 받습니다.',
    });
    App.ui.notice('키를 발급했습니다.');
    reload();
  }

  async function editKey(key) {
    const original = {
      status: key.status,
      env: key.env,
      expires_at: App.format.isoDate(key.expires_at),
      rate_limit: key.rate_limit,
      scopes: [...key.scopes].sort(),
      allowed_cidrs: [...key.allowed_cidrs],
    };
    const saved = await App.ui.formModal(
      'key-edit',
      { key, idPrefix: 'key-edit', scopeChoices: App.ui.scopeChoices(key.scopes) },
      {
        onSubmit(values) {
          const next = {
            status: values.status,
            env: values.env,
            expires_at: values.expires_at,
            rate_limit: Number(values.rate_limit),
            scopes: [...values.scopes].sort(),
            allowed_cidrs: App.ui.splitList(values.allowed_cidrs),
          };
          // PATCH only what changed, so an untouched expiry keeps its exact time.
          const body = {};
          for (const field of Object.keys(next)) {
            if (JSON.stringify(next[field]) !== JSON.stringify(original[field])) body[field] = next[field];
          }
          if ('expires_at' in body && !body.expires_at) body.expires_at = null; // never expires
          if (!Object.keys(body).length) return Promise.resolve({ key });
          return App.api.keys.update(key.appkey, body);
        },
      },
    );
    if (saved) {
      App.ui.notice('키 설정을 저장했습니다.');
      reload();
    }
  }

  async function rotateKey(key) {
    const rotated = await App.ui.formModal(
      'key-rotate',
      { key },
      { onSubmit: (values) => App.api.keys.rotate(key.appkey, Number(values.grace_hours)) },
    );
    if (!rotated) return;
    const previous = rotated.key && rotated.key.previous_valid_until;
    await App.ui.showSecret({
      title: '시크릿키가 교체되었습니다',
      appkey: rotated.appkey,
      secretkey: rotated.secretkey,
      note: previous
        ? `이전 시크릿키는 ${App.format.dateTime(previous)}까지 계속 쓸 수 있습니다.`
        : '이전 시크릿키는 이제 쓸 수 없습니다.',
    });
    App.ui.notice('시크릿키를 교체했습니다.');
    reload();
  }

  async function revokeKey(key) {
    const confirmed = await App.ui.confirm({
      title: '키 폐기',
      message: `${key.appkey} 키를 폐기합니다. 되돌릴 수 없으며, 이 키로 발급된 토큰도 모두 즉시 무효가 됩니다.`,
      confirmLabel: '폐기',
      danger: true,
    });
    if (!confirmed) return;
    try {
      await App.api.keys.revoke(key.appkey);
      App.ui.notice('키를 폐기했습니다.');
      reload();
    } catch (error) {
      App.ui.showError(error);
    }
  }

  // --- account grants -------------------------------------------------------------------

  // The grant modal: pick an environment, search and page its accounts, tick the ones this
  // user may see; saving replaces that environment's grants.
  function editGrants() {
    const { user, accounts } = data;
    const state = { env: 'real', q: '', page: 1, selected: new Set(), listSeq: 0 };
    const grantedIn = (env) => new Set(accounts.filter((a) => a.env === env).map((a) => a.account_no));

    const showSelection = ($modal) => {
      const numbers = [...state.selected].sort();
      $modal.find('.js-grant-count').text(numbers.length);
      $modal.find('.js-grant-selected').text(numbers.length ? `(${numbers.join(', ')})` : '');
    };

    const loadAccounts = async ($modal) => {
      const mine = ++state.listSeq;
      const $list = $modal.find('.js-grant-list');
      try {
        const result = await App.api.accounts.list({ env: state.env, q: state.q, page: state.page, size: GRANT_PAGE_SIZE });
        if (mine !== state.listSeq) return;
        const pageCount = Math.max(1, Math.ceil(result.total / result.size));
        $list.html(
          App.templates['grant-accounts']({
            accounts: result.accounts.map((a) => ({ ...a, selected: state.selected.has(a.account_no) })),
            total: result.total,
            page: result.page,
            pageCount,
            prev: result.page > 1 ? result.page - 1 : null,
            next: result.page < pageCount ? result.page + 1 : null,
          }),
        );
      } catch (error) {
        if (mine !== state.listSeq) return;
        $list.empty();
        App.ui.showError(error, $modal);
      }
    };

    return App.ui.formModal(
      'grant-modal',
      { user, env: state.env },
      {
        onOpen($modal) {
          state.selected = grantedIn(state.env);
          showSelection($modal);
          loadAccounts($modal);
          $modal.on('change', '.js-grant-env', (event) => {
            state.env = event.currentTarget.value;
            state.page = 1;
            state.selected = grantedIn(state.env);
            showSelection($modal);
            loadAccounts($modal);
          });
          let timer = null;
          $modal.on('input', '.js-grant-q', (event) => {
            clearTimeout(timer);
            timer = setTimeout(() => {
              state.q = event.currentTarget.value.trim();
              state.page = 1;
              loadAccounts($modal);
            }, 250);
          });
          $modal.on('keydown', '.js-grant-q', (event) => {
            if (event.key === 'Enter') event.preventDefault(); // Enter searches, it does not save
          });
          $modal.on('change', '.js-grant-account', (event) => {
            const { value, checked } = event.currentTarget;
            if (checked) state.selected.add(value);
            else state.selected.delete(value);
            showSelection($modal);
          });
          $modal.on('click', '.js-grant-page', (event) => {
            state.page = Number($(event.currentTarget).data('page'));
            loadAccounts($modal);
          });
        },
        onSubmit: () => App.api.users.setAccounts(user.user_id, state.env, [...state.selected].sort()),
      },
    );
  }

  // --- screen ---------------------------------------------------------------------------

  App.screens.user = {
    title: '사용자 상세',

    init($section) {
      $el = $section;
      $el.on('click', '.js-edit-user', async () => {
        if (await App.screens.users.openForm(data.user)) {
          App.ui.notice('사용자 정보를 저장했습니다.');
          reload();
        }
      });
      $el.on('click', '.js-set-status', async (event) => {
        if (await App.screens.users.setStatus(data.user, $(event.currentTarget).data('status'))) reload();
      });
      $el.on('click', '.js-grant', async () => {
        if (await editGrants()) {
          App.ui.notice('계좌 권한을 저장했습니다.');
          reload();
        }
      });
      $el.on('click', '.js-issue', issueKey);
      $el.on('click', '.js-key-edit', (event) => editKey(keyOf(event)));
      $el.on('click', '.js-key-rotate', (event) => rotateKey(keyOf(event)));
      $el.on('click', '.js-key-revoke', (event) => revokeKey(keyOf(event)));
    },

    async render(route) {
      const mine = ++seq;
      if (!data || String(data.user.user_id) !== route.params.userId) {
        $el.html(App.templates._loading({}));
      }
      try {
        const result = await App.api.users.get(route.params.userId);
        if (mine !== seq) return;
        data = result;
        document.title = `${result.user.name} · Asset-API 관리자`;
        $el.html(App.templates.user(result));
      } catch (error) {
        if (mine !== seq) return;
        data = null;
        $el.empty();
        App.ui.showError(error);
      }
    },
  };
})();
