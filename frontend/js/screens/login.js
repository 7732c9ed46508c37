// Login: username and password, then, for an admin with a second factor, the code of their
// OTP app (or a recovery code) → a session kept by App.session.
(function () {
  'use strict';

  const App = (window.App = window.App || {});
  App.screens = App.screens || {};

  // Why the admin is here, from a fixed list (never text taken from the URL).
  const NOTICES = {
    expired: { kind: 'warning', message: '세션이 만료되었습니다. 다시 로그인하십시오.' },
    logout: { kind: 'info', message: '로그아웃되었습니다.' },
    everywhere: { kind: 'info', message: '모든 세션에서 로그아웃되었습니다.' },
  };
  const SESSION_REQUIRED = 8002; // a spent or expired mfa_token: start again

  let $el;
  let codeStep = null; // {mfaToken, username} between the two steps; never stored

  function showPasswordStep(route, username) {
    codeStep = null;
    $el.html(App.templates.login({ notice: NOTICES[route.query.reason] || null, username }));
  }

  async function signedIn(result) {
    codeStep = null;
    App.session.save(result);
    await App.onLogin();
  }

  async function submitPassword(event) {
    event.preventDefault();
    const $form = $(event.currentTarget);
    const { username, password } = App.ui.formValues($form);
    App.ui.clearAlerts($form);
    App.ui.setBusy($form, true);
    try {
      const result = await App.api.login(username.trim(), password);
      if (result.mfa_required) {
        codeStep = { mfaToken: result.mfa_token, username: result.username };
        $el.html(App.templates.login({ codeStep: true, username: result.username }));
        $el.find('#login-code').trigger('focus');
        return;
      }
      await signedIn(result);
    } catch (error) {
      App.ui.setBusy($form, false);
      App.ui.showError(error, $form);
      $form.find('[name=password]').val('').trigger('focus');
    }
  }

  async function submitCode(event) {
    event.preventDefault();
    const $form = $(event.currentTarget);
    const code = App.ui.formValues($form).code.trim();
    App.ui.clearAlerts($form);
    App.ui.setBusy($form, true);
    try {
      const result = await App.api.loginWithCode(codeStep.mfaToken, code);
      await signedIn(result);
    } catch (error) {
      App.ui.setBusy($form, false);
      if (error.returnCode === SESSION_REQUIRED) {
        showPasswordStep({ query: {} }, codeStep.username);
        App.ui.showError(error, $el.find('.js-login-form'));
        return;
      }
      App.ui.showError(error, $form);
      $form.find('[name=code]').val('').trigger('focus');
    }
  }

  App.screens.login = {
    title: '로그인',
    public: true,

    init($section) {
      $el = $section;
      $el.on('submit', '.js-login-form', submitPassword);
      $el.on('submit', '.js-code-form', submitCode);
      $el.on('click', '.js-restart', () => showPasswordStep({ query: {} }, codeStep && codeStep.username));
    },

    render(route) {
      showPasswordStep(route);
    },
  };
})();
