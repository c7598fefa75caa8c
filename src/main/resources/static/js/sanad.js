// Sanad page helpers (no inline script: the CSP forbids it).
(function () {
  'use strict';

  // Forms marked data-confirm ask before submitting.
  document.addEventListener('submit', function (e) {
    var form = e.target;
    if (form.dataset && form.dataset.confirm && !window.confirm(form.dataset.confirm)) {
      e.preventDefault();
    }
  }, true);

  // Forms marked data-draft keep what was typed in localStorage until they are submitted,
  // so a closed tab or a lost session does not lose a long form. Passwords are never kept.
  function draftKey(form) { return 'sanad-draft:' + form.dataset.draft; }
  function fields(form) {
    return Array.prototype.filter.call(form.elements, function (el) {
      return el.name && el.type !== 'password' && el.type !== 'hidden' && el.type !== 'file' && el.type !== 'submit';
    });
  }
  function restore(form) {
    var saved;
    try { saved = JSON.parse(localStorage.getItem(draftKey(form)) || 'null'); } catch (x) { saved = null; }
    if (!saved || form.querySelector('.is-invalid')) { return; } // a re-shown form with errors has the server's values
    fields(form).forEach(function (el) {
      if (!(el.name in saved)) { return; }
      if (el.type === 'checkbox' || el.type === 'radio') { el.checked = saved[el.name] === el.value || saved[el.name] === true; }
      else if (el.value !== saved[el.name]) { el.value = saved[el.name]; el.classList.add('draft-restored'); }
    });
  }
  function save(form) {
    var data = {};
    fields(form).forEach(function (el) {
      if (el.type === 'checkbox') { data[el.name] = el.checked; }
      else if (el.type === 'radio') { if (el.checked) { data[el.name] = el.value; } }
      else { data[el.name] = el.value; }
    });
    try { localStorage.setItem(draftKey(form), JSON.stringify(data)); } catch (x) { /* storage full or off */ }
  }
  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('form[data-draft]').forEach(function (form) {
      restore(form);
      form.addEventListener('input', function () { save(form); });
      form.addEventListener('submit', function () { localStorage.removeItem(draftKey(form)); });
    });
  });
})();
