// Scores over time per person: one line per questionnaire, from the JSON of Administrations.trend
// ([{instrumentCode, minTotal, maxTotal, points: [{at, total, bandKey}]}]). No inline script (CSP).
(function () {
  'use strict';
  var colours = ['#0d6efd', '#dc3545', '#198754', '#fd7e14'];
  document.addEventListener('DOMContentLoaded', function () {
    if (typeof Chart === 'undefined') { return; }
    document.querySelectorAll('canvas[data-trend-url]').forEach(function (el) {
      fetch(el.dataset.trendUrl, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : []; })
        .then(function (series) {
          var section = el.closest('section');
          if (!series.length) {
            section.querySelector('[data-trend-empty]').classList.remove('d-none');
            el.parentElement.classList.add('d-none');
            return;
          }
          var datasets = series.map(function (s, i) {
            return {
              label: s.instrumentCode, borderColor: colours[i % colours.length], tension: 0.2,
              data: s.points.map(function (p) { return { x: p.at.substring(0, 10), y: p.total }; })
            };
          });
          el.chart = new Chart(el, {
            type: 'line', data: { datasets: datasets },
            options: {
              responsive: true, maintainAspectRatio: false, parsing: true,
              scales: { x: { type: 'category', labels: Array.from(new Set([].concat.apply([], datasets.map(
                function (d) { return d.data.map(function (p) { return p.x; }); }))).values()).sort(),
                reverse: document.documentElement.dir === 'rtl' }, y: { beginAtZero: true } },
              plugins: { legend: { rtl: document.documentElement.dir === 'rtl' } }
            }
          });
        });
    });
  });
})();
