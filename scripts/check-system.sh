#!/bin/sh
# Checks what pmdesk needs from the system on Debian/Ubuntu: Python 3.11+ with venv, the
# shared libraries Qt loads and a fallback font for glyphs the bundled PDF font lacks (★).
# As root it installs what is missing with apt-get; otherwise it prints the exact command and
# stops. With --test it checks the test tools instead: poppler-utils (pdftotext, pdfinfo,
# pdfimages, pdffonts read the exported PDFs); without root it only warns, and those tests skip.
set -eu
PYTHON="${1:-python3}"
MODE="${2:-}"
missing=""

if [ "$MODE" = "--test" ]; then
    for tool in pdftotext pdfinfo pdfimages pdffonts pdftoppm; do
        if ! command -v "$tool" >/dev/null 2>&1; then
            missing="poppler-utils"
        fi
    done
    if [ -z "$missing" ]; then
        exit 0
    fi
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        echo "Installing the PDF test tools: poppler-utils"
        apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq poppler-utils >/dev/null
        exit 0
    fi
    echo "warning: poppler-utils is missing, so the PDF tests will be skipped." >&2
    echo "Install it with: sudo apt-get install poppler-utils" >&2
    exit 0
fi

if ! command -v "$PYTHON" >/dev/null 2>&1; then
    echo "pmdesk needs Python 3.11 or newer: sudo apt-get install python3 python3-venv" >&2
    exit 1
fi
if ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
    echo "pmdesk needs Python 3.11 or newer; $PYTHON is $("$PYTHON" --version 2>&1)." >&2
    exit 1
fi
if ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
    missing="$missing python3-venv"
fi
# Libraries the PySide6 wheels load (GUI, fonts, OpenGL, keyboard, the xcb platform plugin).
for pair in libGL.so.1:libgl1 libEGL.so.1:libegl1 libfontconfig.so.1:libfontconfig1 \
            libxkbcommon.so.0:libxkbcommon0 libdbus-1.so.3:libdbus-1-3 \
            libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-cursor.so.0:libxcb-cursor0 \
            libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 \
            libxcb-shape.so.0:libxcb-shape0 libxcb-randr.so.0:libxcb-randr0 \
            libxcb-render-util.so.0:libxcb-render-util0 libxcb-image.so.0:libxcb-image0 \
            libxcb-xinerama.so.0:libxcb-xinerama0; do
    lib="${pair%%:*}"
    package="${pair##*:}"
    if ! ldconfig -p 2>/dev/null | grep -q "$lib"; then
        missing="$missing $package"
    fi
done
# The PDF export bundles Open Sans; DejaVu Sans draws the glyphs it lacks (★ in the timeline).
if [ ! -e /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
    missing="$missing fonts-dejavu-core"
fi
if [ -z "$missing" ]; then
    exit 0
fi
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing system packages pmdesk needs:$missing"
    apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $missing >/dev/null
    exit 0
fi
echo "pmdesk needs these system packages:$missing" >&2
echo "Install them with: sudo apt-get install$missing" >&2
exit 1
