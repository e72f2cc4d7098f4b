// Labels that fit the plot as drawn. The server places the marks' labels for an assumed plot
// width (ChartSettings.plot_px); the plot on screen is narrower when the detail panel is open
// beside it or the window is small, and then labels would run into each other. After every
// draw (a new figure, a resize, a zoom, the range slider added), this reads the boxes the labels
// really take and removes each label that overlaps one kept before it (row by row, from the
// left: the most labels a row can keep), runs past the chart's right edge, or covers a lane name
// or another event's mark.
// Plotly draws the removed ones again on its next redraw, where they are fitted again.
//
// The labels are the text of scatter marks (g.textpoint) and the annotations named "label" (the
// period bars' labels); the other annotations (lane names) are kept and never covered.
// chart.dataset.labelsFitted says "kept/all" after each fit, labelsFitWidth the chart's width
// then (the tests wait until it is the width on screen), labelsFitMs how long the fit took.
(function () {
  "use strict";

  var SLACK = 1;  // px two boxes may share (anti-aliased edges)

  function overlaps(a, b) {
    return a.left < b.right - SLACK && b.left < a.right - SLACK &&
           a.top < b.bottom - SLACK && b.top < a.bottom - SLACK;
  }

  function fit(chart) {
    var full = chart._fullLayout;
    if (!full) return;
    var started = performance.now();
    var frame = chart.getBoundingClientRect();
    var right = frame.left + (full.width || frame.width) - 1;
    var fixed = [], labels = [];
    var annotations = full.annotations || [];
    chart.querySelectorAll("g.annotation").forEach(function (g) {
      var spec = annotations[Number(g.getAttribute("data-index"))] || {};
      var box = g.getBoundingClientRect();
      if (!box.width) return;
      if (spec.name === "label") labels.push({ el: g, box: box });
      else fixed.push(box);
    });
    chart.querySelectorAll(".scatterlayer g.textpoint").forEach(function (g) {
      var text = g.querySelector("text");
      if (!text || !text.textContent) return;
      var box = text.getBoundingClientRect();
      if (box.width) labels.push({ el: g, box: box });
    });
    if (!labels.length) {  // nothing to fit (large figures carry no labels)
      chart.dataset.labelsFitted = "0/0";
      chart.dataset.labelsFitWidth = String(Math.round(frame.width));
      return;
    }
    // the marks of points and clusters: a label does not cover another mark (its own is beside it)
    chart.querySelectorAll(".scatterlayer .points path.point").forEach(function (mark) {
      var box = mark.getBoundingClientRect();
      if (box.width) fixed.push(box);
    });
    labels.sort(function (a, b) {
      return Math.round(a.box.top) - Math.round(b.box.top) || a.box.left - b.box.left;
    });
    var kept = fixed.slice(), shown = 0;
    labels.forEach(function (label) {
      var box = label.box;
      var clash = box.right > right || box.left < frame.left;
      for (var i = 0; !clash && i < kept.length; i++) clash = overlaps(box, kept[i]);
      if (clash) {
        label.el.parentNode.removeChild(label.el);
      } else {
        kept.push(box);
        shown += 1;
      }
    });
    chart.dataset.labelsFitted = shown + "/" + labels.length;
    chart.dataset.labelsFitWidth = String(Math.round(frame.width));  // the width fitted for
    chart.dataset.labelsFitMs = (performance.now() - started).toFixed(1);  // its cost, for the tests
  }

  // Fit ``chart`` after each of its draws (once per chart).
  function watch(chart) {
    if (chart.dataset.labelsWatched) return;
    chart.dataset.labelsWatched = "1";
    var again = function () { fit(chart); };
    chart.on("plotly_afterplot", again);
    chart.on("plotly_relayout", again);
    chart.on("plotly_restyle", again);
    // the frame resized (the detail panel or the sidebar appearing) before Plotly redraws, or
    // shown after being drawn hidden: fit again once the browser has laid it out
    if (window.ResizeObserver) {
      var pending = false;
      new ResizeObserver(function () {
        if (pending) return;
        pending = true;
        requestAnimationFrame(function () { pending = false; fit(chart); });
      }).observe(chart);
    }
    fit(chart);
  }

  window.TimelineLabels = { fit: fit, watch: watch };
})();
