"""Communities (社群) in words: platforms, kinds, stages, roles, how members came, and
the sentences for the errors models.communities raises (by code)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.text import fill


def platform_labels() -> dict[str, str]:
    return {
        "wechat_group": QCoreApplication.translate("Communities", "WeChat group"),
        "wecom_group": QCoreApplication.translate("Communities", "WeCom customer group"),
        "qq_group": QCoreApplication.translate("Communities", "QQ group"),
        "fans": QCoreApplication.translate("Communities", "Official account fans"),
        "forum": QCoreApplication.translate("Communities", "Forum / mini program"),
        "club": QCoreApplication.translate("Communities", "Offline club"),
        "other": QCoreApplication.translate("Communities", "Other"),
        "": "",
    }


def stage_labels() -> dict[str, str]:
    return {
        "start": QCoreApplication.translate("Communities", "Starting"),
        "growth": QCoreApplication.translate("Communities", "Growing"),
        "mature": QCoreApplication.translate("Communities", "Mature"),
    }


def run_by_labels() -> dict[str, str]:
    return {"member_org": QCoreApplication.translate("Communities", "Member organisation"), "fans": QCoreApplication.translate("Communities", "Fan community"),
            "alliance": QCoreApplication.translate("Communities", "Partner alliance"), "": ""}  # fmt: skip


def bond_labels() -> dict[str, str]:
    return {
        "content": QCoreApplication.translate("Communities", "Content"),
        "social": QCoreApplication.translate("Communities", "Social"),
        "": "",
    }


def purpose_labels() -> dict[str, str]:
    return {"social": QCoreApplication.translate("Communities", "Social"), "advocacy": QCoreApplication.translate("Communities", "Advocacy"), "support": QCoreApplication.translate("Communities", "Support"),
            "insight": QCoreApplication.translate("Communities", "Insight"), "": ""}  # fmt: skip


def role_labels() -> dict[str, str]:
    return {"owner": QCoreApplication.translate("Communities", "Owner"), "admin": QCoreApplication.translate("Communities", "Admin"), "backbone": QCoreApplication.translate("Communities", "Backbone"),
            "member": QCoreApplication.translate("Communities", "Member")}  # fmt: skip


def level_labels() -> dict[str, str]:
    return {"core": QCoreApplication.translate("Communities", "Core"), "active": QCoreApplication.translate("Communities", "Active"), "participant": QCoreApplication.translate("Communities", "Participating"),
            "watcher": QCoreApplication.translate("Communities", "Watching"), "silent": QCoreApplication.translate("Communities", "Silent"), "": ""}  # fmt: skip


def label(labels: dict[str, str], code: str) -> str:
    return labels.get(code, code)


def messages(params: dict) -> dict[str, str]:
    """Sentences for models.communities' error codes."""
    names = params.get("names", "")
    return {
        "community_not_found": QCoreApplication.translate(
            "Communities", "This community does not exist."
        ),
        "community_archived": fill(
            QCoreApplication.translate(
                "Communities",
                "The community “%1” is archived: bring it back from the archive first.",
            ),
            params.get("name", ""),
        ),
        "community_name_taken": fill(
            QCoreApplication.translate("Communities", "A community named “%1” exists already."),
            params.get("name", ""),
        ),
        "customer_in_bin": fill(
            QCoreApplication.translate(
                "Communities", "In the recycle bin (restore them first): %1"
            ),
            names,
        ),
        "not_member": fill(
            QCoreApplication.translate("Communities", "Not a member of this community: %1"), names
        ),
        "leave_before_join": fill(
            QCoreApplication.translate(
                "Communities", "The leave date %1 is before the join date of: %2"
            ),
            params.get("text", ""),
            names,
        ),
        "no_customers": QCoreApplication.translate("Communities", "Choose at least one customer."),
        "community_stage_invalid": QCoreApplication.translate(
            "Communities", "Write the stage as 建立前期, 成长期 or 沉淀期."
        ),
        "platform_invalid": QCoreApplication.translate(
            "Communities", "Choose a platform from the list."
        ),
        "role_invalid": QCoreApplication.translate(
            "Communities", "Write the role as 群主, 管理员, 骨干 or 成员."
        ),
        "level_invalid": QCoreApplication.translate(
            "Communities", "Write the level as 核心, 活跃, 参与, 观望 or 沉默."
        ),
        "came_by_invalid": QCoreApplication.translate(
            "Communities", "Choose how they came from the list."
        ),
        "run_by_invalid": QCoreApplication.translate(
            "Communities", "Choose who runs it from the list."
        ),
        "bond_invalid": QCoreApplication.translate("Communities", "Choose the kind from the list."),
        "purpose_invalid": QCoreApplication.translate(
            "Communities", "Choose a purpose from the list."
        ),
        "not_a_number": QCoreApplication.translate("Communities", "Enter a whole number."),
        "out_of_range": QCoreApplication.translate("Communities", "This number is out of range."),
    }
