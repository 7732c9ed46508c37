// Login: username and password → a session kept by App.session.
(function () {
  'use strict';

  const App = (window.App = window.App || {});
  App.screens = App.screens || {};

  // Why the admin is here, from a fixed list (never text taken from the URL).
  const NOTICES = {
    expired: { kind: 'warning', message: '세션이 만료되었습니다. 다시 로그인하십시오.' },
    logout: { kind: 'info', message: '로그아웃되었습니다.' },
  };

  let $el;

  async function submit(event) {
    event.preventDefault();
    const $form = $(event.currentTarget);
    const { username, password } = App.ui.formValues($form);
    App.ui.clearAlerts($form);
    App.ui.setBusy($form, true);
    try {
      const result = await App.api.login(username.trim(), password);
      App.session.save(result);
      App.onLogin();
    } catch (error) {
      App.ui.setBusy($form, false);
      App.ui.showError(error, $form);
      $form.find('[name=password]').val('').trigger('focus');
    }
  }

  App.screens.login = {
    title: '로그인',
    public: true,

    init($section) {
      $el = $section;
      $el.on('submit', '.js-login-form', submit);
    },

    render(route) {
      $el.html(App.templates.login({ notice: NOTICES[route.query.reason] || null }));
    },
  };
})();
