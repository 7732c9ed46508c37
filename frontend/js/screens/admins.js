// The administrators (owners only): list, create with a role and a one-time password (shown
// once), change a role, disable or enable, reset a lost second factor.
(function () {
  'use strict';

  const App = (window.App = window.App || {});
  App.screens = App.screens || {};

  let $el;
  let seq = 0;
  let adminsById = new Map();

  const reload = () => App.router.dispatch();

  function rowAdmin(event) {
    return adminsById.get(Number($(event.currentTarget).closest('tr').data('adminId')));
  }

  function roleChoices(selected) {
    return [...App.session.ROLES].reverse().map((value) => ({
      value,
      label: App.labels.ROLES[value].label,
      what: App.labels.ROLES[value].what,
      checked: value === selected,
    }));
  }

  async function createAdmin() {
    const created = await App.ui.formModal(
      'admin-form',
      { roleChoices: roleChoices('operator') },
      { onSubmit: (values) => App.api.admins.create({ username: values.username.trim(), role: values.role }) },
    );
    if (!created) return;
    await App.ui.showOnce({
      title: `관리자 ${created.admin.username}을(를) 추가했습니다`,
      warning: '임시 비밀번호는 다시 표시되지 않습니다.',
      note: '새 관리자에게 안전한 경로로 전달하십시오. 처음 로그인하면 비밀번호를 바꾸고 2단계 인증을 등록해야 합니다.',
      label: '임시 비밀번호',
      value: created.password,
      rows: 1,
      savedLabel: '임시 비밀번호를 전달할 곳에 보관했습니다.',
    });
    App.ui.notice(`관리자 ${created.admin.username}을(를) 추가했습니다.`);
    reload();
  }

  async function changeRole(admin) {
    const saved = await App.ui.formModal(
      'admin-form',
      { admin, roleChoices: roleChoices(admin.role) },
      {
        onSubmit: (values) =>
          values.role === admin.role ? Promise.resolve({ admin }) : App.api.admins.update(admin.admin_id, { role: values.role }),
      },
    );
    if (!saved) return;
    App.ui.notice(`${admin.username}의 역할을 ${App.labels.ROLES[saved.admin.role].label}(으)로 정했습니다.`);
    // An owner who gave up the role sees what their new one allows (this screen no longer).
    if (admin.username === App.session.username) await App.onProfileChanged();
    else reload();
  }

  async function confirmed(options, call, done) {
    if (!(await App.ui.confirm(options))) return;
    try {
      await call();
      App.ui.notice(done);
      reload();
    } catch (error) {
      App.ui.showError(error);
    }
  }

  function setStatus(admin, status) {
    const disabling = status === 'disabled';
    return confirmed(
      {
        title: disabling ? '관리자 중지' : '관리자 재개',
        message: disabling
          ? `${admin.username}을(를) 중지합니다. 로그인할 수 없게 되고, 지금 열린 세션도 곧바로 끝납니다.`
          : `${admin.username}을(를) 다시 사용할 수 있게 합니다.`,
        confirmLabel: disabling ? '중지' : '재개',
        danger: disabling,
      },
      () => App.api.admins.update(admin.admin_id, { status }),
      disabling ? `${admin.username}을(를) 중지했습니다.` : `${admin.username}을(를) 다시 사용할 수 있습니다.`,
    );
  }

  function resetMfa(admin) {
    return confirmed(
      {
        title: '2단계 인증 초기화',
        message: `${admin.username}의 OTP 등록과 복구 코드를 지우고 세션을 모두 끝냅니다. 휴대폰을 잃어버린 경우에만 하십시오. 그 관리자는 다시 로그인해 2단계 인증을 새로 등록해야 합니다.`,
        confirmLabel: '초기화',
        danger: true,
      },
      () => App.api.admins.resetMfa(admin.admin_id),
      `${admin.username}의 2단계 인증을 초기화했습니다.`,
    );
  }

  App.screens.admins = {
    title: '관리자',

    init($section) {
      $el = $section;
      $el.on('click', '.js-create-admin', createAdmin);
      $el.on('click', '.js-admin-role', (event) => changeRole(rowAdmin(event)));
      $el.on('click', '.js-admin-status', (event) => setStatus(rowAdmin(event), $(event.currentTarget).data('status')));
      $el.on('click', '.js-admin-mfa-reset', (event) => resetMfa(rowAdmin(event)));
    },

    async render() {
      const mine = ++seq;
      $el.html(App.templates.admins({}));
      const $results = $el.find('.js-results');
      try {
        const result = await App.api.admins.list();
        if (mine !== seq) return;
        adminsById = new Map(result.admins.map((a) => [a.admin_id, a]));
        $results.html(App.templates['admins-table']({ admins: result.admins, me: App.session.username }));
      } catch (error) {
        if (mine !== seq) return;
        $results.empty();
        App.ui.showError(error);
      }
    },
  };
})();
