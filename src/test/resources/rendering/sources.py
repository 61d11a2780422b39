"""The source reports of the rendering matrix: invented IGF workshop reports, each defining its
content and, by construction, the findings a careful reviewer expects (rule, section, severity,
why). generate.py renders each one in every shape (Word, PDF, pdftotext, LibreOffice text,
Markdown, YAML).

A source is a dict:
  id        folder name, sNN-YEAR-kind
  year      2015, 2016 or 2017: the template whose labels (schemas/templates/*.yaml) are used
  about     one line on what the source exercises
  layout    Word layout: font, size, space_after (pt between paragraphs of a cell; 0 means the
            paragraphs of a cell are only told apart by their last line), key_marker ("" for
            plain paragraphs, "bullet" for Word's List Bullet style, "number" for typed "1. "),
            intro (paragraphs before the table, so the table starts mid-page), header_row (the
            template title as the table's first row, repeated on every page)
  fields    section id -> content, in template order. A str is one paragraph, a list is one
            paragraph per entry, "" is an empty answer cell; a section left out has no row.
  expected  [rule, section, severity, why] for every finding at warning or error
"""

S01 = {
    "id": "s01-2017-compliant",
    "year": 2017,
    "about": "2017 wording, compliant; no space between the paragraphs of a cell, plain key issues over several lines, speakers that wrap",
    "layout": {"font": "Arial", "size": 11, "space_after": 0, "key_marker": "", "intro": [], "header_row": False},
    "fields": {
        "session_title": "Data Localisation and Cross-Border Data Flows: What Is at Stake for the Global South?",
        "date": "19 December 2017",
        "time": "15:00-16:30",
        "organizer": "Digital Empowerment Foundation (DEF), India, and the Research ICT Africa network (RIA), South Africa",
        "moderator": "Anita Gurumurthy, IT for Change",
        "rapporteur": "Samuel Otieno, Kenya ICT Action Network (KICTANet)",
        "speakers": [
            "Priya Raman (Digital Empowerment Foundation, New Delhi)",
            "Prof. Ingrid Solberg, University of Bergen, Department of Information Science and Media Studies",
            "Carlos Alberto Mendoza Ruiz (Ministry of Information and Communications Technologies, Colombia)",
            "Amina Diallo (Senegalese Data Protection Commission)",
            "Kwame Asante-Boateng, Ghana Chamber of Telecommunications",
        ],
        "key_issues": [
            "Data localisation rules are spreading across the Global South, often justified by security, law enforcement access and the wish to build domestic cloud industries.",
            "Small businesses pay most of the cost of localisation because they cannot afford to run servers in every market they sell to.",
            "Who decides which kinds of personal data must stay inside national borders?",
            "Trade agreements now contain data flow clauses that were negotiated without data protection authorities or civil society at the table.",
        ],
        "presentations": [
            "Presentation 1 (Priya Raman): Ms. Raman presented a survey of 212 small online businesses in India, Indonesia and Nigeria. Two thirds of them said that they did not know whether their cloud provider stored data inside the country. She argued that localisation rules are written for large platforms but enforced on small firms, and that the compliance cost is rarely measured before a rule is adopted.",
            "Presentation 2 (Carlos Alberto Mendoza Ruiz): Mr. Mendoza described how Colombia replaced a draft localisation requirement with a system of adequacy decisions and contractual clauses. He explained that the ministry consulted exporters, banks and consumer groups, and that the final rule allows transfers to any country that offers comparable protection.",
        ],
        "discussions": [
            "The discussion opened with the question of why governments adopt localisation rules. Several participants said that the main motive is access to data for law enforcement, which mutual legal assistance treaties deliver too slowly. Others pointed to industrial policy, and to the hope that local data centres will create jobs.",
            "Speakers from Africa described the gap between the rules on paper and the capacity to enforce them. Many data protection authorities have fewer than twenty staff, and some have no budget for audits. A participant from Senegal said that cooperation between authorities in the region could help more than new laws.",
            "The last part of the session dealt with trade. Participants were concerned that data flow commitments in trade agreements could limit the policy space of developing countries before they have data protection laws of their own. There was broad agreement that trade negotiators and data protection regulators need to talk to each other much earlier in the process.",
        ],
        "way_forward": [
            "Participants suggested that governments publish an assessment of costs and benefits before adopting any localisation requirement, with a specific section on small businesses.",
            "Data protection authorities in Africa and Latin America should set up a network to share enforcement experience, modelled on existing cooperation in Europe, and the IGF could host its first meeting.",
            "Civil society groups will prepare a short guide for trade negotiators on the data protection consequences of data flow clauses.",
        ],
        "gender_participants": "About 70 participants, 15 of them online.",
        "gender_women": "Around 30 women.",
        "gender_extent": "Gender was discussed to a limited extent, when speakers looked at women-owned online businesses.",
        "gender_summary": "Ms. Raman noted that women-owned businesses in the survey were less likely to know where their data was stored and had less access to legal advice, so compliance costs weigh more heavily on them.",
    },
    "expected": [],
}

