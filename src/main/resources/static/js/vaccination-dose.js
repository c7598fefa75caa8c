// The dose form shows only the fields of the chosen outcome (given: lot, expiry, site, route, who; not given: the
// reason; given elsewhere: where). Hidden fields are disabled so they are not sent.
(function () {
  function apply(select) {
    var form = select.form;
    form.querySelectorAll('[data-for]').forEach(function (box) {
      var shown = box.getAttribute('data-for') === select.value;
      box.hidden = !shown;
      box.querySelectorAll('input, select').forEach(function (el) { el.disabled = !shown; });
    });
  }
  document.querySelectorAll('[data-vaccination-outcome]').forEach(function (select) {
    select.addEventListener('change', function () { apply(select); });
    apply(select);
  });
})();
