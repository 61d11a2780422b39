#!/usr/bin/python3
"""Regenerates the rendering matrix: every source report (sources.py) in every shape a report
reaches the IGF Secretariat in, made by the real tools, with its expected findings.

    /usr/bin/python3 generate.py                 # rewrites the sNN-* folders beside this script
    /usr/bin/python3 generate.py --holdout DIR   # writes the holdout sources (holdout.py) to DIR
    /usr/bin/python3 generate.py --only s03      # only the sources whose id starts with s03
    /usr/bin/python3 generate.py --expectations-only   # only expected.json, from the files there

Needs Debian's python3-docx (and python3-yaml), LibreOffice (soffice) and poppler-utils
(pdftotext); see README.md for the versions that made the committed files. The tests never run
these tools: they read the committed files exactly as the tools wrote them.

Per source folder:
  word-top.docx        python-docx, a two-column table (label | answer), label cells top-aligned
  word-centred.docx    the same with label cells vertically centred (Word's "Center" alignment)
  word-*.pdf           each Word file saved as PDF by LibreOffice (soffice --convert-to pdf)
  word-*.pdf.txt       pdftotext (default mode) of that PDF
  word-*.pdf.layout.txt, word-*.pdf.raw.txt   pdftotext -layout / -raw
  word-top.docx.txt    LibreOffice's text export of the Word file (txt:Text (encoded):UTF8)
  report.md            Markdown, report.yaml  the structured form (keys are section ids)
  expected.json        the source's findings (rule, section, severity, why), the exit status of
                       `check` (fail-on error), and per rendering the findings that rendering
                       cannot decide (uncertain), with the reason, found by measuring the PDF
"""
import argparse, json, os, re, shutil, subprocess, sys, tempfile, textwrap, unicodedata
import xml.etree.ElementTree as ET

import yaml
from docx import Document
from docx.enum.table import WD_ALIGN_VERTICAL
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.normpath(os.path.join(HERE, "..", "..", "..", ".."))
TEMPLATES = os.path.join(REPO, "schemas", "templates")

SEVERITY = {"template-unrecognized": "error", "section-missing": "error", "section-empty": "error",
            "sentences-per-item": "error", "paragraphs-per-item": "warning", "paragraph-count": "warning",
            "item-count": "warning", "word-count": "warning", "speaker-affiliation": "warning",
            "date-format": "warning", "time-format": "warning", "gender-participants": "warning",
            "gender-women": "warning", "gender-summary": "warning", "schema": "error", "input-unreadable": "error"}
# sections whose item or paragraph boundaries decide a finding, and that finding
BOUNDARY_RULE = {"speakers": "speaker-affiliation", "key_issues": "sentences-per-item",
                 "presentations": "paragraphs-per-item", "discussions": "paragraph-count",
                 "way_forward": "paragraph-count"}
LIST_SECTIONS = ("speakers", "key_issues", "presentations")
PROSE_SECTIONS = ("discussions", "way_forward")
# adjacent cells whose answers look alike in text: a paragraph of prose (a presentation's second
# paragraph, a discussion paragraph, a suggestion) can end the one or start the other
PROSE_PAIRS = (("presentations", "discussions"), ("discussions", "way_forward"))
SENTENCE_END = ".?!"
ABBREVIATIONS = {"Mr.", "Ms.", "Mrs.", "Dr.", "Prof.", "e.g.", "i.e.", "St.", "No.", "Ph.D."}


def template(year):
    with open(os.path.join(TEMPLATES, f"igf-{year}-workshop.yaml"), encoding="utf-8") as f:
        return yaml.safe_load(f)


def paragraphs(value):
    return [] if value == "" else (value if isinstance(value, list) else [value])


# ---------------------------------------------------------------- Word (python-docx)

