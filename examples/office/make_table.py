#!/usr/bin/env python3
"""Writes table-compliant.html and table-defective.html: the texts laid out as the IGF Word
template (a two-column table, label left, answer right, one paragraph per item), for LibreOffice
to save as .docx and .pdf:

    python3 make_table.py
    for f in table-compliant table-defective; do
      soffice --headless --convert-to docx:"MS Word 2007 XML" $f.html   # the Word file
      soffice --headless --convert-to pdf $f.docx                       # that Word file saved as PDF
    done

The section contents come from `igf-report extract` of compliant.txt and defective.txt, the
labels from the igf-2017-workshop template. Only the tests' inputs are made here; the tests
read the committed .docx and .pdf files.
"""
import html, json, subprocess, sys

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


def extract(txt):
    out = subprocess.run(["java", "-jar", "../../target/igf-report.jar", "extract", "--format", "json", txt],
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def page(report):
    rows = []
    for sid, label in LABELS:
        if sid is None:
            rows.append(f'<tr><td colspan="2"><b>{html.escape(label)}</b></td></tr>')
            continue
        if sid not in report:
            continue  # the defective report has no Rapporteur row at all
        value = report[sid]
        paras = [] if value is None else (value if isinstance(value, list) else [value])
        cell = "".join(f"<p>{html.escape(p)}</p>" for p in paras) or "<p></p>"
        rows.append(f"<tr><td valign=\"top\" width=\"35%\"><p>{html.escape(label)}</p></td><td valign=\"top\" width=\"65%\">{cell}</td></tr>")
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>IGF 2017 Reporting Template</title></head><body>"
            "<p><b>IGF 2017 Reporting Template</b></p>"
            "<table border=\"1\" cellpadding=\"4\" style=\"width:100%;border-collapse:collapse\">"
            "<col width=\"35%\"><col width=\"65%\">" + "".join(rows) + "</table></body></html>\n")


if __name__ == "__main__":
    for name in ("compliant", "defective"):
        with open(f"table-{name}.html", "w", encoding="utf-8") as f:
            f.write(page(extract(f"{name}.txt")))
