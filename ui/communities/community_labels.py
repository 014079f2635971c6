"""Communities (社群) in words: platforms, kinds, stages, roles, how members came, and
the sentences for the errors models.communities raises (by code)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.text import fill


def _t(text: str) -> str:
    return QCoreApplication.translate("Communities", text)


def platform_labels() -> dict[str, str]:
    return {
        "wechat_group": _t("WeChat group"),
        "wecom_group": _t("WeCom customer group"),
        "qq_group": _t("QQ group"),
        "fans": _t("Official account fans"),
        "forum": _t("Forum / mini program"),
        "club": _t("Offline club"),
        "other": _t("Other"),
        "": "",
    }


def stage_labels() -> dict[str, str]:
    return {"start": _t("Starting"), "growth": _t("Growing"), "mature": _t("Mature")}


def run_by_labels() -> dict[str, str]:
    return {"member_org": _t("Member organisation"), "fans": _t("Fan community"),
            "alliance": _t("Partner alliance"), "": ""}  # fmt: skip


def bond_labels() -> dict[str, str]:
    return {"content": _t("Content"), "social": _t("Social"), "": ""}


def purpose_labels() -> dict[str, str]:
    return {"social": _t("Social"), "advocacy": _t("Advocacy"), "support": _t("Support"),
            "insight": _t("Insight"), "": ""}  # fmt: skip


def role_labels() -> dict[str, str]:
    return {"owner": _t("Owner"), "admin": _t("Admin"), "backbone": _t("Backbone"),
            "member": _t("Member")}  # fmt: skip


def level_labels() -> dict[str, str]:
    return {"core": _t("Core"), "active": _t("Active"), "participant": _t("Participating"),
            "watcher": _t("Watching"), "silent": _t("Silent"), "": ""}  # fmt: skip


def label(labels: dict[str, str], code: str) -> str:
    return labels.get(code, code)


def messages(params: dict) -> dict[str, str]:
    """Sentences for models.communities' error codes."""
    names = params.get("names", "")
    return {
        "community_not_found": _t("This community does not exist."),
        "community_archived": fill(
            _t("The community “%1” is archived: bring it back from the archive first."),
            params.get("name", ""),
        ),
        "community_name_taken": fill(
            _t("A community named “%1” exists already."), params.get("name", "")
        ),
        "customer_in_bin": fill(_t("In the recycle bin (restore them first): %1"), names),
        "not_member": fill(_t("Not a member of this community: %1"), names),
        "leave_before_join": fill(
            _t("The leave date %1 is before the join date of: %2"), params.get("text", ""), names
        ),
        "no_customers": _t("Choose at least one customer."),
        "community_stage_invalid": _t("Write the stage as 建立前期, 成长期 or 沉淀期."),
        "platform_invalid": _t("Choose a platform from the list."),
        "role_invalid": _t("Write the role as 群主, 管理员, 骨干 or 成员."),
        "level_invalid": _t("Write the level as 核心, 活跃, 参与, 观望 or 沉默."),
        "came_by_invalid": _t("Choose how they came from the list."),
        "run_by_invalid": _t("Choose who runs it from the list."),
        "bond_invalid": _t("Choose the kind from the list."),
        "purpose_invalid": _t("Choose a purpose from the list."),
        "not_a_number": _t("Enter a whole number."),
        "out_of_range": _t("This number is out of range."),
    }
