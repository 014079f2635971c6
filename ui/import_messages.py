"""Sentences in the user's language for an import's codes: the file refusals and row
problems of the customer import, and the follow-up, contact, complaint and community
imports' own (ui.messages.error_message reads them). Their translation context stays
"Labels", where they were written first."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ui.text import fill


def import_messages() -> dict[str, str]:
    """Sentences for the import's file refusals and row problems (models/errors.py codes)."""
    return {
        "file_missing": QCoreApplication.translate(
            "Labels", "The file does not exist (moved or deleted?)."
        ),
        "file_unreadable": QCoreApplication.translate(
            "Labels", "The file cannot be read. Is it open in another program?"
        ),
        "file_empty": QCoreApplication.translate("Labels", "The file is empty."),
        "not_spreadsheet": QCoreApplication.translate(
            "Labels",
            "This is not a spreadsheet. Guanjia imports .xlsx, .xlsm, .xls, .ods, .csv and .txt.",
        ),
        "old_excel": QCoreApplication.translate(
            "Labels",
            "This is a file from Excel 4.0 or older. Open it in Excel or WPS and save it as .xlsx.",
        ),
        "encrypted": QCoreApplication.translate(
            "Labels",
            "The workbook is protected with a password. Open it in Excel or WPS, remove the "
            "password (File > Info > Protect Workbook) and save it again.",
        ),
        "corrupt": QCoreApplication.translate(
            "Labels",
            "The file is damaged and cannot be read. Open it in Excel or WPS and save a copy.",
        ),
        "too_big": QCoreApplication.translate(
            "Labels",
            "The file is too large to import safely (over 300 MB, or it unpacks to over 1 GB).",
        ),
        "xml_bomb": QCoreApplication.translate(
            "Labels",
            "The file contains XML entity definitions, which spreadsheets never need; "
            "it was refused for safety.",
        ),
        "encoding": QCoreApplication.translate(
            "Labels",
            "The file cannot be read with the chosen text encoding. Choose another encoding.",
        ),
        "no_sheets": QCoreApplication.translate("Labels", "The workbook has no visible worksheet."),
        "sheet_missing": QCoreApplication.translate(
            "Labels", "The workbook has no sheet with this name."
        ),
        "sheet_empty": QCoreApplication.translate(
            "Labels", "The sheet is empty: there is nothing to import."
        ),
        "no_data": QCoreApplication.translate(
            "Labels", "The file holds no data: every sheet in it is empty."
        ),
        "word_document": QCoreApplication.translate(
            "Labels",
            "This is a Word document, not a spreadsheet. Copy its table into Excel or WPS "
            "and save it as .xlsx.",
        ),
        "presentation": QCoreApplication.translate(
            "Labels",
            "This is a PowerPoint presentation, not a spreadsheet. Copy its table into Excel "
            "or WPS and save it as .xlsx.",
        ),
        "zip_archive": QCoreApplication.translate(
            "Labels",
            "This is a zip archive of other files, not a workbook. Unpack it and choose the "
            "spreadsheet inside.",
        ),
        "html_page": QCoreApplication.translate(
            "Labels", "This is a web page without a table: there is nothing to import."
        ),
        "text_as_workbook": QCoreApplication.translate(
            "Labels",
            "This file is text (such as CSV) under a workbook's name. Rename it to .csv "
            "and choose it again.",
        ),
        "pdf": QCoreApplication.translate(
            "Labels",
            "This is a PDF document, not a spreadsheet. Export the data from the program "
            "that made it as .xlsx or .csv.",
        ),
        "too_wide": QCoreApplication.translate(
            "Labels",
            "The sheet is too wide (over 500 columns). Delete the unused columns and save again.",
        ),
        "too_long": QCoreApplication.translate(
            "Labels", "The sheet has too many rows (over 1,100,000)."
        ),
        "header_row_invalid": QCoreApplication.translate(
            "Labels", "There is no such row in the sheet."
        ),
        "mapping_invalid": QCoreApplication.translate(
            "Labels", "A column is mapped to an unknown field."
        ),
        "mapping_twice": QCoreApplication.translate(
            "Labels", "Two columns go to the same field. Map each field from one column only."
        ),
        "option_invalid": QCoreApplication.translate(
            "Labels", "An import option has a value it cannot have."
        ),
        "import_has_errors": QCoreApplication.translate(
            "Labels",
            "Some rows have errors, and the import was set to stop on errors. "
            "Nothing was imported.",
        ),
        "import_undone": QCoreApplication.translate(
            "Labels", "This import has already been undone."
        ),
        "import_not_found": QCoreApplication.translate("Labels", "This import no longer exists."),
        "conflict": QCoreApplication.translate(
            "Labels",
            "This row matches two different customers (by number, mobile or email). "
            "Fix the row or turn one of the matching keys off.",
        ),
        "in_bin": QCoreApplication.translate(
            "Labels",
            "This row matches a customer in the recycle bin. Restore that customer first.",
        ),
        "id_rounded": QCoreApplication.translate(
            "Labels",
            "Excel shortened this number (it keeps 15 digits). Format the column as text "
            "in Excel and type the number again.",
        ),
        "phone_rounded": QCoreApplication.translate(
            "Labels",
            "Excel shortened this phone number to 1.38E+10 form and lost digits. Format the "
            "column as text in Excel and type the number again.",
        ),
        "gender_invalid": QCoreApplication.translate(
            "Labels", "Write the gender as 男 or 女 (male or female)."
        ),
        "source_invalid": QCoreApplication.translate(
            "Labels", "This source channel is not one of the listed ones."
        ),
        "stage_invalid": QCoreApplication.translate(
            "Labels", "This lifecycle stage is not one of the listed ones."
        ),
        "export_suffix": QCoreApplication.translate(
            "Labels", "Export to a file ending in .xlsx or .csv."
        ),
        **record_import_messages(),
    }