def repeat_as_header(row):
    tr_pr = row._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def word(src, centred, path):
    tpl = template(src["year"])
    lay = src["layout"]
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    sec.left_margin = sec.right_margin = Cm(2.5)
    sec.top_margin = sec.bottom_margin = Cm(2.5)
    normal = doc.styles["Normal"]
    normal.font.name = lay["font"]
    normal.font.size = Pt(lay["size"])
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(lay["space_after"])
    normal.paragraph_format.line_spacing = 1.0
    for name in ("List Bullet",):
        st = doc.styles[name]
        st.font.name = lay["font"]
        st.font.size = Pt(lay["size"])
        st.paragraph_format.space_after = Pt(lay["space_after"])
    title = tpl["headings"][0]
    if not lay["header_row"]:
        p = doc.add_paragraph()
        r = p.add_run(title)
        r.bold = True
        r.font.size = Pt(lay["size"] + 3)
    for para in lay["intro"]:
        doc.add_paragraph(para)
    table = doc.add_table(rows=0, cols=2)
    table.style = doc.styles["Table Grid"]
    table.autofit = False
    widths = (Cm(6.2), Cm(9.8))

    def merged_row(text, header=False):
        row = table.add_row()
        cell = row.cells[0].merge(row.cells[1])
        cell.paragraphs[0].add_run(text).bold = True
        if header:
            repeat_as_header(row)

    if lay["header_row"]:
        merged_row(title, header=True)
    labels = {s["id"]: s["label"] for s in tpl["sections"]}
    for sid in [s["id"] for s in tpl["sections"]]:
        if sid == "gender_participants":
            merged_row("Gender Reporting")
        if sid not in src["fields"]:
            continue
        row = table.add_row()
        lc, ac = row.cells
        lc.width, ac.width = widths
        lc.paragraphs[0].add_run(labels[sid]).bold = True
        lc.vertical_alignment = WD_ALIGN_VERTICAL.CENTER if centred else WD_ALIGN_VERTICAL.TOP
        ac.vertical_alignment = WD_ALIGN_VERTICAL.TOP
        paras = paragraphs(src["fields"][sid])
        for i, text in enumerate(paras):
            p = ac.paragraphs[0] if i == 0 else ac.add_paragraph()
            if sid == "key_issues" and lay["key_marker"] == "bullet":
                p.style = doc.styles["List Bullet"]
            elif sid == "key_issues" and lay["key_marker"] == "number":
                text = f"{i + 1}. {text}"
            p.add_run(text)
    table.columns[0].width, table.columns[1].width = widths  # the grid LibreOffice lays out by
    doc.core_properties.title = src["fields"].get("session_title", "")
    doc.core_properties.author = "igf-report rendering matrix"
    doc.save(path)


# ---------------------------------------------------------------- Markdown and YAML

def markdown(src):
    tpl = template(src["year"])
    lay = src["layout"]
    out = [f"# {tpl['headings'][0]}", ""]
    for para in lay["intro"]:
        out += textwrap.wrap(para, 90) + [""]
    for s in tpl["sections"]:
        sid = s["id"]
        if sid == "gender_participants":
            out += ["## Gender Reporting", ""]
        if sid not in src["fields"]:
            continue
        value = src["fields"][sid]
        if s["kind"] in ("text", "date", "time", "person"):
            out += [f"**{s['label']}:** {value}".rstrip(), ""]
            continue
        heading = "###" if sid.startswith("gender_") else "##"
        out += [f"{heading} {s['label']}", ""]
        paras = paragraphs(value)
        if sid in ("speakers", "key_issues"):
            marker = "1." if sid == "key_issues" and lay["key_marker"] == "number" else "-"
            out += [f"{marker} {p}" for p in paras] + [""]
        else:
            for p in paras:
                out += textwrap.wrap(p, 90) + [""]
    return "\n".join(out).rstrip("\n") + "\n"