S02 = {
    "id": "s02-2017-defective",
    "year": 2017,
    "about": "2017 wording with defects: empty time, no rapporteur row, a speaker without affiliation, a two-sentence key issue, 2 discussion paragraphs, speakers counted instead of participants",
    "layout": {"font": "Times New Roman", "size": 12, "space_after": 6, "key_marker": "", "intro": [], "header_row": False},
    "fields": {
        "session_title": "Digital Literacy for Older Persons: Closing the Second-Level Digital Divide",
        "date": "20 December 2017",
        "time": "",
        "organizer": "Age Platform Europe and the Asociación Latinoamericana de Personas Mayores",
        "moderator": "Helena Kowalczyk, Age Platform Europe",
        "speakers": [
            "Dr. Margarethe Lindqvist (Karolinska Institutet, Department of Neurobiology, Care Sciences and Society)",
            "Tomás Herrera",
            "Fatou Ndiaye (Orange Foundation Senegal)",
            "Yuki Tanaka, Japan Internet Society Chapter",
        ],
        "key_issues": [
            "Older persons are online in growing numbers but use a narrow range of services, mostly messaging and video calls.",
            "Public services are moving online faster than older citizens gain the skills to use them. Paper and telephone channels are being closed without notice.",
            "Training works best when it is given by peers of the same age group and in the places older persons already visit.",
        ],
        "discussions": [
            "Dr. Lindqvist opened the discussion with findings from a Swedish panel study that followed 3,000 persons over 65 for six years. Those who received training from peers were still using online banking three years later, while most of those trained in formal courses had stopped. Participants from Latin America and West Africa described similar results from their own programmes.",
            "A second strand of the discussion concerned public services. Several participants said that governments measure the success of digital services by the share of transactions made online and do not count the people who give up. Ms. Ndiaye described how Orange Foundation Senegal trains post office staff to help older customers with online forms, which keeps a human contact in place.",
        ],
        "way_forward": [
            "Governments should keep at least one non-digital channel open for every public service and publish how many people use it.",
            "Training programmes should be designed with older persons and delivered by peers, and their results should be measured after one and three years, not only at the end of the course.",
            "The organisers will collect the programmes presented in the session in an open directory before IGF 2018.",
        ],
        "gender_participants": "5 of the 7 speakers were women.",
        "gender_women": "About 35 women were in the room.",
        "gender_extent": "The session did not discuss gender equality.",
        "gender_summary": "",
    },
    "expected": [
        ["section-empty", "time", "error", "the Time row has no answer"],
        ["section-missing", "rapporteur", "error", "there is no Rapporteur/Notetaker row"],
        ["speaker-affiliation", "speakers", "warning", "Tomás Herrera has no affiliation"],
        ["sentences-per-item", "key_issues", "error", "key issue 2 has two sentences"],
        ["paragraph-count", "discussions", "warning", "2 paragraphs where the template asks for 3"],
        ["gender-participants", "gender_participants", "warning", "the answer counts speakers, not participants"],
    ],
}

