"""matplotlib for the dashboard: imported only when the dashboard is first shown (it
costs ~1 s), with a CJK font named first so Chinese labels are drawn, not boxes.

A fresh machine has no CJK font (packaging and scripts/setup.sh install
fonts-wqy-microhei), and matplotlib caches its font list: a font installed after that
cache was written is added here, once, when no CJK family is known.
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


def _known_cjk(manager) -> list[str]:
    known = {f.name for f in manager.ttflist}
    return [f for f in CJK_FAMILIES if f in known]


def cjk_families() -> list[str]:
    """The installed CJK families matplotlib knows, best first.

    A font list cached before the font was installed lacks it: the system's font files
    it does not know are added to the one font manager in place (never a new manager:
    `font_manager.findfont` and the Agg backend keep a reference to the first one), and
    the cache is rewritten so the next start knows them at once.
    """
    from pathlib import Path

    import matplotlib
    from matplotlib import font_manager

    manager = font_manager.fontManager
    found = _known_cjk(manager)
    if found:
        return found
    known_files = {f.fname for f in manager.ttflist}
    for path in font_manager.findSystemFonts():
        if path not in known_files:
            try:
                manager.addfont(path)
            except Exception as exc:  # a broken font file must not stop the dashboard
                log.info("font %s skipped: %s", path, exc)
    found = _known_cjk(manager)
    if found:
        cache = Path(
            matplotlib.get_cachedir(), f"fontlist-v{font_manager.FontManager.__version__}.json"
        )
        try:
            font_manager.json_dump(manager, cache)
        except OSError as exc:
            log.info("font cache not rewritten: %s", exc)
    return found


def configure() -> list[str]:
    """Set matplotlib up for Qt and Chinese; returns the CJK families in use.

    The font search runs once; the settings are applied on every call (they are
    process-wide, and whatever ran before may have reset them)."""
    global _configured
    import matplotlib

    if _configured is None:
        matplotlib.use("QtAgg")
        _configured = cjk_families()
        if not _configured:
            log.warning("no CJK font found: Chinese chart labels will show as boxes")
    rc = matplotlib.rcParams
    rc["font.family"] = "sans-serif"
    rc["font.sans-serif"] = [*_configured, "DejaVu Sans"]
    rc["axes.unicode_minus"] = False  # the CJK fonts lack U+2212: use '-'
    rc["svg.fonttype"] = "none"
    rc["pdf.fonttype"] = 42  # embed TrueType in PDFs: Chinese stays text
    return _configured


def apply_theme(tokens) -> None:
    """matplotlib's defaults in the theme in force (a ui.style Tokens): the figure and
    axes on the card's panel, muted ticks, hairline grid, the theme's series colours.
    ChartView calls this before each drawing, so a new theme's charts follow."""
    import matplotlib
    from cycler import cycler

    t = tokens
    matplotlib.rcParams.update(
        {
            "figure.facecolor": t.panel,
            "savefig.facecolor": t.panel,
            "axes.facecolor": t.panel,
            "axes.edgecolor": t.border,
            "axes.labelcolor": t.text_muted,
            "text.color": t.text,
            "xtick.color": t.text_muted,
            "ytick.color": t.text_muted,
            "grid.color": t.border,
            "legend.labelcolor": t.text,
            "axes.prop_cycle": cycler(color=list(t.chart_series)),
        }
    )
