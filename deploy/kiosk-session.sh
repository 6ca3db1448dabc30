#!/bin/sh
# The X session of the kiosk: no window manager, one full-screen xterm running Wegwijs
# in kiosk mode on the content checkout that wegwijs-content-pull.timer keeps fresh.
# Fonts: DejaVu Sans Mono for Latin and Cyrillic, Noto Sans Arabic and Ethiopic
# (fonts-noto-core) picked by fontconfig for the rest.
#
# xterm is locked down for visitors (reliability audit D2): Ctrl + a mouse button opened
# xterm's menus, whose "Do Full Reset" left a dead screen for everyone after, "Quit"
# and "Send KILL" restarted the kiosk, and "Log to File" wrote the screen to disk. The
# menus, font/title/colour changes by escape codes, logging, Tek mode, scrollback and the
# keypad's font-size keys are all off; the window cannot be resized or retitled by what
# is on screen. Wegwijs itself sends its terminal modes again at every idle reset.
xset s off -dpms 2>/dev/null || true
exec xterm -fullscreen -fa 'DejaVu Sans Mono' -fs 18 -bg black -fg white +sb -sl 0 \
  -xrm 'XTerm*allowWindowOps: false' \
  -xrm 'XTerm*allowFontOps: false' \
  -xrm 'XTerm*allowTitleOps: false' \
  -xrm 'XTerm*allowColorOps: false' \
  -xrm 'XTerm*allowTcapOps: false' \
  -xrm 'XTerm*allowPasteControls: false' \
  -xrm 'XTerm*disallowedWindowOps: 1,2,3,4,5,6,7,8,9,11,13,14,18,19,20,21,GetSelection,SetSelection,SetWinLines,SetXprop' \
  -xrm 'XTerm*logInhibit: true' \
  -xrm 'XTerm*tekInhibit: true' \
  -xrm 'XTerm*saveLines: 0' \
  -xrm 'XTerm*omitTranslation: fullscreen,scroll-lock,print,print-redir' \
  -xrm 'XTerm*vt100.translations: #override \n Ctrl<Btn1Down>: ignore() \n Ctrl<Btn2Down>: ignore() \n Ctrl<Btn3Down>: ignore() \n Shift<Key>Prior: ignore() \n Shift<Key>Next: ignore() \n Shift<KeyPress>KP_Add: ignore() \n Shift<KeyPress>KP_Subtract: ignore() \n Shift<Btn2Down>: ignore() \n Shift<Btn2Up>: ignore()' \
  -e /usr/local/bin/wegwijs --kiosk \
     --content /var/lib/wegwijs/content/Content --translations /var/lib/wegwijs/content/Translations