S03 = {
    "id": "s03-2016-long",
    "year": 2016,
    "about": "2016 wording, compliant and long: a cover note before the table (the table starts mid-page), the template title as a header row repeated on every page, bulleted key issues, presentations and discussions whose rows run over page breaks",
    "layout": {
        "font": "Arial", "size": 11, "space_after": 4, "key_marker": "bullet", "header_row": True,
        "intro": [
            "Workshop report submitted to the IGF Secretariat on 14 December 2016 by the Internet Society Chapter of Mexico on behalf of the co-organisers. The report follows the IGF 2016 workshop reporting template; a transcript of the session is available on the IGF website.",
            "Contact for questions about this report: the rapporteur named below.",
        ],
    },
    "fields": {
        "session_title": "Community Networks and Spectrum Policy: Lessons from Latin America, South Asia and Sub-Saharan Africa for Connecting the Next Billion",
        "date": "Wednesday, 7 December 2016",
        "time": "11:30 - 13:00",
        "organizer": "Internet Society Chapter of Mexico, Association for Progressive Communications (APC), Rhizomatica, and the Digital Empowerment Foundation (DEF)",
        "moderator": "Erik Huerta, Rhizomatica",
        "rapporteur": "Lucía Fernández Gutiérrez, Internet Society Chapter of Mexico",
        "speakers": [
            "Peter Bloom (Rhizomatica, Mexico)",
            "Osama Manzar (Digital Empowerment Foundation / Internet Society India Delhi Chapter)",
            "Maureen Hernández Villalobos, Universidad Nacional Autónoma de México, Instituto de Investigaciones Sociales",
            "Kojo Boakye, Facebook Connectivity Policy, Africa",
            "Carlos Rey-Moreno (Association for Progressive Communications and University of the Western Cape)",
            "Nathalia Foditsch, American University Washington College of Law",
        ],
        "key_issues": [
            "Community networks already connect remote villages where commercial operators see no business case, but most of them operate without a licence.",
            "Spectrum is usually assigned by auction to national operators, which leaves no room for small community operators even in areas where the assigned spectrum is not used.",
            "Regulators lack data on who is unconnected and why, so connectivity policies are designed for averages rather than for the places that need them.",
            "How can universal service funds, which hold large unspent balances in many countries, be opened to community operators?",
        ],
        "presentations": [
            "Presentation 1 (Peter Bloom): Mr. Bloom presented the experience of Telecomunicaciones Indígenas Comunitarias in Oaxaca, which runs cellular networks owned by 16 indigenous communities. After years of operating under an experimental permit, the communities obtained a social use concession in 2016, the first of its kind in Mexico. He explained how the communities set their own prices, keep the revenue in the village and train local young people as technicians, and he described the legal steps needed to obtain the concession.",
            "Presentation 2 (Osama Manzar): Mr. Manzar described the wireless community networks that the Digital Empowerment Foundation has built in more than 150 rural locations in India. Each network is run by a local entrepreneur who sells services to schools, health centres and small businesses. He stressed that the main barrier is not technology but the licence regime, which requires an internet service provider licence whose fees are beyond the reach of a village entrepreneur.",
            "Presentation 3 (Carlos Rey-Moreno): Dr. Rey-Moreno summarised a study of community networks in Sub-Saharan Africa carried out for APC. The study found 37 initiatives in 12 countries, most of them small and run by volunteers. He presented the main recommendations of the study, among them licence exemptions for small operators, access to unused spectrum, and open access to the backbone fibre that governments have financed.",
        ],
        "discussions": [
            "The discussion began with the question of licensing. Participants from Mexico, India and South Africa compared the licence regimes of their countries and agreed that a licence category for small non-profit operators, with fees related to revenue, is the single most important change. A representative of a regulator from Latin America explained that regulators often lack a legal basis to create such a category and need the legislature to act first. Several participants noted that the Mexican social use concession shows that this can be done within an existing telecommunications law, once there is political will. Others cautioned that a new licence category only helps if the application process is simple enough for a village cooperative to complete without lawyers, and if the regulator publishes the conditions in the local languages of the communities concerned.",
            "Spectrum was the second main theme. Participants agreed that large parts of the spectrum assigned to national operators are not used in rural areas, and that regulators could allow secondary use where the licensee has no service. Mr. Boakye said that operators are open to sharing arrangements if the terms are clear and do not create interference risks for their own customers. Speakers from civil society replied that such arrangements should be a right of community operators and not a favour granted by incumbents, and that regulators should publish maps of unused spectrum so that communities know what they can ask for. A participant from Kenya described the television white space trials in her country and the lessons learnt about interference management.",
            "The last part of the discussion addressed money. Universal service funds in many countries hold large balances that are not spent, and several participants proposed that a share of these funds be reserved for community operators. Dr. Foditsch presented an overview of the rules that govern such funds in Latin America and showed that most of them allow grants to non-profit operators in principle but have never made one. Participants agreed that small grants with simple reporting would do more good than large tenders, and that communities need help with the first investment more than with running costs, which the networks can usually cover from their own revenue once they are operating.",
        ],
        "way_forward": [
            "Participants asked regulators to create licence categories for small community operators, with fees proportionate to revenue and an application process that a village cooperative can complete.",
            "Regulators should publish maps of assigned spectrum that is not used in rural areas and allow community operators to use it on a secondary basis.",
            "The Dynamic Coalition on Community Connectivity will collect the regulatory examples presented in the session and publish them as a reference for regulators before IGF 2017.",
        ],
    },
    "expected": [],
}

