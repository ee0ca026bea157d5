#!/usr/bin/env bash
# Rebuilds the document pictures of this folder from the demo township: the first page of the 行政处罚决定书,
# the 当场行政处罚决定书 and the 送达回证, rendered by the program and rasterised with pdftoppm (poppler-utils).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
"$root/zhifa" --data-dir "$work/data" demo >/dev/null
render() {
    "$root/zhifa" --data-dir "$work/data" doc render "$1" --type "$2" --format pdf --out "$work/$3.pdf" >/dev/null
    pdftoppm -png -r 70 -f 1 -l 1 -singlefile "$work/$3.pdf" "$here/$3"
}
render BD-2025-0008 DECISION document-decision
render BD-2025-0003 ON_SITE_DECISION document-on-site-decision
render BD-2025-0008 SERVICE_RECEIPT document-service-receipt
