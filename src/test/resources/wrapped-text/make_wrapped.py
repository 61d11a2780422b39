#!/usr/bin/env python3
"""Writes the Word files of the wrapped-text fixtures: IGF 2017 reports laid out as the template
(a two-column table, label left, answer right, top-aligned cells), with speaker entries that wrap
in the narrow answer column (and, in the -flow files, the same reports without a table, labels
as paragraphs of their own), key issues that run over several lines with and without bullets or
numbers, and three-paragraph discussions where one paragraph ends on a short line and one on a
nearly full line, running over a page break. Then LibreOffice makes the PDF and the text export,
and pdftotext the default and -raw text:

    /usr/bin/python3 make_wrapped.py        # needs python3-docx (Debian package)
    for f in *.docx; do b=${f%.docx}
      soffice --headless --convert-to pdf "$f"
      soffice --headless --convert-to "txt:Text (encoded):UTF8" "$f"; mv "$b.txt" "$b.lo.txt"
      pdftotext "$b.pdf" "$b.pdftotext.txt"
      pdftotext -raw "$b.pdf" "$b.raw.txt"
      pdftotext -layout "$b.pdf" "$b.layout.txt"
    done

(the commands are in make_wrapped.sh). Only the tests' inputs are made here; the tests read the
committed files and never run these tools.
"""
from docx import Document
from docx.shared import Cm, Pt

LABELS = {
    "session_title": "Session Title", "date": "Date", "time": "Time",
    "organizer": "Session Organizer", "moderator": "Chair/Moderator",
    "rapporteur": "Rapporteur/Notetaker",
    "speakers": "List of Speakers and their institutional affiliations",
    "key_issues": "Key Issues raised (1 sentence per issue)",
    "presentations": "If there were presentations during the session, please provide a 1-paragraph summary for each presentation",
    "discussions": "Please describe the Discussions that took place during the workshop session (3 paragraphs)",
    "way_forward": "Please describe any Participant suggestions regarding the way forward/ potential next steps /key takeaways (3 paragraphs)",
    "gender_participants": "Estimate the overall number of the participants present at the session",
    "gender_women": "Estimate the overall number of women present at the session",
    "gender_extent": "To what extent did the session discuss gender equality and/or women's empowerment?",
    "gender_summary": "If the session addressed issues related to gender equality and/or women's empowerment, please provide a brief summary of the discussion",
}
ORDER = ["session_title", "date", "time", "organizer", "moderator", "rapporteur", "speakers", "key_issues",
         "presentations", "discussions", "way_forward", None, "gender_participants", "gender_women",
         "gender_extent", "gender_summary"]

# a paragraph whose last line is short, one whose last line is nearly full (tuned by eye on the PDF)
DISCUSSION = [
    "The session opened with an overview of how community networks connect villages that commercial "
    "operators have left aside, and how spectrum rules and licence fees decide whether such networks can "
    "exist at all. Speakers from three regions compared their experience with regulators over the past "
    "five years. The discussion was lively.",
    "Participants then asked who pays for the backhaul once a grant ends, and whether universal service "
    "funds could be opened to small operators that serve fewer than a thousand households each. Several "
    "speakers said that such funds are rarely spent, and that the rules for applying favour large operators "
    "with legal teams and many staff members in the capital, an advantage that small cooperatives "
    "in remote rural districts rarely ever have.",
    "Finally the panel discussed training: local technicians keep networks running, but they need "
    "recognised certificates and a salary. Remote participants from the Pacific and from the Andes added "
    "examples of schools that became the hub of their network, and asked the IGF to collect such cases in "
    "a public repository so that other communities can learn from them without repeating mistakes.",
]

# the same with every paragraph ending on a short line: the text can tell all paragraph ends
DISCUSSION_SHORT = [DISCUSSION[0], DISCUSSION[1].replace(" in remote rural districts rarely ever have.", " never have."),
                    DISCUSSION[2]]

WAY_FORWARD = [
    "Regulators should publish simple licence-exempt rules for community networks and reduce fees for "
    "operators that serve fewer than a thousand households.",
    "Universal service funds should be open to cooperatives and municipalities, with application forms "
    "that a small organisation can complete without lawyers.",
    "The IGF dynamic coalition on community connectivity will collect cases and training material and "
    "report back at the next annual meeting.",
]

# long enough to push the discussions over the page break
PRESENTATIONS = [
    "Presentation 1 (Priya Raman): the Digital Empowerment Foundation has built wireless networks in "
    "more than a hundred Indian villages since 2010, run by local women and men trained as barefoot "
    "engineers. The presentation showed the cost of each node, the share paid by the village council "
    "and the share paid by grants, and how the network pays for itself after three years when the "
    "council sells vouchers to shops and schools.",
    "Presentation 2 (Kwame Mensah): the Ghana National Communications Authority explained the licence "
    "it created in 2016 for rural operators, with a fee of one hundredth of the national licence and a "
    "simple form. Eleven cooperatives applied in the first year; seven now serve customers in the "
    "northern regions, and the authority will publish their traffic figures every quarter so that "
    "other regulators can judge the results for themselves.",
]

GENDER = {
    "gender_participants": ["About 60 participants."],
    "gender_women": ["About 25 women."],
    "gender_extent": ["The session discussed gender equality as a central theme."],
    "gender_summary": ["Speakers noted that women run many community networks in rural Africa and asked "
                       "for training programmes that reach them."],
}

