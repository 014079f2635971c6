"""Finding members fast (the 会员 page's list and the counter): by card number (exact, or
its beginning), and by mobile, name or pinyin initials through the customer search
index; a page of the list with card, level, points, balance and count cards; the
counter's view of one member (with today's birthday). Mobiles are shown as the
business chooses (masked or not)."""

from __future__ import annotations

from peewee import fn

from models import clock
from models.customers import search_index
from models.customers.record import Customer
from models.followups.care import next_birthday
from models.membership import cards, lots
from models.membership.tables import CountCard, Member, MemberCard, MemberLevel
from models.privacy.masking import mask_mobile, mobiles_masked

PAGE = 200
LIKE_COLUMNS = (Customer.name, Customer.mobile, Customer.wechat)


def _card_like(text: str) -> str:
    no = "".join(text.split()).upper()
    return no if no and len(no) <= cards.CARD_MAX and all(
        ch.isalnum() or ch in "-_" for ch in no) else ""  # fmt: skip


CHUNK = 2000  # search index matches read at a time (at most), newest first
CARD_MATCHES = 1000  # card numbers beginning with the text, at most


def _card_ids(text: str, limit: int = CARD_MATCHES) -> list[int]:
    """Members whose card number begins with the text (the exact one first)."""
    no = _card_like(text)
    if not no:
        return []
    found = (MemberCard.select(MemberCard.customer_id)
             .where((MemberCard.card_no >= no) & (MemberCard.card_no < no + "\uffff"))
             .order_by(MemberCard.card_no).limit(limit).tuples())  # fmt: skip
    return list(dict.fromkeys(cid for (cid,) in found))


def _live_members(ids: list[int]) -> set[int]:
    if not ids:
        return set()
    return {cid for (cid,) in Member.select(Member.customer_id)
            .join(Customer, on=(Customer.id == Member.customer_id))
            .where(Member.customer_id.in_(ids) & _live()).tuples()}  # fmt: skip


def _word_ids(text: str, want: int, exclude: set[int]) -> list[int]:
    """Up to `want` live members matching by the search index (mobile, name, pinyin
    initials...), newest customers first, read in chunks by keyset."""
    out: list[int] = []
    before = None
    size = 2 * want + 10  # most matches are members: a small first read, then more
    while len(out) < want:
        chunk = search_index.matching_ids(text, size, before)
        if chunk is None:  # no search index (another backend): LIKE over the members
            cond = search_index.matching_condition(text, Member.customer_id, LIKE_COLUMNS)
            if cond is None:
                return []
            query = (Member.select(Member.customer_id)
                     .join(Customer, on=(Customer.id == Member.customer_id))
                     .where(cond & _live()).order_by(Member.customer_id.desc())
                     .limit(want + len(exclude)).tuples())  # fmt: skip
            return [cid for (cid,) in query if cid not in exclude][:want]
        if not chunk:
            break
        members = _live_members(chunk)
        out += [cid for cid in chunk if cid in members and cid not in exclude]
        before = chunk[-1]
        if len(chunk) < size:
            break
        size = min(size * 2, CHUNK)
    return out[:want]


def matching(text: str, limit: int, offset: int = 0) -> list[int]:
    """The ids of members matching `text`: by card number first (the exact one
    first), then by the search index, newest first."""
    want = offset + limit
    card_ids = _card_ids(text, want)
    live = _live_members(card_ids)
    by_card = [cid for cid in card_ids if cid in live]
    words = _word_ids(text, want - len(by_card), set(by_card)) if len(by_card) < want else []
    return (by_card + words)[offset:want]


def _live():
    return Customer.deleted_at.is_null()


def count(text: str = "") -> int:
    """How many live members the search finds (all of them without one)."""
    text = (text or "").strip()
    if not text:
        gone = (Member.select(fn.COUNT(Member.id))
                .where(Member.customer_id.in_(Customer.select(Customer.id)
                                              .where(Customer.deleted_at.is_null(False))))
                .scalar())  # fmt: skip
        return Member.select().count() - (gone or 0)
    by_card = _live_members(_card_ids(text))
    cond = search_index.matching_condition(text, Member.customer_id, LIKE_COLUMNS)
    if cond is None:
        return len(by_card)
    query = (Member.select(Member.customer_id)
             .join(Customer, on=(Customer.id == Member.customer_id)).where(cond & _live()))  # fmt: skip
    words = query.count()
    both = query.where(Member.customer_id.in_(list(by_card))).count() if by_card else 0
    return words + len(by_card) - both


