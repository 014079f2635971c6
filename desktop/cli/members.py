"""guanjia members (list, show, enroll, card-lost, card-status, card-replace, settings):
member cards and the membership settings (issue 26). Money in JSON as integer fen in
keys ending `_fen`."""

from __future__ import annotations

from desktop.cli.options import DAY, day
from desktop.cli.output import print_json, print_rows

# models/ modules are imported inside the handlers (see desktop/cli/purchases.py).


def register(commands) -> None:
    mem = commands.add_parser("members", help="members and their cards (会员卡)")
    sub = mem.add_subparsers(dest="members_command", metavar="ACTION")
    mem.set_defaults(handler=_list, json=False, limit=None)
    lst = sub.add_parser("list", help="every member: card, status, points, stored value")
    lst.add_argument("--limit", type=int, default=None, metavar="N", help="the first N")
    lst.add_argument("--json", action="store_true", help="one JSON object per line")
    lst.set_defaults(handler=_list)
    show = sub.add_parser("show", help="one member: cards, points, stored value")
    who = show.add_mutually_exclusive_group(required=True)
    who.add_argument("--customer", type=int, metavar="C", help="customer id")
    who.add_argument("--card", metavar="NO", help="a card number (an old one finds them too)")
    show.add_argument("--json", action="store_true", help="one JSON object")
    show.set_defaults(handler=_show)
    enr = sub.add_parser("enroll", help="make a customer a member with a card")
    enr.add_argument("--customer", type=int, required=True, metavar="C", help="customer id")
    enr.add_argument("--card", metavar="NO", help="the card number (default: the next"
                     " number with the business's prefix)")  # fmt: skip
    enr.add_argument("--expires", metavar="DAY", help="the card's expiry; " + DAY)
    enr.add_argument("--json", action="store_true", help="keys customer_id, card, ...")
    enr.set_defaults(handler=_enroll)
    lost = sub.add_parser("card-lost", help="report a card lost (挂失): it cannot pay")
    lost.add_argument("--card", required=True, metavar="NO", help="the card number")
    lost.add_argument("--reason", default="", metavar="R", help="a note")
    lost.add_argument("--json", action="store_true", help="the card as JSON")
    lost.set_defaults(handler=_lost)
    stat = sub.add_parser("card-status", help="set a card 正常 (active) or 停用 (disabled)")
    stat.add_argument("--card", required=True, metavar="NO", help="the card number")
    stat.add_argument("--status", required=True, choices=("active", "lost", "disabled"))
    stat.add_argument("--reason", default="", metavar="R", help="a note")
    stat.add_argument("--json", action="store_true", help="the card as JSON")
    stat.set_defaults(handler=_status)
    rep = sub.add_parser("card-replace", help="补卡: a new card; the balances move to it")
    rep.add_argument("--card", required=True, metavar="NO", help="the card replaced")
    rep.add_argument("--new-card", metavar="NO", help="the new number (default: the next)")
    rep.add_argument("--reason", default="", metavar="R", help="a note")
    rep.add_argument("--json", action="store_true", help="the new card as JSON")
    rep.set_defaults(handler=_replace)
    sets = sub.add_parser("settings", help="show or change the membership settings")
    sets.add_argument("--card-prefix", metavar="P", help="auto-numbered cards' prefix")
    sets.add_argument("--bonus-tiers", metavar="T",
                      help="top-up bonus tiers in yuan, e.g. '1000:100,500:30' (充1000送100);"
                      " '' for none")  # fmt: skip
    sets.add_argument("--bonus-spending", choices=("proportional", "principal_first"))
    sets.add_argument("--points-expiry", choices=("never", "year_end_after", "months"))
    sets.add_argument("--points-expiry-months", type=int, metavar="N")
    sets.add_argument("--points-negative", choices=("yes", "no"),
                      help="may a points balance go below 0 (a refund's reversal)")  # fmt: skip
    sets.add_argument("--dormant-days", type=int, metavar="N")
    sets.add_argument("--points-redeem-rate", metavar="N",
                      help="points as money off: N points make 1 yuan (from 1)")  # fmt: skip
    sets.add_argument("--points-redeem-cap", metavar="PERCENT",
                      help="points pay at most this percent of a sale (0-100; 0: never)")  # fmt: skip
    sets.add_argument("--json", action="store_true", help="the settings as one JSON object")
    sets.set_defaults(handler=_settings)


