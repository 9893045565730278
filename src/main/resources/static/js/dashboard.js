// The dashboard's charts, drawn with Chart.js from the figures of the table beside each chart
// (every cell carries its raw value in data-value), so a chart can never say something the table
// does not. No inline styles or scripts: the page's Content-Security-Policy allows neither.
(function () {
  'use strict';
  if (!window.Chart) {
    return;
  }
  var GREEN = '#1f7a3a';
  var AMBER = '#e39a00';
  var BLUE = '#3f7fb0';
  var RED = '#b3261e';
  var GREY = '#9aa0a6';
  var PALETTE = ['#1f7a3a', '#3f7fb0', '#e39a00', '#b3261e', '#7b4fa0', '#00838f', '#8d6e63', '#c2185b',
    '#5f6368', '#558b2f', '#f4511e', '#283593'];
  var percent = new Intl.NumberFormat('vi-VN', {minimumFractionDigits: 2, maximumFractionDigits: 2});
  var count = new Intl.NumberFormat('vi-VN');

  Chart.defaults.font.family = getComputedStyle(document.body).fontFamily;
  Chart.defaults.color = '#1d1d1f';
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;

  function value(cell) {
    var raw = cell ? cell.getAttribute('data-value') : null;
    return raw === null || raw === '' ? null : Number(raw);
  }

  function text(cell) {
    return cell ? cell.textContent.trim() : '';
  }

  function figures(figure) {
    var table = figure.parentElement.querySelector('table.figures');
    return {
      headers: Array.prototype.map.call(table.tHead.rows[0].cells, text),
      rows: Array.prototype.slice.call(table.tBodies[0].rows),
      footer: table.tFoot ? table.tFoot.rows[0] : null
    };
  }

  /** Horizontal bars need room for every row; the box's height is set through the CSSOM. */
  function sizeFor(figure, bars) {
    figure.querySelector('.chart-box').style.height = Math.max(140, 48 + bars * 34) + 'px';
  }

  function percentAxis() {
    return {
      beginAtZero: true, suggestedMax: 100,
      ticks: {callback: function (v) { return count.format(v) + ' %'; }}
    };
  }

  /** A share per unit, green once the unit reaches 100 %; "—" (nothing due, no quota) draws no bar. */
  function shareBars(figure, column, label) {
    var data = figures(figure);
    var values = data.rows.map(function (row) { return value(row.cells[column]); });
    sizeFor(figure, values.length);
    return {
      type: 'bar',
      data: {
        labels: data.rows.map(function (row) { return text(row.cells[0]); }),
        datasets: [{
          label: label, data: values,
          backgroundColor: values.map(function (v) { return v !== null && v >= 100 ? GREEN : AMBER; })
        }]
      },
      options: {
        indexAxis: 'y',
        scales: {x: percentAxis()},
        plugins: {
          legend: {display: false},
          tooltip: {callbacks: {label: function (c) {
            return c.raw === null ? 'không có số liệu' : percent.format(c.raw) + ' %';
          }}}
        }
      }
    };
  }

  function countAxis() {
    return {beginAtZero: true, ticks: {precision: 0}};
  }

  /** The funnel: the totals row, one bar per step of the path. */
  function funnel(figure) {
    var data = figures(figure);
    var source = data.footer || data.rows[0];
    var labels = data.headers.slice(1);
    sizeFor(figure, labels.length);
    return {
      type: 'bar',
      data: {
        labels: labels,
        datasets: [{label: 'Số hồ sơ', data: labels.map(function (_, i) { return value(source.cells[i + 1]); }),
          backgroundColor: BLUE}]
      },
      options: {indexAxis: 'y', scales: {x: countAxis()}, plugins: {legend: {display: false}}}
    };
  }

  /** Open cases per unit, split into overdue and on time. */
  function overdue(figure) {
    var data = figures(figure);
    sizeFor(figure, data.rows.length);
    return {
      type: 'bar',
      data: {
        labels: data.rows.map(function (row) { return text(row.cells[0]); }),
        datasets: [
          {label: 'Quá hạn', data: data.rows.map(function (row) { return value(row.cells[2]); }), backgroundColor: RED},
          {label: 'Đúng hạn', data: data.rows.map(function (row) {
            return (value(row.cells[1]) || 0) - (value(row.cells[2]) || 0);
          }), backgroundColor: GREY}
        ]
      },
      options: {indexAxis: 'y', scales: {x: Object.assign(countAxis(), {stacked: true}), y: {stacked: true}}}
    };
  }

  /** Cases per stage over the months: one line per stage. */
  function stages(figure) {
    var data = figures(figure);
    figure.querySelector('.chart-box').style.height = '340px';
    return {
      type: 'line',
      data: {
        labels: data.headers.slice(1),
        datasets: data.rows.map(function (row, i) {
          return {
            label: text(row.cells[0]),
            data: Array.prototype.slice.call(row.cells, 1).map(value),
            borderColor: PALETTE[i % PALETTE.length], backgroundColor: PALETTE[i % PALETTE.length],
            tension: 0.2, pointRadius: 3
          };
        })
      },
      options: {
        scales: {y: countAxis()},
        plugins: {legend: {position: 'bottom', labels: {boxWidth: 12}}}
      }
    };
  }

  var charts = {
    attainment: function (figure) { return shareBars(figure, 4, 'Tỷ lệ đạt chỉ tiêu'); },
    rates: function (figure) { return shareBars(figure, 3, 'Tỷ lệ kết nạp so với đảng viên đầu năm'); },
    mentoring: function (figure) { return shareBars(figure, 3, 'Tỷ lệ nộp đúng hạn'); },
    funnel: funnel,
    overdue: overdue,
    stages: stages
  };

  document.querySelectorAll('figure.chart[data-chart]').forEach(function (figure) {
    var build = charts[figure.getAttribute('data-chart')];
    if (build) {
      new Chart(figure.querySelector('canvas'), build(figure));
      figure.classList.add('drawn');
    }
  });
})();
