// Claims Desk's Plotly: plotly.js's core (which draws scatter traces) and the trace types the
// dashboard's charts draw. claimsdesk/charts.py builds only these; tests/test_plotly_bundle.py
// fails if a chart uses another. Rebuild with ./build.sh after changing this list or the version.
var Plotly = require("plotly.js/lib/core");

Plotly.register([
  require("plotly.js/lib/bar"),
  require("plotly.js/lib/sankey"),
  require("plotly.js/lib/scattergeo"),
]);

module.exports = Plotly;
