// A small bar chart drawn as inline SVG with DOM calls (no markup strings, no inline styles:
// colours come from css/app.css classes). Drawn at the container's pixel width so the labels
// keep their size on a phone; app.js redraws on resize.
(function () {
  'use strict';

  const App = (window.App = window.App || {});
  const SVG = 'http://www.w3.org/2000/svg';
  const HEIGHT = 200;
  const PAD = { top: 12, right: 8, bottom: 26, left: 44 };

  function el(name, attributes = {}, text) {
    const node = document.createElementNS(SVG, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // 0, 1, 2, 5, 10, 20, 50, … : a round maximum for the axis.
  function niceMax(value) {
    if (value <= 0) return 1;
    const power = 10 ** Math.floor(Math.log10(value));
    for (const step of [1, 2, 5, 10]) {
      if (value <= step * power) return step * power;
    }
    return 10 * power;
  }

  // The axis labels: 0, the middle and the top, each a whole count and each once. A middle
  // that is no whole number (a top of 1 or 5) is left out rather than rounded onto a
  // neighbour, which labelled an empty chart's axis 1, 1, 0.
  function ticks(max) {
    return max % 2 === 0 ? [0, max / 2, max] : [0, max];
  }

  // 'YYYY-MM-DD' → 'M/D'
  function shortDay(day) {
    const [, m, d] = day.split('-');
    return `${Number(m)}/${Number(d)}`;
  }

  /**
   * Draw bars into `container` (emptied first).
   * series: [{day: 'YYYY-MM-DD', value: number}], oldest first.
   * options: {title, unit, className}
   */
  function bars(container, series, { title, unit = '건', className = 'bar-requests' }) {
    container.replaceChildren();
    const width = Math.max(280, Math.floor(container.clientWidth || 600));
    const max = niceMax(Math.max(0, ...series.map((p) => p.value)));
    const plotW = width - PAD.left - PAD.right;
    const plotH = HEIGHT - PAD.top - PAD.bottom;
    const slot = plotW / Math.max(1, series.length);
    const total = series.reduce((sum, p) => sum + p.value, 0);

    const svg = el('svg', {
      width,
      height: HEIGHT,
      viewBox: `0 0 ${width} ${HEIGHT}`,
      role: 'img',
      class: 'chart',
      'aria-label': `${title}: ${series.length}일 합계 ${App.format.number(total)}${unit}`,
    });

    for (const tick of ticks(max)) {
      const y = PAD.top + plotH * (1 - tick / max);
      svg.append(el('line', { x1: PAD.left, x2: width - PAD.right, y1: y, y2: y, class: 'chart-grid' }));
      svg.append(
        el('text', { x: PAD.left - 6, y: y + 4, 'text-anchor': 'end', class: 'chart-label' },
          App.format.number(tick)),
      );
    }

    // Keep x labels about 40 px apart, always labelling the newest day.
    const every = Math.max(1, Math.ceil(40 / slot));
    series.forEach((point, i) => {
      const h = (point.value / max) * plotH;
      const x = PAD.left + i * slot + slot * 0.15;
      const bar = el('rect', {
        x: x.toFixed(1),
        y: (PAD.top + plotH - h).toFixed(1),
        width: Math.max(1, slot * 0.7).toFixed(1),
        height: h.toFixed(1),
        class: `chart-bar ${className}`,
        'data-day': point.day,
        'data-value': point.value,
      });
      bar.append(el('title', {}, `${App.format.date(point.day)} ${App.format.number(point.value)}${unit}`));
      svg.append(bar);
      if ((series.length - 1 - i) % every === 0) {
        svg.append(
          el('text', { x: (PAD.left + i * slot + slot / 2).toFixed(1), y: HEIGHT - 8, 'text-anchor': 'middle', class: 'chart-label' },
            shortDay(point.day)),
        );
      }
    });

    container.append(svg);
  }

  App.charts = { bars, ticks };
})();
