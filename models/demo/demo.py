"""Realistic demo customers at any size (Chinese names, mobiles, companies, cities, tags)."""

from __future__ import annotations

import datetime as dt
import random
import threading
from collections.abc import Callable
from contextlib import nullcontext

from models import clock
from models.customers import search_index
from models.customers.record import BULK_COLUMNS, Customer, bulk_row
from models.leads import scores
from models.storage.bulk import indexes_dropped, insert_rows
from models.storage.db import database
from models.tags.tables import CustomerTag, Tag, TagGroup
from models.tags.tags import other_group, tag_key
from models.team import staff as team
from models.values.search_text import SURNAME_PINYIN, char_syllable, customer_bodies

# Surnames roughly by frequency (the first few cover a third of China), with the
SURNAMES = (
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
    "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
)
SURNAME_WEIGHTS = [max(1, 60 - i) for i in range(len(SURNAMES))]
GIVEN = (
    "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华玉萍红娥玲芬燕彬鹏辉斌宇浩凯健俊帆帅旭宁"
    "欣怡梓涵子轩雨萱浩然一诺佳琪晨阳思远嘉怡若曦文博天佑志强建国海燕春梅晓东丹丹婷婷雪梅丽娟"
)
CITIES = [
    "北京",
    "上海",
    "广州",
    "深圳",
    "杭州",
    "成都",
    "武汉",
    "南京",
    "重庆",
    "西安",
    "苏州",
    "天津",
    "长沙",
    "郑州",
    "东莞",
    "青岛",
    "沈阳",
    "宁波",
    "昆明",
    "合肥",
    "佛山",
    "无锡",
    "厦门",
    "福州",
    "济南",
    "温州",
    "大连",
    "哈尔滨",
    "长春",
    "石家庄",
    "南宁",
    "贵阳",
    "南昌",
    "太原",
    "金华",
    "泉州",
    "常州",
    "徐州",
    "嘉兴",
    "珠海",
]
DISTRICTS = [
    "朝阳区",
    "海淀区",
    "浦东新区",
    "天河区",
    "南山区",
    "西湖区",
    "武侯区",
    "江汉区",
    "鼓楼区",
    "雁塔区",
    "工业园区",
    "高新区",
]
ROADS = [
    "人民路",
    "中山路",
    "解放路",
    "建设路",
    "和平路",
    "文化路",
    "新华路",
    "长江路",
    "黄河路",
    "学府路",
    "滨江大道",
    "科技园路",
]
COMPANY_WORDS = [
    "恒达",
    "华信",
    "新锐",
    "博远",
    "金诚",
    "瑞丰",
    "宏图",
    "天成",
    "嘉禾",
    "鼎盛",
    "启航",
    "云栖",
    "佳美",
    "安泰",
    "永兴",
    "众合",
    "创维",
    "星辰",
]
COMPANY_KINDS = [
    "科技",
    "贸易",
    "文化传媒",
    "餐饮管理",
    "教育咨询",
    "建材",
    "电子商务",
    "物流",
    "医疗器械",
    "美容美发",
    "健身",
    "服装",
]
INDUSTRIES = [
    "零售",
    "餐饮",
    "教育培训",
    "美容美发",
    "健身",
    "制造业",
    "互联网",
    "金融",
    "房地产",
    "医疗健康",
    "物流",
    "批发贸易",
]
JOBS = [
    "总经理",
    "采购经理",
    "店长",
    "销售总监",
    "行政主管",
    "财务",
    "市场经理",
    "老板",
    "设计师",
    "工程师",
    "教师",
    "自由职业",
]
OWNERS = ["李娜", "王强", "张敏", "刘洋", "陈静", "杨帆", "赵磊", "周婷"]
NOTES = (
    "回访满意",
    "需要报价单",
    "老客户介绍",
    "对价格敏感",
    "周末方便联系",
    "已加微信",
    "有团购意向",
    "投诉过物流，已处理",
    "生日送过礼品",
    "希望上门演示",
    "VIP 客户，优先服务",
    "暂无需求，三个月后回访",
)
MOBILE_PREFIXES = [
    "130",
    "131",
    "132",
    "133",
    "134",
    "135",
    "136",
    "137",
    "138",
    "139",
    "150",
    "151",
    "152",
    "153",
    "155",
    "156",
    "157",
    "158",
    "159",
    "166",
    "173",
    "175",
    "176",
    "177",
    "178",
    "180",
    "181",
    "182",
    "183",
    "184",
    "185",
    "186",
    "187",
    "188",
    "189",
    "191",
    "193",
    "195",
    "198",
    "199",
]
EMAIL_DOMAINS = ("qq.com", "163.com", "126.com", "gmail.com", "outlook.com", "sina.com")
SOURCES = ("website", "ads", "content", "event", "referral", "walk_in", "phone", "wechat")
STAGES = ("lead", "new", "active", "active", "active", "dormant", "churned")
DEMO_TAGS = {
    "属性": ["企业客户", "个人客户", "本地", "外地"],
    "预测": ["有复购意向", "可能流失", "潜在大客户"],
    "消费能力": ["高消费", "中等消费", "价格敏感"],
    "信用评估": ["信用良好", "需预付款"],
    "行为": ["常来店", "线上下单", "参加过活动", "转介绍过"],
    "其他": ["VIP", "重点跟进", "回访"],
}
GIVEN_CHARS = [c for c in GIVEN]


