#!/usr/bin/python3
"""Writes the Word files of the PDF-table fixtures with python-docx; LibreOffice then saves each
as PDF (run from this folder, with Debian's /usr/bin/python3 and python3-docx):

    /usr/bin/python3 make_fixtures.py
    soffice --headless --convert-to pdf *.docx

Each layout is written for both reports of reports.json (the contents of examples/office's
compliant.txt and defective.txt, as `igf-report extract` reads them): the IGF 2017 template as a
two-column table, label left, answer right, one paragraph per item, a "Gender Reporting" row
merged across both columns. Tests never run python-docx or LibreOffice; they read the committed
.docx and .pdf files.

    centred   label cells vertically centred (Word's "Center"), table borders ("Table Grid")
    top       label cells top-aligned
    bottom    label cells bottom-aligned
    long      centred labels in 15 pt text: rows run over page breaks, and the first row (the
              template's title, merged across both columns) is a header row repeated on every
              page (w:tblHeader)
    midpage   a full-width paragraph of several lines above the table: the table starts mid-page
    borderless the same table without any border (the column-geometry fallback)
"""
import json

from docx import Document
from docx.enum.table import WD_ALIGN_VERTICAL
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Inches

LABELS = [
    ("session_title", "Session Title"), ("date", "Date"), ("time", "Time"),
    ("organizer", "Session Organizer"), ("moderator", "Chair/Moderator"),
    ("rapporteur", "Rapporteur/Notetaker"),
    ("speakers", "List of Speakers and their institutional affiliations"),
    ("key_issues", "Key Issues raised (1 sentence per issue)"),
    ("presentations", "If there were presentations during the session, please provide a 1-paragraph summary for each presentation"),
    ("discussions", "Please describe the Discussions that took place during the workshop session (3 paragraphs)"),
    ("way_forward", "Please describe any Participant suggestions regarding the way forward/ potential next steps /key takeaways (3 paragraphs)"),
    (None, "Gender Reporting"),
    ("gender_participants", "Estimate the overall number of the participants present at the session"),
    ("gender_women", "Estimate the overall number of women present at the session"),
    ("gender_extent", "To what extent did the session discuss gender equality and/or women's empowerment?"),
    ("gender_summary", "If the session addressed issues related to gender equality and/or women's empowerment, please provide a brief summary of the discussion"),
]

ALIGN = {"top": WD_ALIGN_VERTICAL.TOP, "bottom": WD_ALIGN_VERTICAL.BOTTOM}

INTRO = ("This report was written by the rapporteur of the session on behalf of the organisers and "
         "sent to the IGF Secretariat within two weeks of the session, as the reporting guidelines "
         "ask. It follows the IGF 2017 reporting template; the table below gives one answer per field.")


def fill(cell, paragraphs):
    cell.text = ""
    first = True
    for p in paragraphs:
        if first:
            cell.paragraphs[0].text = p
            first = False
        else:
            cell.add_paragraph(p)


def header_row(row):
    tr_pr = row._tr.get_or_add_trPr()
    h = OxmlElement("w:tblHeader")
    tr_pr.append(h)


def make(layout, kind, report):
    doc = Document()
    if layout == "long":
        doc.styles["Normal"].font.size = Pt(15)
    doc.add_paragraph("IGF 2017 Reporting Template")
    if layout == "midpage":
        doc.add_paragraph(INTRO)
    table = doc.add_table(rows=0, cols=2)
    if layout != "borderless":
        table.style = "Table Grid"
    if layout == "long":
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[1])
        merged.text = "IGF 2017 Workshop Report"
        header_row(row)
    for sid, label in LABELS:
        row = table.add_row()
        if sid is None:
            merged = row.cells[0].merge(row.cells[1])
            merged.text = label
            continue
        if sid not in report:
            table._tbl.remove(row._tr)  # the defective report has no Rapporteur row at all
            continue
        value = report[sid]
        paras = [] if value is None else (value if isinstance(value, list) else [value])
        row.cells[0].text = label
        fill(row.cells[1], paras)
        row.cells[0].vertical_alignment = ALIGN.get(layout, WD_ALIGN_VERTICAL.CENTER)
    for row in table.rows:
        if len(set(id(c._tc) for c in row.cells)) == 2:
            row.cells[0].width = Inches(2.2)
            row.cells[1].width = Inches(4.3)
    doc.save(f"{layout}-{kind}.docx")


if __name__ == "__main__":
    with open("reports.json", encoding="utf-8") as f:
        reports = json.load(f)
    for layout in ("centred", "top", "bottom", "long", "midpage", "borderless"):
        for kind, report in reports.items():
            make(layout, kind, report)
