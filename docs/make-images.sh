#!/usr/bin/env bash
# Remakes the README's pictures from the bundled article: two PDF pages (cover, a body page) and a screenshot of
# an EPUB chapter in headless Chromium. Needs poppler-utils and chromium (apt-get install poppler-utils chromium).
#   bash docs/make-images.sh [BODY_PAGE]
set -euo pipefail
cd "$(dirname "$0")/.."
body=${1:-4}
out=$(mktemp -d)
dotnet run --project src/Briefing.Cli -c Release -- build source-text/russia-iran-relations.txt -o "$out" -q
pdftoppm -r 70 -png -f 1 -l 1 "$out/russia-iran-relations.pdf" "$out/cover"
pdftoppm -r 70 -png -f "$body" -l "$body" "$out/russia-iran-relations.pdf" "$out/body"
cp "$out"/cover-*.png docs/pdf-cover.png
cp "$out"/body-*.png docs/pdf-body.png
mkdir -p "$out/epub" && (cd "$out/epub" && unzip -q ../russia-iran-relations.epub)
chapter=$(ls "$out"/epub/EPUB/chapter-*.xhtml 2>/dev/null | sort | sed -n 2p || true)
[ -n "$chapter" ] || chapter=$(grep -l 'doc-chapter' -r "$out/epub" | sort | sed -n 2p)
faq=$(grep -l 'doc-appendix' -r "$out/epub" --include='*.xhtml' | head -1)
shot() {
  chromium --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
    --no-first-run --disable-sync --user-data-dir="$(mktemp -d)" --hide-scrollbars \
    --window-size=720,960 --screenshot="$2" "file://$1" >/dev/null 2>&1
}
shot "$chapter" docs/epub-chapter.png
shot "$faq" docs/epub-faq.png
echo "wrote docs/pdf-cover.png docs/pdf-body.png docs/epub-chapter.png docs/epub-faq.png"
