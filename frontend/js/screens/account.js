// The signed-in admin's own account: role and session, the second factor (enrolment with a
// QR code and the manual secret, then ten recovery codes shown once), the password, and
// "log out everywhere". While a one-time password or an enrolment is due, app.js keeps the
// admin on this screen.
(function () {
  'use strict';

  const App = (window.App = window.App || {});
  App.screens = App.screens || {};

  const FEW_RECOVERY_CODES = 3;
  let $el;
  let seq = 0;
  let me = null; // GET /me
  let enrolment = null; // {secret, otpauth_uri, qr_svg} between start and confirm; never stored

  function draw() {
    const setup = me.setup_required;
    $el.html(
      App.templates.account({
        me,
        setup,
        enrolment,
        passwordFirst: setup.includes('password'),
        lowRecoveryCodes: me.recovery_codes_left <= FEW_RECOVERY_CODES,
        idleMinutes: Math.round(me.idle_timeout / 60),
      }),
    );
  }

  async function startEnrolment(event) {
    const $button = $(event.currentTarget).prop('disabled', true);
    try {
      enrolment = await App.api.startMfa();
      draw();
      $el.find('#mfa-code').trigger('focus');
    } catch (error) {
      $button.prop('disabled', false);
      App.ui.showError(error);
    }
  }

  async function confirmEnrolment(event) {
    event.preventDefault();
    const $form = $(event.currentTarget);
    const { code } = App.ui.formValues($form);
    App.ui.clearAlerts($form);
    App.ui.setBusy($form, true);
    let codes;
    try {
      codes = (await App.api.confirmMfa(code.trim())).recovery_codes;
    } catch (error) {
      App.ui.setBusy($form, false);
      App.ui.showError(error, $form);
      $form.find('[name=code]').val('').trigger('focus');
      return;
    }
    enrolment = null;
    await App.ui.showOnce({
      title: '2단계 인증을 등록했습니다',
      warning: '복구 코드는 다시 표시되지 않습니다.',
      note: '휴대폰을 잃어버렸을 때 인증 코드 대신 하나씩, 한 번만 쓸 수 있습니다. 인쇄하거나 비밀 관리 도구에 보관하십시오.',
      label: `복구 코드 ${codes.length}개`,
      value: codes.join('\n'),
      rows: codes.length,
      savedLabel: '복구 코드를 안전한 곳에 보관했습니다.',
    });
    App.ui.notice('2단계 인증을 등록했습니다. 다음 로그인부터 인증 코드가 필요합니다.');
    await App.onProfileChanged();
  }

  async function changePassword(event) {
    event.preventDefault();
    const $form = $(event.currentTarget);
    const values = App.ui.formValues($form);
    App.ui.clearAlerts($form);
    const repeat = $form.find('[name=repeat_password]')[0];
    repeat.setCustomValidity(values.new_password === values.repeat_password ? '' : '새 비밀번호와 확인이 다릅니다.');
    if (!repeat.reportValidity()) return;
    App.ui.setBusy($form, true);
    try {
      const result = await App.api.changePassword(values.current_password, values.new_password);
      const others = result.sessions_ended ? ` 다른 세션 ${result.sessions_ended}개를 끝냈습니다.` : '';
      App.ui.notice(`비밀번호를 바꿨습니다.${others}`);
      await App.onProfileChanged();
    } catch (error) {
      App.ui.setBusy($form, false);
      App.ui.showError(error, $form);
    }
  }

  async function logoutEverywhere() {
    const confirmed = await App.ui.confirm({
      title: '모든 세션 로그아웃',
      message: '이 브라우저를 포함해 이 계정의 모든 세션을 끝냅니다. 다시 로그인해야 합니다.',
      confirmLabel: '모두 로그아웃',
      danger: true,
    });
    if (!confirmed) return;
    try {
      await App.api.logoutEverywhere();
      App.signOut('everywhere');
    } catch (error) {
      App.ui.showError(error);
    }
  }

  App.screens.account = {
    title: '내 계정',

    init($section) {
      $el = $section;
      $el.on('click', '.js-mfa-start', startEnrolment);
      $el.on('submit', '.js-mfa-confirm-form', confirmEnrolment);
      $el.on('submit', '.js-password-form', changePassword);
      $el.on('input', '.js-password-form [name=repeat_password]', (event) => event.currentTarget.setCustomValidity(''));
      $el.on('click', '.js-logout-everywhere', logoutEverywhere);
      $el.on('click', '.js-copy-secret', async (event) => {
        const copied = await App.ui.copy($el.find('.js-mfa-secret'));
        $(event.currentTarget).text(copied ? '복사됨' : '직접 선택하여 복사하십시오');
      });
    },

    async render() {
      const mine = ++seq;
      if (!me) $el.html(App.templates._loading({}));
      try {
        const result = await App.api.me();
        if (mine !== seq) return;
        me = result;
        App.session.setProfile(me);
        draw();
      } catch (error) {
        if (mine !== seq) return;
        $el.empty();
        App.ui.showError(error);
      }
    },
  };
})();
