// annals:serve only: reloads the page after each successful rebuild and shows a failed build's error.
(function () {
  'use strict';
  var seen = null;
  var box = null;
  function poll() {
    fetch('/_annals/status', { cache: 'no-store' }).then(function (r) { return r.json(); }).then(function (s) {
      if (seen !== null && s.version !== seen) { window.location.reload(); return; }
      seen = s.version;
      if (s.error && !box) {
        box = document.createElement('pre');
        box.setAttribute('role', 'alert');
        box.className = 'annals-build-error';
        document.body.insertBefore(box, document.body.firstChild);
      }
      if (box) {
        box.hidden = !s.error;
        box.textContent = s.error ? 'Build failed; this is the last good site.\n\n' + s.error : '';
      }
    }).catch(function () { /* the server is restarting */ }).then(function () { setTimeout(poll, 1000); });
  }
  poll();
}());
