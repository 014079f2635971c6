"""What scripts/screenshots.py and scripts/layout_check.py share: a throw-away data folder
with a demo database, the sample spreadsheets shops keep, and the application set up the
way the program starts it (fonts, settings), ready for a window."""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def demo_database(customers: int, db: str | None = None, home: str | None = None) -> str:
    """Point the data folder at `home` (a new temporary folder if None) and open `db`, or
    a new demo database there with `customers` made-up customers, their follow-ups and
    contacts, complaints, purchases and a stay-in-touch rule for VIPs. Returns the folder."""
    tmp = home or tempfile.mkdtemp(prefix="guanjia-shots-")
    os.environ["GUANJIA_HOME"] = tmp
    from models.demo import demo
    from models.demo.demo_complaints import generate_complaints
    from models.demo.demo_contacts import generate_contacts
    from models.demo.demo_purchases import generate_purchases
    from models.followups import stay_in_touch
    from models.schema.opening import open_database
    from models.tags import tags

    open_database(db or os.path.join(tmp, "demo.db"))
    if not db:
        demo.generate(customers, seed=7)
        generate_contacts(customers * 2, customers * 2, seed=7)
        generate_complaints(min(300, customers), seed=7)
        generate_purchases(customers * 3, seed=7)
        vip = {t.name: t.id for t in tags.list_tags()}.get("VIP")
        if vip:
            stay_in_touch.set_rule("tag", vip, 30)
    return tmp


def start_application(theme: str = "light"):
    """The QApplication as the program makes it, with its interface font and the theme
    (its style sheet sets paddings and sizes: what fits depends on it); and the settings
    (in the data folder set by demo_database)."""
    from desktop import settings as app_settings
    from desktop.app import choose_font, create_application
    from ui import style

    app = create_application()
    choose_font(app)
    style.apply_theme(theme)
    return app, app_settings.open_settings()


def settle(app, rounds: int = 10, pause: float = 0.05) -> None:
    """Let queued events, layouts and timers run."""
    for _ in range(rounds):
        app.processEvents()
        time.sleep(pause)


def sample_import_file(folder: Path) -> Path:
    """A hand-made customer list as shops keep them: a title row, a note, messy cells."""
    import openpyxl

    path = folder / "客户名单.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["2024 年会员客户名单"])
    sheet.append(["说明：带 * 为必填"])
    sheet.append(["客户编号", "姓名*", "手机号码", "邮箱", "生日", "性别", "标签", "备注"])
    sheet.append(
        ["001", "陈静", 13812345678, "chenjing@qq.com", "1990/5/20", "女", "VIP、回访", ""]
    )
    sheet.append(
        ["002", "刘洋", "+86 139-0000-1234", "", "1985年3月2日", "男", "老客户", "喜欢新品"]
    )
    sheet.append(["003", "王芳", "1.38123E+10", "wangfang@", "3月8日", "女", "", ""])
    sheet.append(["004", "赵磊", "１３７００００１１１１", "", "20240105", "男", "本地", ""])
    sheet.append(["005", "", "13600000000", "", "", "", "", "没有名字"])
    sheet.append(["006", "孙丽", "13812345678", "", "", "女", "", "手机与第 4 行重复"])
    book.save(path)
    return path


def sample_purchase_file(folder: Path) -> Path:
    """A shop's till export: one row per item, orders over several rows, one bad date."""
    import openpyxl

    path = folder / "收银流水.xlsx"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["单号", "消费时间", "会员卡号", "会员姓名", "商品", "数量", "单价", "支付方式"])
    sheet.append(["X1001", "2026-10-01 10:15", "VIP001", "陈静", "洗剪吹", 1, 68, "微信"])
    sheet.append(["X1001", "2026-10-01 10:15", "VIP001", "陈静", "护理套餐", 2, 40, "微信"])
    sheet.append(["X1002", "2026-10-02 15:40", "VIP002", "刘洋", "烫发", 1, 380, "支付宝"])
    sheet.append(["X1003", "10月3日下午", "VIP003", "王芳", "染发", 1, 260, "现金"])
    sheet.append(["X1004", "2026-10-04 11:00", "", "", "洗剪吹", 1, 68, "现金"])
    book.save(path)
    return path
