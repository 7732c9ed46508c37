// Dashboard: counts, requests and refusals per day (SVG bar charts), keys expiring soon.
(function () {
  'use strict';

  const App = (window.App = window.App || {});
  App.screens = App.screens || {};

  const DAY_CHOICES = [7, 14, 30, 90];
  let $el;
  let seq = 0;
  let usage = null; // kept to redraw the charts when the window is resized

  function drawCharts() {
    const requests = $el.find('.js-chart-requests')[0];
    const refusals = $el.find('.js-chart-refusals')[0];
    // A resize while a new render waits for its data finds no charts to redraw yet.
    if (!usage || !requests || !refusals || !$el.is(':visible')) return;
    const series = (field) => usage.map((d) => ({ day: d.date, value: d[field] }));
    App.charts.bars(requests, series('requests'), {
      title: '일별 요청 수',
      className: 'bar-requests',
    });
    App.charts.bars(refusals, series('refusals'), {
      title: '일별 거부 수',
      className: 'bar-refusals',
    });
  }

  App.screens.dashboard = {
    title: '대시보드',

    init($section) {
      $el = $section;
      let timer = null;
      $(window).on('resize', () => {
        clearTimeout(timer);
        timer = setTimeout(drawCharts, 150);
      });
    },

    async render(route) {
      const mine = ++seq;
      const days = DAY_CHOICES.includes(Number(route.query.days)) ? Number(route.query.days) : App.config.usageDays;
      $el.html(App.templates.dashboard({}));
      try {
        const [dashboard, usageResult] = await Promise.all([App.api.dashboard(), App.api.usage(days)]);
        if (mine !== seq) return;
        usage = usageResult.days;
        $el.find('.js-dashboard-body').html(
          App.templates['dashboard-body']({
            ...dashboard,
            expiringDays: App.config.expiringDays,
            expiringHref: App.router.href('keys', {}, { status: 'active', expiring_days: App.config.expiringDays, sort: 'expires_at', order: 'asc' }),
            usageTotals: {
              requests: usage.reduce((sum, d) => sum + d.requests, 0),
              refusals: usage.reduce((sum, d) => sum + d.refusals, 0),
            },
            dayOptions: DAY_CHOICES.map((n) => ({
              days: n,
              active: n === days,
              href: App.router.href('dashboard', {}, { days: n }),
            })),
          }),
        );
        drawCharts();
      } catch (error) {
        if (mine !== seq) return;
        $el.find('.js-dashboard-body').empty();
        App.ui.showError(error);
      }
    },
  };
})();
