#!/usr/bin/env bash
# Draws the Annalist icon (a timeline: an axis, ticks and three event marks on a dark tile) with
# ImageMagick and writes the per-OS formats jpackage wants. The outputs are committed; rerun only
# to change the design. Needs ImageMagick's `convert`.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
pkg="$(dirname "$here")"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

convert -size 512x512 xc:none \
  -fill '#1f3a5f' -draw 'roundrectangle 16,16 495,495 96,96' \
  -stroke '#e8edf3' -strokewidth 18 -draw 'line 72,300 440,300' \
  -strokewidth 12 -draw 'line 120,280 120,320' -draw 'line 256,280 256,320' -draw 'line 392,280 392,320' \
  -stroke '#1f3a5f' -strokewidth 10 \
  -fill '#f2a541' -draw 'circle 150,200 150,250' \
  -fill '#4fb3bf' -draw 'circle 262,150 262,196' \
  -fill '#e4572e' -draw 'circle 372,218 372,256' \
  -stroke none -fill '#e8edf3' \
  -draw 'rectangle 112,380 300,404' -draw 'rectangle 112,424 240,448' \
  "$tmp/annalist-512.png"

for s in 16 32 48 64 128 256; do
  convert "$tmp/annalist-512.png" -resize ${s}x${s} "$tmp/annalist-$s.png"
done
cp "$tmp/annalist-512.png" "$here/annalist-512.png"
cp "$tmp/annalist-256.png" "$pkg/linux/Annalist.png"
convert "$tmp"/annalist-{16,32,48,64,128,256}.png "$pkg/windows/Annalist.ico"

# ICNS: "icns", total length, then (type, length incl. 8-byte header, PNG bytes) per size.
be32() { printf "\\x$(printf %02x $(($1>>24&255)))\\x$(printf %02x $(($1>>16&255)))\\x$(printf %02x $(($1>>8&255)))\\x$(printf %02x $(($1&255)))"; }
body="$tmp/icns.body"
: > "$body"
for pair in ic07:128 ic08:256 ic09:512; do
  type=${pair%%:*}; size=${pair##*:}
  png="$tmp/annalist-$size.png"
  printf '%s' "$type" >> "$body"
  be32 $(( $(stat -c %s "$png") + 8 )) >> "$body"
  cat "$png" >> "$body"
done
{ printf 'icns'; be32 $(( $(stat -c %s "$body") + 8 )); cat "$body"; } > "$pkg/macos/Annalist.icns"
echo "icons written under $pkg"
