ASSOCIATION = {
    "hostname": "sogrs.localhost",
    "port": 8000,
    "default_language": "sr-latn",
    "languages": ["sr-latn", "en"],
    "time_zone": "Europe/Sarajevo",
    "colours": ("#1f6f78", "#b22234"),
    "email": "office@sogrs.example",
    "identity": {
        "sr-latn": {
            "name": "Savez opština i gradova Republike Srpske",
            "short_name": "SOGRS",
            "legal_form": "Nacionalna asocijacija jedinica lokalne samouprave",
            "seat": "",
            "address": "",
        },
        "en": {
            "name": "Association of Municipalities and Cities of Republika Srpska",
            "short_name": "SOGRS",
            "legal_form": "National association of local self-government units",
            "seat": "",
            "address": "",
        },
    },
    "home": {
        "sr-latn": {
            "title": "Savez opština i gradova Republike Srpske",
            "slug": "sogrs",
            "intro": "Glas lokalnih zajednica Republike Srpske i centar usluga za opštine i "
            "gradove.",
        },
        "en": {
            "title": "Association of Municipalities and Cities of Republika Srpska",
            "slug": "sogrs-en",
            "intro": "The voice of Republika Srpska's local communities and a service centre "
            "for its municipalities and cities.",
        },
    },
}

OFFICE_EMAIL = "office@sogrs.example"

SNIPPETS = {
    "provinces": [],
    "members": [],
    "partners": [
        {
            "key": "sida",
            "kind": "donor",
            "website": "https://www.sida.se/",
            "weight": 10,
            "logo": {"text": "SIDA", "background": "#006AA7", "foreground": "#FECC00"},
            "sr-latn": {"name": "Švedska agencija za međunarodni razvoj (SIDA)"},
            "en": {"name": "Swedish International Development Cooperation Agency (SIDA)"},
        },
    ],
    "polls": [
        {
            "key": "exchange-topic",
            "opens_in_days": -14,
            "closes_in_days": 45,
            "results_public": True,
            "sr-latn": {
                "question": "O kojoj temi bi vaša opština ili grad najradije razmijenili "
                "iskustva sa drugim članicama?",
                "choices": [
                    "Komunalne i stambene djelatnosti",
                    "Urbanizam",
                    "Socijalna zaštita",
                    "Obrazovanje i kultura",
                    "Zaštita životne sredine",
                ],
            },
            "en": {
                "question": "On which topic would your municipality or city most like to "
                "exchange experience with other members?",
                "choices": [
                    "Housing and utilities",
                    "Urban planning",
                    "Social welfare",
                    "Education and culture",
                    "Environmental protection",
                ],
            },
        },
    ],
    "questions": [],
    "contacts": [
        {
            "key": "office",
            "email": OFFICE_EMAIL,
            "phone": "",
            "sr-latn": {
                "name": "Sekretarijat Saveza",
                "role": "Sekretar Saveza",
                "organisation": "Savez opština i gradova Republike Srpske",
            },
            "en": {
                "name": "Secretariat of the Association",
                "role": "Secretary of the Association",
                "organisation": "Association of Municipalities and Cities of Republika Srpska",
            },
        },
        {
            "key": "information",
            "email": "info@sogrs.example",
            "phone": "",
            "sr-latn": {
                "name": "Služba za informisanje",
                "role": "Informisanje i web sajt",
                "organisation": "Savez opština i gradova Republike Srpske",
            },
            "en": {
                "name": "Information service",
                "role": "Information and website",
                "organisation": "Association of Municipalities and Cities of Republika Srpska",
            },
        },
    ],
    "bulletin_series": [],
}

