"""The holdout sources of the rendering matrix: reports for MEASURING the readers, never for
tuning them. `generate.py --holdout DIR` renders them into DIR (outside src/, e.g.
target/rendering-holdout; never commit them), and bench/rendering-holdout.sh checks every
rendering. Do not read these renderings while fixing a reader: fix against the committed matrix.

Each source is drawn with a fixed seed from the pools below (other topics, names, lengths and
layouts than sources.py) and gets some defects from DEFECTS; its expected findings follow from
the defects it got, by construction.
"""
import random

PEOPLE = [
    "Olumide Adeyemi", "Sofía Castillo Paredes", "Henrik Johansson", "Meera Krishnan", "Tariq Hussain",
    "Aigerim Nurlanovna", "Beatriz Nascimento", "Lukas Novák", "Grace Wanjiru", "Hamid Rahimi",
    "Élodie Marchand", "Tevita Fifita", "Chen Wei", "Nomvula Dlamini", "Jorge Luis Ibarra",
    "Saule Bekova", "Rania Haddad", "Pedro Almeida", "Ifeoma Chukwu", "Mikael Virtanen",
]
ORGS = [
    "Pacific Islands Telecommunications Association", "Centro de Estudios en Libertad de Expresión",
    "Kazakhstan Association of IT Companies", "Paradigm Initiative", "Internet Society Pakistan Chapter",
    "Ministry of Digital Affairs, Estonia", "University of Cape Town, Faculty of Law",
    "Brazilian Internet Steering Committee (CGI.br)", "CZ.NIC", "Digital Rights Foundation",
    "Arab States Research and Education Network", "Tonga Communications Corporation",
    "Mozilla Foundation", "Kenya Human Rights Commission", "European Broadcasting Union",
]
TOPICS = [
    {
        "title": "Disaster Communications in Small Island States: Keeping Networks Up When the Storm Comes",
        "organizer": "Pacific Islands Telecommunications Association and the Tonga Communications Corporation",
        "issues": [
            "Submarine cable cuts can isolate a small island state for weeks, and most have no satellite backup of sufficient capacity.",
            "Emergency alerts still depend on broadcast radio in many islands, because mobile networks fail first when power is lost.",
            "Regulators rarely require operators to publish their disaster recovery plans.",
            "Can regional operators share spare capacity during an emergency without breaching competition rules?",
            "Community radio stations are often the last working link to outer islands after a cyclone.",
        ],
        "prose": [
            "Speakers from Tonga described the eleven days in which the country was cut off after the volcanic eruption.",
            "Operators explained that satellite capacity is expensive to keep on standby and is rarely budgeted.",
            "Several participants said that governments should treat backup links as public infrastructure.",
            "A participant from Fiji noted that the regional cable map is not published, which makes planning harder.",
            "Civil society speakers stressed that warnings must reach people in their own languages.",
            "The discussion also covered the role of amateur radio operators, who kept contact with outer islands.",
            "Participants agreed that drills involving operators, regulators and emergency services are too rare.",
            "Donors were asked to fund maintenance as well as new equipment, since much donated gear fails within a few years.",
            "It was noted that power is the weakest link, as base stations have batteries for only a few hours.",
        ],
        "forward": [
            "Governments of the region should agree on a shared emergency satellite capacity pool.",
            "Operators should publish their disaster recovery plans in a form that the public can read.",
            "The organisers will hold a regional drill with operators and emergency services next year.",
            "Regulators should require battery backup of at least 24 hours at critical base stations.",
        ],
    },
    {
        "title": "Algorithmic Content Moderation in Languages with Few Digital Resources",
        "organizer": "Digital Rights Foundation and the Centro de Estudios en Libertad de Expresión",
        "issues": [
            "Automated moderation performs worst in languages for which platforms have little training data.",
            "Users whose posts are removed by mistake rarely learn why, and appeals are often answered by machines.",
            "Transparency reports do not break down moderation decisions by language or country.",
            "Who should pay for building language resources that moderation systems need?",
            "Hate speech in local languages often stays online while harmless posts are removed.",
        ],
        "prose": [
            "The session started with examples of posts in Urdu and Sindhi that were removed although they quoted news reports.",
            "Researchers presented an audit showing that error rates were four times higher for some regional languages.",
            "Platform representatives explained that human moderators for smaller languages are hard to recruit.",
            "Participants from Latin America said that indigenous languages are almost invisible to these systems.",
            "Several speakers asked for independent audits of moderation systems before they are deployed in new markets.",
            "The discussion turned to appeals, which many users described as slow and opaque.",
            "A participant noted that governments sometimes exploit weak moderation to have critical content removed.",
            "Speakers agreed that local civil society groups should be paid for the expertise they provide to platforms.",
            "There was concern that new laws requiring fast removal will push platforms to rely even more on automation.",
        ],
        "forward": [
            "Platforms should publish error rates of automated moderation for each language they serve.",
            "Appeals should always be reviewable by a person who speaks the language of the post.",
            "Researchers and civil society will build an open test set of posts in under-served languages.",
            "Legislators should consult language communities before setting removal deadlines.",
        ],
    },
    {
        "title": "Public Interest Registries and the Next Round of New Generic Top-Level Domains",
        "organizer": "CZ.NIC and the Brazilian Internet Steering Committee (CGI.br)",
        "issues": [
            "Applicants from developing countries were few in the first round of new generic top-level domains.",
            "The application fee remains a barrier for community and public interest applicants.",
            "Registry operators are unsure how abuse mitigation duties will be enforced in the next round.",
            "Internationalised domain names are still not accepted by many email systems and web forms.",
            "Should community applications receive priority over commercial ones for the same string?",
        ],
        "prose": [
            "Speakers reviewed the outcome of the first round and noted that most successful applicants came from North America and Europe.",
            "A representative of a community registry described the cost of the evaluation process and the delays they faced.",
            "Participants discussed the applicant support programme, which few applicants used in the first round.",
            "Technical speakers explained that universal acceptance of internationalised names is improving but slowly.",
            "Several participants asked for a simpler process for non-profit and community applicants.",
            "The discussion also touched on abuse, with registries asking for clear and predictable obligations.",
            "Some participants warned that lower fees could invite speculative applications.",
            "A participant from Brazil explained how the national registry funds research and internet governance activities.",
        ],
        "forward": [
            "The fee for community and public interest applicants should be reduced and paid in instalments.",
            "The applicant support programme should be advertised in the languages of the regions it targets.",
            "Registries will share tools for testing the acceptance of internationalised domain names.",
            "Participants asked for an impact review of the first round before the next one opens.",
        ],
    },
    {
        "title": "Digital Identity Systems and Inclusion: Who Gets Left Out?",
        "organizer": "Kenya Human Rights Commission and Paradigm Initiative",
        "issues": [
            "Mandatory digital identity systems can exclude people who lack birth certificates or fixed addresses.",
            "Biometric enrolment fails more often for manual workers and older persons whose fingerprints are worn.",
            "Linking identity numbers to all public services creates a single point of failure and of surveillance.",
            "Courts in several countries have limited the use of national identity numbers by private companies.",
            "How can people correct errors in their identity records when offices are far away?",
        ],
        "prose": [
            "The discussion opened with the experience of Kenya, where the courts suspended the rollout of a new identity system.",
            "Speakers described communities on the borders who struggle to prove their nationality.",
            "A technical expert explained how biometric error rates differ between population groups.",
            "Participants discussed whether a digital identity should be voluntary or mandatory.",
            "Several speakers pointed to the lack of data protection laws in countries that are building identity systems.",
            "Donor representatives said that they now require human rights assessments before they fund such systems.",
            "Participants from Nigeria described long queues at enrolment centres and the cost of travelling to them.",
            "It was noted that offline alternatives must remain available for people who cannot enrol.",
        ],
        "forward": [
            "Identity systems should not be a condition for access to essential services such as health care.",
            "Governments should publish human rights impact assessments before rolling out new identity systems.",
            "Civil society groups will document cases of exclusion and share them with the courts and parliaments.",
            "Donors should fund offline alternatives alongside digital identity projects.",
        ],
    },
    {
        "title": "Cybersecurity Capacity Building for Municipal Governments",
        "organizer": "Kazakhstan Association of IT Companies and the Ministry of Digital Affairs, Estonia",
        "issues": [
            "Municipal governments hold sensitive data but rarely employ a single security specialist.",
            "Ransomware attacks on city services have doubled in two years.",
            "National cybersecurity strategies seldom say how local governments will be supported.",
            "Shared security operations centres can give small municipalities expertise they could not afford alone.",
            "Should procurement rules require minimum security standards for software bought by cities?",
        ],
        "prose": [
            "Speakers from Estonia explained how the national authority supports local governments with shared services.",
            "A representative of a mid-sized city described a ransomware attack that stopped payments for three weeks.",
            "Participants discussed the shortage of security professionals willing to work for public salaries.",
            "Several speakers recommended shared security centres run jointly by groups of municipalities.",
            "The discussion covered the role of procurement in raising the security of software used by cities.",
            "Industry participants said that clearer requirements would help them offer secure products.",
            "A participant from Kazakhstan described training programmes for municipal staff in the regions.",
            "It was noted that backups kept offline saved several cities from paying ransoms.",
        ],
        "forward": [
            "National strategies should include a chapter on support for local governments.",
            "Groups of municipalities should set up shared security centres with national funding.",
            "The organisers will publish a checklist for secure procurement by municipalities.",
            "Cities should test their offline backups at least twice a year.",
        ],
    },
    {
        "title": "Public Service Media Online: Reaching Young Audiences Without Giving Up Independence",
        "organizer": "European Broadcasting Union and the Mozilla Foundation",
        "issues": [
            "Young audiences reach public service content mostly through platforms that the broadcasters do not control.",
            "Recommendation algorithms of platforms rarely surface public service content.",
            "Public broadcasters are unsure whether they may collect data about their online audiences.",
            "Funding models based on licence fees are under pressure as fewer households own a television.",
            "Can public service media build shared platforms of their own across borders?",
        ],
        "prose": [
            "Broadcasters described how their audiences under 30 watch news almost only through social media.",
            "Speakers discussed the prominence of public service content in the interfaces of smart televisions.",
            "A participant from Mozilla explained how open source tools could help broadcasters build their own services.",
            "Several speakers worried that reliance on platforms weakens editorial independence.",
            "Participants debated whether regulators should require platforms to give prominence to public interest content.",
            "Representatives of smaller broadcasters said that they cannot afford to build new platforms alone.",
            "The discussion touched on data protection rules that apply to audience measurement.",
            "It was noted that trust in public service media remains high among young people who do use it.",
        ],
        "forward": [
            "Public service media should cooperate on shared open source tools for online distribution.",
            "Regulators should examine prominence rules for public interest content on connected devices.",
            "The European Broadcasting Union will publish a study on young audiences and platforms.",
            "Broadcasters should involve young people in the design of their online services.",
        ],
    },
]
SLOT_TIMES = ["09:00-10:30", "10:45 - 12:15", "13:30-15:00", "15:15-16:45", "17:00 - 18:00", "11:00 to 12:30"]
DATES = {2015: ["10 November 2015", "12 November 2015", "Friday, 13 November 2015"],
         2016: ["6 December 2016", "Thursday 8 December 2016", "9 December 2016"],
         2017: ["18 December 2017", "Tuesday, 19 December 2017", "21 December 2017"]}
