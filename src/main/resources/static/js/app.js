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
  // a link or a GET form to a file (an XLSX, PDF, DOCX, CSV or a link marked download) is followed by the browser itself,
  // which downloads the file; htmx never sees the click, since a boosted request would swap the file's bytes into the
  // page. Stopping the event here, in the capture phase, keeps it from the element's own htmx listener; the default
  // action (the download) goes on. The server answers a file request that still comes through htmx with HX-Redirect.
  var FILE = /\.(xlsx|xls|docx|doc|pdf|csv|zip)$/i;
  function fileUrl(href) {
    try {
      var url = new URL(href, location.href);
      return url.origin === location.origin && FILE.test(url.pathname);
    } catch (err) { return false; }
  }
  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a[href]') : null;
    if (a && (a.hasAttribute('download') || fileUrl(a.getAttribute('href')))) { e.stopPropagation(); }
  }, true);
  document.addEventListener('submit', function (e) {
    var form = e.target, button = e.submitter;
    var action = (button && button.getAttribute('formaction')) || form.getAttribute('action') || '';
    if ((form.getAttribute('method') || 'get').toLowerCase() === 'get' && action && fileUrl(action)) { e.stopPropagation(); }
  }, true);
})();