PAGES = [
    {
        "type": "AboutPage",
        "key": "about",
        "parent": "home",
        # Only the year of founding (1998) is known, so no founding date is given.
        "fields": {"founded": None, "former_names": []},
        "sr-latn": {
            "title": "O nama",
            "slug": "o-nama",
            "intro": "Savez opština i gradova Republike Srpske okuplja jedinice lokalne "
            "samouprave kao njihova nacionalna asocijacija u Republici Srpskoj.",
            "mission": [
                (
                    "Strategija Saveza je da kod svih članica stvara i obezbjeđuje visoke poslovne "
                    "standarde u svemu što čini organizaciju: u ciljevima, sredstvima, "
                    "strukturi, kadrovima i informacijama."
                ),
                (
                    "Iste standarde gradimo i u vitalnim elementima upravljanja: planiranju, "
                    "odlučivanju, organizovanju, koordinaciji i kontroli."
                ),
            ],
            "goals": [
                {
                    "title": "Međusobna saradnja",
                    "text": "Opštine i gradovi članice sarađuju i pomažu jedni drugima.",
                },
                {
                    "title": "Usluge članicama",
                    "text": "Savez pruža usluge svim članicama i centar je za usluge iz "
                    "oblasti lokalne samouprave.",
                },
                {
                    "title": "Razmjena iskustava",
                    "text": "Članice razmjenjuju iskustva i dobru praksu.",
                },
                {
                    "title": "Zajednički nastup",
                    "text": "Članice zajednički nastupaju i djeluju, a Savez zastupa njihove "
                    "interese pred centralnim vlastima.",
                },
            ],
            "body": [
                (
                    "Savez je osnovan 1998. godine u Brčkom. Opštine i gradovi udružili su se radi "
                    "međusobne saradnje, razmjene iskustava, zajedničkog nastupa i usluga koje "
                    "Savez pruža svim članicama."
                ),
                (
                    "Savez zastupa interese lokalnih zajednica pred centralnim vlastima i centar "
                    "je koji opštinama i gradovima pruža usluge u oblasti lokalne samouprave."
                ),
                (
                    "Djelatnost Saveza obuhvata sve oblasti života i rada koje su važne za lokalne "
                    "zajednice."
                ),
            ],
            "seat": "",
            "legal_form": "Nacionalna asocijacija jedinica lokalne samouprave",
            "former_names": [],
        },
        "en": {
            "title": "About us",
            "slug": "about-us",
            "intro": "The Association of Municipalities and Cities of Republika Srpska brings "
            "together local self-government units as their national association in "
            "Republika Srpska.",
            "mission": [
                (
                    "The Association’s strategy is to create and secure high business standards in "
                    "all its members, in everything that makes up an organisation: its goals, "
                    "resources, structure, staff and information."
                ),
                (
                    "We build the same standards into the vital elements of management: planning, "
                    "decision-making, organising, coordination and control."
                ),
            ],
            "goals": [
                {
                    "title": "Cooperation",
                    "text": "Member municipalities and cities work together and help one another.",
                },
                {
                    "title": "Services for members",
                    "text": "The Association provides services to all its members and is a "
                    "service centre for local self-government.",
                },
                {
                    "title": "Sharing experience",
                    "text": "Members share experience and good practice.",
                },
                {
                    "title": "Acting together",
                    "text": "Members speak and act together, and the Association represents "
                    "their interests before the central authorities.",
                },
            ],
            "body": [
                (
                    "The Association was founded in Brčko in 1998. Municipalities and cities "
                    "joined it to cooperate, share experience, speak with one voice and use "
                    "the services the Association provides to all its members."
                ),
                (
                    "The Association represents the interests of local communities before the "
                    "central authorities and is a centre that provides municipalities and "
                    "cities with services in the field of local self-government."
                ),
                (
                    "The Association works in every area of life and work that matters to local "
                    "communities."
                ),
            ],
            "seat": "",
            "legal_form": "National association of local self-government units",
            "former_names": [],
        },
    },
    {
        "type": "StandardPage",
        "key": "what-we-do",
        "parent": "home",
        "fields": {},
        "sr-latn": {
            "title": "Čime se bavimo",
            "slug": "cime-se-bavimo",
            "intro": "Savez djeluje u svim oblastima života i rada koje su važne za lokalne "
            "zajednice.",
            "sections": [
                {
                    "heading": "Naše djelatnosti",
                    "paragraphs": ["Savez posebno:"],
                    "items": [
                        (
                            "organizuje razmjenu iskustava i druge vidove saradnje među članicama, "
                            "utvrđuje stavove o pitanjima od zajedničkog interesa i zalaže se "
                            "za njih te sarađuje sa organima i organizacijama koje imaju iste "
                            "ciljeve;"
                        ),
                        (
                            "pokreće rasprave o aktuelnim pitanjima lokalne samouprave – kako je "
                            "zaštititi, razvijati i unapređivati;"
                        ),
                        (
                            "unapređuje i razvija rad javnih službi u komunalnoj i stambenoj "
                            "oblasti, urbanizmu, zdravstvu, socijalnoj zaštiti, obrazovanju i "
                            "kulturi te u zaštiti čovjekove okoline;"
                        ),
                        "utvrđuje program rada i preduzima mjere da se on ostvari;",
                        (
                            "predlaže da Republika izmijeni postojeće ili donese nove propise i "
                            "mjere koji se tiču lokalne samouprave;"
                        ),
                        (
                            "informiše o praksi u Republici i inostranstvu u oblastima koje su "
                            "važne za lokalnu samoupravu;"
                        ),
                        (
                            "sarađuje sa asocijacijama lokalnih vlasti, domaćim i međunarodnim, "
                            "kao i sa gradovima i opštinama drugih zemalja."
                        ),
                    ],
                },
            ],
        },
        "en": {
            "title": "What we do",
            "slug": "what-we-do",
            "intro": "The Association works in every area of life and work that matters to "
            "local communities.",
            "sections": [
                {
                    "heading": "Our activities",
                    "paragraphs": ["In particular, the Association:"],
                    "items": [
                        (
                            "organises exchanges of experience and other forms of cooperation "
                            "among its members, agrees and advocates positions on matters of "
                            "common interest, and works with bodies and organisations that "
                            "pursue the same goals;"
                        ),
                        (
                            "holds debates on current issues in local self-government – how to "
                            "protect, develop and improve it;"
                        ),
                        (
                            "improves and develops public services in housing and utilities, urban "
                            "planning, health care, social welfare, education, culture and "
                            "environmental protection;"
                        ),
                        "sets its work programme and takes the steps needed to carry it out;",
                        (
                            "proposes that the Republic amend existing regulations, or adopt new "
                            "regulations and measures, concerning local self-government;"
                        ),
                        (
                            "provides information on practice in the Republic and abroad in areas "
                            "that matter to local self-government;"
                        ),
                        (
                            "cooperates with associations of local authorities, national and "
                            "international, and with cities and municipalities in other "
                            "countries."
                        ),
                    ],
                },
            ],
        },
    },
    {
        "type": "ProjectPage",
        "key": "website-project",
        "parent": "home",
        # The sources say only that SIDA supported the building of the website: no budget,
        # contract, programme or dates are given.
        "fields": {
            "contract_code": "",
            "budget": None,
            "currency": "BAM",
            "start_date": None,
            "end_date": None,
            "partners": ["sida"],
        },
        "sr-latn": {
            "title": "Web sajt Saveza",
            "slug": "web-sajt-saveza",
            "acronym": "",
            "implementing_organisation": "Savez opština i gradova Republike Srpske",
            "funding_source": "Švedska agencija za međunarodni razvoj (SIDA)",
            "funding_programme": "",
            "objectives": [
                (
                    "Dati članicama i javnosti jedno mjesto na kojem se mogu informisati o radu "
                    "Saveza."
                ),
                "Olakšati razmjenu iskustava i dobre prakse među opštinama i gradovima.",
                "Informisati o praksi lokalne samouprave u Republici i inostranstvu.",
            ],
            "activities": [
                "Izrada web sajta Saveza.",
                "Priprema sadržaja o Savezu, njegovim članicama i djelatnostima.",
                "Osposobljavanje zaposlenih u Savezu za uređivanje sajta.",
            ],
            "expected_results": [
                "Sajt koji redovno donosi vijesti, dokumente i najave događaja.",
                "Informacije dostupnije opštinama, gradovima i građanima.",
                "Brža i jednostavnija komunikacija između Saveza i članica.",
            ],
        },
        "en": {
            "title": "The Association’s website",
            "slug": "the-associations-website",
            "acronym": "",
            "implementing_organisation": "Association of Municipalities and Cities of "
            "Republika Srpska",
            "funding_source": "Swedish International Development Cooperation Agency (SIDA)",
            "funding_programme": "",
            "objectives": [
                (
                    "To give members and the public a single place to find out about the "
                    "Association’s work."
                ),
                (
                    "To make it easier for municipalities and cities to share experience and good "
                    "practice."
                ),
                (
                    "To provide information on local self-government practice in the Republic and "
                    "abroad."
                ),
            ],
            "activities": [
                "Building the Association’s website.",
                "Preparing content about the Association, its members and its activities.",
                "Training the Association’s staff to edit the website.",
            ],
            "expected_results": [
                "A website that regularly publishes news, documents and event announcements.",
                "Information that is easier for municipalities, cities and citizens to reach.",
                "Faster and simpler communication between the Association and its members.",
            ],
        },
    },
    {
        "type": "MemberDirectoryPage",
        "key": "members",
        "parent": "home",
        "fields": {},
        "sr-latn": {
            "title": "Članice",
            "slug": "clanice",
            "intro": "Ovdje ćete pronaći opštine i gradove članice Saveza, njihovu lokaciju i "
            "kontakt podatke.",
        },
        "en": {
            "title": "Members",
            "slug": "members",
            "intro": "Here you will find the municipalities and cities that are members of the "
            "Association, where they are and how to reach them.",
        },
    },
    {
        "type": "NewsIndexPage",
        "key": "news",
        "parent": "home",
        "fields": {},
        "sr-latn": {
            "title": "Vijesti",
            "slug": "vijesti",
            "intro": "Vijesti o radu Saveza i njegovih članica.",
        },
        "en": {
            "title": "News",
            "slug": "news",
            "intro": "News about the work of the Association and its members.",
        },
    },
    {
        "type": "NewsPage",
        "key": "news-utilities-exchange",
        "parent": "news",
        "fields": {"date_in_days": -8},
        "sr-latn": {
            "title": "Opštine razmijenile iskustva o komunalnim uslugama",
            "slug": "opstine-razmijenile-iskustva-o-komunalnim-uslugama",
            "summary": "Predstavnici opština i gradova članica razgovarali su o tome kako da "
            "komunalne i stambene službe rade bolje.",
            "body": [
                (
                    "Na sastanku u organizaciji Saveza članice su predstavile rješenja koja su se "
                    "pokazala uspješnim u njihovim sredinama."
                ),
                (
                    "Primjeri dobre prakse biće objavljeni na sajtu Saveza, a razmjena iskustava "
                    "nastaviće se na seminaru koji je u pripremi."
                ),
            ],
            "topics": ["Razmjena iskustava", "Komunalne djelatnosti"],
        },
        "en": {
            "title": "Municipalities share experience on utility services",
            "slug": "municipalities-share-experience-on-utility-services",
            "summary": "Representatives of member municipalities and cities discussed how to "
            "improve housing and utility services.",
            "body": [
                (
                    "At a meeting organised by the Association, members presented solutions that "
                    "have worked well in their communities."
                ),
                (
                    "Examples of good practice will be published on the Association’s website, and "
                    "the exchange will continue at a seminar now being prepared."
                ),
            ],
            "topics": ["Sharing experience", "Utilities"],
        },
    },
    {
        "type": "NewsPage",
        "key": "news-regulations",
        "parent": "news",
        "fields": {"date_in_days": -21},
        "sr-latn": {
            "title": "Savez predlaže izmjene propisa o lokalnoj samoupravi",
            "slug": "savez-predlaze-izmjene-propisa-o-lokalnoj-samoupravi",
            "summary": "Na osnovu prijedloga članica Savez je pripremio zajednički stav o "
            "izmjenama propisa u oblasti lokalne samouprave.",
            "body": [
                (
                    "Opštine i gradovi ukazali su na odredbe koje im najviše otežavaju svakodnevni "
                    "rad i predložili kako da se one poboljšaju."
                ),
                "Savez će zajednički stav predstaviti nadležnim organima Republike.",
            ],
            "topics": ["Propisi", "Lokalna samouprava"],
        },
        "en": {
            "title": "Association proposes changes to local self-government regulations",
            "slug": "association-proposes-changes-to-local-self-government-regulations",
            "summary": "Drawing on its members’ proposals, the Association has prepared a "
            "joint position on changes to local self-government regulations.",
            "body": [
                (
                    "Municipalities and cities pointed to the provisions that most hinder their "
                    "daily work and suggested how to improve them."
                ),
                (
                    "The Association will present the joint position to the competent authorities "
                    "of the Republic."
                ),
            ],
            "topics": ["Regulations", "Local self-government"],
        },
    },
    {
        "type": "NewsPage",
        "key": "news-international",
        "parent": "news",
        "fields": {"date_in_days": -40},
        "sr-latn": {
            "title": "Saradnja sa asocijacijama lokalnih vlasti iz inostranstva",
            "slug": "saradnja-sa-asocijacijama-lokalnih-vlasti-iz-inostranstva",
            "summary": "Savez je sa partnerskim asocijacijama iz inostranstva razgovarao o "
            "zajedničkim temama i razmjeni praksi.",
            "body": [
                (
                    "Razgovarano je o finansiranju lokalne samouprave, o javnim službama i o tome "
                    "kako asocijacije mogu bolje da zastupaju svoje članice."
                ),
                (
                    "Savez će informacije o praksi u drugim zemljama redovno dijeliti sa opštinama "
                    "i gradovima."
                ),
            ],
            "topics": ["Međunarodna saradnja"],
        },
        "en": {
            "title": "Cooperation with local government associations abroad",
            "slug": "cooperation-with-local-government-associations-abroad",
            "summary": "The Association met partner associations from abroad to discuss shared "
            "concerns and exchange practice.",
            "body": [
                (
                    "The talks covered local government finance, public services and how "
                    "associations can represent their members more effectively."
                ),
                (
                    "The Association will regularly share information on practice in other "
                    "countries with its municipalities and cities."
                ),
            ],
            "topics": ["International cooperation"],
        },
    },
    {
        "type": "EventIndexPage",
        "key": "events",
        "parent": "home",
        "fields": {},
        "sr-latn": {
            "title": "Događaji",
            "slug": "dogadjaji",
            "intro": "Seminari, rasprave, radni sastanci i sjednice Skupštine Saveza.",
        },
        "en": {
            "title": "Events",
            "slug": "events",
            "intro": "Seminars, debates, working meetings and sessions of the Association’s "
            "Assembly.",
        },
    },
    {
        "type": "EventPage",
        "key": "event-exchange-seminar",
        "parent": "events",
        "fields": {
            "start_in_days": 12,
            "start_time": "10:00",
            "end_in_days": 12,
            "end_time": "15:00",
            "all_day": False,
            "format": "hybrid",
            "kind": "seminar",
            "online_url": "https://meet.example/sogrs-razmjena",
            "registration_url": "",
            "registration_email": OFFICE_EMAIL,
            "registration_deadline_in_days": 7,
            "contact_email": OFFICE_EMAIL,
            "contact_phone": "",
            "partners": [],
        },
        "sr-latn": {
            "title": "Seminar o razmjeni iskustava: komunalne i stambene djelatnosti",
            "slug": "seminar-o-razmjeni-iskustava-komunalne-i-stambene-djelatnosti",
            "summary": "Opštine i gradovi predstavljaju rješenja koja su unaprijedila rad "
            "njihovih komunalnih i stambenih službi.",
            "body": [
                (
                    "Na seminaru će članice predstaviti svoje primjere dobre prakse, a učesnici će "
                    "zajedno razmotriti koja se rješenja mogu primijeniti i u drugim "
                    "sredinama."
                ),
                (
                    "Učešće je moguće u sali ili putem interneta. Prijave se primaju elektronskom "
                    "poštom."
                ),
            ],
            "venue_name": "Banja Luka",
            "street_address": "Banja Luka",
            "organiser": "Savez opština i gradova Republike Srpske",
            "audience": "Predstavnici opština i gradova i javnih komunalnih preduzeća",
        },
        "en": {
            "title": "Seminar on sharing experience: housing and utilities",
            "slug": "seminar-on-sharing-experience-housing-and-utilities",
            "summary": "Municipalities and cities present solutions that have improved their "
            "housing and utility services.",
            "body": [
                (
                    "Members will present their examples of good practice, and participants will "
                    "consider together which solutions could work elsewhere."
                ),
                "You can take part in the room or online. Please register by e-mail.",
            ],
            "venue_name": "Banja Luka",
            "street_address": "Banja Luka",
            "organiser": "Association of Municipalities and Cities of Republika Srpska",
            "audience": "Representatives of municipalities, cities and public utility companies",
        },
    },
    {
        "type": "EventPage",
        "key": "event-regulations-meeting",
        "parent": "events",
        "fields": {
            "start_in_days": 33,
            "start_time": "11:00",
            "end_in_days": 33,
            "end_time": "13:00",
            "all_day": False,
            "format": "online",
            "kind": "working_meeting",
            "online_url": "https://meet.example/sogrs-propisi",
            "registration_url": "",
            "registration_email": OFFICE_EMAIL,
            "registration_deadline_in_days": 30,
            "contact_email": OFFICE_EMAIL,
            "contact_phone": "",
            "partners": [],
        },
        "sr-latn": {
            "title": "Radni sastanak o prijedlozima izmjena propisa",
            "slug": "radni-sastanak-o-prijedlozima-izmjena-propisa",
            "summary": "Članice usaglašavaju šta će predložiti Republici da izmijeni u "
            "propisima i mjerama o lokalnoj samoupravi.",
            "body": [
                (
                    "Na sastanku ćemo pregledati prijedloge koje su opštine i gradovi dostavili i "
                    "dogovoriti zajednički stav Saveza."
                ),
                "Sastanak se održava putem interneta; link će biti poslat prijavljenim učesnicima.",
            ],
            "venue_name": "Putem interneta",
            "street_address": "",
            "organiser": "Savez opština i gradova Republike Srpske",
            "audience": "Pravnici i rukovodioci službi u opštinama i gradovima",
        },
        "en": {
            "title": "Working meeting on proposed changes to regulations",
            "slug": "working-meeting-on-proposed-changes-to-regulations",
            "summary": "Members agree on proposals to change the Republic’s regulations and "
            "measures on local self-government.",
            "body": [
                (
                    "We will review the proposals submitted by municipalities and cities and agree "
                    "on a joint position for the Association."
                ),
                "The meeting is held online; the link will be sent to registered participants.",
            ],
            "venue_name": "Online",
            "street_address": "",
            "organiser": "Association of Municipalities and Cities of Republika Srpska",
            "audience": "Legal staff and heads of departments in municipalities and cities",
        },
    },
    {
        "type": "EventPage",
        "key": "event-local-government-debate",
        "parent": "events",
        "fields": {
            "start_in_days": -21,
            "start_time": "10:00",
            "end_in_days": -21,
            "end_time": "14:00",
            "all_day": False,
            "format": "in_person",
            "kind": "civic_forum",
            "online_url": "",
            "registration_url": "",
            "registration_email": "",
            "registration_deadline_in_days": None,
            "contact_email": OFFICE_EMAIL,
            "contact_phone": "",
            "partners": [],
        },
        "sr-latn": {
            "title": "Rasprava o aktuelnim pitanjima lokalne samouprave",
            "slug": "rasprava-o-aktuelnim-pitanjima-lokalne-samouprave",
            "summary": "Predstavnici opština i gradova raspravljali su o zaštiti, razvoju i "
            "unapređenju lokalne samouprave.",
            "body": [
                (
                    "Učesnici su govorili o nadležnostima i finansiranju lokalnih zajednica i o "
                    "odnosu lokalne samouprave i centralnih vlasti."
                ),
                (
                    "Zaključci rasprave poslužili su kao osnova za prijedloge izmjena propisa koje "
                    "Savez priprema."
                ),
            ],
            "venue_name": "Banja Luka",
            "street_address": "Banja Luka",
            "organiser": "Savez opština i gradova Republike Srpske",
            "audience": "Načelnici, gradonačelnici i odbornici",
        },
        "en": {
            "title": "Debate on current issues in local self-government",
            "slug": "debate-on-current-issues-in-local-self-government",
            "summary": "Representatives of municipalities and cities debated how to protect, "
            "develop and improve local self-government.",
            "body": [
                (
                    "Participants discussed the powers and funding of local communities and the "
                    "relationship between local self-government and the central authorities."
                ),
                (
                    "The conclusions of the debate are the basis for the proposals for changes to "
                    "regulations that the Association is preparing."
                ),
            ],
            "venue_name": "Banja Luka",
            "street_address": "Banja Luka",
            "organiser": "Association of Municipalities and Cities of Republika Srpska",
            "audience": "Mayors and municipal councillors",
        },
    },
    {
        "type": "EventPage",
        "key": "event-assembly",
        "parent": "events",
        "fields": {
            "start_in_days": -60,
            "start_time": "11:00",
            "end_in_days": -60,
            "end_time": "14:00",
            "all_day": False,
            "format": "in_person",
            "kind": "general_assembly",
            "online_url": "",
            "registration_url": "",
            "registration_email": "",
            "registration_deadline_in_days": None,
            "contact_email": OFFICE_EMAIL,
            "contact_phone": "",
            "partners": [],
        },
        "sr-latn": {
            "title": "Sjednica Skupštine Saveza",
            "slug": "sjednica-skupstine-saveza",
            "summary": "Skupština je razmotrila izvještaj o radu i utvrdila program rada Saveza.",
            "body": [
                (
                    "Predstavnici članica razmotrili su šta je urađeno od prethodne sjednice i "
                    "utvrdili program rada sa mjerama za njegovo ostvarivanje."
                ),
                (
                    "Skupština je podržala nastavak razmjene iskustava među članicama i pripremu "
                    "prijedloga izmjena propisa."
                ),
            ],
            "venue_name": "Bijeljina",
            "street_address": "Bijeljina",
            "organiser": "Savez opština i gradova Republike Srpske",
            "audience": "Predstavnici opština i gradova članica",
        },
        "en": {
            "title": "Session of the Association’s Assembly",
            "slug": "session-of-the-associations-assembly",
            "summary": "The Assembly reviewed the activity report and adopted the "
            "Association’s work programme.",
            "body": [
                (
                    "Members’ representatives reviewed what has been done since the last session "
                    "and adopted the work programme together with the measures needed to carry "
                    "it out."
                ),
                (
                    "The Assembly backed further exchanges of experience among members and the "
                    "preparation of proposals for changes to regulations."
                ),
            ],
            "venue_name": "Bijeljina",
            "street_address": "Bijeljina",
            "organiser": "Association of Municipalities and Cities of Republika Srpska",
            "audience": "Representatives of member municipalities and cities",
        },
    },
    {
        "type": "ContactPage",
        "key": "contact",
        "parent": "home",
        # The seat is not given in the sources: the address names only the region or country,
        # and there is no point on the map.
        "fields": {
            "email": OFFICE_EMAIL,
            "phone": "",
            "latitude": None,
            "longitude": None,
            "contacts": ["office", "information"],
        },
        "sr-latn": {
            "title": "Kontakt",
            "slug": "kontakt",
            "address": "Republika Srpska, Bosna i Hercegovina",
            "office_hours": "Radnim danima, uz prethodni dogovor elektronskom poštom",
        },
        "en": {
            "title": "Contact",
            "slug": "contact",
            "address": "Republika Srpska, Bosnia and Herzegovina",
            "office_hours": "Working days, by appointment arranged by e-mail",
        },
    },
]

KEY_FIGURES = {
    "numbers": [{"number": 1998}, {"number": 7}],
    "sr-latn": {
        "title": "Ukratko",
        "labels": ["godina osnivanja", "oblasti djelovanja"],
        "suffixes": ["", ""],
    },
    "en": {
        "title": "At a glance",
        "labels": ["year founded", "areas of work"],
        "suffixes": ["", ""],
    },
}
