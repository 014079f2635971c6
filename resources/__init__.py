"""Icons, translations (.ts sources and compiled .qm), styles and the survey comments' stop
words shipped with the program."""

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent
TRANSLATIONS_DIR = RESOURCES_DIR / "translations"
ICONS_DIR = RESOURCES_DIR / "icons"
SURVEYS_DIR = RESOURCES_DIR / "surveys"  # the stop words of survey comments
