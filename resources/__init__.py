"""Icons, translations (.ts sources and compiled .qm) and styles shipped with the program."""

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
ICONS_DIR = RESOURCES_DIR / "icons"
