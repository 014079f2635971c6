"""An audit entry's detail in the user's language. Entries keep data, not sentences:
'status: new → responded; owner: 王芳 → 李四' (field codes, values as codes, as
models.storage.audit.changes writes them). Here each known field code is named and each
coded value (statuses, severities, stages, segments, categories, steps) said in words;
whatever is not such a part (older entries in English, names, numbers) is shown as kept."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ui import labels
from ui.complaints import labels as cl
from ui.text import fill

ARROW = " → "
PART = "; "
_KEY = re.compile(r"[a-z_]+(\.[a-z_]+)?")
_COUNT = re.compile(r"^(.*?)( \(\+?[\d,]+\))$")  # 'dormant (12)': a value and a count


def field_label(key: str) -> str | None:
    """The name of a field code an entry's detail uses; None for one it does not know."""
    own = {
        "customer": QCoreApplication.translate("AuditDetail", "Customer"),
        "status": QCoreApplication.translate("AuditDetail", "Status"),
        "step": QCoreApplication.translate("AuditDetail", "Step"),
        "channel": QCoreApplication.translate("AuditDetail", "Channel"),
        "category": QCoreApplication.translate("AuditDetail", "Category"),
        "categories": QCoreApplication.translate("AuditDetail", "Categories"),
        "severity": QCoreApplication.translate("AuditDetail", "Severity"),
        "description": QCoreApplication.translate("AuditDetail", "Description"),
        "received_at": QCoreApplication.translate("AuditDetail", "Received"),
        "response_due": QCoreApplication.translate("AuditDetail", "Respond by"),
        "resolve_due": QCoreApplication.translate("AuditDetail", "Resolve by"),
        "responded_at": QCoreApplication.translate("AuditDetail", "Responded at"),
        "resolved_at": QCoreApplication.translate("AuditDetail", "Resolved at"),
        "visited_at": QCoreApplication.translate("AuditDetail", "Return visit at"),
        "root_cause": QCoreApplication.translate("AuditDetail", "Root cause"),
        "solution": QCoreApplication.translate("AuditDetail", "Solution"),
        "satisfaction": QCoreApplication.translate("AuditDetail", "Satisfaction"),
        "visit_comment": QCoreApplication.translate("AuditDetail", "Customer's comment"),
        "due": QCoreApplication.translate("AuditDetail", "Due"),
        "kind": QCoreApplication.translate("AuditDetail", "Kind"),
        "subject": QCoreApplication.translate("AuditDetail", "Subject"),
        "outcome": QCoreApplication.translate("AuditDetail", "Outcome"),
        "response_hours": QCoreApplication.translate("AuditDetail", "First response (hours)"),
        "resolve_hours.normal": QCoreApplication.translate("AuditDetail",
                                                           "Resolve normal (hours)"),
        "resolve_hours.serious": QCoreApplication.translate("AuditDetail",
                                                            "Resolve serious (hours)"),
        "resolve_hours.urgent": QCoreApplication.translate("AuditDetail",
                                                           "Resolve urgent (hours)"),
        "hours": QCoreApplication.translate("AuditDetail", "Business hours"),
        "days": QCoreApplication.translate("AuditDetail", "Days"),
        "visit_days": QCoreApplication.translate("AuditDetail", "Return visit after (days)"),
        "high_value_tags": QCoreApplication.translate("AuditDetail", "High-value tags"),
        "high_value_segments": QCoreApplication.translate("AuditDetail", "High-value segments"),
        "segment": QCoreApplication.translate("AuditDetail", "RFM segment"),
        "as_of": QCoreApplication.translate("AuditDetail", "As of"),
        "scored": QCoreApplication.translate("AuditDetail", "Customers scored"),
        "changed": QCoreApplication.translate("AuditDetail", "Customers changed"),
        "rule": QCoreApplication.translate("AuditDetail", "Stay-in-touch rule"),
        "every_days": QCoreApplication.translate("AuditDetail", "Every (days)"),
        "tag": QCoreApplication.translate("AuditDetail", "Tag"),
    }  # fmt: skip
    if key in own:
        return own[key]
    name = labels.field_label(key)  # the customer's fields (and a purchase's)
    return None if name == key else name


def _list(label, text: str) -> str:
    return ", ".join(label(v.strip()) for v in text.split(",")) if text else text


def value_text(key: str, value: str, target: str = "") -> str:
    """A value as the user reads it: codes in words, the rest as written."""
    found = _COUNT.match(value)
    if found:  # 'dormant (12)'
        return value_text(key, found.group(1), target) + found.group(2)
    if key == "status":
        return labels.status_label(value) if target == "followup" else cl.status_label(value)
    if key in ("channel", "kind"):
        return cl.channel_label(value) if target == "complaint" else labels.channel_label(value)
    said = {
        "severity": cl.severity_label,
        "category": cl.category_label,
        "step": cl.action_label,
        "stage": labels.stage_label,
        "segment": labels.segment_label,
        "source": labels.source_label,
        "gender": labels.gender_label,
    }
    if key in said:
        return said[key](value)
    if key == "categories":
        return _list(cl.category_label, value)
    if key == "high_value_segments":
        return _list(labels.segment_label, value)
    if key == "rule":  # 'stage active', 'tag VIP', 'customer 张三'
        scope, _sep, rest = value.partition(" ")
        scopes = {
            "tag": QCoreApplication.translate("AuditDetail", "tag"),
            "stage": QCoreApplication.translate("AuditDetail", "stage"),
            "customer": QCoreApplication.translate("AuditDetail", "customer"),
        }
        if scope in scopes:
            return f"{scopes[scope]} {labels.stage_label(rest) if scope == 'stage' else rest}"
    return value


def detail_text(detail: str, target: str = "") -> str:
    """The whole detail in the user's language (`target`: what the entry is about)."""
    out = []
    for part in (detail or "").split(PART):
        key, sep, rest = part.partition(": ")
        name = field_label(key) if sep and _KEY.fullmatch(key) else None
        if name is None:
            out.append(part)
            continue
        values = ARROW.join(value_text(key, v, target) for v in rest.split(ARROW))
        out.append(fill(QCoreApplication.translate("AuditDetail", "%1: %2"), name, values))
    return QCoreApplication.translate("AuditDetail", "; ").join(out)