REPORTS = {
    # speakers that wrap, bulleted key issues of several lines, a short and a nearly full paragraph end
    "wrapped-compliant": dict(
        session_title=["Community networks and the last billion: spectrum, funds and skills"],
        date=["19 December 2017"], time=["10:40 - 12:10"],
        organizer=["Association for Progressive Communications (APC)"],
        moderator=["Maria Lopez (Association for Progressive Communications)"],
        rapporteur=["Tomas Berg (Nordic Internet Institute)"],
        speakers=["Priya Raman (Digital Empowerment Foundation)",
                  "Prof. Ingrid Solberg, University of Bergen, Department of Information Science",
                  "Kwame Mensah (Ghana National Communications Authority)",
                  "Ana Lima, Ministry of Science, Technology and Communications, Brazil"],
        key_issues=["• Licence fees and spectrum rules designed for national operators keep small community "
                    "networks from serving the villages that commercial operators have left aside.",
                    "• Universal service funds are rarely open to cooperatives and municipalities.",
                    "• Local technicians need recognised training and a salary to keep networks running "
                    "after the initial grant has been spent."],
        presentations=PRESENTATIONS,
        discussions=DISCUSSION, way_forward=WAY_FORWARD, **GENDER),
    # numbered key issues, key issues without any marker, a speaker without affiliation, two paragraphs
    "wrapped-defective": dict(
        session_title=["Data protection in humanitarian action: who holds the records of displaced people?"],
        date=["20 December 2017"], time=["15:00 - 16:30"],
        organizer=["Privacy International"],
        moderator=["Lena Fischer (Privacy International)"],
        rapporteur=["Omar Haddad (Access Now)"],
        speakers=["Dr. Samuel Okonkwo-Adeyemi (International Committee of the Red Cross)",
                  "Jean-Baptiste Moreau",
                  "Fatima Zahra El Amrani (Office of the United Nations High Commissioner for Refugees)"],
        key_issues=["1. Biometric registration of refugees creates records that can outlive the crisis "
                    "and be shared with governments the refugees fled from.",
                    "2. Humanitarian organisations rarely tell the people they register how long their data "
                    "will be kept, and who else may read it.",
                    "3. Donors ask for audits that require personal data."],
        presentations=[],
        discussions=[DISCUSSION[0], DISCUSSION[1] + " " + DISCUSSION[2]],
        way_forward=WAY_FORWARD, **GENDER),
    # key issues as plain sentences, one paragraph each without marker; a paragraph ends on a short line
    "wrapped-plain": dict(
        session_title=["Local content and languages online"],
        date=["18 December 2017"], time=["09:00 - 10:30"],
        organizer=["Internet Society (ISOC)"],
        moderator=["Grace Mutua (Kenya ICT Action Network)"],
        rapporteur=["Luis Ortega (Internet Society)"],
        speakers=["Hiroshi Tanaka (Japan Network Information Center), Aisha Bello (Nigerian Communications "
                  "Commission), Pedro Alvarez (Universidad de Buenos Aires)"],
        key_issues=["Most local languages still have no keyboard layouts, spell checkers or fonts on common "
                    "phones, which keeps their speakers from writing online.",
                    "Content in local languages is hard to find because search engines rank it low.",
                    "Public broadcasters hold archives that could seed local content if their licences "
                    "allowed it."],
        presentations=[],
        discussions=DISCUSSION_SHORT, way_forward=WAY_FORWARD, **GENDER),
}


def make_flow(name, report):
    """The same report without a table: each label a bold paragraph of its own, the answer's
    paragraphs below it, as many reports are written; its PDF text has labels on lines of their own.
    The text is as narrow as the table's answer column (10.5 cm), so that the same entries wrap."""
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin, sec.right_margin = Cm(5.25), Cm(5.25)
    style = doc.styles["Normal"]
    style.font.name = "Liberation Serif"
    style.font.size = Pt(11)
    style.paragraph_format.space_after = Pt(0)
    doc.add_paragraph().add_run("IGF 2017 Reporting Template").bold = True
    for sid in ORDER:
        if sid is None:
            doc.add_paragraph().add_run("Gender Reporting").bold = True
            continue
        doc.add_paragraph().add_run(LABELS[sid]).bold = True
        for p in report.get(sid, []):
            doc.add_paragraph(p)
    doc.save(f"{name}-flow.docx")


def make(name, report):
    doc = Document()
    sec = doc.sections[0]
    sec.page_height, sec.page_width = Cm(29.7), Cm(21.0)
    sec.left_margin = sec.right_margin = Cm(2.5)
    style = doc.styles["Normal"]
    style.font.name = "Liberation Serif"
    style.font.size = Pt(11)
    style.paragraph_format.space_after = Pt(0)
    doc.add_paragraph().add_run("IGF 2017 Reporting Template").bold = True
    table = doc.add_table(rows=0, cols=2)
    table.style = "Table Grid"
    for sid in ORDER:
        if sid is None:
            row = table.add_row()
            cell = row.cells[0].merge(row.cells[1])
            cell.paragraphs[0].add_run("Gender Reporting").bold = True
            continue
        row = table.add_row()
        row.cells[0].width, row.cells[1].width = Cm(5.5), Cm(10.5)
        row.cells[0].paragraphs[0].text = LABELS[sid]
        paras = report.get(sid, [])
        cell = row.cells[1]
        for i, p in enumerate(paras or [""]):
            para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            para.text = p
    for col, w in zip(table.columns, (Cm(5.5), Cm(10.5))):
        col.width = w
    doc.save(f"{name}.docx")


if __name__ == "__main__":
    for name, report in REPORTS.items():
        make(name, report)
        make_flow(name, report)
