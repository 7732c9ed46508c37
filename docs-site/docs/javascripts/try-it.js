// The 직접 호출 panel of a reference page: its first example, editable, sent to the configured
// API (config.js), with the reader's token or appkey/secretkey. It shows the status, the
// headers that matter and the body, and follows next-key to the next page.
//
// What the reader types stays in the form and in this script's memory: nothing is written to
// localStorage, sessionStorage or cookies, and requests go without credentials (cookies) and
// without a referrer. Everything the API answers is shown with textContent, never as HTML.
(function () {
  'use strict';

  // The response headers worth reading (the API exposes them to other origins).
  const SHOWN_HEADERS = [
    'x-request-id',
    'cont-yn',
    'next-key',
    'ratelimit-policy',
    'ratelimit',
    'retry-after',
    'deprecation',
    'sunset',
  ];
  const GET_AUTH_PATH = '/asset-erp/v1/get-auth';

  function apiBase(panel) {
    const configured = window.AssetApiDocs && window.AssetApiDocs.apiBase;
    return (configured || panel.dataset.defaultBase).replace(/\/+$/, '');
  }

  // "name=value" lines (query, form body) as pairs; blank lines are skipped.
  function pairLines(text, separator) {
    const pairs = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      const at = line.indexOf(separator);
      const name = (at === -1 ? line : line.slice(0, at)).trim();
      const value = at === -1 ? '' : line.slice(at + separator.length).trim();
      pairs.push([name, value]);
    }
    return pairs;
  }

  function field(form, name) {
    const element = form.elements.namedItem(name);
    return element ? element.value : '';
  }

  // The request the form describes; `extraHeaders` (cont-yn, next-key) replace typed ones.
  function buildRequest(panel, form, extraHeaders) {
    const url = new URL(apiBase(panel) + field(form, 'path').trim());
    for (const [name, value] of pairLines(field(form, 'query'), '=')) {
      url.searchParams.append(name, value);
    }
    const headers = new Headers();
    for (const [name, value] of pairLines(field(form, 'headers'), ':')) {
      headers.set(name, value);
    }
    const token = field(form, 'token').trim();
    if (panel.dataset.auth === 'bearer' && token) {
      headers.set('authorization', `Bearer ${token}`);
    }
    const appkey = field(form, 'appkey').trim();
    const secretkey = field(form, 'secretkey').trim();
    if (panel.dataset.auth === 'client' && appkey && secretkey) {
      headers.set('authorization', `Basic ${btoa(`${appkey}:${secretkey}`)}`);
    }
    for (const [name, value] of Object.entries(extraHeaders)) headers.set(name, value);
    const init = {
      method: panel.dataset.method,
      headers,
      credentials: 'omit',
      cache: 'no-store',
      referrerPolicy: 'no-referrer',
    };
    if (panel.dataset.body === 'json') {
      init.body = field(form, 'body'); // as typed: a mistake is the API's 1501 to explain
    } else if (panel.dataset.body === 'form') {
      init.body = new URLSearchParams(pairLines(field(form, 'body'), '=')).toString();
    }
    return { url: url.toString(), init };
  }

  function show(panel, response, text, elapsed) {
    const result = panel.querySelector('.try-it__result');
    const rows = panel.querySelector('.try-it__headers tbody');
    result.hidden = false;
    panel.querySelector('.try-it__status').textContent =
      `HTTP ${response.status} ${response.statusText} · ${elapsed} ms`;
    rows.replaceChildren();
    for (const name of SHOWN_HEADERS) {
      const value = response.headers.get(name);
      if (value === null) continue;
      const row = rows.insertRow();
      row.insertCell().textContent = name;
      row.insertCell().textContent = value;
      row.dataset.header = name;
    }
    let body = text;
    try {
      body = JSON.stringify(JSON.parse(text), null, 2);
    } catch (e) {
      // not JSON (an empty body, /metrics): shown as it came
    }
    panel.querySelector('.try-it__body code').textContent = body;
  }

  function showFailure(panel, error) {
    const result = panel.querySelector('.try-it__result');
    result.hidden = false;
    panel.querySelector('.try-it__status').textContent =
      `호출하지 못했습니다 (${error.message}). 호출 대상 ${apiBase(panel)}에 닿을 수 있는지, ` +
      '그 서버의 CORS 설정에 이 사이트가 있는지 확인하십시오.';
    panel.querySelector('.try-it__headers tbody').replaceChildren();
    panel.querySelector('.try-it__body code').textContent = '';
  }

  function setUp(panel) {
    const form = panel.querySelector('.try-it__form');
    const nextButton = form.querySelector('[data-action="next-page"]');
    let nextPage = null; // the cont-yn / next-key of the last answer, when there is more

    panel.querySelector('.try-it__base').textContent = apiBase(panel);

    async function call(extraHeaders) {
      nextButton.disabled = true;
      let request;
      try {
        request = buildRequest(panel, form, extraHeaders);
      } catch (error) {
        showFailure(panel, error);
        return;
      }
      const started = performance.now();
      try {
        const response = await fetch(request.url, request.init);
        const text = await response.text();
        show(panel, response, text, Math.round(performance.now() - started));
        const more = response.headers.get('cont-yn') === 'Y' && response.headers.get('next-key');
        nextPage = more ? { 'cont-yn': 'Y', 'next-key': response.headers.get('next-key') } : null;
        nextButton.disabled = nextPage === null;
      } catch (error) {
        nextPage = null;
        showFailure(panel, error);
      }
    }

    form.addEventListener('submit', (event) => {
      event.preventDefault();
      call({});
    });
    nextButton.addEventListener('click', () => {
      if (nextPage) call(nextPage);
    });

    const tokenButton = form.querySelector('[data-action="get-token"]');
    if (tokenButton) {
      tokenButton.addEventListener('click', () => getToken(panel, form));
    }
  }

  // The "get a token" step: get-auth with the typed appkey and secretkey, into the token field.
  async function getToken(panel, form) {
    const status = form.querySelector('.try-it__token-status');
    status.textContent = '발급 중…';
    try {
      const response = await fetch(apiBase(panel) + GET_AUTH_PATH, {
        method: 'POST',
        headers: { 'content-type': 'application/json;charset=UTF-8' },
        body: JSON.stringify({
          grant_type: 'client_credentials',
          appkey: field(form, 'appkey').trim(),
          secretkey: field(form, 'secretkey').trim(),
        }),
        credentials: 'omit',
        cache: 'no-store',
        referrerPolicy: 'no-referrer',
      });
      const body = await response.json();
      if (!response.ok || !body.token) {
        status.textContent = `발급하지 못했습니다: ${body.return_code} ${body.return_msg}`;
        return;
      }
      form.elements.namedItem('token').value = body.token;
      status.textContent = `발급했습니다 (만료 ${body.expires_dt}, 한국시간)`;
    } catch (error) {
      status.textContent = `발급하지 못했습니다 (${error.message})`;
    }
  }

  document.querySelectorAll('.try-it').forEach(setUp);
})();