DEFECTS = ["empty-time", "no-rapporteur", "bare-speaker", "two-sentence-issue", "discussions-2", "discussions-4",
           "way-forward-4", "bad-date", "two-paragraph-presentation", "speakers-as-participants", "empty-gender-summary"]


def affiliated(rng, name):
    org = rng.choice(ORGS)
    return rng.choice([f"{name} ({org})", f"{name}, {org}"])


def paragraph(rng, pool, n):
    return " ".join(rng.sample(pool, n))


def make(n, seed):
    rng = random.Random(seed)
    topic = TOPICS[n % len(TOPICS)]
    year = [2015, 2016, 2017][n % 3]
    defects = [] if n in (0, 4) else rng.sample([d for d in DEFECTS if year == 2017 or d not in (
        "speakers-as-participants", "empty-gender-summary")], rng.choice([1, 2, 3]))
    if "discussions-2" in defects and "discussions-4" in defects:
        defects.remove("discussions-4")
    people = rng.sample(PEOPLE, 10)
    expected = []
    speakers = [affiliated(rng, p) for p in people[2:2 + rng.randint(3, 6)]]
    if "bare-speaker" in defects:
        speakers.insert(rng.randint(1, len(speakers)), people[9])
        expected.append(["speaker-affiliation", "speakers", "warning", f"{people[9]} has no affiliation"])
    issues = rng.sample(topic["issues"], rng.randint(3, 5))
    if "two-sentence-issue" in defects:
        k = rng.randrange(len(issues))
        issues[k] = issues[k] + " " + rng.choice(["This was raised by several speakers.", "Nobody disagreed with this point."])
        expected.append(["sentences-per-item", "key_issues", "error", f"key issue {k + 1} has two sentences"])
    n_disc = 2 if "discussions-2" in defects else 4 if "discussions-4" in defects else 3
    pool = list(topic["prose"])
    rng.shuffle(pool)
    disc = []
    for i in range(n_disc):
        take = rng.randint(2, 3) if len(pool) >= 2 * (n_disc - i) else 1
        disc.append(" ".join(pool[:take]))
        pool = pool[take:] or list(topic["prose"])
    if n_disc != 3:
        expected.append(["paragraph-count", "discussions", "warning", f"{n_disc} paragraphs where the template asks for 3"])
    n_way = 4 if "way-forward-4" in defects else 3
    way = rng.sample(topic["forward"], n_way)
    if n_way != 3:
        expected.append(["paragraph-count", "way_forward", "warning", "4 paragraphs where the template asks for 3"])
    presenters = people[2:2 + rng.randint(1, 3)]
    pres = []
    for i, p in enumerate(presenters):
        surname = p.split()[-1]
        body = (f"Presentation {i + 1} ({p}): {rng.choice(['Dr.', 'Ms.', 'Mr.', 'Prof.'])} {surname} presented "
                f"{rng.choice(['the results of a recent study', 'the experience of a national programme', 'a case study'])} "
                f"on {topic['title'].split(':')[0].lower()}. " + paragraph(rng, topic["prose"], rng.randint(1, 2)))
        pres.append(body)
    if "two-paragraph-presentation" in defects:
        k = rng.randrange(len(pres))
        pres.insert(k + 1, "In a second part, the presenter answered questions from the audience about costs and timelines.")
        expected.append(["paragraphs-per-item", "presentations", "warning", f"presentation {k + 1} runs over two paragraphs"])
    date = rng.choice(DATES[year])
    if "bad-date" in defects:
        date = rng.choice(["TBD", "the second day of the IGF", "see the programme"])
        expected.append(["date-format", "date", "warning", f"'{date}' is no date"])
    time = "" if "empty-time" in defects else rng.choice(SLOT_TIMES)
    if time == "":
        expected.append(["section-empty", "time", "error", "the Time row has no answer"])
    fields = {
        "session_title": topic["title"],
        "date": date,
        "time": time,
        "organizer": topic["organizer"],
        "moderator": affiliated(rng, people[0]),
        "rapporteur": affiliated(rng, people[1]),
        "speakers": speakers,
        "key_issues": issues,
        "presentations": pres,
        "discussions": disc,
        "way_forward": way,
    }
    if "no-rapporteur" in defects:
        del fields["rapporteur"]
        expected.append(["section-missing", "rapporteur", "error", "there is no rapporteur row"])
    if year == 2017:
        total = rng.choice([40, 55, 80, 120])
        fields["gender_participants"] = rng.choice([f"About {total} participants.", f"Approximately {total} people, some online."])
        if "speakers-as-participants" in defects:
            fields["gender_participants"] = f"{len(speakers) - 1} of the {len(speakers)} speakers were women."
            expected.append(["gender-participants", "gender_participants", "warning", "counts speakers"])
        fields["gender_women"] = f"About {total // 2 - 5} women."
        fields["gender_extent"] = "Gender was discussed briefly, when speakers looked at who is affected most."
        fields["gender_summary"] = "Speakers noted that women are affected differently and asked for data broken down by gender."
        if "empty-gender-summary" in defects:
            fields["gender_summary"] = ""
            expected.append(["gender-summary", "gender_summary", "warning", "gender was discussed but the summary is empty"])
    layout = {"font": rng.choice(["Arial", "Times New Roman"]), "size": rng.choice([10, 11, 12]),
              "space_after": rng.choice([0, 0, 4, 6]), "key_marker": rng.choice(["", "", "bullet", "number"]),
              "intro": ["Report of the session, prepared by the rapporteur and reviewed by the organisers."] if rng.random() < 0.3 else [],
              "header_row": rng.random() < 0.3}
    kind = "compliant" if not expected else "defective"
    return {"id": f"h{n + 1:02d}-{year}-{kind}", "year": year, "about": "holdout: " + ", ".join(defects or ["compliant"]),
            "layout": layout, "fields": fields, "expected": expected}