S04 = {
    "id": "s04-2016-defective",
    "year": 2016,
    "about": "2016 wording with defects: a date that cannot be read, an empty moderator cell, a presentation summary of two paragraphs, four way-forward paragraphs; no space between paragraphs",
    "layout": {"font": "Times New Roman", "size": 11, "space_after": 0, "key_marker": "", "intro": [], "header_row": False},
    "fields": {
        "session_title": "Child Online Protection and Children's Rights: Finding the Balance",
        "date": "to be confirmed by the Secretariat",
        "time": "9:00 am to 10:30 am",
        "organizer": "ECPAT International and the Child Rights International Network (CRIN)",
        "moderator": "",
        "rapporteur": "Johanna Virtanen, ECPAT International",
        "speakers": [
            "Sonia Livingstone (London School of Economics and Political Science, Department of Media and Communications)",
            "Rangi Te Whare (Netsafe New Zealand)",
            "Abdul-Rahman Al-Sayed, Arab Network for Child Rights",
            "Marie-Claire Dubois (Council of Europe, Children's Rights Division)",
        ],
        "key_issues": [
            "Measures that protect children online can also limit their right to information, expression and participation.",
            "Age verification systems collect data about children and adults alike and are easy to get around.",
            "Children are rarely consulted when online safety rules that concern them are written.",
        ],
        "presentations": [
            "Presentation 1 (Sonia Livingstone): Prof. Livingstone presented results of the Global Kids Online survey in eleven countries. Children who use the internet more also meet more risks, but they also gain more skills and more opportunities, and most of the risks do not lead to harm.",
            "Presentation 2 (Marie-Claire Dubois): Ms. Dubois introduced the Council of Europe guidelines on the rights of the child in the digital environment, which were then in draft. The guidelines cover access, expression, privacy and protection from harm in one framework.",
            "She then explained how the member states were consulted and how children were asked for their views through national focus groups, whose results changed several parts of the text.",
        ],
        "discussions": [
            "Participants discussed whether protection and participation rights conflict. Most speakers said that the conflict is smaller than it appears, because children who know how to handle risks are both safer and freer online.",
            "The discussion then turned to age verification. Speakers from industry and from civil society agreed that current systems are easy to get around and collect more data than they need.",
            "Finally, participants asked how children can take part in policy making. Examples from New Zealand and the Council of Europe showed that consultations with children change the content of the rules.",
        ],
        "way_forward": [
            "Child rights impact assessments should be made before new online safety laws are adopted.",
            "Age verification should only be required where the risk justifies it, and the data collected should be deleted at once.",
            "Children should be consulted on online safety rules through their schools and youth councils.",
            "The organisers will publish the session's recommendations on the CRIN website.",
        ],
    },
    "expected": [
        ["date-format", "date", "warning", "'to be confirmed by the Secretariat' is no date"],
        ["section-empty", "moderator", "error", "the Chair/Moderator row has no answer"],
        ["paragraphs-per-item", "presentations", "warning", "presentation 2 runs over two paragraphs"],
        ["paragraph-count", "way_forward", "warning", "4 paragraphs where the template asks for 3"],
    ],
}

