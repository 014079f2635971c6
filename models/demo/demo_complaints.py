"""Demo complaints over the last months, taken through the real workflow (so history,
return visits and metrics are what real use would make), and a few FAQ entries."""

from __future__ import annotations

import datetime as dt
import random

from models import clock
from models.complaints import complaints, faq
from models.customers.record import Customer
from models.team import staff as team

PROBLEMS = {
    "quality": [
        ("衣服洗了一次就缩水", "面料批次问题", "按洗标说明补偿并换新"),
        ("买的杯子有裂纹", "运输中包装不足", "换新，并改用加厚包装"),
        ("鞋子穿了一周开胶", "供应商工艺问题", "退货退款并反馈供应商"),
    ],
    "service": [
        ("店员态度冷淡，不理人", "高峰期人手不足", "当面致歉，排班增加一人"),
        ("电话打了三次没人接", "前台电话无人值守", "设置转接到手机"),
    ],
    "delivery": [
        ("快递五天还没到", "快递公司延误", "催件并补偿优惠券"),
        ("收到的包裹破损", "快递暴力分拣", "补发并向快递索赔"),
    ],
    "price": [
        ("会员价没有生效", "收银系统未同步会员等级", "退差价并修正会员等级"),
        ("同一商品两个价格", "价签未及时更新", "按低价结算并更新价签"),
    ],
    "after_sales": [
        ("退货申请三天没处理", "售后流程缺少提醒", "当天处理退款，加入每日检查"),
    ],
    "other": [("停车不方便", "周边车位少", "与商场合作提供停车券")],
}
CHANNELS = ("phone", "store", "wechat", "wechat", "online", "email")
OWNERS = ("王芳", "李娜", "张伟", "刘洋")


def generate_complaints(n: int, seed: int = 1, days: int = 180) -> int:
    """`n` complaints received over the last `days` days; older ones further along."""
    rng = random.Random(seed)
    real_now, frozen = clock.now(), clock.frozen()
    ids = [
        c.id
        for c in Customer.select(Customer.id)
        .where(Customer.deleted_at.is_null())
        .order_by(Customer.id)  # not an index's order: the same picks whatever the indexes
    ]
    if not ids:
        return 0
    team.adopt(OWNERS)  # the owners it names are on the staff list
    made = 0
    try:
        for i in range(n):
            age = rng.random() ** 1.6 * days  # more complaints lately
            received = (real_now - dt.timedelta(days=age, minutes=rng.randint(0, 600))).replace(
                second=0, microsecond=0
            )
            category = rng.choice(list(PROBLEMS))
            description, cause, fix = rng.choice(PROBLEMS[category])
            severity = rng.choices(("normal", "serious", "urgent"), (70, 24, 6))[0]
            clock.set_now(received)
            cid = complaints.create(
                rng.choice(ids), category=category, description=description,
                severity=severity, channel=rng.choice(CHANNELS), owner=rng.choice(OWNERS),
            )  # fmt: skip
            made += 1
            when = received
            # How far it got: most old ones are closed, the newest still open.
            stage = 4 if age > 10 else 3 if age > 2.5 else rng.choice((0, 1, 2, 2, 3))
            if rng.random() < 0.015:
                stage = min(stage, 2)  # a few forgotten ones
            gaps = {"respond": (0.3, 3), "start": (0.5, 6), "resolve": (3, 70), "visit": (30, 96)}
            for action in ("respond", "start", "resolve", "visit")[:stage]:
                when += dt.timedelta(hours=rng.uniform(*gaps[action]))
                if when >= real_now:
                    break
                clock.set_now(when)
                options = {
                    "resolve": {"root_cause": cause, "solution": fix},
                    "visit": {"satisfaction": rng.choices((5, 4, 3, 2, 1), (45, 30, 13, 8, 4))[0]},
                }.get(action, {})
                complaints.step(cid, action, **options)
            if i % 15 == 0 and stage >= 3:
                clock.set_now(real_now)
                if not faq.search(description):
                    faq.from_complaint(cid)
    finally:
        clock.set_now(frozen)
    return made
