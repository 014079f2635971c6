"""The tables of communities (社群) and events (活动), as the live program uses them
(schema step 18 made them). What the other modules of this package and the floors
above read and write; the rules live in those modules, not here."""

from __future__ import annotations

from peewee import (
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DoubleField,
    ForeignKeyField,
    IntegerField,
    TextField,
)

from models.customers.record import Customer
from models.storage.base import BaseModel

# codes (ui/ says them in words; the CLI also takes the Chinese words)
PLATFORMS = ("wechat_group", "wecom_group", "qq_group", "fans", "forum", "club", "other")
RUN_BY = ("member_org", "fans", "alliance")  # 会员组织, 粉丝社群, 生态联盟
BONDS = ("content", "social")  # 内容型, 社交型
PURPOSES = ("social", "advocacy", "support", "insight")  # 社交, 倡导, 支持, 洞察
STAGES = ("start", "growth", "mature")  # 建立前期, 成长期, 沉淀期
ROLES = ("owner", "admin", "backbone", "member")  # 群主, 管理员, 骨干, 成员
CAME_BY = ("qr", "invite", "link", "event", "store", "other")
LEVELS = ("core", "active", "participant", "watcher", "silent")  # 核心 活跃 参与 观望 沉默
ACTIVITY_KINDS = ("message", "post", "answer", "invite", "attend", "organise", "purchase")
EVENT_MODES = ("online", "offline")
EVENT_KINDS = ("talk", "seminar", "qa", "exchange", "promotion", "salon", "other")
EVENT_STATUSES = ("planned", "open", "running", "ended", "cancelled")
INCENTIVES = ("", "coupon", "points", "gift")
SIGNUP_STATUSES = ("signed", "waiting", "attended", "no_show", "cancelled")
DEFAULT_CAPACITY = {"wechat_group": 500, "wecom_group": 200}


class Community(BaseModel):
    name = CharField()
    platform = CharField(default="")
    run_by = CharField(default="")
    bond = CharField(default="")
    purpose = CharField(default="")
    owner_customer = IntegerField(null=True)
    owner_staff = CharField(default="")
    stage = CharField(default="start")
    stage_since = DateField(null=True)
    capacity = IntegerField(null=True)
    goal_members = IntegerField(null=True)
    goal_active_permille = IntegerField(null=True)
    goal_by = DateField(null=True)
    notes = TextField(default="")
    overflow_of = IntegerField(null=True)
    archived_at = DateTimeField(null=True)
    created_at = DateTimeField()
    updated_at = DateTimeField()


class CommunityMember(BaseModel):
    """One period of membership: leaving sets left_on; rejoining adds a new row."""

    community = ForeignKeyField(Community, on_delete="CASCADE", index=False)
    customer = ForeignKeyField(Customer, on_delete="CASCADE", index=False)
    role = CharField(default="member")
    joined_on = DateField()
    left_on = DateField(null=True)
    invited_by = IntegerField(null=True)
    came_by = CharField(default="")
    nickname = CharField(default="")
    level = CharField(default="")
    level_before = CharField(default="")
    love = DoubleField(default=0)
    import_run = IntegerField(null=True)
    created_at = DateTimeField()

    class Meta:
        table_name = "community_member"


class CommunityActivity(BaseModel):
    community = ForeignKeyField(Community, on_delete="CASCADE", index=False)
    customer = ForeignKeyField(Customer, on_delete="CASCADE", index=False)
    day = DateField()
    kind = CharField()
    count = IntegerField(default=1)
    import_run = IntegerField(null=True)
    created_at = DateTimeField()

    class Meta:
        table_name = "community_activity"


class CommunityDay(BaseModel):
    community = ForeignKeyField(Community, on_delete="CASCADE", index=False)
    day = DateField()
    members = IntegerField(default=0)
    joined = IntegerField(default=0)
    left = IntegerField(default=0)
    speakers = IntegerField(default=0)
    messages = IntegerField(default=0)
    import_run = IntegerField(null=True)

    class Meta:
        table_name = "community_day"


class Event(BaseModel):
    title = CharField()
    mode = CharField(default="offline")
    kind = CharField(default="other")
    community = IntegerField(null=True)
    starts_at = DateTimeField()
    ends_at = DateTimeField(null=True)
    place = CharField(default="")
    capacity = IntegerField(null=True)
    cost_cents = IntegerField(default=0)
    incentive = CharField(default="")
    status = CharField(default="planned")
    attribution_days = IntegerField(default=7)
    notes = TextField(default="")
    created_at = DateTimeField()
    updated_at = DateTimeField()


class EventSignup(BaseModel):
    event = ForeignKeyField(Event, on_delete="CASCADE", index=False)
    customer = ForeignKeyField(Customer, on_delete="CASCADE", index=False)
    status = CharField(default="signed")
    signed_at = DateTimeField()
    walk_in = BooleanField(default=False)
    checked_in_at = DateTimeField(null=True)
    feedback_score = IntegerField(null=True)
    feedback_comment = TextField(default="")
    import_run = IntegerField(null=True)

    class Meta:
        table_name = "event_signup"
