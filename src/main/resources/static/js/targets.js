// Dashboard charts (Apache ECharts) from the JSON data block #targets-data, and the matrix's sortable columns.
// CSP forbids inline scripts: this file is loaded with defer; it runs on a full load and after htmx swaps.
(function () {
  'use strict';
  var STATUS_COLORS = { MET: '#198754', ON_TRACK: '#0d6efd', AT_RISK: '#fd7e14', OFF_TRACK: '#dc3545' };

  // numbers as the pages write them (vn.boiduong.shared.VietnameseNumbers): '.' groups thousands, ',' marks decimals
  function vn(v) {
    if (v === null || v === undefined || v === '' || v === '-' || isNaN(Number(v))) { return '—'; }
    var n = Math.round(Number(v) * 10) / 10;
    var parts = Math.abs(n).toFixed(1).split('.');
    var whole = parts[0].replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    return (n < 0 ? '-' : '') + whole + (parts[1] === '0' ? '' : ',' + parts[1]);
  }
  function vnPercent(v) { return v === null || v === undefined || v === '-' ? '—' : vn(v) + '%'; }
  function axis(extra, percent) {
    var a = { type: 'value', axisLabel: { formatter: percent ? vnPercent : vn } };
    Object.keys(extra || {}).forEach(function (k) { a[k] = extra[k]; });
    return a;
  }
  function tip(percent) { return { trigger: 'axis', valueFormatter: percent ? vnPercent : vn }; }

  function draw() {
    var block = document.getElementById('targets-data');
    if (!block || block.dataset.drawn) { return; }
    if (!window.echarts) { setTimeout(draw, 50); return; }
    block.dataset.drawn = '1';
    var d = JSON.parse(block.textContent || '{}');
    var renderer = { renderer: 'svg' };
    // the legend on top and the axis labels inside the grid: rotated unit names no longer run under the legend
    var grid = function () { return { top: 36, left: 8, right: 16, bottom: 8, containLabel: true }; };
    var legend = function () { return { type: 'scroll', top: 0 }; };
    chart('chart-history', {
      grid: grid(), tooltip: tip(false), legend: legend(),
      xAxis: { type: 'category', data: d.periods }, yAxis: axis(),
      series: (d.history || []).map(function (h) { return { name: h.label || h.code, type: 'line', connectNulls: true, data: h.values }; })
    });
    chart('chart-children', {
      grid: grid(), tooltip: tip(false), legend: legend(),
      xAxis: { type: 'category', data: d.children, axisLabel: { rotate: 40, fontSize: 9 } }, yAxis: axis(),
      series: (d.byChild || []).slice(0, 6).map(function (c) { return { name: c.label || c.code, type: 'bar', data: c.values }; })
    });
    chart('chart-programs', {
      grid: grid(), tooltip: tip(false), legend: legend(),
      xAxis: { type: 'category', data: (d.programs || []).map(function (p) { return p[0]; }), axisLabel: { rotate: 40, fontSize: 9 } },
      yAxis: axis(),
      series: programSeries().map(function (n, i) {
        return { name: n, type: 'bar', data: (d.programs || []).map(function (p) { return p[i + 1]; }) };
      })
    });
    chart('chart-effects', {
      grid: grid(), tooltip: tip(true), xAxis: { type: 'category', data: d.children, axisLabel: { rotate: 40, fontSize: 9 } },
      yAxis: axis({ max: 100 }, true), series: [{ name: '%', type: 'bar', data: d.effects, itemStyle: { color: STATUS_COLORS.ON_TRACK } }]
    });

    // the series' names in the page's language: the sent / completed / passed headers of the chart's own table
    function programSeries() {
      var heads = document.querySelectorAll('#table-programs thead th');
      return heads.length >= 5 ? [2, 3, 4].map(function (i) { return heads[i].textContent.trim(); }) : ['sent', 'completed', 'passed'];
    }

    function chart(id, option) {
      var el = document.getElementById(id);
      if (!el) { return; }
      var c = window.echarts.init(el, null, renderer);
      c.setOption(option);
      window.addEventListener('resize', function () { c.resize(); });
    }
  }

  function sortable() {
    document.querySelectorAll('table.sortable:not([data-sortable])').forEach(function (table) {
      table.setAttribute('data-sortable', '1');
      table.querySelectorAll('thead th').forEach(function (th, col) {
        th.style.cursor = 'pointer';
        th.addEventListener('click', function () {
          var body = table.tBodies[0];
          var rows = Array.prototype.slice.call(body.querySelectorAll('tr.matrix-row'));
          var asc = th.dataset.dir !== 'asc';
          th.dataset.dir = asc ? 'asc' : 'desc';
          rows.sort(function (a, b) {
            var x = a.cells[col], y = b.cells[col];
            var r = th.dataset.sort === 'num'
              ? parseFloat(x.dataset.value || '-1') - parseFloat(y.dataset.value || '-1')
              : x.textContent.trim().localeCompare(y.textContent.trim(), 'vi');
            return asc ? r : -r;
          });
          rows.forEach(function (r) { body.appendChild(r); });
        });
      });
    });
  }

  function init() { draw(); sortable(); }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', init); } else { init(); }
  document.addEventListener('htmx:afterSettle', init);
})();
