// Builds ../plotly-timeline.min.js: plotly.js (the version plotly.py ships) with only the trace
// types timeline/dashboard/chart.py and density.py draw. A third of the full bundle's size, it is
// what the browser parses before the first chart: the full bundle costs over a second here.
//     npm install && node build.js
// The esbuild settings are plotly.js's own (its esbuild-config.js), with an entry of our traces.
const esbuild = require('esbuild');
const { environmentPlugin } = require('esbuild-plugin-environment');
const { glsl } = require('esbuild-plugin-glsl');
const InlineCSSPlugin = require('esbuild-plugin-inline-css');
const fs = require('fs');
const path = require('path');

const TRACES = ['bar', 'heatmap', 'scattergl'];  // scatter is in plotly.js's core
const root = path.join(__dirname, 'node_modules', 'plotly.js');
const entry = path.join(root, 'lib', 'index-timeline.js');
fs.writeFileSync(entry, `'use strict';
var Plotly = require('./core');
Plotly.register([${TRACES.map((t) => `require('./${t}')`).join(', ')}]);
module.exports = Plotly;
`);
esbuild.build({
    entryPoints: [entry],
    outfile: path.join(__dirname, '..', 'plotly-timeline.min.js'),
    format: 'iife',
    globalName: 'Plotly',
    bundle: true,
    minify: true,
    sourcemap: false,
    plugins: [InlineCSSPlugin(), glsl({ minify: true }), environmentPlugin({ NODE_DEBUG: false })],
    alias: { regl: '@plotly/regl', stream: 'stream-browserify' },
    define: { global: 'window', 'define.amd': 'false' },
    target: 'es2016',
    absWorkingDir: root,
    logLevel: 'info',
}).catch(() => process.exit(1));
