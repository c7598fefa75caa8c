// Holidays season report: draws the bar charts from the canvases' data- attributes (no inline script: CSP).
(function () {
  'use strict';
  function list(s) { return s ? s.split('|') : []; }
  // a count hidden by the disclosure rule (empty or "<5") is a gap in the chart, never a bar of 0
  function count(x) { return x === '' || isNaN(Number(x)) ? null : Number(x); }
  document.addEventListener('DOMContentLoaded', function () {
    if (typeof Chart === 'undefined') { return; }
    document.querySelectorAll('canvas.holidays-chart').forEach(function (c) {
      var d = c.dataset;
      new Chart(c, {
        type: 'bar',
        data: {
          labels: list(d.labels),
          datasets: [
            { label: d.name1, data: list(d.series1).map(count), backgroundColor: '#6c8ebf' },
            { label: d.name2, data: list(d.series2).map(count), backgroundColor: '#2e7d32' }
          ]
        },
        options: { responsive: true, plugins: { legend: { position: 'bottom' } }, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } }
      });
    });
  });
})();
