#!/usr/bin/env python3
"""Writes one compliant IGF 2017 report in every text shape the checker reads.

Each file must give no finding at warning or error (expected.json). Run it again after
changing the content below: python3 make_shapes.py
"""
import json, textwrap

FIELDS = [
    ("Session Title", "Community Networks: Connecting the Next Billion"),
    ("Date", "19 December 2017"),
    ("Time", "10:00-11:30"),
    ("Session Organizer", "Internet Society (ISOC) and the Association for Progressive Communications (APC)"),
    ("Chair/Moderator", "Jane Doe, Internet Society"),
    ("Rapporteur/Notetaker", "John Smith, APC"),
]
SPEAKERS = ["Maria Lopez (Ministry of ICT, Colombia)", "Ahmed Khan (University of Lahore)", "Dr. Ana Silva (UNESCO)"]
KEY_ISSUES = [
    "Community networks connect people where commercial operators do not invest, e.g. in rural areas of the U.S. and Latin America.",
    "Spectrum licence fees of approx. 2.5% of revenue remain a barrier for small operators.",
    "Who should pay for backhaul: governments, donors or the networks themselves?",
]
PRESENTATIONS = [
    "Presentation 1 (Maria Lopez): Ms. Lopez described the national plan that reserves spectrum for community operators. She explained that 120 networks had registered since 2016 and that the regulator now publishes its fees online. She closed with the lessons learnt from the first licensing round.",
    "Presentation 2 (Ahmed Khan): Prof. Khan presented a survey of 40 community networks in South Asia. Most of them depend on volunteers and on donated equipment. He argued that training local technicians matters more than hardware.",
]
DISCUSSIONS = [
    "Participants discussed how regulators could recognise community networks as a category of operator. Several speakers said that licence-exempt spectrum had made the first networks possible. Others warned that exemptions can be withdrawn without notice.",
    "The discussion then turned to funding. Universal service funds were mentioned as an option, although few countries have used them for community operators. A participant from Kenya described a matching grant that worked well.",
    "Finally, the session considered sustainability. Speakers agreed that networks last when the community owns them and trains its own people. Examples from Mexico and India were given.",
]
WAY_FORWARD = [
    "Regulators should publish simple licensing paths for community operators and keep fees proportionate to revenue.",
    "Universal service funds should open calls to community networks, with reporting rules that small operators can meet.",
    "The Dynamic Coalition on Community Connectivity will collect case studies before the next IGF and share them with regulators.",
]
GENDER = [
    ("Estimate the overall number of the participants present at the session", "About 60 participants attended."),
    ("Estimate the overall number of women present at the session", "About 25 women were present."),
    ("To what extent did the session discuss gender equality and/or women's empowerment?", "Gender was discussed briefly, in the context of women-led networks."),
    ("If the session addressed issues related to gender equality and/or women's empowerment, please provide a brief summary of the discussion", "Speakers noted that networks run by women's groups in Mexico reach more women users, and asked for gender data in future surveys."),
]
L_SPEAKERS = "List of Speakers and their institutional affiliations"
L_KEY = "Key Issues raised (1 sentence per issue)"
L_PRES = "If there were presentations during the session, please provide a 1-paragraph summary for each presentation"
L_DISC = "Please describe the Discussions that took place during the workshop session (3 paragraphs)"
L_WAY = "Please describe any Participant suggestions regarding the way forward/ potential next steps /key takeaways (3 paragraphs)"
TITLE = "IGF 2017 Reporting Template"


def label_colon():
    out = [TITLE, ""]
    out += [f"{k}: {v}" for k, v in FIELDS]
    out += ["", f"{L_SPEAKERS}:"] + SPEAKERS
    out += ["", f"{L_KEY}:"] + KEY_ISSUES
    out += ["", f"{L_PRES}:"] + PRESENTATIONS
    out += ["", f"{L_DISC}:"] + DISCUSSIONS
    out += ["", f"{L_WAY}:"] + WAY_FORWARD
    out += ["", "Gender Reporting", ""]
    for q, a in GENDER:
        sep = " " if q.endswith("?") else ": "
        out.append(f"{q}{sep}{a}")
    return "\n".join(out) + "\n"


def own_lines():
    out = [TITLE, ""]
    for k, v in FIELDS:
        out += [k, v, ""]
    for label, items in ((L_SPEAKERS, SPEAKERS), (L_KEY, KEY_ISSUES), (L_PRES, PRESENTATIONS), (L_DISC, DISCUSSIONS), (L_WAY, WAY_FORWARD)):
        out += [label, ""]
        for it in items:
            out += [it, ""]
    out += ["Gender Reporting", ""]
    for q, a in GENDER:
        out += [q, "", a, ""]
    return "\r\n".join(out)  # Windows line ends on purpose


