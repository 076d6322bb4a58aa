// The home page's charts: each element with data-chart holds {kind, stacked, categories, series} from the server.
(function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  document.querySelectorAll('[data-chart]').forEach(function (element) {
    var spec = JSON.parse(element.getAttribute('data-chart'));
    var chart = echarts.init(element, null, { renderer: 'canvas' });
    var option = {
      aria: { enabled: true },
      animation: false,
      tooltip: { trigger: 'axis' },
      legend: { show: spec.series.length > 1, top: 0 },
      grid: { left: 40, right: 10, top: spec.series.length > 2 ? 55 : (spec.series.length > 1 ? 30 : 10), bottom: 50 },
      xAxis: { type: 'category', data: spec.categories,
        axisLabel: { interval: 0, rotate: spec.categories.length > 6 ? 40 : 0 } },
      yAxis: { type: 'value', minInterval: 1 },
      series: spec.series.map(function (s) {
        return { name: s.name, type: spec.kind, stack: spec.stacked ? 'all' : undefined, data: s.data };
      })
    };
    if (spec.colors) {
      option.color = spec.colors; // colours that carry meaning (on time green, missing red)
    }
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
    element.setAttribute('data-rendered', 'true');
  });
})();
