"""Schema step 18 (frozen once released): communities (社群), their members and
activity, daily group statistics, events (活动) and their sign-ups. Declared here as
they are at this version, never from the live models."""

from __future__ import annotations

from peewee import (
    SQL,
    BooleanField,
    CharField,
    DateField,
    DateTimeField,
    DoubleField,
    ForeignKeyField,
    IntegerField,
    Model,
    TextField,
)

from models.schema.steps import text_field, v1_models


def _flag():
    return BooleanField(default=False, constraints=[SQL("DEFAULT 0")])


def _count():
    return IntegerField(default=0, constraints=[SQL("DEFAULT 0")])


def v18_models(db):
    Customer = v1_models(db)[3]

    class Base(Model):
        class Meta:
            database = db
            legacy_table_names = False

    class Community(Base):
        name = CharField()
        platform = text_field()  # wechat_group, wecom_group, qq_group, fans, forum, club, other
        run_by = text_field()  # member_org (会员组织), fans (粉丝社群), alliance (生态联盟)
        bond = text_field()  # content (内容型), social (社交型)
        purpose = text_field()  # social, advocacy, support, insight
        owner_customer = IntegerField(null=True)  # the 群主 when a customer
        owner_staff = text_field()  # the 群主 when one of the staff
        stage = CharField(default="start", constraints=[SQL("DEFAULT 'start'")])
        stage_since = DateField(null=True)  # start, growth, mature: when this one began
        capacity = IntegerField(null=True)  # 500 for WeChat, 200 for 企业微信 by default
        goal_members = IntegerField(null=True)  # the SMART goal: members and/or ...
        goal_active_permille = IntegerField(null=True)  # ... active rate (‰) ...
        goal_by = DateField(null=True)  # ... by this date
        notes = text_field(TextField)
        overflow_of = IntegerField(null=True)  # "XX 2群" started from XX when it was full
        archived_at = DateTimeField(null=True)
        created_at = DateTimeField()
        updated_at = DateTimeField()

    class CommunityMember(Base):
        """One period of membership: leaving sets left_on, rejoining adds a new row."""

        community = ForeignKeyField(Community, on_delete="CASCADE", index=False)
        customer = ForeignKeyField(Customer, on_delete="CASCADE", index=False)
        role = CharField(default="member", constraints=[SQL("DEFAULT 'member'")])
        joined_on = DateField()
        left_on = DateField(null=True)
        invited_by = IntegerField(null=True)  # a customer id: the 裂变 chain
        came_by = text_field()  # qr, invite, link, event, store, other
        nickname = text_field()  # 群昵称
        level = text_field()  # core, active, participant, watcher, silent (kept)
        level_before = text_field()  # last month's level: the trend
        love = DoubleField(default=0, constraints=[SQL("DEFAULT 0")])  # weighted, decayed
        import_run = IntegerField(null=True)
        created_at = DateTimeField()

    class CommunityActivity(Base):
        community = ForeignKeyField(Community, on_delete="CASCADE", index=False)
        customer = ForeignKeyField(Customer, on_delete="CASCADE", index=False)
        day = DateField()
        kind = CharField()  # message, post, answer, invite, attend, organise, purchase
        count = IntegerField(default=1, constraints=[SQL("DEFAULT 1")])
        import_run = IntegerField(null=True)
        created_at = DateTimeField()

    class CommunityDay(Base):
        """A group's daily statistics as the platform counts them (企业微信 群统计)."""

        community = ForeignKeyField(Community, on_delete="CASCADE", index=False)
        day = DateField()
        members = _count()
        joined = _count()
        left = _count()
        speakers = _count()
        messages = _count()
        import_run = IntegerField(null=True)

    class Event(Base):
        title = CharField()
        mode = CharField(default="offline", constraints=[SQL("DEFAULT 'offline'")])
        kind = CharField(default="other", constraints=[SQL("DEFAULT 'other'")])
        community = IntegerField(null=True)
        starts_at = DateTimeField()
        ends_at = DateTimeField(null=True)
        place = text_field()  # a place or a link
        capacity = IntegerField(null=True)
        cost_cents = _count()
        incentive = text_field()  # coupon, points, gift
        status = CharField(default="planned", constraints=[SQL("DEFAULT 'planned'")])
        attribution_days = IntegerField(default=7, constraints=[SQL("DEFAULT 7")])
        notes = text_field(TextField)
        created_at = DateTimeField()
        updated_at = DateTimeField()

    class EventSignup(Base):
        event = ForeignKeyField(Event, on_delete="CASCADE", index=False)
        customer = ForeignKeyField(Customer, on_delete="CASCADE", index=False)
        status = CharField(default="signed", constraints=[SQL("DEFAULT 'signed'")])
        signed_at = DateTimeField()
        walk_in = _flag()
        checked_in_at = DateTimeField(null=True)
        feedback_score = IntegerField(null=True)
        feedback_comment = text_field(TextField)
        import_run = IntegerField(null=True)

    return Community, CommunityMember, CommunityActivity, CommunityDay, Event, EventSignup


def step_18_communities(db) -> None:
    """Communities, members (a row per period), activity, daily group statistics,
    events and sign-ups, with the indexes their lists and metrics read."""
    db.create_tables(v18_models(db))
    for sql in (
        "CREATE UNIQUE INDEX community_member_active ON community_member"
        " (community_id, customer_id) WHERE left_on IS NULL",
        "CREATE INDEX community_member_community ON community_member"
        " (community_id, left_on, joined_on)",
        "CREATE INDEX community_member_customer ON community_member (customer_id)",
        "CREATE INDEX community_activity_day ON community_activity (community_id, day)",
        # one row per member, group, day and kind (a count): imports add, never double
        "CREATE UNIQUE INDEX community_activity_unique ON community_activity"
        " (customer_id, community_id, day, kind)",
        "CREATE UNIQUE INDEX community_day_unique ON community_day (community_id, day)",
        "CREATE INDEX event_starts ON event (starts_at)",
        "CREATE UNIQUE INDEX event_signup_unique ON event_signup (event_id, customer_id)",
        "CREATE INDEX event_signup_customer ON event_signup (customer_id)",
    ):
        db.execute_sql(sql)
