#!/usr/bin/env bash
# Refreshes the vendored uPlot files inlined into report.html. Needs npm and the network; the build does not.
# Usage: spyglass-report/refresh-vendor.sh [VERSION]   then update the version and sha256 lines in PROVENANCE.
set -euo pipefail
version="${1:-1.6.32}"
target="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/src/main/resources/org/spyglass/report/vendor"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent "uplot@${version}" >/dev/null && tar xzf "uplot-${version}.tgz")
cp "$work/package/dist/uPlot.iife.min.js" "$work/package/dist/uPlot.min.css" "$target/"
cp "$work/package/LICENSE" "$target/uPlot.LICENSE"
(cd "$target" && sha256sum uPlot.iife.min.js uPlot.min.css)
