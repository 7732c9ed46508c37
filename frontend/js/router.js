// Hash routes: `#/users/12?q=kim&page=2` → {name: 'user', params: {userId: '12'}, query}.
// The hash holds every list's filters, page and sort, so reload, back and forward keep them.
(function () {
  'use strict';

  const App = (window.App = window.App || {});

  const routes = []; // {name, pattern: RegExp, keys: [param names], path: template}
  let onRoute = () => {};

  // '/users/:userId' → /^\/users\/([^/]+)$/ with keys ['userId']
  function compile(path) {
    const keys = [];
    const source = path.replace(/:([A-Za-z]+)/g, (_, key) => {
      keys.push(key);
      return '([^/]+)';
    });
    return { pattern: new RegExp(`^${source}$`), keys };
  }

  function parse(hash) {
    const raw = (hash || '').replace(/^#/, '') || '/';
    const [path, search = ''] = raw.split('?');
    const query = Object.fromEntries(new URLSearchParams(search));
    for (const route of routes) {
      const match = route.pattern.exec(path);
      if (match) {
        const params = {};
        route.keys.forEach((key, i) => {
          params[key] = decodeURIComponent(match[i + 1]);
        });
        return { name: route.name, params, query, hash: `#${raw}` };
      }
    }
    return null;
  }

  function href(name, params = {}, query = {}) {
    const route = routes.find((r) => r.name === name);
    if (!route) throw new Error(`unknown route ${name}`);
    const path = route.path.replace(/:([A-Za-z]+)/g, (_, key) => encodeURIComponent(params[key]));
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
    }
    const qs = search.toString();
    return `#${path}${qs ? `?${qs}` : ''}`;
  }

  App.router = {
    current: null,

    add(name, path) {
      routes.push({ name, path, ...compile(path) });
      return this;
    },

    start(handler) {
      onRoute = handler;
      window.addEventListener('hashchange', () => this.dispatch());
      this.dispatch();
    },

    dispatch() {
      const route = parse(window.location.hash) || parse('#/');
      this.current = route;
      onRoute(route);
    },

    href,

    // Navigate; re-renders even when the hash does not change (a "reload" of the screen).
    go(name, params, query) {
      const target = href(name, params, query);
      if (window.location.hash === target) this.dispatch();
      else window.location.hash = target;
    },

    // Same screen, some query values changed (filters, page, sort).
    update(changes) {
      const { name, params, query } = this.current;
      this.go(name, params, { ...query, ...changes });
    },
  };
})();
