// libqrencode (Debian libqrencode-dev): QR code symbols from text.
#include <qrencode.h>