def bullets():
    out = [TITLE, ""]
    out += [f"- {k}: {v}" for k, v in FIELDS]
    out += ["", f"- {L_SPEAKERS}:", ""] + [f"  - {s}" for s in SPEAKERS]
    out += ["", f"- {L_KEY}", ""] + [f"  - {s}" for s in KEY_ISSUES]
    for label, paras in ((L_PRES, PRESENTATIONS), (L_DISC, DISCUSSIONS), (L_WAY, WAY_FORWARD)):
        out += ["", f"- {label}:", ""]
        for p in paras:
            out += [p, ""]
    out += ["Gender Reporting", ""]
    for q, a in GENDER:
        out += [f"- {q}:" if not q.endswith("?") else f"- {q}", "", a, ""]
    return "\n".join(out)


def wrapped(width=72):
    def w(t):
        return textwrap.wrap(t, width)
    out = []
    for k, v in FIELDS:
        out += w(f"{k}: {v}")
    out += [""] + w(L_SPEAKERS + ":") + SPEAKERS + [""]
    out += w(L_KEY + ":") + [""]
    for it in KEY_ISSUES:
        out += w(it)
    for label, paras in ((L_PRES, PRESENTATIONS), (L_DISC, DISCUSSIONS), (L_WAY, WAY_FORWARD)):
        out += [""] + w(label + ":") + [""]
        for p in paras:
            out += w(p) + [""]
    out += ["Gender Reporting", ""]
    for q, a in GENDER:
        out += w(q + ("" if q.endswith("?") else ":")) + w(a) + [""]
    return "\n".join(out)


def word_table():
    """A Word table saved as text: label, a tab, the answer; paragraphs inside a cell are
    separated by an answer row with nothing in it."""
    rows = [TITLE, ""]
    for k, v in FIELDS:
        rows.append(f"{k}\t{v}")
    def cell(label, paras, wrap=True):
        lab = textwrap.wrap(label, 28)
        lines = []
        for i, p in enumerate(paras):
            if i:
                lines.append("")
            lines += textwrap.wrap(p, 70) if wrap else [p]
        n = max(len(lab), len(lines))
        for i in range(n):
            rows.append(f"{lab[i] if i < len(lab) else ''}\t{lines[i] if i < len(lines) else ''}")
    lab = textwrap.wrap(L_SPEAKERS, 28)
    for i in range(max(len(lab), len(SPEAKERS))):
        rows.append(f"{lab[i] if i < len(lab) else ''}\t{SPEAKERS[i] if i < len(SPEAKERS) else ''}")
    lab = textwrap.wrap(L_KEY, 28)
    for i in range(max(len(lab), len(KEY_ISSUES))):
        rows.append(f"{lab[i] if i < len(lab) else ''}\t{KEY_ISSUES[i] if i < len(KEY_ISSUES) else ''}")
    cell(L_PRES, PRESENTATIONS)
    cell(L_DISC, DISCUSSIONS)
    cell(L_WAY, WAY_FORWARD)
    rows.append("Gender Reporting")
    for q, a in GENDER:
        cell(q, [a])
    return "\n".join(rows) + "\n"


def markdown():
    out = [f"# {TITLE}", ""]
    out += [f"**{k}:** {v}  " for k, v in FIELDS]
    out += ["", f"## {L_SPEAKERS}", ""] + [f"- {s}" for s in SPEAKERS]
    out += ["", f"## {L_KEY}", ""] + [f"1. {s}" for s in KEY_ISSUES]
    for label, paras in ((L_PRES, PRESENTATIONS), (L_DISC, DISCUSSIONS), (L_WAY, WAY_FORWARD)):
        out += ["", f"## {label}", ""]
        for p in paras:
            out += textwrap.wrap(p, 80) + [""]
    out += ["## Gender Reporting", ""]
    for q, a in GENDER:
        out += [f"**{q}**", "", a, ""]
    return "\n".join(out)


FILES = {
    "label-colon.txt": label_colon,
    "labels-own-line.txt": own_lines,
    "bullets.txt": bullets,
    "hard-wrapped.txt": wrapped,
    "word-table.txt": word_table,
    "report.md": markdown,
}

if __name__ == "__main__":
    cases = []
    for name, fn in FILES.items():
        with open(name, "w", encoding="utf-8", newline="") as f:
            f.write(fn())
        cases.append({"file": name, "template": "igf-2017-workshop", "exit": 0, "required": [], "optional": []})
    # the same report in other encodings
    text = label_colon()
    with open("utf16-bom.txt", "wb") as f:
        f.write(b"\xff\xfe" + text.replace("\n", "\r\n").encode("utf-16-le"))
    with open("windows-1252.txt", "wb") as f:
        f.write(text.replace("Lopez", "López").encode("cp1252"))
    with open("utf8-bom.txt", "wb") as f:
        f.write(b"\xef\xbb\xbf" + text.encode("utf-8"))
    for name in ("utf16-bom.txt", "windows-1252.txt", "utf8-bom.txt"):
        cases.append({"file": name, "template": "igf-2017-workshop", "exit": 0, "required": [], "optional": []})
    json.dump({"about": "Compliant reports in every text shape and encoding: none may give a finding at warning or error.",
               "cases": cases}, open("expected.json", "w"), indent=2)
