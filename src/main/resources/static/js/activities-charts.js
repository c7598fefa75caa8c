// Draws every <canvas data-chart="{chart.js config}"> of the activities pages (no inline script: the CSP forbids it).
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    if (typeof Chart === 'undefined') { return; }
    var rtl = document.documentElement.dir === 'rtl';
    document.querySelectorAll('canvas[data-chart]').forEach(function (el) {
      var config;
      try { config = JSON.parse(el.dataset.chart); } catch (x) { return; }
      config.options = config.options || {};
      config.options.responsive = true;
      config.options.maintainAspectRatio = false;
      config.options.plugins = config.options.plugins || {};
      config.options.plugins.legend = Object.assign({ rtl: rtl }, config.options.plugins.legend || {});
      // pyramids carry men as negative numbers: show them as positive counts
      if (config.options.indexAxis === 'y') {
        config.options.scales.x.ticks = { callback: function (v) { return Math.abs(v); } };
        config.options.plugins.tooltip = { callbacks: { label: function (c) { return c.dataset.label + ': ' + Math.abs(c.raw); } } };
      }
      el.chart = new Chart(el, config);
    });
  });
})();