def ensure_demo_tags() -> list[int]:
    ids = []
    for group_name, names in DEMO_TAGS.items():
        group = TagGroup.get_or_none(TagGroup.name == group_name) or other_group()
        for pos, name in enumerate(names):
            tag = Tag.get_or_none(Tag.name_key == tag_key(name))
            if tag is None:
                tag = Tag.create(group=group, name=name, name_key=tag_key(name), position=pos)
            ids.append(tag.id)
    return ids


def generate(
    count: int,
    seed: int = 1,
    progress: Callable[[float, str], None] | None = None,
    cancel: threading.Event | None = None,
    batch: int = 20000,
) -> int:
    """Add `count` demo customers in one transaction (all or nothing). Returns how many."""
    rnd = random.Random(seed)
    pinyin = {ch: SURNAME_PINYIN.get(ch) or char_syllable(ch) for ch in SURNAMES + GIVEN}
    now = clock.now()
    three_years = 3 * 365 * 86400
    with database.atomic():
        tag_ids = ensure_demo_tags()
        team.adopt(OWNERS)  # the owners it names are on the staff list
        start = (Customer.select(Customer.id).order_by(Customer.id.desc()).scalar() or 0) + 1
        used_numbers = set()
        big = count >= 50000
        ctx = indexes_dropped(Customer) if big else nullcontext()
        ctx_tags = indexes_dropped(CustomerTag) if big else nullcontext()
        with ctx, ctx_tags:
            done = 0
            while done < count:
                if cancel is not None and cancel.is_set():
                    raise InterruptedError("demo data cancelled")
                n = min(batch, count - done)
                rows, bodies, links = [], [], []
                for i in range(n):
                    cid = start + done + i
                    surname = rnd.choices(SURNAMES, SURNAME_WEIGHTS)[0]
                    given = "".join(rnd.choice(GIVEN_CHARS) for _ in range(rnd.choice((1, 2, 2))))
                    name = surname + given
                    syl = [pinyin[c] for c in name]
                    py = (" ".join(syl), "".join(syl), "".join(s[0] for s in syl))
                    mobile = rnd.choice(MOBILE_PREFIXES) + f"{rnd.randrange(10**8):08d}"
                    while mobile in used_numbers:
                        mobile = rnd.choice(MOBILE_PREFIXES) + f"{rnd.randrange(10**8):08d}"
                    used_numbers.add(mobile)
                    city = rnd.choice(CITIES)
                    company = (
                        city + rnd.choice(COMPANY_WORDS) + rnd.choice(COMPANY_KINDS) + "有限公司"
                        if rnd.random() < 0.6
                        else ""
                    )
                    wechat = f"{py[1]}{rnd.randrange(100, 9999)}" if rnd.random() < 0.5 else ""
                    email = (
                        f"{py[1]}{rnd.randrange(1, 999)}@{rnd.choice(EMAIL_DOMAINS)}"
                        if rnd.random() < 0.4
                        else ""
                    )
                    address = (
                        f"{city}{rnd.choice(DISTRICTS)}{rnd.choice(ROADS)}{rnd.randrange(1, 400)}号"
                        if rnd.random() < 0.5
                        else ""
                    )
                    birthday, lunar = "", False
                    if rnd.random() < 0.6:
                        lunar = rnd.random() < 0.2
                        year = rnd.randrange(1950, 2006)
                        birthday = (
                            f"{year:04d}-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}"
                        )
                    notes = rnd.choice(NOTES) if rnd.random() < 0.2 else ""
                    created = now - dt.timedelta(seconds=rnd.randrange(three_years))
                    updated = min(
                        now, created + dt.timedelta(seconds=rnd.randrange(three_years // 3))
                    )
                    chosen = rnd.sample(tag_ids, rnd.choice((0, 1, 2, 3, 3, 4, 5)))
                    links.extend((cid, tid) for tid in chosen)
                    rows.append(
                        (
                            cid,
                            f"KH{cid:07d}",
                            name,
                            py[0] + " " + name,
                            mobile,
                            wechat,
                            email,
                            company,
                            rnd.choice(JOBS) if company else "",
                            rnd.choice(INDUSTRIES) if rnd.random() < 0.7 else "",
                            city,
                            address,
                            rnd.choice(("male", "female")),
                            birthday,
                            lunar,
                            False,
                            rnd.choice(SOURCES),
                            rnd.choice(OWNERS),
                            rnd.choice(STAGES),
                            notes,
                            created,
                            updated,
                            len(chosen),
                        )
                    )
                    bodies.append(
                        (
                            cid,
                            customer_bodies(
                                name=name,
                                number=f"KH{cid:07d}",
                                mobile=mobile,
                                wechat=wechat,
                                email=email,
                                company=company,
                                notes=notes,
                                pinyin=py,
                            ),
                        )
                    )
                insert_rows(
                    Customer, [getattr(Customer, f) for f in BULK_COLUMNS], map(bulk_row, rows)
                )
                insert_rows(CustomerTag, [CustomerTag.customer, CustomerTag.tag], links)
                search_index.index_rows(bodies, new=True)
                done += n
                if progress:
                    progress(done / count * (0.8 if big else 1.0), f"{done}/{count}")
            if progress and big:
                progress(0.85, "indexes")
        if big:
            search_index.optimize()
        scores.rescore_all(action="")  # the new leads' scores (step 28's marks cleared)
    if progress:
        progress(1.0, "done")
    return count
