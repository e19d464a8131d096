from datetime import date

ASSOCIATION = {
    "hostname": "hebar.localhost",
    "port": 8000,
    "default_language": "bg",
    "languages": ["bg", "en"],
    "time_zone": "Europe/Sofia",
    "colours": ("#1d5b8f", "#d98e04"),
    "founded": date(1997, 12, 15),
    "email": "office@hebar.example",
    "identity": {
        "bg": {
            "name": "Асоциация на общини от Южен централен район „Хебър“",
            "short_name": "АОЮЦР „Хебър“",
            "legal_form": "Доброволно сдружение с нестопанска цел в обществена полза",
            "seat": "Пловдив",
            "address": "Пловдив, България",
        },
        "en": {
            "name": "Hebar Association of Municipalities of the South Central Region",
            "short_name": "Hebar",
            "legal_form": "Voluntary non-profit association for public benefit",
            "seat": "Plovdiv",
            "address": "Plovdiv, Bulgaria",
        },
    },
    "home": {
        "bg": {
            "title": "Асоциация „Хебър“",
            "slug": "hebar",
            "intro": "Общините от Пловдивска и Пазарджишка област, обединени за по-силно "
            "и по-открито местно самоуправление.",
        },
        "en": {
            "title": "Hebar Association",
            "slug": "hebar-en",
            "intro": "Municipalities of the Plovdiv and Pazardzhik provinces, working together "
            "for stronger and more open local self-government.",
        },
    },
}

OFFICE_EMAIL = "office@hebar.example"