def yaml_text(src):
    tpl = template(src["year"])
    q = lambda s: json.dumps(s, ensure_ascii=False)
    out = [f"# {src['id']}: {src['about']}", f"template: {tpl['id']}"]
    for s in tpl["sections"]:
        sid = s["id"]
        if sid not in src["fields"]:
            continue
        value = src["fields"][sid]
        if sid in LIST_SECTIONS:
            paras = paragraphs(value)
            if sid == "presentations":  # a paragraph that starts no presentation continues the one before
                merged = []
                for p in paras:
                    if merged and not p.startswith("Presentation"):
                        merged[-1] += "\n\n" + p
                    else:
                        merged.append(p)
                paras = merged
            out += [f"{sid}:"] + [f"  - {q(p)}" for p in paras] if paras else [f"{sid}: []"]
        elif sid in PROSE_SECTIONS and paragraphs(value):
            out.append(f"{sid}: |")
            for i, p in enumerate(paragraphs(value)):
                if i:
                    out.append("")
                out += ["  " + line for line in textwrap.wrap(p, 96)]
        else:
            out.append(f"{sid}: {q(value)}")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------- tools

def run(cmd, **kw):
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, **kw)


def soffice(profile, convert_to, files, outdir):
    run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", convert_to,
         "--outdir", outdir] + files)


def render_all(sources, root, profile):
    """Word files first, then one LibreOffice run for all PDFs and one for all text exports
    (starting LibreOffice is the slow part), then pdftotext, Markdown, YAML and expectations."""
    with tempfile.TemporaryDirectory(prefix="matrix-") as tmp:
        docs, tops = [], []
        for src in sources:
            outdir = os.path.join(root, src["id"])
            os.makedirs(outdir, exist_ok=True)
            for f in os.listdir(outdir):
                os.remove(os.path.join(outdir, f))
            for kind, centred in (("word-top", False), ("word-centred", True)):
                path = os.path.join(outdir, kind + ".docx")
                word(src, centred, path)
                flat = os.path.join(tmp, f"{src['id']}__{kind}.docx")
                shutil.copyfile(path, flat)
                docs.append(flat)
                if not centred:
                    tops.append(flat)
        os.mkdir(os.path.join(tmp, "pdf"))
        os.mkdir(os.path.join(tmp, "txt"))
        soffice(profile, "pdf", docs, os.path.join(tmp, "pdf"))
        soffice(profile, "txt:Text (encoded):UTF8", tops, os.path.join(tmp, "txt"))
        for src in sources:
            outdir = os.path.join(root, src["id"])
            for kind in ("word-top", "word-centred"):
                pdf = os.path.join(outdir, kind + ".pdf")
                shutil.move(os.path.join(tmp, "pdf", f"{src['id']}__{kind}.pdf"), pdf)
                run(["pdftotext", pdf, pdf + ".txt"])
                run(["pdftotext", "-layout", pdf, pdf + ".layout.txt"])
                run(["pdftotext", "-raw", pdf, pdf + ".raw.txt"])
            shutil.move(os.path.join(tmp, "txt", f"{src['id']}__word-top.txt"), os.path.join(outdir, "word-top.docx.txt"))
            with open(os.path.join(outdir, "report.md"), "w", encoding="utf-8") as f:
                f.write(markdown(src))
            with open(os.path.join(outdir, "report.yaml"), "w", encoding="utf-8") as f:
                f.write(yaml_text(src))
            expectations(src, outdir)
            print(src["id"], file=sys.stderr)


# ---------------------------------------------------------------- what a rendering cannot tell

def norm(word):
    return unicodedata.normalize("NFKC", word).replace("\u2019", "'")


