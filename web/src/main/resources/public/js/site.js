// Small page behaviours: the form's strategy fields, confirmations, drag-and-drop on the upload page.
(function () {
  'use strict';
  function ready(fn) { if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', fn); } else { fn(); } }
  // the form: show only the withdrawal parameters the chosen strategy uses
  ready(function () {
    var select = document.getElementById('f-strategy');
    if (!select) { return; }
    function sync() {
      document.querySelectorAll('[data-strategies]').forEach(function (el) {
        el.hidden = el.getAttribute('data-strategies').split(' ').indexOf(select.value) < 0;
      });
    }
    select.addEventListener('change', sync);
    sync();
  });
  // buttons that cannot be undone ask first (without script they just work)
  ready(function () {
    document.querySelectorAll('form[data-confirm]').forEach(function (f) {
      f.addEventListener('submit', function (e) {
        if (!window.confirm(f.getAttribute('data-confirm'))) { e.preventDefault(); }
      });
    });
  });
  ready(function () {
    var drop = document.getElementById('drop');
    var input = document.getElementById('file');
    var chosen = document.getElementById('chosen');
    if (!drop || !input) { return; }
    function show() { chosen.textContent = input.files.length ? input.files[0].name : ''; }
    input.addEventListener('change', show);
    ['dragenter', 'dragover'].forEach(function (t) {
      drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.add('over'); });
    });
    ['dragleave', 'drop'].forEach(function (t) {
      drop.addEventListener(t, function (e) { e.preventDefault(); drop.classList.remove('over'); });
    });
    drop.addEventListener('drop', function (e) {
      if (e.dataTransfer && e.dataTransfer.files.length) { input.files = e.dataTransfer.files; show(); }
    });
  });
})();
