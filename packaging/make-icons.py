"""Render resources/icons/oauth-setup.svg into the icon files Windows and macOS builds need.

    python packaging/make-icons.py [OUTPUT_DIR]        (default: build/icons)

Writes oauth-setup.ico (16-256 px, for the .exe and the installer) and oauth-setup.icns (for
the .app), using the Qt the app already depends on (QtSvg renders; the icns image plugin and a
few lines here write the files), so no other tool is needed on either platform.
packaging/oauth-setup.spec uses them when they exist. Runs without a display.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SVG = ROOT / "resources" / "icons" / "oauth-setup.svg"
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def png_bytes(image: object) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice

    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[attr-defined]
    return bytes(data.data())


def ico_file(pngs: list[bytes], sizes: tuple[int, ...]) -> bytes:
    """A .ico with one PNG-compressed image per size (Windows Vista and later read these)."""
    header = struct.pack("<HHH", 0, 1, len(pngs))
    offset = len(header) + 16 * len(pngs)
    entries, blobs = b"", b""
    for size, png in zip(sizes, pngs, strict=True):
        side = 0 if size >= 256 else size  # 0 means 256 in an ICO directory entry
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(blobs))
        blobs += png
    return header + entries + blobs


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else ROOT / "build" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QImageWriter, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication([argv[0]])  # noqa: F841  (image plugins need an application)
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        print(f"make-icons: cannot read {SVG}", file=sys.stderr)
        return 1

    def render(size: int) -> QImage:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        renderer.render(painter)
        painter.end()
        return image

    ico = out / "oauth-setup.ico"
    ico.write_bytes(ico_file([png_bytes(render(size)) for size in ICO_SIZES], ICO_SIZES))
    print(f"make-icons: {ico} ({ico.stat().st_size} bytes, {len(ICO_SIZES)} sizes)")
    # Qt's icns writer stores every standard size up to the image's own.
    icns = out / "oauth-setup.icns"
    writer = QImageWriter(str(icns), b"icns")
    if not writer.write(render(max(ICNS_SIZES))):
        print(f"make-icons: writing {icns} failed: {writer.errorString()}", file=sys.stderr)
        return 1
    print(f"make-icons: {icns} ({icns.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