def page(text: str = "", limit: int = PAGE, offset: int = 0) -> list[dict]:
    """Members matching `text` (newest first; card numbers first), as the list shows them."""
    if (text or "").strip():
        return rows(matching(text.strip(), limit, offset))
    query = (Member.select(Member.customer_id)
             .join(Customer, on=(Customer.id == Member.customer_id)).where(_live())
             .order_by(Member.id.desc()).limit(limit).offset(offset).tuples())  # fmt: skip
    return rows([cid for (cid,) in query])


def exact_card(text: str) -> int | None:
    """The member holding this exact card number (any status), or None."""
    return cards.find_customer_by_card(text) if _card_like(text) else None


def find(text: str, limit: int = 20) -> list[dict]:
    """The counter's matches: an exact card number first, then the rest."""
    return page(text, limit) if (text or "").strip() else []


def rows(customer_ids: list[int]) -> list[dict]:
    """The list's rows of these members, in this order (a few queries for the lot)."""
    if not customer_ids:
        return []
    members = {
        m.customer_id: m for m in Member.select().where(Member.customer_id.in_(customer_ids))
    }
    people = {c.id: c for c in Customer.select(Customer.id, Customer.name, Customer.mobile,
                                               Customer.birthday, Customer.birthday_lunar,
                                               Customer.birthday_leap)
              .where(Customer.id.in_(customer_ids))}  # fmt: skip
    own: dict[int, list] = {}
    for card in (MemberCard.select().where(MemberCard.customer_id.in_(customer_ids))
                 .order_by(MemberCard.id)):  # fmt: skip
        own.setdefault(card.customer_id, []).append(card)
    visits = dict(CountCard.select(CountCard.customer_id, fn.SUM(CountCard.visits_left))
                  .where(CountCard.customer_id.in_(customer_ids) & (CountCard.status == "active"))
                  .group_by(CountCard.customer_id).tuples())  # fmt: skip
    level_ids = {m.level_id for m in members.values() if m.level_id}
    levels = {lv.id: lv.name for lv in MemberLevel.select().where(MemberLevel.id.in_(level_ids))}
    masked = mobiles_masked()
    today = clock.today()
    out = []
    for cid in customer_ids:
        member, person = members.get(cid), people.get(cid)
        if member is None:
            continue
        mine = own.get(cid, [])
        in_use = [c for c in mine if cards.status_of(c, today) == "active"]
        shown = in_use[-1] if in_use else (mine[-1] if mine else None)
        mobile = person.mobile if person else ""
        birthday = False
        if person and person.birthday:
            birthday = next_birthday(person.birthday, person.birthday_lunar,
                                     person.birthday_leap, today) == today  # fmt: skip
        out.append({
            "customer_id": cid, "name": person.name if person else "",
            "mobile": mask_mobile(mobile) if masked and mobile else mobile,
            "card": shown.card_no if shown else "",
            "status": cards.status_of(shown, today) if shown else "",
            "level": levels.get(member.level_id, ""), "points": member.points,
            "principal_fen": sum(c.principal_fen for c in mine),
            "bonus_fen": sum(c.bonus_fen for c in mine),
            "balance_fen": sum(c.principal_fen + c.bonus_fen for c in mine),
            "visits_left": int(visits.get(cid) or 0), "birthday_today": birthday,
            "cards": [c.card_no for c in mine],
        })  # fmt: skip
    return out


def counter_view(customer_id: int) -> dict:
    """One member at the counter: the list's row with the points that can be spent now
    and the count cards in use."""
    row = rows([int(customer_id)])
    if not row:
        cards.member_of(customer_id)  # refused: not a member
    view = row[0]
    view["points_available"] = lots.lots_of(int(customer_id)).available(clock.today())
    view["count_cards"] = [
        {"service": c.service, "visits_left": c.visits_left, "expires_on": c.expires_on}
        for c in CountCard.select().where((CountCard.customer_id == customer_id)
                                          & (CountCard.status == "active")).order_by(CountCard.id)
    ]  # fmt: skip
    return view


__all__ = ["count", "counter_view", "customers_for", "exact_card", "find", "page", "rows"]


def customers_for(text: str, limit: int = 20) -> list[dict]:
    """Live customers matching `text` (to enrol one): id, name, mobile as shown, and
    whether they are a member already."""
    cond = search_index.matching_condition(text, Customer.id, LIKE_COLUMNS)
    if cond is None:
        return []
    found = list(Customer.select(Customer.id, Customer.name, Customer.mobile)
                 .where(_live() & cond).order_by(Customer.id.desc()).limit(limit))  # fmt: skip
    members = {m.customer_id for m in Member.select(Member.customer_id)
               .where(Member.customer_id.in_([c.id for c in found]))}  # fmt: skip
    masked = mobiles_masked()
    return [{"customer_id": c.id, "name": c.name,
             "mobile": mask_mobile(c.mobile) if masked and c.mobile else c.mobile,
             "member": c.id in members} for c in found]  # fmt: skip
