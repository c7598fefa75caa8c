// The child's own growth curve: <canvas data-growth-url="…/growth"> fetches the points (JSON) and draws weight,
// height and head circumference against age in months. No growth reference is drawn (none ships under a licence that
// allows it). No inline script: the CSP forbids it.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var el = document.querySelector('canvas[data-growth-url]');
    if (!el || typeof Chart === 'undefined') { return; }
    fetch(el.dataset.growthUrl, { headers: { Accept: 'application/json' }, credentials: 'same-origin' })
      .then(function (r) { return r.ok ? r.json() : []; })
      .then(function (points) {
        if (!points.length) { return; }
        var series = function (key) {
          return points.filter(function (p) { return p[key] !== null; })
            .map(function (p) { return { x: p.ageMonths, y: Number(p[key]) }; });
        };
        el.chart = new Chart(el, {
          type: 'line',
          data: { datasets: [
            { label: el.dataset.labelWeight, data: series('weightKg'), yAxisID: 'kg' },
            { label: el.dataset.labelHeight, data: series('heightCm'), yAxisID: 'cm' },
            { label: el.dataset.labelHead, data: series('headCm'), yAxisID: 'cm' }
          ] },
          options: {
            responsive: true, maintainAspectRatio: false,
            plugins: { legend: { rtl: document.documentElement.dir === 'rtl' } },
            scales: {
              x: { type: 'linear', title: { display: true, text: el.dataset.labelAge } },
              kg: { position: 'left', title: { display: true, text: 'kg' } },
              cm: { position: 'right', title: { display: true, text: 'cm' }, grid: { drawOnChartArea: false } }
            }
          }
        });
      });
  });
})();
