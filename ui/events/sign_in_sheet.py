"""The printable sign-in sheet (签到表) of an event: number, name, masked mobile and a
signature column, as a PDF written with Qt (QTextDocument on a QPdfWriter: no print
dialog needed, and QtGui has it everywhere)."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, QMarginsF, QSizeF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter, QTextDocument

from models.values.contact_fields import mask_mobile
from ui import formatting


def sheet_html(event: dict, rows: list[dict]) -> str:
    """The sheet as HTML: the event's title, time and place above a table of the
    signed-up (and waiting) customers with an empty signature cell each."""
    title = html.escape(event["title"])
    when = formatting.datetime_text(event["starts_at"])
    place = html.escape(event.get("place") or "")
    head = "".join(
        f"<th>{html.escape(h)}</th>"
        for h in (
            "#",
            QCoreApplication.translate("Events", "Name"),
            QCoreApplication.translate("Events", "Mobile"),
            QCoreApplication.translate("Events", "Status"),
            QCoreApplication.translate("Events", "Signature"),
        )
    )
    heading = QCoreApplication.translate("Events", "Sign-in sheet")
    body = []
    for i, row in enumerate(rows, 1):
        status = (
            QCoreApplication.translate("Events", "Waiting list")
            if row["status"] == "waiting"
            else ""
        )
        body.append(
            f"<tr><td>{i}</td><td>{html.escape(row['name'])}</td>"
            f"<td>{html.escape(mask_mobile(row.get('mobile') or ''))}</td>"
            f"<td>{status}</td><td width='35%'>&nbsp;</td></tr>"
        )
    return (
        f"<h2>{title} — {html.escape(heading)}</h2>"
        f"<p>{html.escape(when)}&nbsp;&nbsp;{place}</p>"
        "<table border='1' cellspacing='0' cellpadding='8' width='100%'>"
        f"<tr>{head}</tr>{''.join(body)}</table>"
    )


def sheet_rows(rows: list[dict]) -> list[dict]:
    """Who goes on the sheet: the signed-up, the attended and the waiting list."""
    return [r for r in rows if r["status"] in ("signed", "attended", "waiting")]


def write_pdf(path: str, event: dict, rows: list[dict]) -> int:
    """Write the sheet to `path` (A4); returns the number of pages."""
    writer = QPdfWriter(path)
    writer.setTitle(event["title"])
    writer.setCreator("Guanjia")
    writer.setResolution(96)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Millimeter))  # fmt: skip
    doc = QTextDocument()
    doc.setHtml(sheet_html(event, sheet_rows(rows)))
    paint = writer.pageLayout().paintRectPixels(writer.resolution())
    doc.setPageSize(QSizeF(paint.width(), paint.height()))
    doc.print_(writer)
    return doc.pageCount()
