// The timeline chart inside Streamlit (custom component protocol, API version 1).
//
// Streamlit posts "streamlit:render" with the arguments of timeline.dashboard.ui.chart_view:
//   figure: the Plotly figure as a JSON string; view: a key that changes only when the figure
//   does (other reruns leave the drawing alone); config: Plotly's config; alt: the label.
// A click on an event sends its id back as the component's value, which reruns the app.
(function () {
  "use strict";
  var chart = document.getElementById("chart");
  var drawn = null;      // the view key of the figure on screen
  var listening = false;
  var clicks = 0;

  function post(type, extra) {
    var message = { isStreamlitMessage: true, type: type };
    for (var k in extra || {}) message[k] = extra[k];
    window.parent.postMessage(message, "*");
  }

  function fitFrame(height) {
    post("streamlit:setFrameHeight", { height: Math.ceil(height || document.body.scrollHeight) });
  }

  function listen() {
    if (listening) return;
    listening = true;
    chart.on("plotly_click", function (event) {
      var point = event && event.points && event.points[0];
      if (!point || point.customdata === undefined || point.customdata === null) return;
      var id = Array.isArray(point.customdata) ? point.customdata[0] : point.customdata;
      clicks += 1;
      post("streamlit:setComponentValue",
           { value: { event: String(id), click: Date.now() + ":" + clicks }, dataType: "json" });
    });
  }

  function draw(args) {
    if (args.view === drawn) return;
    drawn = args.view;
    var started = performance.now();
    var figure = JSON.parse(args.figure);
    var height = (figure.layout && figure.layout.height) || 450;
    fitFrame(height);
    chart.setAttribute("aria-label", args.alt || "Timeline chart");
    var config = args.config || {};
    config.responsive = true;
    Plotly.react(chart, figure.data, figure.layout, config).then(function () {
      listen();
      fitFrame(height);
      chart.setAttribute("data-view", drawn);  // tests and the benchmark wait on this
      chart.setAttribute("data-draw-ms", Math.round(performance.now() - started));
    });
  }

  window.addEventListener("message", function (event) {
    var message = event.data;
    if (message && message.type === "streamlit:render") draw(message.args || {});
  });
  post("streamlit:componentReady", { apiVersion: 1 });
})();
