#!/usr/bin/env bash
# Installs the Debian packages Wegwijs needs to build, run and test, if missing.
# Runs apt-get only when something is missing; uses sudo when not root.
set -euo pipefail
packages=(
  libncursesw5-dev   # ncurses with wide characters (the terminal UI)
  libfribidi-dev     # Unicode bidi algorithm and Arabic shaping
  libsqlite3-dev     # SQLite with FTS5: the search index
  libyaml-dev        # libyaml: the YAML parser of the content files
  gettext            # msgmerge, msginit, msgfmt: the translation workflow and PO checks
  tmux               # end-to-end tests drive the real binary in tmux
  locales            # a UTF-8 locale (C.UTF-8)
  pkg-config         # SwiftPM finds ncursesw and fribidi through it
  python3-polib      # scripts/fill-machine-translations.py (developers' machine translations)
  libqrencode-dev    # QR codes on topic pages and handouts
  weasyprint         # handouts as PDF (HTML with paged media)
  fonts-noto-core    # Noto Naskh Arabic and Noto Sans Ethiopic for the PDF handouts
  poppler-utils      # pdftoppm, pdffonts, pdfinfo: the handout tests look at the PDF
  zbar-tools         # zbarimg: the QR tests decode the codes with a real reader
  python3-prometheus-client  # a real Prometheus text-format parser for the metrics-file test
)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then exit 0; fi
echo "Installing missing Debian packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" != 0 ]; then sudo=sudo; fi
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
