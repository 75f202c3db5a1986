// Bồi dưỡng: small behaviours on top of htmx and Bootstrap (no inline scripts: the CSP forbids them).
(function () {
  // hx-boost swaps the whole body and htmx runs its scripts again: bind once, or every form would ask twice
  if (window.boiduongBehaviours) { return; }
  window.boiduongBehaviours = true;
  // htmx requests carry the CSRF token of the page
  document.body.addEventListener('htmx:configRequest', function (e) {
    var token = document.querySelector('meta[name="_csrf"]');
    var header = document.querySelector('meta[name="_csrf_header"]');
    if (token && header) { e.detail.headers[header.content] = token.content; }
  });
  // [data-print] buttons open the browser's print dialog
  document.addEventListener('click', function (e) {
    var t = e.target.closest('[data-print]');
    if (t) { window.print(); }
  });
  // a form with data-confirm asks before submitting (destructive actions); a "no" also stops the event here, in the
  // capture phase, because htmx submits boosted forms from its own listener without looking at defaultPrevented
  document.addEventListener('submit', function (e) {
    var msg = e.target.getAttribute('data-confirm');
    if (msg && !window.confirm(msg)) { e.preventDefault(); e.stopPropagation(); }
  }, true);
  // a link ending in "#tab-…" opens that tab of the page (the home page's "own gaps" opens the file's standard tab)
  function openTab() {
    if (location.hash.indexOf('#tab-') !== 0 || !window.bootstrap) { return; }
    var b = document.querySelector('[data-bs-target="' + location.hash + '"]');
    if (b) { window.bootstrap.Tab.getOrCreateInstance(b).show(); }
  }
  document.addEventListener('DOMContentLoaded', openTab);
  document.body.addEventListener('htmx:pushedIntoHistory', openTab);
})();
