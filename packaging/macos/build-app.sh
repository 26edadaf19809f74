#!/usr/bin/env bash
# Builds the macOS app and disk image. Run ON macOS (12 or later) from any directory:
#
#   packaging/macos/build-app.sh
#
# Makes dist/OAuth Setup Assistant.app (PyInstaller, packaging/oauth-setup.spec: the same spec as
# Linux and Windows, whose BUNDLE step makes the .app) and
# dist/oauth-setup-assistant-<version>-macos-<arch>.dmg (hdiutil, drag-to-Applications layout).
# The .app is built for the machine's architecture (arm64 on Apple silicon, x86_64 on Intel);
# build on each to ship both.
#
# Environment:
#   PYTHON             Python with the app and its 'packaging' extra (default .venv/bin/python;
#                      create it with: python3.11 -m venv .venv && .venv/bin/pip install -e '.[packaging]')
#   CODESIGN_IDENTITY  "Developer ID Application: Company (TEAMID)": sign with hardened runtime
#                      (packaging/macos/entitlements.plist). Unset: an unsigned build for testing
#                      (Gatekeeper then asks users to allow it in System Settings > Privacy & Security).
#   NOTARY_PROFILE     a `xcrun notarytool store-credentials` profile: notarize and staple the .dmg
#   MACOS_BUNDLE_ID    bundle identifier (default com.example.oauth-setup)
set -euo pipefail
cd "$(dirname "$0")/../.."

[ "$(uname -s)" = Darwin ] || { echo "build-app.sh: this runs on macOS only (hdiutil, codesign)." >&2; exit 2; }
PYTHON=${PYTHON:-.venv/bin/python}
[ -x "$PYTHON" ] || { echo "build-app.sh: no Python at $PYTHON (see the header of this script)." >&2; exit 1; }

VERSION=$(sed -n 's/^__version__ *= *["'\'']\([^"'\'']*\)["'\''].*/\1/p' gui_app/__init__.py)
APP="dist/OAuth Setup Assistant.app"
DMG="dist/oauth-setup-assistant-${VERSION}-macos-$(uname -m).dmg"
started=$(date +%s)

"$PYTHON" packaging/make-icons.py build/icons
"$PYTHON" -m PyInstaller --noconfirm --clean --distpath dist --workpath build packaging/oauth-setup.spec
[ -d "$APP" ] || { echo "build-app.sh: PyInstaller made no $APP" >&2; exit 1; }

# Smoke test of the built app: version, then the self-test (it opens no window on screen).
"$APP/Contents/MacOS/oauth-setup" --version
"$APP/Contents/MacOS/oauth-setup" --self-test || echo "build-app.sh: the self-test reported problems (above)." >&2

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    # PyInstaller signed every binary (codesign_identity in the spec); verify the whole bundle.
    codesign --verify --deep --strict --verbose=2 "$APP"
fi

stage=build/dmg
rm -rf "$stage" && mkdir -p "$stage"
cp -R "$APP" "$stage/"
ln -s /Applications "$stage/Applications"
cp packaging/managed-presets.example.toml packaging/macos/com.example.oauth-setup.monitor.plist "$stage/"
rm -f "$DMG"
hdiutil create -volname "OAuth Setup Assistant $VERSION" -srcfolder "$stage" -fs HFS+ -format UDZO -ov "$DMG"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --sign "$CODESIGN_IDENTITY" --timestamp "$DMG"
fi
if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
fi

echo "build-app.sh: $APP ($(du -sh "$APP" | cut -f1)), $DMG ($(du -h "$DMG" | cut -f1)) in $(( $(date +%s) - started )) s"
