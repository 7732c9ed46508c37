// Request lookup: paste a request_id, see the call and why it was refused.
(function () {
  'use strict';

  const App = (window.App = window.App || {});
  App.screens = App.screens || {};

  const NOT_FOUND = 1901;
  let $el;
  let seq = 0;

  App.screens.requests = {
    title: '요청 조회',

    init($section) {
      $el = $section;
      $el.on('submit', '.js-lookup', (event) => {
        event.preventDefault();
        const requestId = App.ui.formValues($(event.currentTarget)).request_id.trim();
        if (requestId) App.router.go('request', { requestId });
      });
    },

    async render(route) {
      const mine = ++seq;
      const requestId = route.params.requestId || '';
      App.ui.clearAlerts(); // a repeated lookup of the same id must not show the last answer
      $el.html(App.templates.requests({ requestId }));
      if (!requestId) return;
      const $result = $el.find('.js-result').html(App.templates._loading({}));
      try {
        const result = await App.api.requests.get(requestId);
        if (mine !== seq) return;
        $result.html(App.templates['requests-result'](result));
      } catch (error) {
        if (mine !== seq) return;
        $result.empty();
        if (error instanceof App.ApiError && error.returnCode === NOT_FOUND) {
          App.ui.notice('이 요청 ID의 기록이 없습니다. 요청 기록은 호출 후 약 1초 뒤에 저장되니 잠시 후 다시 조회하십시오.', 'warning');
        } else {
          App.ui.showError(error);
        }
      }
    },
  };
})();
