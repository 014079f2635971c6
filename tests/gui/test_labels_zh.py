"""The message tables in ui/labels.py read in Chinese when the language is Chinese."""

import re

import pytest

from ui import labels, messages

CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.mark.parametrize(
    "table", [messages.purchase_messages, messages.import_messages], ids=lambda f: f.__name__
)
def test_message_tables_are_translated(table):
    from desktop import translations

    translations.apply("zh_CN")
    untranslated = {code: text for code, text in table().items() if not CJK.search(text)}
    assert untranslated == {}


def test_purchase_fields_are_translated():
    from desktop import translations
    from models.excel.purchase_import import TARGETS

    translations.apply("zh_CN")
    assert all(CJK.search(labels.field_label(t)) for t in TARGETS)
    assert labels.field_label("order_no") == "单号"
