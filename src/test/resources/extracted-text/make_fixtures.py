#!/usr/bin/python3
"""Writes the Word files of the extracted-text fixtures: IGF workshop reports laid out as the
IGF template (a two-column table, label left, answer right), once with TOP-aligned label cells
and once with vertically CENTRED ones. LibreOffice then makes a PDF of each and pdftotext the
texts (see README.md). Needs Debian's python3-docx: run with /usr/bin/python3."""
from docx import Document
from docx.enum.table import WD_ALIGN_VERTICAL
from docx.shared import Cm

L2015 = {
    "session_title": "Session title", "date": "Date", "time": "Time", "organizer": "Workshop Organiser",
    "moderator": "Chairperson/Moderator", "rapporteur": "Rapporteur/Note Taker",
    "speakers": "List of Speakers and their institutional affiliations",
    "key_issues": "Key Issues raised (1 sentence per issue)",
    "presentations": "If there are Presentations during the workshop session, please provide a 1-paragraph summary for each Presentation",
    "discussions": "Please describe the Discussions that took place during the workshop session: (3 paragraphs)",
    "way_forward": "Please describe any Participant suggestions regarding the way forward/ potential next steps /key takeaways: (3 paragraphs)",
}
L2016 = dict(L2015, session_title="Session Title", organizer="Session Organizer", moderator="Chair/Moderator",
             rapporteur="Rapporteur/Notetaker",
             presentations="If there were presentations during the session, please provide a 1-paragraph summary for each Presentation",
             discussions="Please describe the Discussions that took place during the workshop session (3 paragraphs)",
             way_forward="Please describe any Participant suggestions regarding the way forward/ potential next steps /key takeaways (3 paragraphs)")
L2017 = dict(L2016,
             presentations="If there were presentations during the session, please provide a 1-paragraph summary for each presentation")
ORDER = ["session_title", "date", "time", "organizer", "moderator", "rapporteur", "speakers", "key_issues",
         "presentations", "discussions", "way_forward"]

D1 = ("Participants discussed how community networks bring affordable access to villages that commercial"
      " operators do not serve. Speakers from three regions described their networks.")
D2 = ("The second part of the session turned to spectrum. Several speakers asked regulators to open unused"
      " frequencies.")
D3 = ("Finally, the panel considered how community networks can be financed once the first grants end."
      " Local ownership helps.")
D4 = "A last round of questions from remote participants asked about training for local technicians."
W1 = "Participants suggested that the IGF collect good practices on community networks."
W2 = "Speakers proposed that regulators publish simple licensing rules for small operators."
W3 = "It was agreed to continue the discussion at the next IGF."

BASE = {
    "session_title": ["Community networks: connecting the next billion from the bottom up"],
    "date": ["8 December 2016"],
    "time": ["11:00 - 12:30"],
    "organizer": ["Association for Progressive Communications"],
    "moderator": ["Carlos Rey, Internet Society"],
    "rapporteur": ["Mariam Osei, University of Ghana"],
    "speakers": ["Prof. Ingrid Solberg, University of Oslo", "Ravi Menon, Digital Empowerment Foundation",
                 "Ana Lima, Ministry of Communications", "Peter Okello, Kenya ICT Action Network"],
    "key_issues": ["Networks serve people markets miss.",
                   "Regulators should open more spectrum.",
                   "Local ownership keeps networks going."],
    "presentations": ["There were no presentations."],
    "discussions": [D1, "", D2, "", D3],
    "way_forward": [W1, "", W2, "", W3],
}

SOURCES = {
    # name: (labels, answers, heading)
    "r2017-compliant": (L2017, BASE, "IGF 2017 Reporting Template"),
    "r2016-defective": (L2016, dict(BASE, rapporteur=[""], speakers=BASE["speakers"][:2] + ["Laura Chen"],
                                    key_issues=BASE["key_issues"][:2] + [
                                        "Financing matters. Grants end too early."],
                                    discussions=[D1, "", D2, "", D3, "", D4], way_forward=[W1]),
                        "IGF 2016 Workshop Report Template"),
    "r2015-compliant": (L2015, dict(BASE, date=["10 November 2015"]), "Reporting Template for IGF Workshop Sessions"),
}


def make(name, labels, answers, heading, centred):
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    doc.add_paragraph(heading)
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    table.autofit = False
    table.columns[0].width, table.columns[1].width = Cm(4.5), Cm(11.5)
    for sid in ORDER:
        row = table.add_row()
        lc, ac = row.cells
        lc.width, ac.width = Cm(4.5), Cm(11.5)
        lc.paragraphs[0].text = labels[sid]
        if centred:
            lc.vertical_alignment = WD_ALIGN_VERTICAL.CENTER
        paras = answers[sid]
        ac.paragraphs[0].text = paras[0]
        for p in paras[1:]:
            ac.add_paragraph(p)
    doc.save(f"{name}-{'centred' if centred else 'top'}.docx")


if __name__ == "__main__":
    for name, (labels, answers, heading) in SOURCES.items():
        for centred in (False, True):
            make(name, labels, answers, heading, centred)