def pdf_lines(pdf):
    """The PDF's text lines with their geometry, from pdftotext -bbox-layout: page, xMin, xMax,
    yMin and the words (text, xMin, xMax)."""
    xml = subprocess.run(["pdftotext", "-bbox-layout", pdf, "-"], check=True, capture_output=True).stdout
    root = ET.fromstring(xml)
    ns = "{http://www.w3.org/1999/xhtml}"
    lines = []
    for pno, page in enumerate(root.iter(ns + "page"), 1):
        for line in page.iter(ns + "line"):
            words = [(norm(w.text or ""), float(w.get("xMin")), float(w.get("xMax"))) for w in line.iter(ns + "word")]
            # pdftotext joins a label and its answer into one line when they share a baseline: split
            # at gaps much wider than a space (the cell border and padding)
            runs, run = [], []
            for w in words:
                if run and w[1] - run[-1][2] > 8:
                    runs.append(run)
                    run = []
                run.append(w)
            if run:
                runs.append(run)
            for run in runs:
                lines.append({"page": pno, "x0": run[0][1], "x1": run[-1][2], "y": float(line.get("yMin")),
                              "words": run, "text": " ".join(w[0] for w in run)})
    return lines


def find_line(lines, words, at_end, start=0):
    """The index of the first line at or after start that ends (or begins) with these words."""
    want = [norm(w) for w in words]
    for i in range(start, len(lines)):
        got = [w[0] for w in lines[i]["words"]]
        # a line's first words must be the paragraph's first three (a one-word label line such as
        # "Presentation" is no start); its last words may be fewer, when the paragraph ends on a short line
        m = min(3, len(got), len(want)) if at_end else min(3, len(want))
        if m and len(got) >= m and (got[-m:] == want[-m:] if at_end else got[:m] == want[:m]):
            return i
    return None


def boundaries(src, lines):
    """For every item or paragraph boundary in the sections whose counts decide a finding, and
    for every line inside an item or paragraph that ends a sentence: the line, the next line, and
    how much room the line leaves for the next word, measured in points (the PDF) and in
    characters (what a text reader can measure)."""
    marker = src["layout"]["key_marker"]
    found = []
    cursor = 0
    for sid in BOUNDARY_RULE:
        paras = paragraphs(src["fields"].get(sid, ""))
        if not paras or (sid == "key_issues" and marker):
            continue  # bullets or numbers mark the items whatever the layout
        start = find_line(lines, paras[0].split(), False, cursor)
        if start is None:
            raise SystemExit(f"{src['id']}: cannot find the first line of {sid} in the PDF")
        x0 = lines[start]["x0"]
        # the answer column, top to bottom: label lines may come between its lines in the PDF's order
        col = sorted((l for l in lines if abs(l["x0"] - x0) < 3), key=lambda l: (l["page"], l["y"]))
        right = max(l["x1"] for l in col)
        width = max(len(l["text"]) for l in col)
        i = next(k for k, l in enumerate(col) if l is lines[start])
        for n, p in enumerate(paras):
            end = find_line(col, p.split(), True, i)
            if end is None:
                raise SystemExit(f"{src['id']}: cannot find the end of {sid} paragraph {n + 1}")
            for j in range(i, end + 1):
                line, nxt = col[j], (col[j + 1] if j + 1 < len(col) else None)
                if nxt is None:
                    continue
                is_end = j == end
                if not is_end and (line["text"][-1:] not in SENTENCE_END or sid == "speakers"
                                   or line["words"][-1][0] in ABBREVIATIONS):
                    continue  # a wrap inside an entry that no reader would take for an end
                if is_end and n == len(paras) - 1:
                    continue
                nw = nxt["words"][0]
                gaps = [b[1] - a[2] for a, b in zip(line["words"], line["words"][1:])]
                space = min(gaps) if gaps else 2.5
                found.append({"section": sid, "paragraph": n + 1, "end": is_end, "line": line["text"],
                              "next": nxt["text"], "same_page": line["page"] == nxt["page"],
                              "room_pt": right - (line["x1"] + space + (nw[2] - nw[1])),
                              "room_ch": width - (len(line["text"]) + 1 + len(nw[0]))})
            i = end + 1
        cursor = lines.index(col[i - 1]) + 1
    return found


def has_affiliation(entry):
    """As the speaker-affiliation rule reads an entry (a bracket, a separator or a linking word)."""
    return any(m in entry for m in ("(", ", ", " - ", " / ", ": ")) or \
        any(m in f" {entry.lower()} " for m in (" of ", " from ", " at ", " representing ", " for "))


