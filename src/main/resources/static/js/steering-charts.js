// Steering charts: an indicator's figures by centre or wilaya from the canvas's data- attributes (CSP: no inline
// script). A count hidden by the disclosure rule ("<5") is a gap, never a bar of 0.
(function () {
  'use strict';
  function list(s) { return s ? s.split('|') : []; }
  function count(x) { return x === '' || isNaN(Number(x)) ? null : Number(x); }
  document.addEventListener('DOMContentLoaded', function () {
    if (typeof Chart === 'undefined') { return; }
    var rtl = document.documentElement.dir === 'rtl';
    document.querySelectorAll('canvas.steering-chart').forEach(function (c) {
      var d = c.dataset;
      new Chart(c, {
        type: 'bar',
        data: { labels: list(d.labels), datasets: [{ label: d.name, data: list(d.values).map(count), backgroundColor: '#1f5f8b' }] },
        options: { responsive: true, maintainAspectRatio: false, plugins: { legend: { display: false } },
                   scales: { x: { reverse: rtl }, y: { beginAtZero: true, ticks: { precision: 0 } } } }
      });
    });
  });
}());
