"""Draw Guanjia's application icon and write it to resources/icons/.

    python scripts/make_app_icon.py [--out DIR]

A rounded square in the accent blue (a gentle top-to-bottom gradient) with a white
contact card (the mdi6 glyph ui.icons names "app"), drawn with QPainter at each size
itself, not scaled down from one big picture, so the small sizes stay sharp:

- guanjia.ico: 16, 20, 24, 32, 40, 48, 64, 96, 128 and 256 pixels (what Windows asks
  for in the title bar, taskbar, Alt+Tab, Explorer and the installer), written by Pillow;
- guanjia.png (256 pixels) and guanjia-512.png (512 pixels).

The generated files are committed; run this again after changing the drawing."""

from __future__ import annotations

import argparse
import io
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image  # noqa: E402
from PySide6.QtCore import QBuffer, QIODevice, QRectF, Qt  # noqa: E402
from PySide6.QtGui import (  # noqa: E402
    QBrush,
    QColor,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPainter,
    QPainterPath,
)

from resources import ICONS_DIR  # noqa: E402
from ui import icons  # noqa: E402

ICO_SIZES = (16, 20, 24, 32, 40, 48, 64, 96, 128, 256)
PNG_SIZES = {"guanjia.png": 256, "guanjia-512.png": 512}

# The accent blue of the window's design, light at the top to deeper at the bottom.
TOP = "#2b8ef0"
BOTTOM = "#1565c0"
GLYPH = "#ffffff"


def draw(size: int) -> QImage:
    """The icon at `size` x `size` pixels: transparent around a rounded blue square."""
    image = QImage(size, size, QImage.Format_ARGB32_Premultiplied)
    image.fill(Qt.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.Antialiasing)
    # Small sizes fill the square to the edge; large ones keep a margin, as Windows'
    # own icons do, so the tile does not look heavier than its neighbours.
    margin = 0 if size <= 24 else size * 0.04
    tile = QRectF(margin, margin, size - 2 * margin, size - 2 * margin)
    radius = tile.width() * 0.22
    path = QPainterPath()
    path.addRoundedRect(tile, radius, radius)
    gradient = QLinearGradient(tile.topLeft(), tile.bottomLeft())
    gradient.setColorAt(0, QColor(TOP))
    gradient.setColorAt(1, QColor(BOTTOM))
    painter.fillPath(path, QBrush(gradient))
    # The glyph: larger at small sizes, where every pixel of it counts.
    share = 0.80 if size <= 24 else 0.66
    side = round(tile.width() * share)
    offset = round((size - side) / 2)
    glyph = icons.font_icon(icons.glyph("app"), color=QColor(GLYPH))
    painter.drawPixmap(offset, offset, glyph.pixmap(side, side))
    painter.end()
    return image


def to_pillow(image: QImage) -> Image.Image:
    buffer = QBuffer()
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    return Image.open(io.BytesIO(bytes(buffer.data()))).convert("RGBA")


def write(out: Path) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    written = []
    for name, size in PNG_SIZES.items():
        path = out / name
        draw(size).save(str(path), "PNG")
        written.append(path)
    # Pillow writes each size from the image of that size when one is given.
    pictures = [to_pillow(draw(size)) for size in ICO_SIZES]
    ico = out / "guanjia.ico"
    pictures[-1].save(
        ico,
        format="ICO",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=pictures[:-1],
    )
    written.append(ico)
    return written


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ICONS_DIR, help="folder to write into")
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    for path in write(args.out):
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
