// Training charts: each <canvas class="training-chart" data-url data-series> is drawn from a JSON endpoint
// (no inline script: the CSP forbids it).
(function () {
  'use strict';
  var cache = {};
  function load(url) {
    if (!cache[url]) {
      cache[url] = fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.json(); });
    }
    return cache[url];
  }
  document.addEventListener('DOMContentLoaded', function () {
    if (typeof Chart === 'undefined') { return; }
    var rtl = document.documentElement.dir === 'rtl';
    document.querySelectorAll('canvas.training-chart').forEach(function (canvas) {
      load(canvas.dataset.url).then(function (data) {
        var s = data[canvas.dataset.series];
        if (!s) { return; }
        var datasets = [];
        if (s.values) { datasets.push({ label: canvas.getAttribute('aria-label'), data: s.values, backgroundColor: '#1f5f8b' }); }
        if (s.accepted) { datasets.push({ label: '✔', data: s.accepted, backgroundColor: '#1f5f8b' }); }
        if (s.completed) { datasets.push({ label: '★', data: s.completed, backgroundColor: '#2e8b57' }); }
        new Chart(canvas, {
          type: canvas.dataset.type || 'bar',
          data: { labels: s.labels, datasets: datasets },
          options: { responsive: true, plugins: { legend: { rtl: rtl, display: datasets.length > 1 } },
                     scales: { x: { reverse: rtl } } }
        });
      });
    });
  });
}());