def _list(args) -> int:
    from models.membership import members

    print_rows(members.listing(args.limit), args.json,
               lambda m: f"{m['customer_id']}\t{m['card']}\t{m['status']}\t{m['name']}\t"
               f"{m['points']}\t{m['balance_fen'] / 100:.2f}")  # fmt: skip
    return 0


def _show(args) -> int:
    from models.errors import NotFoundError
    from models.membership import cards, members

    customer_id = args.customer
    if args.card:
        customer_id = cards.find_customer_by_card(args.card)
        if customer_id is None:
            raise NotFoundError(
                f"no member card {args.card}", code="card_not_found", card=args.card
            )
    obj = members.summary(customer_id)
    if args.json:
        print_json(obj)
    else:
        print(f"{obj['customer_id']}\t{obj['name']}\t{obj['card']}\tpoints {obj['points']}"
              f"\tbalance {obj['balance_fen'] / 100:.2f}")  # fmt: skip
        for card in obj["cards"]:
            print(f"  {card['card']}\t{card['status']}\t{card['balance_fen'] / 100:.2f}")
    return 0


def _card_out(args, card) -> int:
    from models.membership import members

    obj = members.card_json(card)
    print_json(obj) if args.json else print(f"{obj['card']}\t{obj['status']}")
    return 0


def _enroll(args) -> int:
    from models.membership import auto_points, members

    card, earned = auto_points.enroll(args.customer, args.card,
                                      expires_on=day(args.expires, "--expires"))  # fmt: skip
    obj = members.card_json(card)
    obj["points_earned"] = auto_points.points_of(earned)  # 注册, 完善资料
    print_json(obj) if args.json else print(f"{obj['card']}\t{obj['status']}")
    return 0


def _lost(args) -> int:
    from models.membership import cards

    return _card_out(args, cards.report_lost(args.card, args.reason))


def _status(args) -> int:
    from models.membership import cards

    return _card_out(args, cards.set_status(args.card, args.status, args.reason))


def _replace(args) -> int:
    from models.membership import cards

    return _card_out(args, cards.replace(args.card, args.new_card, reason=args.reason))


def _tiers(text: str) -> list[list[int]]:
    from models.errors import ValidationError
    from models.membership import wallet

    tiers = []
    for part in (p for p in text.replace("，", ",").split(",") if p.strip()):
        low, sep, bonus = part.replace("：", ":").partition(":")
        if not sep:
            raise ValidationError("bonus_tiers", "bonus_tier_invalid",
                                  f"'{part}': write top-up:bonus, e.g. 1000:100")  # fmt: skip
        tiers.append([wallet.parse_yuan(low, "bonus_tiers"),
                      wallet.parse_yuan(bonus, "bonus_tiers", allow_zero=True)])  # fmt: skip
    return tiers


def _settings(args) -> int:
    from models.membership import settings

    changes = {}
    if args.card_prefix is not None:
        changes["card_prefix"] = args.card_prefix
    if args.bonus_tiers is not None:
        changes["bonus_tiers"] = _tiers(args.bonus_tiers)
    for key in ("bonus_spending", "points_expiry", "points_expiry_months", "dormant_days"):
        if getattr(args, key) is not None:
            changes[key] = getattr(args, key)
    if args.points_redeem_rate is not None:
        changes["points_redeem_rate"] = args.points_redeem_rate
    if args.points_redeem_cap is not None:
        changes["points_redeem_cap_percent"] = args.points_redeem_cap
    if args.points_negative is not None:
        changes["points_negative_allowed"] = args.points_negative == "yes"
    values = settings.update(changes) if changes else settings.all_settings()
    if args.json:
        print_json(values)
    else:
        for key, value in values.items():
            print(f"{key}\t{value}")
    return 0
