#!/bin/sh
# The X session of the kiosk: no window manager, one full-screen xterm running Wegwijs
# in kiosk mode on the content checkout that wegwijs-content-pull.timer keeps fresh.
# Fonts: DejaVu Sans Mono for Latin and Cyrillic, Noto Sans Arabic and Ethiopic
# (fonts-noto-core) picked by fontconfig for the rest.
xset s off -dpms 2>/dev/null || true
exec xterm -fullscreen -fa 'DejaVu Sans Mono' -fs 18 -bg black -fg white +sb \
  -xrm 'XTerm*allowWindowOps: false' -xrm 'XTerm*translations: #override Shift<Key>Prior: ignore()' \
  -e /usr/local/bin/wegwijs --kiosk \
     --content /var/lib/wegwijs/content/Content --translations /var/lib/wegwijs/content/Translations
