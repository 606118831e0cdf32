// Injected by Tests/tools/report-browser-check.sh into a copy of a `socialplan report` page
// (never into the page itself, which carries no script). It records page errors and
// console.error calls, then, once the page has loaded, measures whether the layout overflows
// the viewport and whether each section and chart is laid out and visible, and writes the
// results as JSON into a pre element with id socialplan-check, for the checker to read from the DOM.
(function () {
  var errors = [];
  window.addEventListener('error', function (e) { errors.push('error: ' + (e.message || e.type)); }, true);
  var original = console.error;
  console.error = function () {
    errors.push('console.error: ' + Array.prototype.join.call(arguments, ' '));
    return original.apply(console, arguments);
  };
  function box(element) {
    var r = element.getBoundingClientRect(), style = getComputedStyle(element);
    return {
      id: element.id || '', tag: element.tagName.toLowerCase(),
      width: Math.round(r.width), height: Math.round(r.height),
      left: Math.round(r.left), right: Math.round(r.right),
      visible: style.display !== 'none' && style.visibility !== 'hidden' && Number(style.opacity) > 0 && r.width > 0 && r.height > 0
    };
  }
  window.addEventListener('load', function () {
    var root = document.documentElement;
    var result = {
      innerWidth: window.innerWidth, scrollWidth: root.scrollWidth, bodyScrollWidth: document.body.scrollWidth,
      errors: errors,
      sections: Array.prototype.map.call(document.querySelectorAll('header#summary, main section[id]'), box),
      charts: Array.prototype.map.call(document.querySelectorAll('svg.chart'), function (svg) {
        var b = box(svg);
        b.title = svg.querySelector('title') ? svg.querySelector('title').textContent : '';
        b.desc = svg.querySelector('desc') ? svg.querySelector('desc').textContent : '';
        return b;
      }),
      scripts: document.querySelectorAll('script').length
    };
    var pre = document.createElement('pre');
    pre.id = 'socialplan-check';
    pre.textContent = JSON.stringify(result);
    document.body.appendChild(pre);
  });
})();
