// Shared UI pieces: error and notice alerts, modals (form, confirm, one-time secret), the pager
// model and list-query parsing. Markup comes from the precompiled templates only.
(function () {
  'use strict';

  const App = (window.App = window.App || {});
  const T = () => App.templates;

  function errorContext(error) {
    if (error instanceof App.ApiError) {
      return {
        message: error.returnMsg,
        returnCode: error.returnCode,
        requestId: error.requestId,
        status: error.status,
      };
    }
    console.error(error); // a bug of ours: keep the stack for the developer
    return { message: '화면 처리 중 오류가 발생했습니다. 새로 고침 후 다시 시도하십시오.' };
  }

  // A modal rendered from a template into #modal-root; removed from the DOM once hidden.
  function openModal(templateName, context, { static: isStatic = false } = {}) {
    const $modal = $(T()[templateName](context)).appendTo('#modal-root');
    const modal = new window.bootstrap.Modal($modal[0], {
      backdrop: isStatic ? 'static' : true,
      keyboard: !isStatic,
    });
    $modal.on('shown.bs.modal', () => $modal.find('[autofocus], input, select, textarea').first().trigger('focus'));
    $modal.on('hidden.bs.modal', () => {
      modal.dispose();
      $modal.remove();
    });
    modal.show();
    return { $modal, modal, close: () => modal.hide() };
  }

  const ui = {
    errorContext,

    // An error in the page's alert area, or inside `$target` (a form or modal) when given.
    showError(error, $target) {
      const html = T()._error(errorContext(error));
      if ($target && $target.length) {
        $target.find('.js-error').first().html(html);
      } else {
        $('#alerts').html(html);
      }
    },

    notice(message, kind = 'success') {
      $('#alerts').html(T()._notice({ message, kind }));
    },

    clearAlerts($target) {
      ($target && $target.length ? $target.find('.js-error') : $('#alerts')).empty();
    },

    setBusy($form, busy) {
      $form.find('button, input, select, textarea').prop('disabled', busy);
      $form.find('.js-spinner').prop('hidden', !busy);
    },

    openModal,

    // A modal holding a form. `onSubmit(values, $form)` returns a promise; an ApiError keeps
    // the modal open with the error shown inside it, success closes it and resolves with the
    // result. Resolves with null when the admin cancels.
    formModal(templateName, context, { onSubmit, onOpen }) {
      return new Promise((resolve) => {
        const { $modal, close } = openModal(templateName, context);
        let result = null;
        if (onOpen) onOpen($modal);
        $modal.on('submit', 'form', async (event) => {
          event.preventDefault();
          const $form = $(event.currentTarget);
          const values = ui.formValues($form); // before setBusy: disabled fields are not serialised
          ui.clearAlerts($modal);
          ui.setBusy($form, true);
          try {
            result = await onSubmit(values, $form, $modal);
            close();
          } catch (error) {
            ui.setBusy($form, false);
            ui.showError(error, $modal);
          }
        });
        $modal.on('hidden.bs.modal', () => resolve(result));
      });
    },

    confirm({ title, message, confirmLabel = '확인', danger = false }) {
      return new Promise((resolve) => {
        const { $modal, close } = openModal('confirm-modal', { title, message, confirmLabel, danger });
        let confirmed = false;
        $modal.on('click', '.js-confirm', () => {
          confirmed = true;
          close();
        });
        $modal.on('hidden.bs.modal', () => resolve(confirmed));
      });
    },

    // The one time a secretkey is visible.
    showSecret({ title, appkey, secretkey, note }) {
      return ui.secretModal('secret-modal', { title, appkey, secretkey, note });
    },

    // The one time another secret is visible: a one-time password, recovery codes.
    // context: {title, warning, note, label, value, rows, savedLabel}
    showOnce(context) {
      return ui.secretModal('once-modal', context);
    },

    // A modal showing what will not be shown again. Closing needs the "saved it" box ticked;
    // the DOM holding the secret is removed as soon as the modal is hidden.
    secretModal(templateName, context) {
      return new Promise((resolve) => {
        const { $modal } = openModal(templateName, context, { static: true });
        $modal.on('change', '.js-secret-saved', (event) => {
          $modal.find('.js-secret-close').prop('disabled', !event.currentTarget.checked);
        });
        $modal.on('click', '.js-copy', async (event) => {
          const $button = $(event.currentTarget);
          const $field = $modal.find($button.data('copyTarget'));
          const copied = await ui.copy($field);
          $button.text(copied ? '복사됨' : '복사 실패: 직접 선택하여 복사하십시오');
        });
        $modal.on('hidden.bs.modal', () => resolve());
      });
    },

    async copy($field) {
      const text = String($field.val());
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch (_) {
        $field.trigger('focus').trigger('select');
        try {
          return document.execCommand('copy');
        } catch (__) {
          return false;
        }
      }
    },

    // Form fields as an object of strings; checkboxes named in `data-list` collect into arrays.
    formValues($form) {
      const values = {};
      for (const { name, value } of $form.serializeArray()) {
        if ($form.find(`[name="${name}"]`).is('[data-list]')) {
          (values[name] = values[name] || []).push(value);
        } else {
          values[name] = value;
        }
      }
      $form.find('[data-list]').each((_, el) => {
        if (!(el.name in values)) values[el.name] = [];
      });
      $form.find('input[type=checkbox]:not([data-list])').each((_, el) => {
        values[el.name] = el.checked;
      });
      return values;
    },

    // The scope checkboxes of the user and key forms.
    scopeChoices(selected) {
      return Object.entries(App.labels.SCOPES).map(([value, label]) => ({
        value,
        label,
        checked: Array.isArray(selected) && selected.includes(value),
      }));
    },

    // "a\n b, c" → ['a', 'b', 'c'] (the IP allowlist textarea).
    splitList(text) {
      return String(text || '')
        .split(/[\s,]+/)
        .map((s) => s.trim())
        .filter(Boolean);
    },

    // page/size/sort/order from the route's query. Without a sort in the query the server's
    // default applies (`defaults`, as the spec states it), which the headers then show.
    listQuery(query, { sortable = [], defaults = {}, defaultSize = App.config.pageSize } = {}) {
      const page = Math.max(1, parseInt(query.page, 10) || 1);
      const size = Math.min(100, Math.max(1, parseInt(query.size, 10) || defaultSize));
      const sort = sortable.includes(query.sort) ? query.sort : defaults.sort || '';
      const order = query.order === 'asc' || query.order === 'desc' ? query.order : defaults.order || '';
      return { page, size, sort, order };
    },

    // Clicking a column header: the same column flips its order, a new one starts with
    // the column's natural order (data-order on the button, e.g. newest first for dates).
    nextSort(current, column, naturalOrder = 'asc') {
      if (current.sort === column) return { sort: column, order: current.order === 'asc' ? 'desc' : 'asc', page: 1 };
      return { sort: column, order: naturalOrder, page: 1 };
    },

    // The pager's model: first, last, and two pages either side of the current one, each
    // with the link to the current route at that page.
    pager({ total, page, size }) {
      const { name, params, query } = App.router.current;
      const hrefFor = (n) => App.router.href(name, params, { ...query, page: n });
      const pageCount = Math.max(1, Math.ceil(total / size));
      const pages = [];
      let last = 0;
      for (let n = 1; n <= pageCount; n += 1) {
        if (n === 1 || n === pageCount || Math.abs(n - page) <= 2) {
          if (n - last > 1) pages.push({ gap: true });
          pages.push({ n, active: n === page, href: hrefFor(n) });
          last = n;
        }
      }
      return {
        total,
        pages,
        from: total ? (page - 1) * size + 1 : 0,
        to: Math.min(total, page * size),
        prev: page > 1 ? page - 1 : null,
        next: page < pageCount ? page + 1 : null,
        prevHref: page > 1 ? hrefFor(page - 1) : null,
        nextHref: page < pageCount ? hrefFor(page + 1) : null,
        show: pageCount > 1,
      };
    },

    // Delegated sort-header clicks of a list screen (the pager uses plain links).
    bindSort($el, getQuery) {
      $el.on('click', '.js-sort', (event) => {
        const $button = $(event.currentTarget);
        App.router.update(ui.nextSort(getQuery(), $button.data('sort'), $button.data('order') || 'asc'));
      });
    },
  };

  App.ui = ui;
})();
