"""matplotlib for the dashboard: imported only when the dashboard is first shown (it
costs ~1 s), with a CJK font named first so Chinese labels are drawn, not boxes.

A fresh machine has no CJK font (packaging and scripts/setup.sh install
fonts-wqy-microhei), and matplotlib caches its font list: a font installed after that
cache was written is found only by rebuilding it, which is done once here when no CJK
family is known.
"""

from __future__ import annotations

import logging

log = logging.getLogger(__name__)

# Families that cover Chinese, in order of preference (Windows, macOS, Linux).
CJK_FAMILIES = (
    "Microsoft YaHei", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC",
    "Source Han Sans SC", "PingFang SC", "SimHei", "Heiti SC", "WenQuanYi Zen Hei",
    "Droid Sans Fallback", "AR PL UMing CN",
)  # fmt: skip
_configured: list[str] | None = None


def cjk_families() -> list[str]:
    """The installed CJK families matplotlib knows, best first."""
    from matplotlib import font_manager

    known = {f.name for f in font_manager.fontManager.ttflist}
    found = [f for f in CJK_FAMILIES if f in known]
    if not found:  # the cache may predate the font: look again, once
        font_manager.fontManager = font_manager._load_fontmanager(try_read_cache=False)
        known = {f.name for f in font_manager.fontManager.ttflist}
        found = [f for f in CJK_FAMILIES if f in known]
    return found


def configure() -> list[str]:
    """Set matplotlib up for Qt and Chinese once; returns the CJK families in use."""
    global _configured
    if _configured is not None:
        return _configured
    import matplotlib

    matplotlib.use("QtAgg")
    found = cjk_families()
    if not found:
        log.warning("no CJK font found: Chinese chart labels will show as boxes")
    rc = matplotlib.rcParams
    rc["font.family"] = "sans-serif"
    rc["font.sans-serif"] = [*found, "DejaVu Sans"]
    rc["axes.unicode_minus"] = False  # the CJK fonts lack U+2212: use '-'
    rc["svg.fonttype"] = "none"
    rc["pdf.fonttype"] = 42  # embed TrueType in PDFs: Chinese stays text
    _configured = found
    return found
