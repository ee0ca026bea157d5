#!/usr/bin/env bash
# Renders the PNG sizes and the Windows .ico from zhifa.svg (needs ImageMagick). The results are kept in the
# repository, so building the installers does not need ImageMagick.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
sizes=(16 32 48 64 128 256)
for s in "${sizes[@]}"; do
    convert -background none -density 384 zhifa.svg -resize "${s}x${s}" -depth 8 "PNG32:zhifa-$s.png"
done
convert $(printf 'zhifa-%s.png ' "${sizes[@]}") -depth 8 zhifa.ico