def sentences(text):
    ends = 0
    words = text.split()
    for k, w in enumerate(words[:-1]):
        if w[-1] in SENTENCE_END and w not in ABBREVIATIONS and words[k + 1][:1].isupper():
            ends += 1
    return ends + 1


def matters(src, b):
    """Whether joining the two entries at a lost boundary can change the findings: two speakers
    joined hide a missing affiliation only when one of them has none; two key issues joined make
    a new finding only when both are one sentence. Paragraph counts always change."""
    paras = paragraphs(src["fields"][b["section"]])
    if not b["end"]:
        return True
    a, c = paras[b["paragraph"] - 1], paras[b["paragraph"]]
    if b["section"] == "speakers":
        return not (has_affiliation(a) and has_affiliation(c))
    if b["section"] == "key_issues":
        return sentences(a) == 1 and sentences(c) == 1
    return True


def blank_between(text, line, nxt):
    """Whether the rendering's text has a blank line between the two lines (found by their
    words; None when they cannot be found, e.g. interleaved with the other column)."""
    a = text.find(line)
    if a < 0:
        return None
    b = text.find(nxt, a + len(line))
    if b < 0:
        return None
    between = text[a + len(line):b]
    rows = between.split("\n")
    return any(r.strip() == "" and "\f" not in r for r in rows[1:-1])


def answer_lines(text, paras):
    """Per line of a text rendering: the index of the paragraph (of paras) whose words the line
    holds and whether it is that paragraph's last line; None for any other line (a label, a blank
    line, a line that joins a label with an answer)."""
    flat = [" ".join(norm(w) for w in p.split()) for p in paras]
    out, prev = [], None
    for raw in text.split("\n"):
        line = " ".join(norm(w) for w in raw.replace("\f", " ").split())
        found = []
        for k, p in enumerate(flat if line else []):
            at = p.find(line)
            while at >= 0:
                if (at == 0 or p[at - 1] == " ") and (at + len(line) == len(p) or p[at + len(line)] == " "):
                    found.append((k, at, at + len(line)))
                at = p.find(line, at + 1)
        # a short line ("products.") may occur in several places: take the one that goes on from
        # the line before
        follows = [f for f in found if prev and ((f[0] == prev[0] and f[1] == prev[1] + 1)
                                                 or (f[0] == prev[0] + 1 and f[1] == 0 and prev[2]))]
        pick = (follows or found or [None])[0]
        if pick is None:
            out.append(None)
            prev = None
        else:
            done = pick[2] == len(flat[pick[0]])
            out.append((pick[0], done))
            prev = (pick[0], pick[2], done)
    return out


def is_label_line(row, label_words):
    """Whether a text line is a label's line (or a heading row's): its first words (up to three)
    come in that order in one of the template's labels (a label wraps over lines; a centred
    label's first line may go on with its answer's first line)."""
    words = [norm(w) for w in row.split()][:3]
    for label in label_words:
        for at in range(len(label) - len(words) + 1):
            if label[at:at + len(words)] == words:
                return True
    return False