S05 = {
    "id": "s05-2015-compliant",
    "year": 2015,
    "about": "2015 wording, compliant; numbered key issues, paragraphs some of whose last lines are nearly full",
    "layout": {"font": "Arial", "size": 10, "space_after": 6, "key_marker": "number", "intro": [], "header_row": False},
    "fields": {
        "session_title": "Internet Exchange Points in Africa: Keeping Local Traffic Local",
        "date": "11 November 2015",
        "time": "16:00-17:30",
        "organizer": "African Internet Exchange Point Association (Af-IX) and the Internet Society Africa Bureau",
        "moderator": "Nii Narku Quaynor, Ghana Dot Com",
        "rapporteur": "Michuki Mwangi, Internet Society",
        "speakers": [
            "Nishal Goburdhan (Internet Solutions, South Africa)",
            "Fiona Asonga, Telecommunications Service Providers Association of Kenya (TESPOK)",
            "Kyle Spencer (Uganda Internet Exchange Point)",
            "Dr. Towela Nyirenda-Jere, NEPAD Planning and Coordinating Agency",
        ],
        "key_issues": [
            "Much of the traffic between African networks is still exchanged in Europe, which makes it slower and more expensive.",
            "An exchange point only succeeds when local content and cloud providers connect to it as well as access networks.",
            "Neutral governance of exchange points builds the trust that competing operators need before they peer.",
        ],
        "presentations": [
            "Presentation 1 (Kyle Spencer): Mr. Spencer presented the growth of the Uganda Internet Exchange Point since 2001 and the reasons why several operators joined only after a content delivery network installed caches at the exchange. He showed that the average latency for local traffic fell from over 200 milliseconds to under 10 milliseconds.",
            "Presentation 2 (Fiona Asonga): Ms. Asonga explained the governance of the Kenya Internet Exchange Point, which is run by the association of service providers and not by any single operator. She said that this neutral model was decisive in convincing competitors to connect to the exchange.",
        ],
        "discussions": [
            "Participants began by discussing why so much African traffic is still exchanged abroad. The main reasons given were the price of local transit, the absence of content at local exchanges and a lack of trust between competing operators.",
            "The role of governments was discussed at length. Some participants called for regulators to require operators to peer locally, while most argued that mandatory peering has failed elsewhere and that governments should instead help by removing licence barriers for exchange points.",
            "Finally, the session looked at regional interconnection. Speakers described the plans of the African Union for a network of regional exchange points and stressed that cross-border fibre and the cost of capacity will decide whether those plans succeed.",
        ],
        "way_forward": [
            "Operators and content providers should be invited together to the launch of new exchange points, so that both sides see the benefit from the start.",
            "Regulators should remove licence requirements for exchange points that only carry traffic between their members.",
            "Af-IX will publish traffic statistics of its members every quarter so that progress in keeping local traffic local can be measured.",
        ],
    },
    "expected": [],
}

S06 = {
    "id": "s06-2015-defective",
    "year": 2015,
    "about": "2015 wording, warnings only (exit 0): two speakers without affiliation, a time that cannot be read, four discussion paragraphs; a long speakers list",
    "layout": {"font": "Times New Roman", "size": 12, "space_after": 0, "key_marker": "", "intro": [], "header_row": False},
    "fields": {
        "session_title": "Open Data for Sustainable Cities: From Publication to Participation",
        "date": "12 November 2015",
        "time": "morning session, second slot",
        "organizer": "Open Knowledge Brasil and the World Wide Web Foundation",
        "moderator": "Mariana Valente, InternetLab",
        "rapporteur": "Jonas Bergmann, World Wide Web Foundation",
        "speakers": [
            "Natália Mazotte (Open Knowledge Brasil)",
            "José Roberto Figueiredo de Albuquerque Neto (Prefeitura Municipal de Recife, Secretaria de Ciência, Tecnologia e Inovação)",
            "Aditi Banerjee",
            "Lorenzo Baldassarre (City of Turin)",
            "Hyun-woo Park",
            "Dr. Nnenna Nwakanma (World Wide Web Foundation, Africa Regional Coordinator)",
        ],
        "key_issues": [
            "Cities publish more data than ever, but few residents know that it exists or how to use it.",
            "Data on transport, housing and public budgets is the most requested and the least often published.",
            "Open data portals need feedback channels so that users can report errors and request new datasets.",
        ],
        "discussions": [
            "The discussion started with examples of cities that publish their budgets as open data. Speakers from Recife and Turin described how they involved residents in reading the budget data.",
            "Participants then asked who uses city data. Most portals count downloads but do not know who downloads or why, so they cannot tell whether the data reaches residents.",
            "The third theme was data quality. Several participants reported errors in published datasets that were never corrected because there was no way to report them.",
            "Finally, speakers discussed the cost of open data programmes for smaller cities, which often lack the staff to keep datasets up to date after the launch of a portal.",
        ],
        "way_forward": [
            "Cities should publish budget, transport and housing data first, since residents ask for them most.",
            "Every open data portal should offer a simple way to report errors and to request datasets, and should publish how it answers.",
            "The organisers will set up a mailing list for city open data officers from the Global South before IGF 2016.",
        ],
    },
    "expected": [
        ["speaker-affiliation", "speakers", "warning", "Aditi Banerjee has no affiliation"],
        ["speaker-affiliation", "speakers", "warning", "Hyun-woo Park has no affiliation"],
        ["time-format", "time", "warning", "'morning session, second slot' is no clock time"],
        ["paragraph-count", "discussions", "warning", "4 paragraphs where the template asks for 3"],
    ],
}

SOURCES = [S01, S02, S03, S04, S05, S06]
