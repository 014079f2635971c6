"""guanjia team and guanjia leads as other tools use them: real processes, real files,
--json, exit codes, one line on stderr and nothing written for bad input."""

from __future__ import annotations

import json

from tests.test_cli import guanjia, lines

NOW = {"GUANJIA_NOW": "2026-11-16T10:00"}
LATER = {"GUANJIA_NOW": "2026-11-23T09:00"}
EVE = {"GUANJIA_NOW": "2026-11-22T09:00"}


def run(*args, db, env=None):
    return guanjia(*args, db=db, env={**NOW, **(env or {})})


def refused(r, *words):
    assert r.returncode == 1, r.stdout + r.stderr
    assert r.stderr.count("\n") == 1 and "Traceback" not in r.stderr
    assert all(w in r.stderr for w in words), r.stderr
    return r


def test_team_and_staff_name(tmp_path):
    db = tmp_path / "g.db"
    assert run("staff", "前台小王", db=db).stdout.strip() == "前台小王"  # starts the list
    refused(run("staff", "路人甲", db=db), "guanjia team add 路人甲")
    assert run("staff", db=db).stdout.strip() == "前台小王"
    r = run("team", "add", "王芳", "--role", "销售", "--json", db=db)
    assert json.loads(r.stdout) == {"id": 2, "name": "王芳", "role": "销售", "active": True}
    refused(run("team", "add", "王芳", db=db), "already")
    refused(run("team", "add", "  ", db=db))
    assert run("customers", "add", "--name", "张三", "--owner", "王芳", "--stage", "lead",
               db=db).returncode == 0  # fmt: skip
    refused(run("customers", "add", "--name", "李四", "--owner", "路人甲", db=db), "staff list")
    assert run("team", "deactivate", "王芳", db=db).returncode == 0
    refused(run("customers", "add", "--name", "李四", "--owner", "王芳", db=db), "no longer active")
    refused(run("followups", "add", "--customer", "1", "--due", "2026-11-20", "--owner", "王芳",
                db=db), "no longer active")  # fmt: skip
    rows = lines(run("team", "list", "--json", db=db))
    assert rows == [
        {"id": 1, "name": "前台小王", "role": "", "active": True, "customers": 0, "leads": 0},
        {"id": 2, "name": "王芳", "role": "销售", "active": False, "customers": 1, "leads": 1},
    ]
    r = run("team", "rename", "王芳", "王芳芳", "--json", db=db)
    assert json.loads(r.stdout) == {"old": "王芳", "new": "王芳芳", "changed": 1}
    refused(run("team", "rename", "没有", "x", db=db))
    assert lines(run("customers", "--json", db=db))[0]["owner"] == "王芳芳"
    assert len(lines(run("customers", "--json", db=db))) == 1  # the refused adds wrote nothing