def lost_cell_boundaries(src, text):
    """The boundaries between two answer cells that a text rendering does not show. pdftotext's
    default output prints a page's labels apart from its answers when it takes them for separate
    blocks: then the last lines of one cell and the first lines of the next come as one run of
    lines with no label and no blank line between them. Where the first cell ends is then lost
    when the run holds more than one paragraph end before its last line (each could be the end of
    the cell). Only for cells whose answers look alike (PROSE_PAIRS: a speaker entry or a key
    issue is told from prose by its form). A label printed among the second cell's lines, or next
    to the run on both sides (a centred label in the middle of its answer), keeps the rows'
    extent: not counted."""
    fields = [(sid, paragraphs(v)) for sid, v in src["fields"].items()]
    tpl = template(src["year"])
    label_words = [[norm(w) for w in t.split()] for t in [s["label"] for s in tpl["sections"]]
                   + list(tpl["headings"]) + ["Gender Reporting"]]
    lost = []
    for (a, pa), (b, pb) in zip(fields, fields[1:]):
        if (a, b) not in PROSE_PAIRS or not pa or not pb:
            continue
        if not all(isinstance(p, str) for p in pa + pb):
            continue
        tagged = answer_lines(text, pa + pb)
        rows = text.split("\n")
        # the line that ends cell a followed at once by the line that starts cell b
        for i in range(len(tagged) - 1):
            t, u = tagged[i], tagged[i + 1]
            if not (t and u and t == (len(pa) - 1, True) and u[0] == len(pa)):
                continue
            first = " ".join(norm(w) for w in pb[0].split())
            if not first.startswith(" ".join(norm(w) for w in rows[i + 1].split())):
                continue
            lo = i
            while lo > 0 and tagged[lo - 1] is not None:
                lo -= 1
            hi = i + 1
            while hi + 1 < len(tagged) and tagged[hi + 1] is not None:
                hi += 1
            ends = sum(1 for k in range(lo, hi) if tagged[k][1])
            labelled = lambda k: 0 <= k < len(rows) and rows[k].strip() != "" and "\f" not in rows[k]
            # beside the run, a label line (not another cell's answer: it says nothing of this run's rows)
            beside = lambda k: labelled(k) and is_label_line(rows[k], label_words)
            # a label printed among cell b's lines (a centred label) shows where b's row lies
            last_b = next((k for k in range(i + 1, len(tagged)) if tagged[k] == (len(pa) + len(pb) - 1, True)), None)
            if last_b is None:
                continue
            inside_b = any(tagged[k] is None and labelled(k) for k in range(i + 1, last_b))
            if ends >= 2 and not inside_b and not (beside(lo - 1) and beside(hi + 1)):
                lost.append((a, b, ends))
    return lost


def uncertain(src, outdir):
    """Per rendering, the findings it cannot decide. A boundary between two items or paragraphs
    is lost when the rendering shows no gap and the line leaves no room for the next word (the
    paragraph ended on a full line); a text rendering also cannot tell a boundary, or a sentence
    end inside a paragraph, whose room is within 2 characters of a full line, since it measures
    characters of a proportional font; nor, among key issues (one sentence each), a sentence
    that ends a full line inside an item from the end of an item on a full line."""
    out = {}
    spaced = src["layout"]["space_after"] > 0
    for kind in ("word-top", "word-centred"):
        pdf = os.path.join(outdir, kind + ".pdf")
        lines = pdf_lines(pdf)
        bounds = boundaries(src, lines)
        texts = {ext: open(pdf + ext, encoding="utf-8").read() for ext in (".txt", ".layout.txt", ".raw.txt")}
        for b in bounds:
            if not matters(src, b):
                continue
            rule = BOUNDARY_RULE[b["section"]]
            fits_pt = b["room_pt"] >= 1.0
            what = (f"{b['section']}: paragraph {b['paragraph']} ends on the line \"{b['line']}\"" if b["end"]
                    else f"{b['section']}: paragraph {b['paragraph']} has a line ending a sentence, \"{b['line']}\",")
            if b["end"]:
                visible_pdf = fits_pt or (spaced and b["same_page"])
                if not visible_pdf:
                    out.setdefault(kind + ".pdf", []).append(
                        (rule, b["section"], f"{what}, which leaves no room for the next word, and no space follows it"))
                for ext, text in texts.items():
                    if blank_between(text, b["line"], b["next"]):
                        continue
                    if fits_pt and b["room_ch"] >= 2:  # clear in characters too
                        continue
                    why = "leaves no room for the next word" if not fits_pt else \
                        f"leaves {b['room_ch']} characters of room, too few to tell in characters"
                    out.setdefault(kind + ".pdf" + ext, []).append((rule, b["section"], f"{what}, which {why}, and no blank line follows it"))
            else:
                for ext, text in texts.items():
                    if b["room_ch"] > -2:  # within 2 characters of fitting, or fitting
                        out.setdefault(kind + ".pdf" + ext, []).append(
                            (rule, b["section"], f"{what} followed by \"{b['next'][:30]}\"; by characters the next word "
                             f"({b['room_ch']} characters of room) could have fitted, so it may read as an end"))
                    elif b["section"] == "key_issues" and b["room_pt"] < 1.0:
                        # key issues are one sentence each: a full line ending a sentence, followed by a
                        # line starting one, looks in text exactly like the end of an item on a full line
                        out.setdefault(kind + ".pdf" + ext, []).append(
                            (rule, b["section"], f"{what} followed by \"{b['next'][:30]}\", which leaves no room for "
                             f"the next word: in text a sentence ending a full line reads as the end of a key issue"))
    for kind in ("word-top", "word-centred"):
        name = kind + ".pdf.txt"
        text = open(os.path.join(outdir, name), encoding="utf-8").read()
        for a, b, ends in lost_cell_boundaries(src, text):
            why = (f"pdftotext printed the end of {a} and the start of {b} as one run of lines, their labels "
                   f"apart, with {ends} paragraph ends in the run: where {a} ends is not in the text")
            out.setdefault(name, []).append((BOUNDARY_RULE[a], a, why))
            out.setdefault(name, []).append((BOUNDARY_RULE[b], b, why))
    result = {}
    for rendering, entries in sorted(out.items()):
        seen = {}
        for rule, section, reason in entries:
            seen.setdefault((rule, section), []).append(reason)
        result[rendering] = [{"rule": r, "section": s, "severity": SEVERITY[r], "reason": "; ".join(reasons)}
                             for (r, s), reasons in seen.items()]
    return result