# The association's site once gave a count of members that did not match its own list: the
# directory holds the municipalities it names, and the site counts them itself.
SNIPPETS = {
    "provinces": [
        {"key": "plovdiv", "bg": {"name": "Пловдив"}, "en": {"name": "Plovdiv"}},
        {"key": "pazardzhik", "bg": {"name": "Пазарджик"}, "en": {"name": "Pazardzhik"}},
    ],
    # Approximate coordinates of each town centre. Maritsa and Rodopi are run from offices in
    # the city of Plovdiv, so their points lie in Plovdiv too.
    "members": [
        {
            "key": "asenovgrad",
            "province": "plovdiv",
            "latitude": 42.0125,
            "longitude": 24.8772,
            "member_since": None,
            "website": "",
            "email": "",
            "phone": "",
            "population": None,
            "bg": {"name": "Асеновград", "address": ""},
            "en": {"name": "Asenovgrad", "address": ""},
        },
        {
            "key": "belovo",
            "province": "pazardzhik",
            "latitude": 42.2119,
            "longitude": 24.0208,
            "member_since": None,
            "website": "",
            "email": "",
            "phone": "",
            "population": None,
            "bg": {"name": "Белово", "address": ""},
            "en": {"name": "Belovo", "address": ""},
        },
        {
            "key": "velingrad",
            "province": "pazardzhik",
            "latitude": 42.0275,
            "longitude": 23.9914,
            "member_since": None,
            "website": "",
            "email": "",
            "phone": "",
            "population": None,
            "bg": {"name": "Велинград", "address": ""},
            "en": {"name": "Velingrad", "address": ""},
        },
        {
            "key": "kaloyanovo",
            "province": "plovdiv",
            "latitude": 42.3542,
            "longitude": 24.7369,
            "member_since": None,
            "website": "",
            "email": "",
            "phone": "",
            "population": None,
            "bg": {"name": "Калояново", "address": ""},
            "en": {"name": "Kaloyanovo", "address": ""},
        },
        {
            "key": "kuklen",
            "province": "plovdiv",
            "latitude": 42.0331,
            "longitude": 24.7806,
            "member_since": None,
            "website": "",
            "email": "",
            "phone": "",
            "population": None,
            "bg": {"name": "Куклен", "address": ""},
            "en": {"name": "Kuklen", "address": ""},
        },
        {
            "key": "lesichovo",
            "province": "pazardzhik",
            "latitude": 42.3564,
            "longitude": 24.1119,
            "member_since": None,
            "website": "",
            "email": "",
            "phone": "",
            "population": None,
            "bg": {"name": "Лесичово", "address": ""},
            "en": {"name": "Lesichovo", "address": ""},
        },
        {
            "key": "maritsa",
            "province": "plovdiv",
            "latitude": 42.1508,
            "longitude": 24.7456,
            "member_since": None,
            "website": "",
            "email": "",
            "phone": "",
            "population": None,
            "bg": {"name": "Марица", "address": ""},
            "en": {"name": "Maritsa", "address": ""},
        },
        {
            "key": "pazardzhik",
            "province": "pazardzhik",
            "latitude": 42.1928,
            "longitude": 24.3336,
            "member_since": None,
            "website": "",
            "email": "",
            "phone": "",
            "population": None,
            "bg": {"name": "Пазарджик", "address": ""},
            "en": {"name": "Pazardzhik", "address": ""},
        },
        {
            "key": "panagyurishte",
            "province": "pazardzhik",
            "latitude": 42.5058,
            "longitude": 24.1908,
            "member_since": None,
            "website": "",
            "email": "",
            "phone": "",
            "population": None,
            "bg": {"name": "Панагюрище", "address": ""},
            "en": {"name": "Panagyurishte", "address": ""},
        },
        {
            "key": "perushtitsa",
            "province": "plovdiv",
            "latitude": 42.0553,
            "longitude": 24.5447,
            "member_since": None,
            "website": "",
            "email": "",
            "phone": "",
            "population": None,
            "bg": {"name": "Перущица", "address": ""},
            "en": {"name": "Perushtitsa", "address": ""},
        },
        {
            "key": "peshtera",
            "province": "pazardzhik",
            "latitude": 42.0339,
            "longitude": 24.3003,
            "member_since": None,
            "website": "",
            "email": "",
            "phone": "",
            "population": None,
            "bg": {"name": "Пещера", "address": ""},
            "en": {"name": "Peshtera", "address": ""},
        },
        {
            "key": "plovdiv",
            "province": "plovdiv",
            "latitude": 42.1354,
            "longitude": 24.7453,
            "member_since": None,
            "website": "",
            "email": "",
            "phone": "",
            "population": None,
            "bg": {"name": "Пловдив", "address": ""},
            "en": {"name": "Plovdiv", "address": ""},
        },
        {
            "key": "rakovski",
            "province": "plovdiv",
            "latitude": 42.2886,
            "longitude": 24.9694,
            "member_since": None,
            "website": "",
            "email": "",
            "phone": "",
            "population": None,
            "bg": {"name": "Раковски", "address": ""},
            "en": {"name": "Rakovski", "address": ""},
        },
        {
            "key": "rodopi",
            "province": "plovdiv",
            "latitude": 42.1339,
            "longitude": 24.7264,
            "member_since": None,
            "website": "",
            "email": "",
            "phone": "",
            "population": None,
            "bg": {"name": "Родопи", "address": ""},
            "en": {"name": "Rodopi", "address": ""},
        },
        {
            "key": "septemvri",
            "province": "pazardzhik",
            "latitude": 42.2142,
            "longitude": 24.1233,
            "member_since": None,
            "website": "",
            "email": "",
            "phone": "",
            "population": None,
            "bg": {"name": "Септември", "address": ""},
            "en": {"name": "Septemvri", "address": ""},
        },
        {
            "key": "sopot",
            "province": "plovdiv",
            "latitude": 42.6536,
            "longitude": 24.7522,
            "member_since": None,
            "website": "",
            "email": "",
            "phone": "",
            "population": None,
            "bg": {"name": "Сопот", "address": ""},
            "en": {"name": "Sopot", "address": ""},
        },
        {
            "key": "strelcha",
            "province": "pazardzhik",
            "latitude": 42.4983,
            "longitude": 24.3178,
            "member_since": None,
            "website": "",
            "email": "",
            "phone": "",
            "population": None,
            "bg": {"name": "Стрелча", "address": ""},
            "en": {"name": "Strelcha", "address": ""},
        },
        {
            "key": "saedinenie",
            "province": "plovdiv",
            "latitude": 42.2681,
            "longitude": 24.5492,
            "member_since": None,
            "website": "",
            "email": "",
            "phone": "",
            "population": None,
            "bg": {"name": "Съединение", "address": ""},
            "en": {"name": "Saedinenie", "address": ""},
        },
    ],
    "partners": [],
    "polls": [
        {
            "key": "eu",
            "opens_in_days": -30,
            "closes_in_days": 60,
            "results_public": True,
            "bg": {
                "question": "Според вас работи ли местната власт по-различно, откакто България "
                "е член на Европейския съюз?",
                "choices": ["Да", "Не", "Донякъде"],
            },
            "en": {
                "question": "In your view, has local government worked differently since "
                "Bulgaria became a member of the European Union?",
                "choices": ["Yes", "No", "To some extent"],
            },
        },
    ],
    "questions": [],
    "contacts": [
        {
            "key": "office",
            "email": OFFICE_EMAIL,
            "phone": "",
            "bg": {
                "name": "Офис на асоциацията",
                "role": "Изпълнителен директор",
                "organisation": "Асоциация „Хебър“",
            },
            "en": {
                "name": "Office of the association",
                "role": "Executive director",
                "organisation": "Hebar Association",
            },
        },
        {
            "key": "training",
            "email": "training@hebar.example",
            "phone": "",
            "bg": {
                "name": "Обучения и събития",
                "role": "Координатор на обученията",
                "organisation": "Асоциация „Хебър“",
            },
            "en": {
                "name": "Training and events",
                "role": "Training coordinator",
                "organisation": "Hebar Association",
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
        "fields": {"founded": "1997-12-15", "former_names": [{"from_year": 1997, "to_year": 2000}]},
        "bg": {
            "title": "За нас",
            "slug": "za-nas",
            "intro": "Асоциацията „Хебър“ обединява общини от Южния централен район, които "
            "искат заедно да укрепват местното самоуправление.",
            "mission": [
                (
                    "Мисията ни е да работим отговорно и активно за по-добро местно "
                    "самоуправление: общинската администрация да действа по-ефективно и "
                    "по-прозрачно, а законовата среда, в която работят общините, да се "
                    "подобрява."
                ),
                (
                    "Искаме гражданите да имат повече възможности и повече желание да участват в "
                    "управлението на своите общини, а икономическият потенциал на региона да "
                    "расте."
                ),
            ],
            "goals": [
                {
                    "title": "Съвместни политики",
                    "text": "Общините членки провеждат заедно политика в устройството на "
                    "територията, в пазарната и стопанската дейност, в социалната сфера и "
                    "опазването на околната среда, както и координирана инвестиционна "
                    "политика – за ефективно, открито и устойчиво местно самоуправление.",
                },
                {
                    "title": "Съгласуване на стратегиите",
                    "text": "Асоциацията съгласува местните интереси на членовете си с "
                    "регионалните програми и с националните стратегии за развитието на "
                    "общините.",
                },
                {
                    "title": "Представителство",
                    "text": "Представляваме и защитаваме интересите на членовете си пред "
                    "държавните, националните и регионалните институции, пред обществени "
                    "организации и фондации.",
                },
                {
                    "title": "Предложения за законодателството",
                    "text": "Помагаме при подготовката на предложения за промени в законите за "
                    "местното самоуправление и местната администрация и в други нормативни "
                    "актове, които засягат работата и проблемите на общините.",
                },
                {
                    "title": "Информираност и квалификация",
                    "text": "Помагаме на хората в местната власт да бъдат по-добре "
                    "информирани, по-подготвени и по-умели, за да работи общинската "
                    "администрация по-ефективно и по-качествено.",
                },
                {
                    "title": "Европейска интеграция",
                    "text": "Заедно с общинските, регионалните и централните власти, бизнеса, "
                    "научните организации и неправителствения сектор участваме в "
                    "създаването на политики, с които регионът да се впише успешно и "
                    "ефективно в европейските структури.",
                },
            ],
            "body": [
                (
                    "Сдружението е доброволно и работи с нестопанска цел в обществена полза. "
                    "Членове могат да бъдат общини, общински и други обществени организации, "
                    "както и граждани, които подкрепят местните власти в стремежа им към "
                    "демократично и устойчиво развитие."
                ),
                (
                    "Асоциацията е учредена на 15 декември 1997 г. в Пловдив под името РСО "
                    "„Филипопол“. От 2000 г. носи сегашното си име – „Хебър“."
                ),
                "Членуващите общини се намират в две области – Пловдивска и Пазарджишка.",
            ],
            "seat": "Пловдив",
            "legal_form": "Доброволно сдружение с нестопанска цел в обществена полза",
            "former_names": [{"name": "РСО „Филипопол“"}],
        },
        "en": {
            "title": "About us",
            "slug": "about-us",
            "intro": "The Hebar Association brings together municipalities of the South "
            "Central Region that want to strengthen local self-government together.",
            "mission": [
                (
                    "Our mission is to work responsibly and actively for better local "
                    "self-government: for municipal administrations that are more effective "
                    "and more transparent, and for a better legal framework for the work of "
                    "municipalities."
                ),
                (
                    "We want citizens to have more opportunities, and more reason, to take part in "
                    "running their municipalities, and we want the economic potential of the "
                    "region to grow."
                ),
            ],
            "goals": [
                {
                    "title": "Joint policies",
                    "text": "Member municipalities pursue joint policies on spatial planning, "
                    "market and economic activity, social affairs and the environment, and "
                    "coordinate their investment, for effective, open and sustainable "
                    "local self-government.",
                },
                {
                    "title": "Aligning strategies",
                    "text": "The association aligns the local interests of its members with "
                    "regional programmes and with national strategies for municipal "
                    "development.",
                },
                {
                    "title": "Representation",
                    "text": "We represent and defend our members’ interests before state, "
                    "national and regional institutions, public organisations and "
                    "foundations.",
                },
                {
                    "title": "Proposals for legislation",
                    "text": "We help prepare proposals to amend the laws on local "
                    "self-government and local administration and other regulations that "
                    "affect the work and the problems of municipalities.",
                },
                {
                    "title": "Information and skills",
                    "text": "We raise the awareness, qualifications and skills of local "
                    "government representatives so that municipal administrations work "
                    "more effectively and to a higher standard.",
                },
                {
                    "title": "European integration",
                    "text": "Together with municipal, regional and central authorities, "
                    "businesses, research bodies and non-governmental organisations, we "
                    "help shape policies that will let the region fit successfully and "
                    "effectively into European structures.",
                },
            ],
            "body": [
                (
                    "The association is voluntary and works on a non-profit basis for the public "
                    "benefit. Municipalities, municipal and other public organisations, and "
                    "individuals who support local authorities in their pursuit of democratic "
                    "and sustainable development may join."
                ),
                (
                    "It was founded in Plovdiv on 15 December 1997 under the name RSO “Filipopol”. "
                    "Since 2000 it has carried its present name, “Hebar”."
                ),
                "Its member municipalities lie in two provinces: Plovdiv and Pazardzhik.",
            ],
            "seat": "Plovdiv",
            "legal_form": "Voluntary non-profit association for public benefit",
            "former_names": [{"name": "RSO “Filipopol”"}],
        },
    },
    {
        "type": "MemberDirectoryPage",
        "key": "members",
        "parent": "home",
        "fields": {},
        "bg": {
            "title": "Общини членки",
            "slug": "obshtini-chlenki",
            "intro": "Членовете на „Хебър“ са общини от Пловдивска и Пазарджишка област. "
            "Намерете всяка от тях на картата или в списъка по области.",
        },
        "en": {
            "title": "Member municipalities",
            "slug": "member-municipalities",
            "intro": "Hebar’s members are municipalities in the provinces of Plovdiv and "
            "Pazardzhik. Find each of them on the map or in the list by province.",
        },
    },
    {
        "type": "NewsIndexPage",
        "key": "news",
        "parent": "home",
        "fields": {},
        "bg": {
            "title": "Новини",
            "slug": "novini",
            "intro": "Новини за работата на асоциацията и на общините членки.",
        },
        "en": {
            "title": "News",
            "slug": "news",
            "intro": "News about the work of the association and its member municipalities.",
        },
    },
    {
        "type": "NewsPage",
        "key": "news-eu-poll",
        "parent": "news",
        "fields": {"date_in_days": -6},
        "bg": {
            "title": "Анкета: промени ли се местната власт с членството в ЕС?",
            "slug": "anketa-promeni-li-se-mestnata-vlast-s-chlenstvoto-v-es",
            "summary": "Питаме гражданите и общинските служители дали членството на България в "
            "Европейския съюз е променило начина, по който работи местната власт.",
            "body": [
                (
                    "На сайта на асоциацията е отворена кратка анкета. Въпросът е един: дали "
                    "според вас местната власт работи по-различно, откакто страната ни е член "
                    "на Европейския съюз."
                ),
                (
                    "Отговорите ще ни помогнат да преценим кои теми да включим в обученията и в "
                    "предложенията, които подготвяме заедно с общините. Резултатите се виждат "
                    "веднага след гласуването."
                ),
            ],
            "topics": ["Европейска интеграция", "Местно самоуправление"],
        },
        "en": {
            "title": "Poll: has EU membership changed local government?",
            "slug": "poll-local-government-and-eu-membership",
            "summary": "We are asking citizens and municipal staff whether Bulgaria’s "
            "membership of the European Union has changed the way local government works.",
            "body": [
                (
                    "A short poll is now open on the association’s website. It asks a single "
                    "question: in your view, does local government work differently since our "
                    "country became a member of the European Union?"
                ),
                (
                    "The answers will help us decide which topics to include in our training and "
                    "in the proposals we prepare with the municipalities. Results are shown as "
                    "soon as you have voted."
                ),
            ],
            "topics": ["European integration", "Local self-government"],
        },
    },
    {
        "type": "NewsPage",
        "key": "news-transparency-training",
        "parent": "news",
        "fields": {"date_in_days": -19},
        "bg": {
            "title": "Обучение за прозрачна общинска администрация",
            "slug": "obuchenie-za-prozrachna-obshtinska-administratsiya",
            "summary": "Служители от общините членки обсъдиха как решенията и услугите на "
            "общината да стават по-разбираеми и по-достъпни за гражданите.",
            "body": [
                (
                    "Обучението беше част от усилията на асоциацията да повишава квалификацията и "
                    "уменията на хората, които работят в местната власт."
                ),
                (
                    "Участниците споделиха свои примери за публикуване на информация, за "
                    "обществени обсъждания и за обратна връзка с жителите и се договориха да "
                    "продължат обмена на опит на следващите срещи."
                ),
            ],
            "topics": ["Обучения"],
        },
        "en": {
            "title": "Training for a transparent municipal administration",
            "slug": "training-for-a-transparent-municipal-administration",
            "summary": "Staff from member municipalities discussed how to make municipal "
            "decisions and services easier for citizens to understand and use.",
            "body": [
                (
                    "The training is part of the association’s work to raise the qualifications "
                    "and skills of the people who work in local government."
                ),
                (
                    "Participants shared their own examples of publishing information, holding "
                    "public consultations and collecting feedback from residents, and agreed "
                    "to keep exchanging experience at future meetings."
                ),
            ],
            "topics": ["Training"],
        },
    },
    {
        "type": "NewsPage",
        "key": "news-legislation-proposals",
        "parent": "news",
        "fields": {"date_in_days": -34},
        "bg": {
            "title": "Общините обсъдиха предложения за промени в законодателството",
            "slug": "obshtinite-obsadiha-predlozheniya-za-promeni-v-zakonodatelstvoto",
            "summary": "Асоциацията събра предложенията на общините членки за промени в "
            "нормативната уредба на местното самоуправление и местната администрация.",
            "body": [
                (
                    "На работна среща представители на общините от двете области посочиха "
                    "разпоредбите, които най-често затрудняват ежедневната им работа."
                ),
                (
                    "Асоциацията ще обобщи предложенията в обща позиция и ще ги представи пред "
                    "институциите, които подготвят промените."
                ),
            ],
            "topics": ["Законодателство", "Местно самоуправление"],
        },
        "en": {
            "title": "Municipalities discuss proposals for changes in legislation",
            "slug": "municipalities-discuss-proposals-for-changes-in-legislation",
            "summary": "The association has gathered its member municipalities’ proposals for "
            "changes to the legislation on local self-government and local administration.",
            "body": [
                (
                    "At a working meeting, representatives of municipalities from both provinces "
                    "pointed to the provisions that most often get in the way of their daily "
                    "work."
                ),
                (
                    "The association will bring the proposals together in a common position and "
                    "present it to the institutions preparing the amendments."
                ),
            ],
            "topics": ["Legislation", "Local self-government"],
        },
    },
    {
        "type": "EventIndexPage",
        "key": "events",
        "parent": "home",
        "fields": {},
        "bg": {
            "title": "Събития",
            "slug": "sabitiya",
            "intro": "Общи събрания, обучения, семинари и работни срещи на асоциацията.",
        },
        "en": {
            "title": "Events",
            "slug": "events",
            "intro": "General assemblies, training courses, seminars and working meetings of "
            "the association.",
        },
    },
    {
        "type": "EventPage",
        "key": "event-general-assembly",
        "parent": "events",
        "fields": {
            "start_in_days": 24,
            "start_time": "10:00",
            "end_in_days": 24,
            "end_time": "13:00",
            "all_day": False,
            "format": "in_person",
            "kind": "general_assembly",
            "online_url": "",
            "registration_url": "",
            "registration_email": OFFICE_EMAIL,
            "registration_deadline_in_days": 17,
            "contact_email": OFFICE_EMAIL,
            "contact_phone": "",
            "partners": [],
        },
        "bg": {
            "title": "Общо събрание на асоциацията",
            "slug": "obshto-sabranie-na-asotsiatsiyata",
            "summary": "Общините членки обсъждат отчета за изминалата година и приемат плана "
            "за работа на асоциацията.",
            "body": [
                (
                    "Общото събрание ще разгледа отчета за дейността и финансовия отчет и ще "
                    "обсъди приоритетите за следващата година – обученията, съвместните "
                    "инвестиционни инициативи и предложенията за законодателни промени."
                ),
                (
                    "Моля, потвърдете участието на представителите на вашата община по имейл до "
                    "посочения срок."
                ),
            ],
            "venue_name": "Заседателна зала на асоциацията",
            "street_address": "Пловдив",
            "organiser": "Асоциация „Хебър“",
            "audience": "Представители на общините членки",
        },
        "en": {
            "title": "General Assembly of the association",
            "slug": "general-assembly-of-the-association",
            "summary": "Member municipalities review the past year and adopt the association’s "
            "work plan.",
            "body": [
                (
                    "The General Assembly will consider the activity report and the financial "
                    "statement and discuss the priorities for next year: training, joint "
                    "investment initiatives and proposals for changes in legislation."
                ),
                (
                    "Please confirm by e-mail, before the deadline, who will represent your "
                    "municipality."
                ),
            ],
            "venue_name": "The association’s meeting room",
            "street_address": "Plovdiv",
            "organiser": "Hebar Association",
            "audience": "Representatives of member municipalities",
        },
    },
    {
        "type": "EventPage",
        "key": "event-participation-seminar",
        "parent": "events",
        "fields": {
            "start_in_days": 45,
            "start_time": "10:00",
            "end_in_days": 45,
            "end_time": "16:00",
            "all_day": False,
            "format": "hybrid",
            "kind": "seminar",
            "online_url": "https://meet.example/hebar-participation",
            "registration_url": "",
            "registration_email": "training@hebar.example",
            "registration_deadline_in_days": 40,
            "contact_email": "training@hebar.example",
            "contact_phone": "",
            "partners": [],
        },
        "bg": {
            "title": "Семинар: гражданите в местното самоуправление",
            "slug": "seminar-grazhdanite-v-mestnoto-samoupravlenie",
            "summary": "Как общините да привличат повече граждани в решенията, които ги засягат.",
            "body": [
                (
                    "Семинарът ще представи добри практики за обществени обсъждания, участие в "
                    "бюджетния процес и работа с местни граждански организации."
                ),
                "Може да участвате в залата или онлайн. Записването е по имейл.",
            ],
            "venue_name": "Заседателна зала на асоциацията",
            "street_address": "Пловдив",
            "organiser": "Асоциация „Хебър“",
            "audience": "Общински служители, общински съветници и граждански организации",
        },
        "en": {
            "title": "Seminar: citizens in local self-government",
            "slug": "seminar-citizens-in-local-self-government",
            "summary": "How municipalities can involve more citizens in the decisions that "
            "affect them.",
            "body": [
                (
                    "The seminar will present good practice in public consultation, participation "
                    "in the budget process and cooperation with local civic organisations."
                ),
                "You can take part in the room or online. Please register by e-mail.",
            ],
            "venue_name": "The association’s meeting room",
            "street_address": "Plovdiv",
            "organiser": "Hebar Association",
            "audience": "Municipal staff, municipal councillors and civic organisations",
        },
    },
    {
        "type": "EventPage",
        "key": "event-transparency-training",
        "parent": "events",
        "fields": {
            "start_in_days": -20,
            "start_time": "09:30",
            "end_in_days": -19,
            "end_time": "15:30",
            "all_day": False,
            "format": "in_person",
            "kind": "training",
            "online_url": "",
            "registration_url": "",
            "registration_email": "training@hebar.example",
            "registration_deadline_in_days": None,
            "contact_email": "training@hebar.example",
            "contact_phone": "",
            "partners": [],
        },
        "bg": {
            "title": "Обучение: прозрачност в общинската администрация",
            "slug": "obuchenie-prozrachnost-v-obshtinskata-administratsiya",
            "summary": "Двудневно обучение за служители на общинските администрации.",
            "body": [
                (
                    "Обучението разгледа публикуването на информация, достъпа до обществена "
                    "информация и обратната връзка с гражданите."
                ),
                "Материалите от обучението са на разположение на общините членки при поискване.",
            ],
            "venue_name": "Пазарджик",
            "street_address": "Пазарджик",
            "organiser": "Асоциация „Хебър“",
            "audience": "Служители на общинските администрации",
        },
        "en": {
            "title": "Training: transparency in municipal administration",
            "slug": "training-transparency-in-municipal-administration",
            "summary": "A two-day training course for municipal staff.",
            "body": [
                (
                    "The course covered publishing information, access to public information and "
                    "feedback from citizens."
                ),
                "Member municipalities can request the course materials.",
            ],
            "venue_name": "Pazardzhik",
            "street_address": "Pazardzhik",
            "organiser": "Hebar Association",
            "audience": "Municipal administration staff",
        },
    },
    {
        "type": "EventPage",
        "key": "event-investment-meeting",
        "parent": "events",
        "fields": {
            "start_in_days": -34,
            "start_time": "10:00",
            "end_in_days": -34,
            "end_time": "14:00",
            "all_day": False,
            "format": "in_person",
            "kind": "working_meeting",
            "online_url": "",
            "registration_url": "",
            "registration_email": "",
            "registration_deadline_in_days": None,
            "contact_email": OFFICE_EMAIL,
            "contact_phone": "",
            "partners": [],
        },
        "bg": {
            "title": "Работна среща за законодателството и съвместните инвестиции",
            "slug": "rabotna-sreshta-za-zakonodatelstvoto-i-savmestnite-investitsii",
            "summary": "Представители на общините от двете области обсъдиха предложения за "
            "законодателни промени и възможности за координирани инвестиции.",
            "body": [
                (
                    "Срещата събра предложенията на общините за промени в нормативната уредба на "
                    "местното самоуправление."
                ),
                (
                    "Участниците обсъдиха и кои инвестиционни намерения могат да бъдат съгласувани "
                    "между съседни общини."
                ),
            ],
            "venue_name": "Асеновград",
            "street_address": "Асеновград",
            "organiser": "Асоциация „Хебър“",
            "audience": "Кметове и експерти от общините членки",
        },
        "en": {
            "title": "Working meeting on legislation and joint investment",
            "slug": "working-meeting-on-legislation-and-joint-investment",
            "summary": "Representatives of municipalities from both provinces discussed "
            "proposals for changes in legislation and scope for coordinated investment.",
            "body": [
                (
                    "The meeting gathered the municipalities’ proposals for changes to the "
                    "legislation on local self-government."
                ),
                (
                    "Participants also discussed which investment plans neighbouring "
                    "municipalities could coordinate with one another."
                ),
            ],
            "venue_name": "Asenovgrad",
            "street_address": "Asenovgrad",
            "organiser": "Hebar Association",
            "audience": "Mayors and experts from member municipalities",
        },
    },
    {
        "type": "ContactPage",
        "key": "contact",
        "parent": "home",
        # The seat is Plovdiv; the point is the city centre, not a street address.
        "fields": {
            "email": OFFICE_EMAIL,
            "phone": "",
            "latitude": 42.1354,
            "longitude": 24.7453,
            "contacts": ["office", "training"],
        },
        "bg": {
            "title": "Контакти",
            "slug": "kontakti",
            "address": "Пловдив, България",
            "office_hours": "В работни дни, след предварителна уговорка по имейл",
        },
        "en": {
            "title": "Contact",
            "slug": "contact",
            "address": "Plovdiv, Bulgaria",
            "office_hours": "Working days, by appointment arranged by e-mail",
        },
    },
]

KEY_FIGURES = {
    "numbers": [
        {"number": 1997, "suffix": ""},
        {"number": 2000, "suffix": ""},
        {"number": 2, "suffix": ""},
    ],
    "bg": {
        "title": "Накратко",
        "labels": ["година на учредяване", "година на сегашното име", "области"],
        "suffixes": ["", "", ""],
    },
    "en": {
        "title": "At a glance",
        "labels": ["year founded", "year of the present name", "provinces"],
        "suffixes": ["", "", ""],
    },
}