def test_leads_assign_list_reclaim(tmp_path):
    db = tmp_path / "g.db"
    for name in ("王芳", "李雷"):
        assert run("team", "add", name, db=db).returncode == 0
    for i in range(5):
        city = "杭州" if i < 2 else "上海"
        assert run("customers", "add", "--name", f"线索{i}", "--stage", "lead", "--city", city,
                   db=db).returncode == 0  # fmt: skip
    assert run("leads", "rules", "add", "轮流", "--kind", "round_robin", "--staff", "王芳",
               "--staff", "李雷", db=db).returncode == 0  # fmt: skip
    assert run("leads", "rules", "add", "杭州", "--kind", "region", "--map", "杭州=李雷",
               db=db).returncode == 0  # fmt: skip
    rules = lines(run("leads", "rules", "list", "--json", db=db))
    assert [(r["name"], r["kind"]) for r in rules] == [("轮流", "round_robin"), ("杭州", "region")]
    dry = json.loads(run("leads", "assign", "--rule", "杭州", "--dry-run", "--json", db=db).stdout)
    assert dry["assigned"] == 2 and dry["left_in_pool"] == 3 and dry["dry_run"] is True
    assert len(lines(run("leads", "list", "--pool", "--json", db=db))) == 5
    r = json.loads(run("leads", "assign", "--rule", "杭州", "--json", db=db).stdout)
    assert r["by_staff"] == {"李雷": 2}
    r = json.loads(run("leads", "assign", "--rule", "轮流", "--json", db=db).stdout)
    assert r["by_staff"] == {"王芳": 2, "李雷": 1}
    mine = lines(run("leads", "list", "--owner", "王芳", "--json", db=db))
    assert [m["id"] for m in mine] == [3, 5]
    assert set(mine[0]) == {"id", "name", "owner", "assigned_at", "last_contact_at", "source",
                            "city"}  # fmt: skip
    assert mine[0]["assigned_at"] == "2026-11-16T10:00:00"
    assert run("interactions", "add", "--customer", "3", "--channel", "电话", "--summary", "聊过",
               "--at", "2026-11-17T10:00", db=db, env={"GUANJIA_NOW": "2026-11-17T11:00"}
               ).returncode == 0  # fmt: skip
    eve = json.loads(run("leads", "reclaim", "--dry-run", "--json", db=db, env=EVE).stdout)
    assert eve["reclaimed"] == 0 and [t["id"] for t in eve["tomorrow"]] == [1, 2, 4, 5]
    dry = json.loads(run("leads", "reclaim", "--dry-run", "--json", db=db, env=LATER).stdout)
    assert [x["id"] for x in dry["leads"]] == [1, 2, 4, 5]
    assert len(lines(run("leads", "list", "--pool", "--json", db=db))) == 0
    done = json.loads(run("leads", "reclaim", "--json", db=db, env=LATER).stdout)
    assert done["reclaimed"] == 4
    assert [x["id"] for x in lines(run("leads", "list", "--pool", "--json", db=db))] == [1, 2, 4, 5]
    r = json.loads(run("leads", "assign", "--to", "王芳", "1", "2", "--json", db=db).stdout)
    assert r["assigned"] == 2 and r["rule"] is None
    assert run("leads", "unassign", "1", db=db).returncode == 0
    assert json.loads(run("leads", "settings", "--reclaim-days", "3", "--json", db=db).stdout) == {
        "reclaim_days": 3
    }
    actions = [e["action"] for e in lines(run("audit", "--json", db=db))]
    assert actions.count("assign") == 3 and actions.count("reclaim") == 2


def test_leads_bad_input(tmp_path):
    db = tmp_path / "g.db"
    assert run("team", "add", "王芳", db=db).returncode == 0
    assert run("team", "add", "老张", db=db).returncode == 0
    assert run("team", "deactivate", "老张", db=db).returncode == 0
    assert run("customers", "add", "--name", "线索", "--stage", "lead", db=db).returncode == 0
    assert run("customers", "add", "--name", "老客", "--stage", "active", db=db).returncode == 0
    before = lines(run("audit", "--json", db=db))
    refused(run("leads", "assign", "--rule", "没有", db=db), "没有")
    refused(run("leads", "assign", db=db), "--rule")
    refused(run("leads", "assign", "--to", "老张", "1", db=db), "no longer active")
    refused(run("leads", "assign", "--to", "王芳", "2", db=db), "not a lead")
    refused(run("leads", "assign", "--to", "王芳", "99", db=db))
    refused(run("leads", "assign", "--to", "王芳", db=db))
    refused(run("leads", "list", "--owner", "路人甲", db=db))
    refused(run("leads", "list", "--pool", "--owner", "王芳", db=db))
    refused(run("leads", "list", "--grade", "E", db=db), "A, B, C, D")  # grades always exist now
    refused(run("leads", "rules", "add", "x", "--kind", "region", "--map", "杭州", db=db))
    refused(run("leads", "rules", "add", "x", "--kind", "round_robin", "--staff", "老张", db=db))
    refused(run("leads", "rules", "add", "x", "--kind", "source", "--map", "tv=王芳", db=db))
    refused(run("leads", "rules", "remove", "x", db=db))
    refused(run("leads", "settings", "--reclaim-days", "0", db=db))
    refused(run("leads", "unassign", "2", db=db), "not a lead")
    assert lines(run("audit", "--json", db=db)) == before
    assert lines(run("leads", "list", "--pool", "--json", db=db))[0]["id"] == 1
