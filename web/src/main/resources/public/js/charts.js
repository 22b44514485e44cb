// Draws every <canvas data-chart="..."> with Chart.js. The data comes from the server as JSON in
// the attribute (no inline script: the Content-Security-Policy allows only this site's files).
(function () {
  'use strict';
  var palette = ['#1f6feb', '#2da44e', '#bf8700', '#8250df', '#cf222e', '#57606a'];
  var tones = { low: '#8fb3e8', base: '#1f6feb', high: '#0b3d91', band: 'rgba(31,111,235,0.15)',
                band2: 'rgba(31,111,235,0.30)', edge: 'rgba(31,111,235,0.35)',
                add: '#2da44e', goal: '#cf222e' };
  var usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  var usdShort = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
  function fmt(format, v, short) {
    if (v === null || v === undefined) { return '—'; }
    if (format === 'pct') { return (v * 100).toFixed(short ? 0 : 2) + ' %'; }
    return short ? usdShort.format(v) : usd.format(v);
  }
  function draw(canvas) {
    var spec;
    try { spec = JSON.parse(canvas.dataset.chart); } catch (e) { return; }
    var round = spec.type === 'doughnut';
    var datasets = spec.series.map(function (s, i) {
      var colour = s.tone ? tones[s.tone] : palette[i % palette.length];
      var d = { label: s.label, data: s.data, borderWidth: round ? 1 : 2, pointRadius: 0, tension: 0.15 };
      if (round) {
        d.backgroundColor = s.data.map(function (_, j) { return palette[j % palette.length]; });
        d.borderColor = '#fff';
      } else {
        var shaded = s.tone === 'band' || s.tone === 'band2';
        d.backgroundColor = colour;
        d.borderColor = shaded ? tones.edge : colour;
        d.borderWidth = shaded || s.tone === 'edge' ? 1 : 2;
      }
      if (s.fill) { d.fill = s.fill; }
      if (s.axis === 'y2') { d.yAxisID = 'y2'; d.borderDash = [6, 4]; }
      if (s.tone === 'goal') { d.borderDash = [2, 3]; }
      return d;
    });
    var options = {
      responsive: true, maintainAspectRatio: false, animation: false,
      plugins: {
        // a band's lower edge has no legend entry: the band is named once, on its upper edge
        legend: { position: 'bottom', labels: { boxWidth: 12, filter: function (item) {
          var s = spec.series[item.datasetIndex];
          return round || !s || s.tone !== 'edge';
        } } },
        tooltip: { callbacks: { label: function (c) {
          var v = round ? c.parsed : (c.parsed.y !== undefined ? c.parsed.y : c.parsed);
          return (c.dataset.label ? c.dataset.label + ': ' : '') + (round ? c.label + ' ' : '') + fmt(spec.format, v, false);
        } } }
      }
    };
    if (!round) {
      options.scales = { y: { beginAtZero: true, ticks: { callback: function (v) { return fmt(spec.format, v, true); } } },
                         x: { ticks: { maxRotation: 0, autoSkip: true } } };
      if (spec.max !== null && spec.max !== undefined) { options.scales.y.max = spec.max; }
      if (spec.scale === 'log') {
        // a log axis labelled at the powers of ten
        options.scales.y.type = 'logarithmic';
        options.scales.y.beginAtZero = false;
        if (spec.min !== null && spec.min !== undefined) { options.scales.y.min = spec.min; }
        options.scales.y.ticks = { callback: function (v) {
          var m = Math.round(v / Math.pow(10, Math.floor(Math.log10(v))));
          return m === 1 ? fmt(spec.format, v, true) : '';
        } };
      }
      if (spec.series.some(function (s) { return s.axis === 'y2'; })) {
        options.scales.y2 = { position: 'right', beginAtZero: true, grid: { drawOnChartArea: false },
                              ticks: { callback: function (v) { return fmt(spec.format, v, true); } } };
      }
      options.interaction = { mode: 'index', intersect: false };
    }
    canvas.chart = new Chart(canvas, { type: spec.type, data: { labels: spec.labels, datasets: datasets }, options: options });
    canvas.setAttribute('data-rendered', 'true');
  }
  // the what-if control redraws its chart from a new spec
  window.yieldplanCharts = { redraw: function (canvas) { if (canvas.chart) { canvas.chart.destroy(); } draw(canvas); } };
  function all() {
    if (typeof Chart === 'undefined') { return; }
    document.querySelectorAll('canvas[data-chart]').forEach(draw);
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', all); } else { all(); }
})();