SOURCES = [make(n, 1000 + n) for n in range(8)]

# Other draws from the same generator, with other seeds and ids:
# DEV is for tuning the readers (look at these as much as you like; they are never a measurement),
# FRESH is a second holdout drawn after the readers were tuned on DEV, measured once at the end;
# FIFTH a third, for the fifth session's measurement (the earlier two had been measured several times);
# SIXTH a fourth, for the sixth session's (FIFTH was looked at after its measurement);
# SEVENTH a fifth, for the seventh session's (SIXTH was looked at after its measurement);
# EIGHTH a sixth, for the eighth session's (SEVENTH was looked at after its measurement).
SETS = {
    "holdout": SOURCES,
    "dev": [dict(make(n, 2000 + n), id=make(n, 2000 + n)["id"].replace("h", "d", 1)) for n in range(24)],
    "fresh": [dict(make(n, 3000 + n), id=make(n, 3000 + n)["id"].replace("h", "f", 1)) for n in range(16)],
    # drawn in the fifth session, before any of its changes was measured on it: measured once, at the end
    "fifth": [dict(make(n, 5000 + n), id=make(n, 5000 + n)["id"].replace("h", "v", 1)) for n in range(24)],
    # drawn in the sixth session, before any of its changes: measured once, at the end
    "sixth": [dict(make(n, 6000 + n), id=make(n, 6000 + n)["id"].replace("h", "w", 1)) for n in range(24)],
    # drawn in the seventh session, before any of its changes: measured once, at the end
    "seventh": [dict(make(n, 7000 + n), id=make(n, 7000 + n)["id"].replace("h", "x", 1)) for n in range(24)],
    # drawn in the eighth session, before any of its changes: measured once, at the end
    "eighth": [dict(make(n, 8000 + n), id=make(n, 8000 + n)["id"].replace("h", "y", 1)) for n in range(24)],
    # more tuning data (like DEV: look at it as much as you like, never a measurement), drawn in the eighth session
    "tune": [dict(make(n, 10000 + n), id=make(n, 10000 + n)["id"].replace("h", "t", 1)) for n in range(48)],
}
