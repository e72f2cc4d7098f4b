// The timeline chart inside Streamlit (custom component protocol, API version 1).
//
// Streamlit posts "streamlit:render" with the arguments of timeline.dashboard.ui.chart_view:
//   figure: the Plotly figure as a JSON string; view: a key that changes only when the figure
//   does (other reruns leave the drawing alone); config: Plotly's config; alt: the label;
//   report_drawn: send {drawn: view} once the first figure is complete (the app waits for it
//   before it puts heavier elements on the page).
// A click on an event sends its id back as the component's value, which reruns the app.
// A click on a cluster mark (several events of one lane and day) opens a list of its events
// (their labels as text, never as HTML); a click on one of them selects it as a click on its mark.
// A click on the name of the "(other ...)" lane opens it into lanes of their own (a second figure
// sent in its meta; beyond those, it lists the lanes it holds); a click on the first opened
// lane's name folds them back.
//
// The range slider is added just after the chart is on screen: Plotly draws every trace a second
// time inside the slider, which doubles the time before the user sees anything. The room the
// slider takes is kept free meanwhile, so the plot does not move when it appears. Plotly's
// margin growth waits too (see firstPaint).
(function () {
  "use strict";
  var chart = document.getElementById("chart");
  var drawn = null;      // the view key of the figure on screen
  var listening = false;
  var clicks = 0;
  var reportDrawn = false;  // asked to say when the first figure is complete
  var sent = null;       // the figure as sent (its layout.meta.expanded: the '(other)' lane opened)
  var sentConfig = {};

  function post(type, extra) {
    var message = { isStreamlitMessage: true, type: type };
    for (var k in extra || {}) message[k] = extra[k];
    window.parent.postMessage(message, "*");
  }

  function fitFrame(height) {
    post("streamlit:setFrameHeight", { height: Math.ceil(height || document.body.scrollHeight) });
  }

  function select(id) {
    clicks += 1;
    post("streamlit:setComponentValue",
         { value: { event: String(id), click: Date.now() + ":" + clicks }, dataType: "json" });
  }

  function closeCluster() {
    var open = document.getElementById("cluster");
    if (open) open.parentNode.removeChild(open);
  }

  // A list of events beside (x, y): groups of [heading or null, [[id, label, date], ...]]; the
  // labels and headings are text (textContent), never HTML.
  function openList(title, groups, x, y) {
    closeCluster();
    var panel = document.createElement("div");
    panel.id = "cluster";
    panel.setAttribute("role", "dialog");
    var head = document.createElement("div");
    head.className = "head";
    head.textContent = title;
    var close = document.createElement("button");
    close.className = "close";
    close.setAttribute("aria-label", "close");
    close.textContent = "\u00d7";
    close.addEventListener("click", closeCluster);
    head.appendChild(close);
    panel.appendChild(head);
    groups.forEach(function (group) {
      if (group[0]) {
        var heading = document.createElement("div");
        heading.className = "group";
        heading.textContent = group[0] + " (" + group[1].length + ")";
        panel.appendChild(heading);
      }
      var list = document.createElement("ul");
      group[1].forEach(function (member) {
        var item = document.createElement("li");
        var pick = document.createElement("button");
        pick.className = "member";
        pick.textContent = (group[0] ? member[2] + "  " : "") + (member[1] || member[0]);
        pick.setAttribute("data-event", member[0]);
        pick.addEventListener("click", function () { closeCluster(); select(member[0]); });
        item.appendChild(pick);
        list.appendChild(item);
      });
      panel.appendChild(list);
    });
    document.body.appendChild(panel);
    var width = panel.offsetWidth, height = panel.offsetHeight;
    panel.style.left = Math.max(4, Math.min(x + 12, document.body.clientWidth - width - 4)) + "px";
    panel.style.top = Math.max(4, Math.min(y - 10, document.body.scrollHeight - height - 4)) + "px";
  }

  // a cluster of one day ("6 events on 2025-04-28"), or of a column of days, each event then
  // listed with its own date ("9 events, 2025-04-12 to 2025-04-15")
  function openCluster(members, x, y) {
    var first = members[0] ? members[0][2] : "", last = first;
    members.forEach(function (m) { if (m[2] < first) first = m[2]; if (m[2] > last) last = m[2]; });
    if (first === last) return openList(members.length + " events on " + first, [[null, members]], x, y);
    var dated = members.map(function (m) { return [m[0], m[2] + "  " + (m[1] || m[0]), m[2]]; });
    openList(members.length + " events, " + first + " to " + last, [[null, dated]], x, y);
  }

  function listen() {
    if (window.TimelineLabels) window.TimelineLabels.watch(chart);  // label_fit.js
    if (listening) return;
    listening = true;
    chart.on("plotly_click", function (event) {
      var point = event && event.points && event.points[0];
      if (!point) return;
      var meta = point.data && point.data.meta;
      if (meta && meta.clusters) {
        var mouse = event.event || {};
        openCluster(meta.clusters[point.pointIndex] || [], mouse.clientX || 0, mouse.clientY || 0);
        return;
      }
      if (point.customdata === undefined || point.customdata === null) return;
      closeCluster();
      select(Array.isArray(point.customdata) ? point.customdata[0] : point.customdata);
    });
    // the name of the '(other ...)' lane opens it into lanes (the figure sent along), or
    // lists the lanes it holds and their events; the first opened lane's name folds them back
    chart.on("plotly_clickannotation", function (event) {
      var meta = chart.layout && chart.layout.meta;
      var name = event && event.annotation && event.annotation.name;
      if (name === "fold" && sent) return show(sent, "folded");
      if (name !== "other" || !meta) return;
      var expanded = sent && sent.layout && sent.layout.meta && sent.layout.meta.expanded;
      if (expanded && meta === sent.layout.meta) return show(expanded, "opened");
      if (!meta.other) return;
      var mouse = event.event || {};
      openList(meta.other.name, meta.other.lanes, mouse.clientX || 0, mouse.clientY || 0);
    });
    document.addEventListener("keydown", function (event) {
      if (event.key === "Escape") closeCluster();
    });
  }

  // Draw ``figure`` (the one sent, or its '(other)' lane opened) in place of the one on screen.
  function show(figure, state) {
    closeCluster();
    var layout = figure.layout || {};
    fitFrame(layout.height || 450);
    Plotly.react(chart, figure.data, layout, sentConfig).then(function () {
      fitFrame(layout.height || 450);
      chart.setAttribute("data-lanes", state);  // tests wait on this
    });
  }

  // The layout of the first paint: without its range slider (its room left free), and without
  // Plotly's margin growth (margin.autoexpand: a colour bar, the lane menu or the axis labels that
  // want a few pixels more make Plotly draw the whole figure twice). Both come back just after the
  // chart is on screen (``restore``); null when there is nothing to defer.
  function firstPaint(layout) {
    var axis = layout.xaxis || {};
    var slider = axis.rangeslider;
    var margin = layout.margin || {};
    var out = Object.assign({}, layout);
    var restore = {};
    if (margin.autoexpand !== false) {
      out.margin = Object.assign({}, margin, { autoexpand: false });
      restore["margin.autoexpand"] = true;
    }
    if (slider && slider.visible) {
      var top = margin.t === undefined ? 100 : margin.t;
      var bottom = margin.b === undefined ? 80 : margin.b;
      var height = layout.height || 450;
      // Plotly's slider is `thickness` of the plot's height, plus about 60 px of tick labels
      var room = Math.round((slider.thickness || 0.15) * (height - top - bottom) + 60);
      out.xaxis = Object.assign({}, axis, { rangeslider: Object.assign({}, slider, { visible: false }) });
      out.margin = Object.assign({}, out.margin, { b: bottom + room });
      restore["xaxis.rangeslider.visible"] = true;
      restore["margin.b"] = bottom;
    }
    return Object.keys(restore).length ? { layout: out, restore: restore } : null;
  }

  function draw(args) {
    if (args.report_drawn) reportDrawn = true;
    if (args.view === drawn) return;
    closeCluster();
    var view = drawn = args.view;
    var started = performance.now();
    var figure = sent = JSON.parse(args.figure);
    var layout = figure.layout || {};
    var height = layout.height || 450;
    var deferred = firstPaint(layout);
    fitFrame(height);
    // the div's own height: Plotly sizes its container 100% of it when it redraws a plot that is
    // on screen, and 100% of an auto height is 0 (the chart vanished once an event was selected)
    chart.style.height = height + "px";
    chart.setAttribute("aria-label", args.alt || "Timeline chart");
    var config = args.config || {};
    config.responsive = true;
    sentConfig = config;
    chart.removeAttribute("data-lanes");
    Plotly.react(chart, figure.data, deferred ? deferred.layout : layout, config).then(function () {
      listen();
      fitFrame(height);
      chart.setAttribute("data-view", view);  // tests and the benchmark wait on this
      chart.setAttribute("data-draw-ms", Math.round(performance.now() - started));
      if (!deferred) return finished(view, started);
      // after the browser has painted the chart
      requestAnimationFrame(function () {
        setTimeout(function () {
          if (drawn !== view) return;  // a newer figure came meanwhile
          Plotly.relayout(chart, deferred.restore).then(function () { finished(view, started); });
        }, 0);
      });
    });
  }

  function finished(view, started) {
    if (drawn !== view) return;
    chart.setAttribute("data-complete", view);  // with its range slider
    chart.setAttribute("data-complete-ms", Math.round(performance.now() - started));
    if (reportDrawn) {
      reportDrawn = false;
      post("streamlit:setComponentValue", { value: { drawn: view }, dataType: "json" });
    }
  }

  window.addEventListener("message", function (event) {
    var message = event.data;
    if (message && message.type === "streamlit:render") draw(message.args || {});
  });
  post("streamlit:componentReady", { apiVersion: 1 });
})();