def expectations(src, outdir):
    findings = [{"rule": r, "section": s, "severity": sev, "why": why} for r, s, sev, why in src["expected"]]
    for f in findings:
        assert SEVERITY[f["rule"]] == f["severity"], f
    spec = {
        "about": "Made by generate.py from sources.py: the findings at warning or error every rendering of this "
                 "source must give (rule, section, severity, as a multiset), the exit status of `check` "
                 "(fail-on error), and per rendering the findings that rendering cannot decide, with why.",
        "source": src["id"],
        "description": src["about"],
        "template": f"igf-{src['year']}-workshop",
        "exit": 1 if any(f["severity"] == "error" for f in findings) else 0,
        "findings": findings,
        "uncertain": uncertain(src, outdir),
    }
    with open(os.path.join(outdir, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(spec, f, indent=2, ensure_ascii=False)
        f.write("\n")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--holdout", metavar="DIR", help="write the holdout sources (holdout.py) to DIR instead")
    ap.add_argument("--set", default="holdout", choices=["holdout", "dev", "fresh", "fifth", "sixth", "seventh", "eighth", "tune"],
                    help="with --holdout: which draw of holdout.py to write (holdout: for measuring; dev: for tuning; fresh: a second holdout)")
    ap.add_argument("--only", default="", help="only the sources whose id starts with this")
    ap.add_argument("--expectations-only", action="store_true",
                    help="rewrite expected.json from the renderings already there (after editing the analysis or the findings)")
    args = ap.parse_args()
    sys.path.insert(0, HERE)
    if args.holdout:
        import holdout
        sources, root = holdout.SETS[args.set], os.path.abspath(args.holdout)
    else:
        import sources as committed
        sources, root = committed.SOURCES, HERE
    if args.expectations_only:
        for src in sources:
            if src["id"].startswith(args.only):
                expectations(src, os.path.join(root, src["id"]))
        return
    with tempfile.TemporaryDirectory(prefix="lo-matrix-") as profile:
        render_all([s for s in sources if s["id"].startswith(args.only)], root, profile)


if __name__ == "__main__":
    main()
