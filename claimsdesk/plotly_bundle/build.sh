#!/usr/bin/env bash
# Rebuild plotly-claimsdesk.min.js: plotly.js's core plus the trace types in entry.js, minified
# by esbuild (the bundler plotly.js itself uses). Needs node and npm; the dashboard does not.
#
# Why a bundle of our own: the full plotly.min.js (4.8 MB, every trace type) cost a first-time
# visitor about 0.9 s of browser CPU to compile on every chart page; this one is a third of it
# (issue 11). Keep plotly.js at the version the installed plotly Python package ships
# (tests/test_plotly_bundle.py checks; claimsdesk/chartview.py serves the full bundle otherwise).
set -euo pipefail
cd "$(dirname "$0")"
npm ci --no-audit --no-fund
version=$(node -p 'require("plotly.js/package.json").version')
banner="/**
* plotly.js v${version} (Claims Desk bundle: core, bar, sankey, scattergeo; claimsdesk/plotly_bundle)
* Copyright 2012-2026, Plotly, Inc.
* All rights reserved.
* Licensed under the MIT license
*/"
npx esbuild entry.js --bundle --minify --format=iife --global-name=Plotly --target=es2016 \
  --legal-comments=eof --loader:.css=empty --define:global=window --define:define.amd=false \
  --banner:js="$banner" --outfile=plotly-claimsdesk.min.js
rm -rf node_modules
