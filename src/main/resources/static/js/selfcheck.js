// The anonymous self-check (/self-check): scores the questionnaire in the browser, shows the band, guidance and
// contacts (crisis guidance at once when PHQ-9 item 9 is above 0), and sends only the instrument and the band to be
// counted. No answer and no score leave the browser. No inline script: the CSP forbids it.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('selfcheck');
    var form = document.getElementById('selfcheck-form');
    if (!root || !form) { return; }
    var bands = JSON.parse(root.dataset.bands);
    var questionnaire = form.querySelector('.questionnaire');
    var safetyItem = parseInt(questionnaire.dataset.safetyItem, 10);
    var items = form.querySelectorAll('fieldset[data-item]');
    var show = function (id, on) { document.getElementById(id).classList.toggle('d-none', !on); };

    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var answers = [];
      items.forEach(function (fs, i) {
        var checked = fs.querySelector('input[type=radio]:checked');
        answers.push(checked ? parseInt(checked.value, 10) : null);
      });
      if (answers.indexOf(null) >= 0) {
        show('selfcheck-unanswered', true);
        form.querySelector('fieldset[data-item="' + (answers.indexOf(null) + 1) + '"] input').focus();
        return;
      }
      show('selfcheck-unanswered', false);
      var total = answers.reduce(function (a, b) { return a + b; }, 0);
      var band = bands.filter(function (b) { return total >= b.min && total <= b.max; })[0];
      document.getElementById('selfcheck-total').textContent = String(total);
      document.getElementById('selfcheck-band').textContent = band.label;
      document.getElementById('selfcheck-guidance').textContent = band.guidance;
      var result = document.getElementById('selfcheck-result');
      result.hidden = false;
      var crisis = document.getElementById('selfcheck-crisis');
      var alert = !isNaN(safetyItem) && answers[safetyItem - 1] > 0;
      crisis.hidden = !alert;
      (alert ? crisis : result).scrollIntoView({ block: 'start' });
      count(band.key);
    });

    function count(bandKey) {
      var headers = { 'Content-Type': 'application/json' };
      var body = document.body;
      if (body.dataset.csrfHeader && body.dataset.csrfToken) {
        headers[body.dataset.csrfHeader] = body.dataset.csrfToken;
      }
      show('selfcheck-counted', false);
      show('selfcheck-throttled', false);
      fetch(root.dataset.countUrl, {
        method: 'POST', headers: headers, credentials: 'same-origin',
        body: JSON.stringify({ instrument: root.dataset.instrument, band: bandKey })
      }).then(function (r) {
        if (r.status === 204) { show('selfcheck-counted', true); }
        else if (r.status === 429) { show('selfcheck-throttled', true); }
      }).catch(function () { /* the result stands without the count */ });
    }
  });
})();
