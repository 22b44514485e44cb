// The what-if control on a scenario page (amount, start year, assumption set): on input (or submit), asks /api/scenarios/{id}/what-if and shows
// the success probability and the fan chart it answers. Without script the form is a plain GET to
// /scenarios/{id}/what-if, which answers with a page.
(function () {
  'use strict';
  function ready(fn) { if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', fn); } else { fn(); } }
  ready(function () {
    var form = document.getElementById('what-if-form');
    if (!form || !window.fetch) { return; }
    var out = document.getElementById('whatif-success');
    var note = document.getElementById('whatif-note');
    var canvas = document.getElementById('chart-whatif');
    var asked = 0;
    var timer = null;
    // no success probability for a plan that cannot run out
    function pct(v) { return v === null || v === undefined ? '— (cannot run out)' : (v * 100).toFixed(1) + ' %'; }
    function question() {
      var body = {};
      var amount = form.elements.annualUsd.value.replace(/[$,\s_]/g, '');
      var start = form.elements.startAfterYears.value.trim();
      if (amount !== '') { body.annualUsd = Number(amount); }
      if (start !== '') { body.startAfterYears = Number(start); }
      if (form.elements.assumptions) { body.assumptions = form.elements.assumptions.value; }
      return body;
    }
    function run() {
      var body = question();
      if ((body.annualUsd !== undefined && !isFinite(body.annualUsd))
          || (body.startAfterYears !== undefined && !Number.isInteger(body.startAfterYears))) {
        note.textContent = '(enter an amount and a whole number of years)';
        return;
      }
      var mine = ++asked;
      form.setAttribute('aria-busy', 'true');
      fetch('/api/scenarios/' + encodeURIComponent(form.getAttribute('data-scenario')) + '/what-if', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body)
      }).then(function (r) {
        return r.json().then(function (j) { return { ok: r.ok, j: j }; });
      }).then(function (res) {
        if (mine !== asked) { return; }
        form.removeAttribute('aria-busy');
        if (!res.ok) {
          var p = res.j.problems && res.j.problems[0];
          note.textContent = '(' + (p ? (p.field ? p.field + ': ' : '') + p.message : res.j.error) + ')';
          return;
        }
        out.textContent = pct(res.j.successProbability);
        note.textContent = '(what-if on ' + res.j.paths.toLocaleString('en-US') + ' paths, not saved)';
        canvas.setAttribute('data-chart', JSON.stringify(res.j.fan));
        if (window.yieldplanCharts) { window.yieldplanCharts.redraw(canvas); }
        form.setAttribute('data-answered', String(mine));
      }).catch(function () {
        form.removeAttribute('aria-busy');
        note.textContent = '(the server could not be reached)';
      });
    }
    form.addEventListener('submit', function (e) { e.preventDefault(); run(); });
    // typing waits for a pause; a choice from the list asks at once
    form.addEventListener('input', function (e) {
      if (e.target.tagName !== 'SELECT') { clearTimeout(timer); timer = setTimeout(run, 250); }
    });
    form.addEventListener('change', function (e) {
      if (e.target.tagName === 'SELECT') { clearTimeout(timer); run(); }
    });
  });
})();
