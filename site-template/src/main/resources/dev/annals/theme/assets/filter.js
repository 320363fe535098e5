// Filters the entity index by name as the reader types; without script the whole index shows.
(function () {
  'use strict';
  var box = document.getElementById('entity-filter');
  var input = document.getElementById('filter');
  function fold(s) {
    return s.normalize('NFD').replace(/\p{M}+/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
  }
  box.hidden = false;
  input.addEventListener('input', function () {
    var q = fold(input.value.trim());
    document.querySelectorAll('section.entity-group').forEach(function (group) {
      var shown = 0;
      group.querySelectorAll('ul.entities li').forEach(function (li) {
        var match = !q || fold(li.textContent).indexOf(q) >= 0;
        li.hidden = !match;
        shown += match ? 1 : 0;
      });
      group.hidden = shown === 0;
    });
  });
}());
