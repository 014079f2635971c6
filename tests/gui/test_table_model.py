from PySide6.QtCore import Qt

from models.customers import customer_list
from models.customers.customer_list import CustomerFilter, Sort
from tests.gui.helpers import check_model
from ui.customers.table_model import CustomerTableModel


def test_model_passes_qtmodeltester(qtmodeltester, demo_db):
    model = CustomerTableModel()
    check_model(qtmodeltester, model)  # all 600; stays connected: each change is checked
    model.set_search("张")  # (a smaller list: each check walks every cell)
    assert 0 < model.rowCount() < 600
    model.retranslate()  # headerDataChanged, dataChanged over every row
    model.sort([c.key for c in model.columns].index("city"), Qt.DescendingOrder)
    model.refresh(columns_changed=True)
    model.set_filter(CustomerFilter(search="没有这样的客户"))
    assert model.rowCount() == 0


def test_every_row_matches_the_database_in_any_order(qapp, demo_db):
    model = CustomerTableModel()
    model.PAGE = 50  # many pages over 600 rows
    for sort in (Sort("name"), Sort("mobile", True), Sort("city")):
        model.set_sort(sort)
        expected = [r["id"] for r in customer_list.page(CustomerFilter(), sort, 1000).rows]
        # jump around like a dragged scrollbar: end first, middle, start, then all
        for row in (599, 300, 0, 451):
            assert model.customer_id(row) == expected[row]
        assert [model.customer_id(r) for r in range(600)] == expected
        assert model.customer_id(600) is None
    assert len(model._pages) <= model.MAX_PAGES


def test_header_labels_and_display_values(qapp, demo_db):
    model = CustomerTableModel()
    keys = [c.key for c in model.columns]
    assert model.headerData(keys.index("mobile"), Qt.Horizontal) == "Mobile / phone"
    gender = model.index(0, keys.index("gender")).data()
    assert gender in ("Male", "Female")
    assert model.index(0, keys.index("name")).data()
    assert model.data(model.index(0, keys.index("name")), Qt.DecorationRole) is None
