// Handlebars helpers, registered once. Every helper returns plain text (never a SafeString),
// so whatever it returns is escaped by `{{ }}` like any other value.
(function () {
  'use strict';

  const App = (window.App = window.App || {});
  const H = window.Handlebars;
  const TZ = 'Asia/Seoul';
  const DAY_MS = 24 * 60 * 60 * 1000;

  const dateTimeFormat = new Intl.DateTimeFormat('ko-KR', {
    timeZone: TZ,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  });
  const dateFormat = new Intl.DateTimeFormat('ko-KR', {
    timeZone: TZ,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  // en-CA formats as YYYY-MM-DD: the value of an <input type="date">.
  const isoDateFormat = new Intl.DateTimeFormat('en-CA', { timeZone: TZ });
  const numberFormat = new Intl.NumberFormat('ko-KR');

  const STATUS = {
    active: { label: '활성', badge: 'text-bg-success' },
    disabled: { label: '중지', badge: 'text-bg-warning' },
    revoked: { label: '폐기', badge: 'text-bg-danger' },
  };
  const ENV = {
    real: { label: '실전', badge: 'text-bg-primary' },
    mock: { label: '모의', badge: 'text-bg-info' },
  };
  const SCOPES = { accounts: '계좌', market: '시세' };
  const ROLES = {
    owner: { label: '소유자 (owner)', badge: 'text-bg-dark', what: '관리자 관리까지 모든 기능' },
    operator: { label: '운영자 (operator)', badge: 'text-bg-primary', what: '사용자, 키, 계좌 권한 관리와 조회' },
    viewer: { label: '조회자 (viewer)', badge: 'text-bg-secondary', what: '조회만 (대시보드, 목록, 감사 로그, 요청 조회)' },
  };
  const ACTIONS = {
    'admin.login': '관리자 로그인',
    'admin.login_failed': '관리자 로그인 실패',
    'admin.logout': '관리자 로그아웃',
    'admin.logout_all': '모든 세션 로그아웃',
    'admin.create': '관리자 추가',
    'admin.role': '관리자 역할 변경',
    'admin.disable': '관리자 중지',
    'admin.enable': '관리자 재개',
    'admin.password_change': '비밀번호 변경',
    'admin.mfa_enrol': '2단계 인증 등록 시작',
    'admin.mfa_confirm': '2단계 인증 등록',
    'admin.mfa_reset': '2단계 인증 초기화',
    'admin.recovery_code_used': '복구 코드 사용',
    'user.create': '사용자 추가',
    'user.update': '사용자 수정',
    'user.accounts': '계좌 권한 변경',
    'key.issue': '키 발급',
    'key.update': '키 수정',
    'key.rotate': '키 교체',
    'key.revoke': '키 폐기',
  };

  function toDate(value) {
    if (value === null || value === undefined || value === '') return null;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? null : date;
  }

  const format = {
    dateTime(value) {
      const date = toDate(value);
      return date ? dateTimeFormat.format(date) : '—';
    },
    date(value) {
      // 'YYYY-MM-DD' (a calendar day of the admin API) is shown as it is, without a timezone.
      if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
        const [y, m, d] = value.split('-');
        return `${y}. ${m}. ${d}.`;
      }
      const date = toDate(value);
      return date ? dateFormat.format(date) : '—';
    },
    isoDate(value) {
      const date = toDate(value);
      return date ? isoDateFormat.format(date) : '';
    },
    daysLeft(value) {
      const date = toDate(value);
      return date ? Math.ceil((date.getTime() - Date.now()) / DAY_MS) : null;
    },
    number(value) {
      return typeof value === 'number' ? numberFormat.format(value) : '—';
    },
  };
  App.format = format;
  App.labels = { STATUS, ENV, SCOPES, ROLES, ACTIONS };

  const helpers = {
    dateTime: (value) => format.dateTime(value),
    date: (value) => format.date(value),
    isoDate: (value) => format.isoDate(value),
    number: (value) => format.number(value),
    // "3일 남음", "오늘 만료", "만료됨", or "만료 없음" for a key without expiry.
    expiry(value) {
      const days = format.daysLeft(value);
      if (days === null) return '만료 없음';
      if (days < 0 || (days === 0 && toDate(value) < new Date())) return '만료됨';
      if (days === 0) return '오늘 만료';
      return `${days}일 남음`;
    },
    expiryClass(value) {
      const days = format.daysLeft(value);
      if (days === null) return 'text-body-secondary';
      if (days <= 3) return 'text-danger';
      if (days <= 14) return 'text-warning-emphasis';
      return 'text-body-secondary';
    },
    statusLabel: (status) => (STATUS[status] || { label: status }).label,
    statusClass: (status) => (STATUS[status] || { badge: 'text-bg-secondary' }).badge,
    envLabel: (env) => (ENV[env] || { label: env }).label,
    envClass: (env) => (ENV[env] || { badge: 'text-bg-secondary' }).badge,
    scopeLabel: (scope) => SCOPES[scope] || scope,
    roleLabel: (role) => (ROLES[role] || { label: role }).label,
    roleClass: (role) => (ROLES[role] || { badge: 'text-bg-secondary' }).badge,
    roleWhat: (role) => (ROLES[role] || { what: '' }).what,
    // Whether the signed-in admin's role is `role` or above: what a template may offer.
    can: (role) => App.session.can(role),
    // An SVG document from the API as an <img> source: drawn as a picture, never as markup of
    // the page (an SVG in an <img> runs no script), and allowed by the CSP's img-src data:.
    svgDataUrl: (svg) => `data:image/svg+xml;charset=utf-8,${encodeURIComponent(String(svg))}`,
    actionLabel: (action) => ACTIONS[action] || action,
    returnCodeClass: (code) => (code === 0 ? 'text-bg-success' : 'text-bg-danger'),
    join: (list, separator) =>
      Array.isArray(list) && list.length ? list.join(typeof separator === 'string' ? separator : ', ') : '—',
    lines: (list) => (Array.isArray(list) ? list.join('\n') : ''),
    eq: (a, b) => a === b,
    not: (a) => !a,
    or: (...args) => args.slice(0, -1).some(Boolean),
    and: (...args) => args.slice(0, -1).every(Boolean),
    includes: (list, value) => Array.isArray(list) && list.includes(value),
    json: (value) => JSON.stringify(value),
    // The sort arrow of a column header: ▲ ascending, ▼ descending, nothing otherwise.
    sortMark: (column, sort) => (sort && sort.column === column ? (sort.order === 'asc' ? '▲' : '▼') : ''),
    ariaSort: (column, sort) =>
      sort && sort.column === column ? (sort.order === 'asc' ? 'ascending' : 'descending') : 'none',
    targetLabel: (type) => ({ user: '사용자', key: '키', admin: '관리자' })[type] || type,
    // An audit entry's detail object as [{key, value}] pairs of plain text.
    pairs(object) {
      if (!object || typeof object !== 'object') return [];
      const text = (value) => {
        if (value === null || value === undefined) return '없음';
        if (Array.isArray(value)) return value.length ? value.join(', ') : '없음';
        if (typeof value === 'object') return JSON.stringify(value);
        return String(value);
      };
      return Object.entries(object).map(([key, value]) => ({ key, value: text(value) }));
    },
    docsUrl: (path) => App.config.docsBase.replace(/\/+$/, '') + (typeof path === 'string' ? path : '/'),
    userHref: (userId) => App.router.href('user', { userId }),
    requestHref: (requestId) => App.router.href('request', { requestId }),
  };

  for (const [name, fn] of Object.entries(helpers)) H.registerHelper(name, fn);
})();