def record_import_messages() -> dict[str, str]:
    """Sentences for the follow-up, contact and complaint imports' codes."""
    return {
        "customer_key_unmapped": QCoreApplication.translate(
            "Labels", "Choose a customer number, mobile or email column."
        ),
        "due_unmapped": QCoreApplication.translate("Labels", "Choose the due date column."),
        "time_unmapped": QCoreApplication.translate(
            "Labels", "Choose the column of when each contact happened."
        ),
        "received_unmapped": QCoreApplication.translate(
            "Labels", "Choose the column of when each complaint came in."
        ),
        "description_unmapped": QCoreApplication.translate(
            "Labels", "Choose the column that describes each complaint."
        ),
        "done_future": QCoreApplication.translate(
            "Labels", "A follow-up cannot be done in the future."
        ),
        "time_future_any": QCoreApplication.translate("Labels", "This time is in the future."),
        "dates_order": QCoreApplication.translate(
            "Labels",
            "This time is earlier than the step before it (received, responded, resolved, "
            "return visit come in this order).",
        ),
        "dates_status": QCoreApplication.translate(
            "Labels", "A complaint with this status cannot have this time yet."
        ),
    }


def community_import_messages(params: dict) -> dict[str, str]:
    """Sentences for the community imports' codes (models/excel/community_*_import.py)."""
    return {
        "community_not_found": QCoreApplication.translate(
            "Labels", "This community does not exist."
        ),
        "community_archived": fill(
            QCoreApplication.translate(
                "Labels", "The community “%1” is archived: restore it before importing into it."
            ),
            params.get("name", ""),
        ),
        "member_unmapped": QCoreApplication.translate(
            "Labels", "Choose a nickname, WeChat ID or mobile column."
        ),
        "member_unnamed": QCoreApplication.translate(
            "Labels", "This row names no member (no nickname, WeChat ID or mobile)."
        ),
        "name_ambiguous": fill(
            QCoreApplication.translate(
                "Labels", "%1 customers are named “%2”: choose one, or skip the row."
            ),
            len(params.get("candidates", ())),
            params.get("name", ""),
        ),
        "joined_future": QCoreApplication.translate("Labels", "The join date is in the future."),
        "member_type_invalid": QCoreApplication.translate(
            "Labels", "The member type is neither 企业成员 nor 外部联系人."
        ),
        "not_ambiguous": QCoreApplication.translate("Labels", "This row needs no choice."),
        "over_capacity": fill(
            QCoreApplication.translate(
                "Labels",
                "“%1” holds %2 members: it has %3 and the file adds %4, so %5 would not fit. "
                "Nothing was imported: put them in the next group, or allow it.",
            ),
            params.get("name", ""),
            params.get("capacity", ""),
            params.get("members", ""),
            params.get("joining", ""),
            params.get("overflow", ""),
        ),  # fmt: skip
        "overflow_invalid": QCoreApplication.translate(
            "Labels", "Past the capacity: next-group, refuse or allow."
        ),
        "not_a_candidate": QCoreApplication.translate(
            "Labels", "This customer is not one of the row's candidates."
        ),
        "day_unmapped": QCoreApplication.translate("Labels", "Choose the date column."),
        "figures_unmapped": QCoreApplication.translate(
            "Labels",
            "Choose at least one figure column (members, joined, left, speakers, messages).",
        ),  # fmt: skip
        "day_future": QCoreApplication.translate("Labels", "This date is in the future."),
        "day_conflict": fill(
            QCoreApplication.translate(
                "Labels", "%1 is recorded with other figures: the recorded ones are kept."
            ),
            params.get("day", ""),
        ),
        "count_invalid": QCoreApplication.translate(
            "Labels", "This is not a count (a whole number, 0 or more)."
        ),
    }
