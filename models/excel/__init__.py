"""The Excel work: import (mapping, cleaning, planning, history and undo) and exports."""
