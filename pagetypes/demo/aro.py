ASSOCIATION = {
    "hostname": "aro.localhost",
    "port": 8000,
    "default_language": "bg",
    "languages": ["bg", "en"],
    "time_zone": "Europe/Sofia",
    "colours": ("#2e6b3a", "#8a5a2b"),
    "email": "office@aro.example",
    "identity": {
        "bg": {
            "name": "Асоциация на родопските общини",
            "short_name": "АРО",
            "legal_form": "Сдружение на общини с нестопанска цел",
            "seat": "",
            "address": "",
        },
        "en": {
            "name": "Association of Rhodope Municipalities",
            "short_name": "ARO",
            "legal_form": "Non-profit association of municipalities",
            "seat": "",
            "address": "",
        },
    },
    "home": {
        "bg": {
            "title": "Асоциация на родопските общини",
            "slug": "aro",
            "intro": "Застъпничество, обучения, годишна конференция и ежемесечен бюлетин за "
            "общините от Родопите.",
        },
        "en": {
            "title": "Association of Rhodope Municipalities",
            "slug": "aro-en",
            "intro": "Advocacy, training, an annual conference and a monthly bulletin for the "
            "municipalities of the Rhodopes.",
        },
    },
}

OFFICE_EMAIL = "office@aro.example"
BULLETIN_EMAIL = "bulletin@aro.example"

SNIPPETS = {
    "provinces": [],
    "members": [],
    "partners": [],
    # ARO surveys its members' needs at least once a year; the poll asks one such question.
    "polls": [
        {
            "key": "training-needs",
            "opens_in_days": -10,
            "closes_in_days": 50,
            "results_public": True,
            "bg": {
                "question": "По коя тема вашата община има най-голяма нужда от обучение?",
                "choices": [
                    "Нови закони за местното самоуправление",
                    "Общински финанси",
                    "Проекти и местни партньорства",
                    "Обслужване на гражданите",
                ],
            },
            "en": {
                "question": "On which topic does your municipality most need training?",
                "choices": [
                    "New laws on local self-government",
                    "Municipal finance",
                    "Projects and local partnerships",
                    "Services to citizens",
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
            "bg": {
                "name": "Офис на асоциацията",
                "role": "Изпълнителен директор",
                "organisation": "Асоциация на родопските общини",
            },
            "en": {
                "name": "Office of the association",
                "role": "Executive director",
                "organisation": "Association of Rhodope Municipalities",
            },
        },
        {
            "key": "bulletin",
            "email": BULLETIN_EMAIL,
            "phone": "",
            "bg": {
                "name": "Редакция на информационния бюлетин",
                "role": "Редактор",
                "organisation": "Асоциация на родопските общини",
            },
            "en": {
                "name": "Information Bulletin editorial office",
                "role": "Editor",
                "organisation": "Association of Rhodope Municipalities",
            },
        },
    ],
    "bulletin_series": [
        {
            "key": "monthly",
            "frequency": "monthly",
            "bg": {"name": "Информационен бюлетин на АРО"},
            "en": {"name": "ARO Information Bulletin"},
        },
    ],
}

PAGES = [
    {
        "type": "AboutPage",
        "key": "about",
        "parent": "home",
        "fields": {"founded": None, "former_names": []},
        "bg": {
            "title": "За нас",
            "slug": "za-nas",
            "intro": "Асоциацията на родопските общини представлява и защитава интересите на "
            "своите членове и работи за благоприятна законова среда за местните власти.",
            "mission": [
                (
                    "Мисията на АРО е да представлява и защитава интересите на родопските общини и "
                    "да създава благоприятна среда и законова рамка за работата на местните "
                    "власти."
                ),
                (
                    "С обучения, обмен на опит и проучвания помагаме за изграждането на "
                    "компетентни органи на местното самоуправление, за по-активно гражданско "
                    "участие и за местни партньорства."
                ),
            ],
            "goals": [
                {
                    "title": "Благоприятна законова среда",
                    "text": "Законова рамка, в която местните власти могат да изпълняват "
                    "задачите си успешно, и навременно участие на общините в подготовката "
                    "на законите, които ги засягат.",
                },
                {
                    "title": "Компетентни местни власти",
                    "text": "По-висока професионална квалификация на общинските ръководители, "
                    "специалисти и общински съветници.",
                },
                {
                    "title": "Гражданско участие и партньорства",
                    "text": "Повече участие на гражданите в местните дела и повече местни "
                    "партньорства.",
                },
                {
                    "title": "Услуги според нуждите",
                    "text": "Услуги на асоциацията, които отговарят на реалните нужди на "
                    "общинските изборни и назначени служители, установени чрез редовни "
                    "проучвания.",
                },
            ],
            "body": [
                (
                    "Основните ни дейности са застъпничество, обучения, годишна конференция, "
                    "издания и проучвания. От пролетта на 1999 г. провеждаме ежемесечни "
                    "работни срещи с народните представители от Смолянски избирателен район."
                ),
                (
                    "Всяка година събираме на конференция над 130 представители на местната, "
                    "регионалната и централната власт, на научни институти и неправителствени "
                    "организации от страната и чужбина."
                ),
                (
                    "Ежемесечният информационен бюлетин на АРО достига до общински служители, "
                    "институции, граждански организации и бизнеса."
                ),
            ],
            "seat": "",
            "legal_form": "Сдружение на общини с нестопанска цел",
            "former_names": [],
        },
        "en": {
            "title": "About us",
            "slug": "about-us",
            "intro": "The Association of Rhodope Municipalities represents and defends the "
            "interests of its members and works for a legal environment in which local "
            "authorities can do their job well.",
            "mission": [
                (
                    "ARO’s mission is to represent and defend the interests of the Rhodope "
                    "municipalities and to create a favourable environment and legal framework "
                    "for the work of local authorities."
                ),
                (
                    "Through training, exchange of experience and surveys we help build competent "
                    "local self-government bodies, encourage civic participation and foster "
                    "local partnerships."
                ),
            ],
            "goals": [
                {
                    "title": "A favourable legal environment",
                    "text": "A legal framework in which local authorities can carry out their "
                    "tasks successfully, and timely involvement of municipalities in "
                    "preparing the laws that affect them.",
                },
                {
                    "title": "Competent local authorities",
                    "text": "Higher professional qualifications for municipal leaders, "
                    "specialists and municipal councillors.",
                },
                {
                    "title": "Civic participation and partnerships",
                    "text": "More involvement of citizens in local affairs and more local "
                    "partnerships.",
                },
                {
                    "title": "Services that meet real needs",
                    "text": "Association services that match the real needs of elected and "
                    "appointed municipal officials, as established by regular surveys.",
                },
            ],
            "body": [
                (
                    "Our main activities are advocacy, training, an annual conference, "
                    "publications and surveys. Since the spring of 1999 we have met every "
                    "month with the members of parliament elected in the Smolyan constituency."
                ),
                (
                    "Every year our conference brings together more than 130 representatives of "
                    "local, regional and central government, research institutes and NGOs from "
                    "Bulgaria and abroad."
                ),
                (
                    "ARO’s monthly information bulletin reaches municipal staff, institutions, "
                    "civic organisations and businesses."
                ),
            ],
            "seat": "",
            "legal_form": "Non-profit association of municipalities",
            "former_names": [],
        },
    },
    {
        "type": "StandardPage",
        "key": "activities",
        "parent": "home",
        "fields": {},
        "bg": {
            "title": "Основни дейности",
            "slug": "osnovni-deynosti",
            "intro": "Застъпничество, обучения, годишна конференция, издания и проучвания – "
            "така АРО работи за своите общини членки.",
            "sections": [
                {
                    "heading": "Застъпничество",
                    "paragraphs": [
                        (
                            "Като представител и защитник на общините членки АРО работи за "
                            "благоприятна среда и законова рамка за местните власти. "
                            "Подходящите форми за това избират Комисията по общинска политика "
                            "и Управителният съвет на АРО заедно с изпълнителния екип."
                        ),
                        (
                            "Законодателно представителство на общините членки: подкрепяме "
                            "усилията на общините от АРО за по-добра законодателна среда, в "
                            "която работят местните власти. Това включва:"
                        ),
                    ],
                    "items": [
                        (
                            "становища по законопроекти за местното самоуправление, преди те да "
                            "бъдат внесени и обсъдени в Народното събрание;"
                        ),
                        (
                            "запознаване на общините със законопроектите и организиране на "
                            "обсъждания по тях;"
                        ),
                        (
                            "обсъждания на законопроекти, които засягат местното самоуправление, с "
                            "изготвяне и представяне на становища по тях;"
                        ),
                        (
                            "обучения за общинските ръководители, специалисти и общински съветници "
                            "при приемането на нови закони и разпоредби;"
                        ),
                        (
                            "различни форми и възможности за лобиране за по-добра законодателна "
                            "среда за местните власти."
                        ),
                    ],
                },
                {
                    "heading": "Работни срещи с институциите и с народните представители",
                    "paragraphs": [
                        (
                            "Провеждаме работни срещи с представители на регионалните и "
                            "централните институции и с народните представители от "
                            "избирателните райони, в които са общините членки."
                        ),
                        (
                            "От пролетта на 1999 г. се срещаме всеки месец с народните "
                            "представители от Смолянски избирателен район. Управителният съвет "
                            "на АРО реши тези срещи да се провеждат ежемесечно."
                        ),
                        (
                            "Така депутатите научават навреме за конкретните нужди, изисквания и "
                            "проблеми на общините, както и за постигнатото при решаването на "
                            "общите им проблеми. Общините от своя страна научават рано какви "
                            "са законодателните приоритети на Народното събрание и така могат "
                            "да подготвят становища по законопроекти, засягащи местните власти "
                            "или Родопския регион, преди те да стигнат до пленарна зала."
                        ),
                    ],
                    "items": [],
                },
                {
                    "heading": "Обучения",
                    "paragraphs": [
                        (
                            "Обученията на АРО са за общинските ръководители, специалисти и "
                            "съветници. Организираме:"
                        )
                    ],
                    "items": [
                        (
                            "семинари, курсове и срещи, както и обмяна на добър опит, за да расте "
                            "професионалната квалификация на общинските служители – за "
                            "компетентни органи на местното самоуправление, гражданско участие "
                            "и местни партньорства;"
                        ),
                        (
                            "семинари с практически разяснения по основните закони, които "
                            "определят правомощията, задълженията и отговорностите на местните "
                            "власти, а също по новите законови разпоредби за местното "
                            "самоуправление;"
                        ),
                        (
                            "тематични семинари и работни срещи по теми и проблеми, които общините "
                            "са заявили предварително като важни за местното самоуправление в "
                            "региона и в страната;"
                        ),
                        (
                            "обучения, на които специалисти от различни общински отдели си обменят "
                            "добър опит;"
                        ),
                        (
                            "проучване на възможностите и организиране на обменно-проучвателни "
                            "посещения между представители на местната власт в България и в "
                            "други държави – Гърция и страните от Централна и Източна Европа "
                            "(ЦИЕ);"
                        ),
                        (
                            "бази данни по теми: законодателство за местното самоуправление; "
                            "успешни практики в общинското управление (включително Програмата "
                            "за техническа помощ на АРО); финансово управление на програмите "
                            "на АРО; информационни източници в офисите на АРО. Събираме и "
                            "пазим информация за общини и организации, които са намерили "
                            "работещи решения на проблемите на местната власт."
                        ),
                    ],
                },
                {
                    "heading": "Годишна конференция",
                    "paragraphs": [
                        (
                            "Веднъж годишно АРО провежда своя конференция. Във всяка от тях са "
                            "участвали над 130 представители на местната, регионалната и "
                            "централната власт, на научни институти и неправителствени "
                            "организации от страната и чужбина. Темите от 1997 до 2000 г.:"
                        )
                    ],
                    "items": [
                        "1997 г. – „Общинските финанси – проблемите и тяхното решаване“",
                        (
                            "1998 г. – „Трансграничното сътрудничество и възможностите за развитие "
                            "на общините“"
                        ),
                        (
                            "1999 г. – „Регионалното развитие – предпоставки, възможности и "
                            "партньорства пред общините от АРО“"
                        ),
                        (
                            "2000 г. – „Устойчиво местно самоуправление – перспективи за "
                            "усъвършенстване“"
                        ),
                    ],
                },
                {
                    "heading": "Издания",
                    "paragraphs": [
                        (
                            "Информационният бюлетин на АРО излиза редовно всеки месец. Четат го "
                            "общински служители и специалисти, представители на регионалните и "
                            "централните власти, граждански групи и организации, бизнесът и "
                            "други нестопански организации с местен, регионален и национален "
                            "обхват."
                        ),
                        (
                            "Асоциацията е осигурила средства и е издала четири рекламни "
                            "публикации, които представят АРО и общините членки."
                        ),
                    ],
                    "items": [],
                },
                {
                    "heading": "Проучвания и анкети",
                    "paragraphs": [
                        (
                            "Поне веднъж годишно правим проучвания и анкети, за да разберем какви "
                            "услуги и колко често са нужни на общинските изборни и назначени "
                            "служители – и да отговорим адекватно на нуждите им."
                        )
                    ],
                    "items": [],
                },
            ],
        },
        "en": {
            "title": "Main activities",
            "slug": "main-activities",
            "intro": "Advocacy, training, an annual conference, publications and surveys – "
            "this is how ARO works for its member municipalities.",
            "sections": [
                {
                    "heading": "Advocacy",
                    "paragraphs": [
                        (
                            "As the representative and defender of its member municipalities, ARO "
                            "works for a favourable environment and legal framework for local "
                            "authorities. ARO’s Municipal Policy Commission and its Board, "
                            "together with the executive team, choose the most suitable ways "
                            "of achieving this."
                        ),
                        (
                            "Legislative representation of member municipalities: we back the "
                            "efforts of ARO municipalities to improve the legislative "
                            "environment in which local authorities work. This includes:"
                        ),
                    ],
                    "items": [
                        (
                            "opinions on bills concerning local self-government before they are "
                            "tabled and debated in the National Assembly;"
                        ),
                        "briefing municipalities on bills and organising discussions on them;",
                        (
                            "organising discussions of bills that affect local self-government, "
                            "and drafting and presenting opinions on them;"
                        ),
                        (
                            "training for municipal leaders, specialists and municipal councillors "
                            "when new laws and regulations are adopted;"
                        ),
                        (
                            "using a range of lobbying methods and opportunities to improve the "
                            "legislative environment for local authorities."
                        ),
                    ],
                },
                {
                    "heading": "Working meetings with institutions and members of parliament",
                    "paragraphs": [
                        (
                            "We hold working meetings with representatives of regional and central "
                            "institutions and with the members of parliament for the "
                            "constituencies in which our member municipalities lie."
                        ),
                        (
                            "Since the spring of 1999 we have met every month with the members of "
                            "parliament for the Smolyan constituency. ARO’s Board decided that "
                            "these meetings should be held monthly."
                        ),
                        (
                            "In this way the MPs learn in good time about the specific needs, "
                            "requirements and problems of the municipalities, and about what "
                            "they have achieved in solving shared problems. The "
                            "municipalities, in turn, learn early what the National Assembly’s "
                            "legislative priorities are and so can prepare opinions on bills "
                            "affecting local authorities or the Rhodope region before they "
                            "reach the plenary chamber."
                        ),
                    ],
                    "items": [],
                },
                {
                    "heading": "Training",
                    "paragraphs": [
                        (
                            "ARO’s training is for municipal leaders, specialists and councillors. "
                            "We organise:"
                        )
                    ],
                    "items": [
                        (
                            "seminars, courses and meetings, together with exchanges of good "
                            "practice, to raise the professional qualifications of municipal "
                            "staff – for competent local self-government bodies, civic "
                            "participation and local partnerships;"
                        ),
                        (
                            "seminars giving practical explanations of the main laws that set the "
                            "powers, duties and responsibilities of local authorities, and of "
                            "new legal provisions on local self-government;"
                        ),
                        (
                            "thematic seminars and working meetings on topics and problems that "
                            "the municipalities have put forward in advance as important for "
                            "local self-government in the region and the country;"
                        ),
                        (
                            "training at which specialists from different municipal departments "
                            "exchange good practice;"
                        ),
                        (
                            "exploring opportunities for, and organising, study and exchange "
                            "visits between local government representatives in Bulgaria and "
                            "in other countries – Greece and the countries of Central and "
                            "Eastern Europe (CEE);"
                        ),
                        (
                            "databases on: legislation on local self-government; good practice in "
                            "municipal management (including ARO’s Technical Assistance "
                            "Programme); financial management of ARO’s programmes; information "
                            "sources available in ARO’s offices. We collect and keep "
                            "information about municipalities and organisations that have "
                            "found working solutions to local government problems."
                        ),
                    ],
                },
                {
                    "heading": "Annual conference",
                    "paragraphs": [
                        (
                            "ARO holds its conference once a year. Each one has brought together "
                            "more than 130 representatives of local, regional and central "
                            "government, research institutes and NGOs from Bulgaria and "
                            "abroad. The themes from 1997 to 2000 were:"
                        )
                    ],
                    "items": [
                        "1997 – “Municipal finance: problems and their solutions”",
                        (
                            "1998 – “Cross-border cooperation and development opportunities for "
                            "municipalities”"
                        ),
                        (
                            "1999 – “Regional development: preconditions, opportunities and "
                            "partnerships for ARO municipalities”"
                        ),
                        "2000 – “Sustainable local self-government: prospects for improvement”",
                    ],
                },
                {
                    "heading": "Publications",
                    "paragraphs": [
                        (
                            "ARO’s information bulletin comes out regularly every month. Its "
                            "readers include municipal staff and specialists, representatives "
                            "of regional and central government, civic groups and "
                            "organisations, businesses and other non-profit organisations "
                            "working at local, regional and national level."
                        ),
                        (
                            "The association has raised the funds for, and published, four "
                            "promotional publications presenting ARO and its member "
                            "municipalities."
                        ),
                    ],
                    "items": [],
                },
                {
                    "heading": "Surveys and questionnaires",
                    "paragraphs": [
                        (
                            "At least once a year we carry out surveys and questionnaires to find "
                            "out which services elected and appointed municipal officials need "
                            "and how often – so that we can respond properly to their needs."
                        )
                    ],
                    "items": [],
                },
            ],
        },
    },
    {
        "type": "ConferenceIndexPage",
        "key": "conferences",
        "parent": "home",
        "fields": {},
        "bg": {
            "title": "Годишна конференция",
            "slug": "godishna-konferentsiya",
            "intro": "Веднъж годишно АРО събира над 130 представители на местната, "
            "регионалната и централната власт, на научни институти и неправителствени "
            "организации от страната и чужбина.",
        },
        "en": {
            "title": "Annual conference",
            "slug": "annual-conference",
            "intro": "Once a year ARO brings together more than 130 representatives of local, "
            "regional and central government, research institutes and NGOs from Bulgaria "
            "and abroad.",
        },
    },
    # The sources give the year and theme of each conference but not its dates or venue: the
    # dates below (two days in mid-October) and the venue (Smolyan) are assumptions.
    {
        "type": "ConferencePage",
        "key": "conference-1997",
        "parent": "conferences",
        "fields": {
            "year": 1997,
            "start_date": "1997-10-16",
            "end_date": "1997-10-17",
            "participants": 130,
            "participants_more_than": True,
            "agenda": [
                {"start": "09:30", "end": "10:15"},
                {"start": "10:30", "end": "12:30"},
                {"start": "14:00", "end": "16:30"},
            ],
        },
        "bg": {
            "title": "Конференция 1997",
            "slug": "konferentsiya-1997",
            "theme": "Общинските финанси – проблемите и тяхното решаване",
            "summary": "Първата от годишните конференции на АРО разгледа финансовото състояние "
            "на общините и възможните решения на проблемите му.",
            "venue": "Смолян",
            "organisers": "Асоциация на родопските общини",
            "agenda": [
                {
                    "title": "Откриване",
                    "description": "Приветствие и представяне на целите на конференцията.",
                    "speakers": [
                        {
                            "name": "Председател на Управителния съвет на АРО",
                            "role": "Приветствие",
                            "organisation": "Асоциация на родопските общини",
                        }
                    ],
                },
                {
                    "title": "Финансите на родопските общини",
                    "description": "Собствени приходи, държавни трансфери и разходи за "
                    "делегираните от държавата дейности.",
                    "speakers": [
                        {
                            "name": "Представител на Министерството на финансите",
                            "role": "Докладчик",
                            "organisation": "Министерство на финансите",
                        },
                        {
                            "name": "Кмет на община членка",
                            "role": "Докладчик",
                            "organisation": "Община членка на АРО",
                        },
                    ],
                },
                {
                    "title": "Дискусия: решения за общинските бюджети",
                    "description": "Предложения на общините, които АРО да представи пред "
                    "институциите.",
                    "speakers": [
                        {
                            "name": "Изпълнителен директор на АРО",
                            "role": "Модератор",
                            "organisation": "Асоциация на родопските общини",
                        }
                    ],
                },
            ],
            "speakers": [
                {
                    "name": "Председател на Управителния съвет на АРО",
                    "role": "Приветствие",
                    "organisation": "Асоциация на родопските общини",
                },
                {
                    "name": "Представител на Министерството на финансите",
                    "role": "Докладчик",
                    "organisation": "Министерство на финансите",
                },
                {
                    "name": "Кмет на община членка",
                    "role": "Докладчик",
                    "organisation": "Община членка на АРО",
                },
                {
                    "name": "Изпълнителен директор на АРО",
                    "role": "Модератор",
                    "organisation": "Асоциация на родопските общини",
                },
            ],
        },
        "en": {
            "title": "Conference 1997",
            "slug": "conference-1997",
            "theme": "Municipal finance: problems and their solutions",
            "summary": "ARO’s first annual conference looked at the financial situation of the "
            "municipalities and possible solutions to its problems.",
            "venue": "Smolyan",
            "organisers": "Association of Rhodope Municipalities",
            "agenda": [
                {
                    "title": "Opening",
                    "description": "Welcome and presentation of the conference’s aims.",
                    "speakers": [
                        {
                            "name": "Chair of the Board of ARO",
                            "role": "Welcome address",
                            "organisation": "Association of Rhodope Municipalities",
                        }
                    ],
                },
                {
                    "title": "The finances of Rhodope municipalities",
                    "description": "Own revenue, state transfers and the cost of functions "
                    "delegated by the state.",
                    "speakers": [
                        {
                            "name": "Representative of the Ministry of Finance",
                            "role": "Speaker",
                            "organisation": "Ministry of Finance",
                        },
                        {
                            "name": "Mayor of a member municipality",
                            "role": "Speaker",
                            "organisation": "ARO member municipality",
                        },
                    ],
                },
                {
                    "title": "Discussion: solutions for municipal budgets",
                    "description": "Proposals from the municipalities for ARO to present to "
                    "the institutions.",
                    "speakers": [
                        {
                            "name": "Executive director of ARO",
                            "role": "Moderator",
                            "organisation": "Association of Rhodope Municipalities",
                        }
                    ],
                },
            ],
            "speakers": [
                {
                    "name": "Chair of the Board of ARO",
                    "role": "Welcome address",
                    "organisation": "Association of Rhodope Municipalities",
                },
                {
                    "name": "Representative of the Ministry of Finance",
                    "role": "Speaker",
                    "organisation": "Ministry of Finance",
                },
                {
                    "name": "Mayor of a member municipality",
                    "role": "Speaker",
                    "organisation": "ARO member municipality",
                },
                {
                    "name": "Executive director of ARO",
                    "role": "Moderator",
                    "organisation": "Association of Rhodope Municipalities",
                },
            ],
        },
    },
    {
        "type": "ConferencePage",
        "key": "conference-1998",
        "parent": "conferences",
        "fields": {
            "year": 1998,
            "start_date": "1998-10-15",
            "end_date": "1998-10-16",
            "participants": 130,
            "participants_more_than": True,
            "agenda": [
                {"start": "09:30", "end": "10:15"},
                {"start": "10:30", "end": "12:30"},
                {"start": "14:00", "end": "16:30"},
            ],
        },
        "bg": {
            "title": "Конференция 1998",
            "slug": "konferentsiya-1998",
            "theme": "Трансграничното сътрудничество и възможностите за развитие на общините",
            "summary": "Конференцията потърси начини сътрудничеството през границата да се "
            "превърне в шанс за развитие на родопските общини.",
            "venue": "Смолян",
            "organisers": "Асоциация на родопските общини",
            "agenda": [
                {
                    "title": "Откриване",
                    "description": "Приветствие и представяне на темата на конференцията.",
                    "speakers": [
                        {
                            "name": "Председател на Управителния съвет на АРО",
                            "role": "Приветствие",
                            "organisation": "Асоциация на родопските общини",
                        }
                    ],
                },
                {
                    "title": "Опитът на общините от двете страни на границата",
                    "description": "Общи проблеми и първи съвместни инициативи на местните власти.",
                    "speakers": [
                        {
                            "name": "Представител на местна власт от Гърция",
                            "role": "Докладчик",
                            "organisation": "Община от Гърция",
                        },
                        {
                            "name": "Кмет на община членка",
                            "role": "Докладчик",
                            "organisation": "Община членка на АРО",
                        },
                    ],
                },
                {
                    "title": "Програми и партньорства за трансгранично сътрудничество",
                    "description": "Възможности за финансиране и подготовка на съвместни проекти.",
                    "speakers": [
                        {
                            "name": "Експерт по програмите за трансгранично сътрудничество",
                            "role": "Модератор",
                            "organisation": "Неправителствена организация",
                        }
                    ],
                },
            ],
            "speakers": [
                {
                    "name": "Председател на Управителния съвет на АРО",
                    "role": "Приветствие",
                    "organisation": "Асоциация на родопските общини",
                },
                {
                    "name": "Представител на местна власт от Гърция",
                    "role": "Докладчик",
                    "organisation": "Община от Гърция",
                },
                {
                    "name": "Кмет на община членка",
                    "role": "Докладчик",
                    "organisation": "Община членка на АРО",
                },
                {
                    "name": "Експерт по програмите за трансгранично сътрудничество",
                    "role": "Модератор",
                    "organisation": "Неправителствена организация",
                },
            ],
        },
        "en": {
            "title": "Conference 1998",
            "slug": "conference-1998",
            "theme": "Cross-border cooperation and development opportunities for municipalities",
            "summary": "The conference looked for ways to turn cooperation across the border "
            "into a development opportunity for the Rhodope municipalities.",
            "venue": "Smolyan",
            "organisers": "Association of Rhodope Municipalities",
            "agenda": [
                {
                    "title": "Opening",
                    "description": "Welcome and introduction to the conference theme.",
                    "speakers": [
                        {
                            "name": "Chair of the Board of ARO",
                            "role": "Welcome address",
                            "organisation": "Association of Rhodope Municipalities",
                        }
                    ],
                },
                {
                    "title": "Experience of municipalities on both sides of the border",
                    "description": "Shared problems and the first joint initiatives of local "
                    "authorities.",
                    "speakers": [
                        {
                            "name": "Representative of a local authority in Greece",
                            "role": "Speaker",
                            "organisation": "Municipality in Greece",
                        },
                        {
                            "name": "Mayor of a member municipality",
                            "role": "Speaker",
                            "organisation": "ARO member municipality",
                        },
                    ],
                },
                {
                    "title": "Programmes and partnerships for cross-border cooperation",
                    "description": "Funding opportunities and preparing joint projects.",
                    "speakers": [
                        {
                            "name": "Expert on cross-border cooperation programmes",
                            "role": "Moderator",
                            "organisation": "Non-governmental organisation",
                        }
                    ],
                },
            ],
            "speakers": [
                {
                    "name": "Chair of the Board of ARO",
                    "role": "Welcome address",
                    "organisation": "Association of Rhodope Municipalities",
                },
                {
                    "name": "Representative of a local authority in Greece",
                    "role": "Speaker",
                    "organisation": "Municipality in Greece",
                },
                {
                    "name": "Mayor of a member municipality",
                    "role": "Speaker",
                    "organisation": "ARO member municipality",
                },
                {
                    "name": "Expert on cross-border cooperation programmes",
                    "role": "Moderator",
                    "organisation": "Non-governmental organisation",
                },
            ],
        },
    },
    {
        "type": "ConferencePage",
        "key": "conference-1999",
        "parent": "conferences",
        "fields": {
            "year": 1999,
            "start_date": "1999-10-14",
            "end_date": "1999-10-15",
            "participants": 130,
            "participants_more_than": True,
            "agenda": [
                {"start": "09:30", "end": "10:15"},
                {"start": "10:30", "end": "12:30"},
                {"start": "14:00", "end": "16:30"},
            ],
        },
        "bg": {
            "title": "Конференция 1999",
            "slug": "konferentsiya-1999",
            "theme": "Регионалното развитие – предпоставки, възможности и партньорства пред "
            "общините от АРО",
            "summary": "Конференцията обсъди какво е нужно на общините от АРО, за да участват "
            "активно в регионалното развитие, и с кого могат да си партнират.",
            "venue": "Смолян",
            "organisers": "Асоциация на родопските общини",
            "agenda": [
                {
                    "title": "Откриване",
                    "description": "Приветствие и представяне на темата на конференцията.",
                    "speakers": [
                        {
                            "name": "Председател на Управителния съвет на АРО",
                            "role": "Приветствие",
                            "organisation": "Асоциация на родопските общини",
                        }
                    ],
                },
                {
                    "title": "Рамката на регионалното развитие",
                    "description": "Нормативни предпоставки и роля на общините в планирането "
                    "на регионалното развитие.",
                    "speakers": [
                        {
                            "name": "Представител на Министерството на регионалното развитие и "
                            "благоустройството",
                            "role": "Докладчик",
                            "organisation": "Министерство на регионалното развитие и "
                            "благоустройството",
                        }
                    ],
                },
                {
                    "title": "Партньорства за развитие",
                    "description": "Как общините, научните институти и неправителствените "
                    "организации могат да работят заедно.",
                    "speakers": [
                        {
                            "name": "Представител на научен институт",
                            "role": "Докладчик",
                            "organisation": "Научен институт",
                        },
                        {
                            "name": "Председател на Комисията по общинска политика на АРО",
                            "role": "Модератор",
                            "organisation": "Асоциация на родопските общини",
                        },
                    ],
                },
            ],
            "speakers": [
                {
                    "name": "Председател на Управителния съвет на АРО",
                    "role": "Приветствие",
                    "organisation": "Асоциация на родопските общини",
                },
                {
                    "name": "Представител на Министерството на регионалното развитие и "
                    "благоустройството",
                    "role": "Докладчик",
                    "organisation": "Министерство на регионалното развитие и благоустройството",
                },
                {
                    "name": "Представител на научен институт",
                    "role": "Докладчик",
                    "organisation": "Научен институт",
                },
                {
                    "name": "Председател на Комисията по общинска политика на АРО",
                    "role": "Модератор",
                    "organisation": "Асоциация на родопските общини",
                },
            ],
        },
        "en": {
            "title": "Conference 1999",
            "slug": "conference-1999",
            "theme": "Regional development: preconditions, opportunities and partnerships for "
            "ARO municipalities",
            "summary": "The conference discussed what ARO municipalities need in order to take "
            "an active part in regional development, and who they can partner with.",
            "venue": "Smolyan",
            "organisers": "Association of Rhodope Municipalities",
            "agenda": [
                {
                    "title": "Opening",
                    "description": "Welcome and introduction to the conference theme.",
                    "speakers": [
                        {
                            "name": "Chair of the Board of ARO",
                            "role": "Welcome address",
                            "organisation": "Association of Rhodope Municipalities",
                        }
                    ],
                },
                {
                    "title": "The framework for regional development",
                    "description": "Legal preconditions and the role of municipalities in "
                    "regional development planning.",
                    "speakers": [
                        {
                            "name": "Representative of the Ministry of Regional Development "
                            "and Public Works",
                            "role": "Speaker",
                            "organisation": "Ministry of Regional Development and Public Works",
                        }
                    ],
                },
                {
                    "title": "Partnerships for development",
                    "description": "How municipalities, research institutes and NGOs can work "
                    "together.",
                    "speakers": [
                        {
                            "name": "Representative of a research institute",
                            "role": "Speaker",
                            "organisation": "Research institute",
                        },
                        {
                            "name": "Chair of ARO’s Municipal Policy Commission",
                            "role": "Moderator",
                            "organisation": "Association of Rhodope Municipalities",
                        },
                    ],
                },
            ],
            "speakers": [
                {
                    "name": "Chair of the Board of ARO",
                    "role": "Welcome address",
                    "organisation": "Association of Rhodope Municipalities",
                },
                {
                    "name": "Representative of the Ministry of Regional Development and Public "
                    "Works",
                    "role": "Speaker",
                    "organisation": "Ministry of Regional Development and Public Works",
                },
                {
                    "name": "Representative of a research institute",
                    "role": "Speaker",
                    "organisation": "Research institute",
                },
                {
                    "name": "Chair of ARO’s Municipal Policy Commission",
                    "role": "Moderator",
                    "organisation": "Association of Rhodope Municipalities",
                },
            ],
        },
    },
    {
        "type": "ConferencePage",
        "key": "conference-2000",
        "parent": "conferences",
        "fields": {
            "year": 2000,
            "start_date": "2000-10-12",
            "end_date": "2000-10-13",
            "participants": 130,
            "participants_more_than": True,
            "agenda": [
                {"start": "09:30", "end": "10:15"},
                {"start": "10:30", "end": "12:30"},
                {"start": "14:00", "end": "16:30"},
            ],
        },
        "bg": {
            "title": "Конференция 2000",
            "slug": "konferentsiya-2000",
            "theme": "Устойчиво местно самоуправление – перспективи за усъвършенстване",
            "summary": "Конференцията обобщи опита на общините и очерта накъде може да се "
            "развива местното самоуправление.",
            "venue": "Смолян",
            "organisers": "Асоциация на родопските общини",
            "agenda": [
                {
                    "title": "Откриване",
                    "description": "Приветствие и представяне на темата на конференцията.",
                    "speakers": [
                        {
                            "name": "Председател на Управителния съвет на АРО",
                            "role": "Приветствие",
                            "organisation": "Асоциация на родопските общини",
                        }
                    ],
                },
                {
                    "title": "Законодателството и местната власт",
                    "description": "Какво трябва да се промени, за да работят общините "
                    "по-самостоятелно и по-ефективно.",
                    "speakers": [
                        {
                            "name": "Народен представител от Смолянски избирателен район",
                            "role": "Докладчик",
                            "organisation": "Народно събрание",
                        }
                    ],
                },
                {
                    "title": "Кръгла маса: бъдещето на местното самоуправление",
                    "description": "Общини, институции и неправителствени организации обсъждат "
                    "следващите стъпки.",
                    "speakers": [
                        {
                            "name": "Изпълнителен директор на АРО",
                            "role": "Модератор",
                            "organisation": "Асоциация на родопските общини",
                        },
                        {
                            "name": "Представител на неправителствена организация",
                            "role": "Участник",
                            "organisation": "Неправителствена организация",
                        },
                    ],
                },
            ],
            "speakers": [
                {
                    "name": "Председател на Управителния съвет на АРО",
                    "role": "Приветствие",
                    "organisation": "Асоциация на родопските общини",
                },
                {
                    "name": "Народен представител от Смолянски избирателен район",
                    "role": "Докладчик",
                    "organisation": "Народно събрание",
                },
                {
                    "name": "Изпълнителен директор на АРО",
                    "role": "Модератор",
                    "organisation": "Асоциация на родопските общини",
                },
                {
                    "name": "Представител на неправителствена организация",
                    "role": "Участник",
                    "organisation": "Неправителствена организация",
                },
            ],
        },
        "en": {
            "title": "Conference 2000",
            "slug": "conference-2000",
            "theme": "Sustainable local self-government: prospects for improvement",
            "summary": "The conference took stock of the municipalities’ experience and "
            "outlined where local self-government could go next.",
            "venue": "Smolyan",
            "organisers": "Association of Rhodope Municipalities",
            "agenda": [
                {
                    "title": "Opening",
                    "description": "Welcome and introduction to the conference theme.",
                    "speakers": [
                        {
                            "name": "Chair of the Board of ARO",
                            "role": "Welcome address",
                            "organisation": "Association of Rhodope Municipalities",
                        }
                    ],
                },
                {
                    "title": "Legislation and local government",
                    "description": "What has to change for municipalities to work more "
                    "independently and effectively.",
                    "speakers": [
                        {
                            "name": "Member of parliament for the Smolyan constituency",
                            "role": "Speaker",
                            "organisation": "National Assembly",
                        }
                    ],
                },
                {
                    "title": "Round table: the future of local self-government",
                    "description": "Municipalities, institutions and NGOs discuss the next steps.",
                    "speakers": [
                        {
                            "name": "Executive director of ARO",
                            "role": "Moderator",
                            "organisation": "Association of Rhodope Municipalities",
                        },
                        {
                            "name": "Representative of a non-governmental organisation",
                            "role": "Panellist",
                            "organisation": "Non-governmental organisation",
                        },
                    ],
                },
            ],
            "speakers": [
                {
                    "name": "Chair of the Board of ARO",
                    "role": "Welcome address",
                    "organisation": "Association of Rhodope Municipalities",
                },
                {
                    "name": "Member of parliament for the Smolyan constituency",
                    "role": "Speaker",
                    "organisation": "National Assembly",
                },
                {
                    "name": "Executive director of ARO",
                    "role": "Moderator",
                    "organisation": "Association of Rhodope Municipalities",
                },
                {
                    "name": "Representative of a non-governmental organisation",
                    "role": "Panellist",
                    "organisation": "Non-governmental organisation",
                },
            ],
        },
    },
    {
        "type": "BulletinIndexPage",
        "key": "bulletin",
        "parent": "home",
        "fields": {"series": "monthly"},
        "bg": {
            "title": "Информационен бюлетин",
            "slug": "informatsionen-byuletin",
            "intro": "Ежемесечният информационен бюлетин на АРО се чете от общински служители "
            "и специалисти, от регионалните и централните власти, от граждански "
            "организации, от бизнеса и от други нестопански организации.",
        },
        "en": {
            "title": "Information bulletin",
            "slug": "information-bulletin",
            "intro": "ARO’s monthly information bulletin is read by municipal staff and "
            "specialists, regional and central government, civic organisations, businesses "
            "and other non-profit organisations.",
        },
    },
    {
        "type": "BulletinIssuePage",
        "key": "bulletin-2026-08",
        "parent": "bulletin",
        "fields": {
            "series": "monthly",
            "issue_number": 8,
            "period_start": "2026-08-01",
            "period_end": "2026-08-31",
            "publication_date": "2026-09-07",
        },
        "bg": {
            "title": "Брой 8/2026",
            "slug": "broy-8-2026",
            "summary": "Августовският брой представя есенния календар на обученията и обобщава "
            "последната среща с народните представители.",
            "contents": [
                "Работна среща с народните представители от Смолянски избирателен район",
                "Есенен календар на обученията",
                "Семинар за новите разпоредби за общинските бюджети",
                "Нови материали в базата данни с успешни практики",
            ],
        },
        "en": {
            "title": "Issue 8/2026",
            "slug": "issue-8-2026",
            "summary": "The August issue presents the autumn training calendar and reports on "
            "the latest meeting with members of parliament.",
            "contents": [
                "Working meeting with the MPs for the Smolyan constituency",
                "Autumn training calendar",
                "Seminar on the new rules for municipal budgets",
                "New material in the good practice database",
            ],
        },
    },
    {
        "type": "BulletinIssuePage",
        "key": "bulletin-2026-09",
        "parent": "bulletin",
        "fields": {
            "series": "monthly",
            "issue_number": 9,
            "period_start": "2026-09-01",
            "period_end": "2026-09-30",
            "publication_date": "2026-10-06",
        },
        "bg": {
            "title": "Брой 9/2026",
            "slug": "broy-9-2026",
            "summary": "Септемврийският брой е посветен на законодателните приоритети на "
            "новата парламентарна сесия и на годишната анкета за нуждите от обучение.",
            "contents": [
                "Приоритетите на новата парламентарна сесия",
                "Годишна анкета: какви обучения са нужни на общините",
                "Обмен на опит между специалисти от общинските отдели",
                "Добри практики в обслужването на гражданите",
            ],
        },
        "en": {
            "title": "Issue 9/2026",
            "slug": "issue-9-2026",
            "summary": "The September issue is devoted to the legislative priorities of the "
            "new parliamentary session and to the annual survey of training needs.",
            "contents": [
                "Priorities of the new parliamentary session",
                "Annual survey: which training municipalities need",
                "Exchange of experience between specialists from municipal departments",
                "Good practice in services to citizens",
            ],
        },
    },
    {
        "type": "BulletinIssuePage",
        "key": "bulletin-2026-10",
        "parent": "bulletin",
        "fields": {
            "series": "monthly",
            "issue_number": 10,
            "period_start": "2026-10-01",
            "period_end": "2026-10-31",
            "publication_date": "2026-11-05",
        },
        "bg": {
            "title": "Брой 10/2026",
            "slug": "broy-10-2026",
            "summary": "Октомврийският брой представя становището на АРО по законопроекта за "
            "местното самоуправление.",
            "contents": [
                "Становище на АРО по законопроекта за местното самоуправление",
                "Месечна работна среща с народните представители",
                "Предстоящ семинар за промените в законодателството",
                "Проучване: услуги, от които общините имат нужда",
            ],
        },
        "en": {
            "title": "Issue 10/2026",
            "slug": "issue-10-2026",
            "summary": "The October issue presents ARO’s opinion on the local self-government "
            "bill.",
            "contents": [
                "ARO’s opinion on the local self-government bill",
                "Monthly working meeting with members of parliament",
                "Upcoming seminar on the legislative changes",
                "Survey: the services municipalities need",
            ],
        },
    },
    {
        "type": "StandardPage",
        "key": "publications",
        "parent": "home",
        "fields": {},
        "bg": {
            "title": "Издания",
            "slug": "izdaniya",
            "intro": "Рекламните издания и становищата на АРО. Информационният бюлетин има "
            "своя страница.",
            "sections": [
                {
                    "heading": "Какво издаваме",
                    "paragraphs": [
                        (
                            "Освен ежемесечния информационен бюлетин АРО издава рекламни "
                            "публикации, които представят асоциацията и общините членки, както "
                            "и становища по законопроекти, засягащи местното самоуправление."
                        )
                    ],
                    "items": [],
                },
            ],
        },
        "en": {
            "title": "Publications",
            "slug": "publications",
            "intro": "ARO’s promotional publications and opinions. The information bulletin "
            "has a page of its own.",
            "sections": [
                {
                    "heading": "What we publish",
                    "paragraphs": [
                        (
                            "Besides the monthly information bulletin, ARO publishes promotional "
                            "material presenting the association and its member "
                            "municipalities, and opinions on bills affecting local "
                            "self-government."
                        )
                    ],
                    "items": [],
                },
            ],
        },
    },
    {
        "type": "PublicationPage",
        "key": "promotional-publications",
        "parent": "publications",
        # The sources name neither the four publications nor their dates; the date is an
        # assumption (the four were out by the time of the 2000 conference).
        "fields": {"kind": "brochure", "date": "2000-12-01"},
        "bg": {
            "title": "Рекламни издания на АРО",
            "slug": "reklamni-izdaniya-na-aro",
            "summary": "Четири рекламни публикации представят Асоциацията на родопските общини "
            "и общините членки.",
            "body": [
                (
                    "АРО осигури средствата и организира издаването на четири рекламни публикации. "
                    "Те представят асоциацията, нейната работа и общините членки пред "
                    "партньори, институции и гости на Родопите."
                ),
                (
                    "Изданията се разпространяват на срещи и конференции. Екземпляри може да "
                    "поискате от офиса на асоциацията."
                ),
            ],
        },
        "en": {
            "title": "ARO promotional publications",
            "slug": "aro-promotional-publications",
            "summary": "Four promotional publications present the Association of Rhodope "
            "Municipalities and its member municipalities.",
            "body": [
                (
                    "ARO raised the funds for, and organised the publication of, four promotional "
                    "publications. They present the association, its work and its member "
                    "municipalities to partners, institutions and visitors to the Rhodopes."
                ),
                (
                    "The publications are handed out at meetings and conferences. Copies can be "
                    "requested from the association’s office."
                ),
            ],
        },
    },
    {
        "type": "PublicationPage",
        "key": "position-paper-local-government-bill",
        "parent": "publications",
        "fields": {"kind": "position_paper", "date": "2026-10-20"},
        "bg": {
            "title": "Становище по законопроекта за местното самоуправление",
            "slug": "stanovishte-po-zakonoproekta-za-mestnoto-samoupravlenie",
            "summary": "Становището на АРО по законопроект за изменение на Закона за местното "
            "самоуправление и местната администрация.",
            "body": [
                (
                    "Комисията по общинска политика и Управителният съвет на АРО обсъдиха "
                    "законопроекта с общините членки, след като ги запознаха с текста му."
                ),
                (
                    "В становището АРО подкрепя по-голямата самостоятелност на общините и настоява "
                    "новите задължения да бъдат придружени от достатъчно средства за "
                    "изпълнението им. Асоциацията предлага и по-дълъг срок за обществено "
                    "обсъждане на законопроекти, засягащи местните власти."
                ),
                (
                    "Становището беше изпратено до Народното събрание и представено на работната "
                    "среща с народните представители от Смолянски избирателен район."
                ),
            ],
        },
        "en": {
            "title": "Opinion on the local self-government bill",
            "slug": "opinion-on-the-local-self-government-bill",
            "summary": "ARO’s opinion on a bill amending the Local Self-Government and Local "
            "Administration Act.",
            "body": [
                (
                    "ARO’s Municipal Policy Commission and Board discussed the bill with the "
                    "member municipalities after briefing them on its text."
                ),
                (
                    "In its opinion ARO supports greater independence for municipalities and "
                    "insists that new duties come with sufficient funds to carry them out. The "
                    "association also proposes a longer public consultation period for bills "
                    "affecting local authorities."
                ),
                (
                    "The opinion was sent to the National Assembly and presented at the working "
                    "meeting with the members of parliament for the Smolyan constituency."
                ),
            ],
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
            "intro": "Тук ще намерите общините членки на АРО, тяхното местоположение и данни "
            "за връзка.",
        },
        "en": {
            "title": "Member municipalities",
            "slug": "member-municipalities",
            "intro": "Here you will find ARO’s member municipalities, where they are and how "
            "to reach them.",
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
            "intro": "Новини за застъпничеството, обученията и изданията на АРО.",
        },
        "en": {
            "title": "News",
            "slug": "news",
            "intro": "News about ARO’s advocacy, training and publications.",
        },
    },
    {
        "type": "NewsPage",
        "key": "news-bulletin-10",
        "parent": "news",
        "fields": {"date_in_days": -18},
        "bg": {
            "title": "Излезе брой 10/2026 на информационния бюлетин",
            "slug": "izleze-broy-10-2026-na-informatsionniya-byuletin",
            "summary": "Октомврийският брой представя становището на АРО по законопроекта за "
            "местното самоуправление.",
            "body": [
                (
                    "В броя са още отчетът от месечната работна среща с народните представители и "
                    "поканата за предстоящия семинар за промените в законодателството."
                ),
                (
                    "Бюлетинът се изпраща на общините членки, на институциите и на всички, които "
                    "са се абонирали за него."
                ),
            ],
            "topics": ["Бюлетин"],
        },
        "en": {
            "title": "Information bulletin issue 10/2026 is out",
            "slug": "information-bulletin-issue-10-2026-is-out",
            "summary": "The October issue presents ARO’s opinion on the local self-government "
            "bill.",
            "body": [
                (
                    "The issue also reports on the monthly working meeting with members of "
                    "parliament and invites readers to the upcoming seminar on the legislative "
                    "changes."
                ),
                (
                    "The bulletin is sent to member municipalities, to institutions and to "
                    "everyone who has subscribed to it."
                ),
            ],
            "topics": ["Bulletin"],
        },
    },
    {
        "type": "NewsPage",
        "key": "news-mp-meeting",
        "parent": "news",
        "fields": {"date_in_days": -23},
        "bg": {
            "title": "Среща с народните представители от Смолянски избирателен район",
            "slug": "sreshta-s-narodnite-predstaviteli-ot-smolyanski-izbiratelen-rayon",
            "summary": "Кметовете запознаха депутатите с проблемите на общините и научиха кои "
            "законопроекти предстои да бъдат обсъждани.",
            "body": [
                (
                    "Срещите се провеждат всеки месец от пролетта на 1999 г. по решение на "
                    "Управителния съвет на АРО."
                ),
                (
                    "На тази среща общините представиха становището си по законопроекта за "
                    "местното самоуправление, а народните представители разказаха за "
                    "законодателните приоритети до края на годината."
                ),
            ],
            "topics": ["Застъпничество"],
        },
        "en": {
            "title": "Meeting with the MPs for the Smolyan constituency",
            "slug": "meeting-with-the-mps-for-the-smolyan-constituency",
            "summary": "Mayors briefed the MPs on the municipalities’ problems and heard which "
            "bills are coming up for debate.",
            "body": [
                (
                    "The meetings have been held every month since the spring of 1999, by decision "
                    "of ARO’s Board."
                ),
                (
                    "At this meeting the municipalities presented their opinion on the local "
                    "self-government bill, and the MPs outlined the legislative priorities for "
                    "the rest of the year."
                ),
            ],
            "topics": ["Advocacy"],
        },
    },
    {
        "type": "NewsPage",
        "key": "news-position-paper",
        "parent": "news",
        "fields": {"date_in_days": -34},
        "bg": {
            "title": "АРО представи становище по законопроекта за местното самоуправление",
            "slug": "aro-predstavi-stanovishte-po-zakonoproekta-za-mestnoto-samoupravlenie",
            "summary": "Становището обобщава позициите на общините членки и е изпратено до "
            "Народното събрание.",
            "body": [
                (
                    "Общините настояват новите им задължения да бъдат обезпечени със средства и "
                    "предлагат по-дълъг срок за обществено обсъждане."
                ),
                "Пълният текст на становището е публикуван в раздел „Издания“.",
            ],
            "topics": ["Застъпничество", "Законодателство"],
        },
        "en": {
            "title": "ARO presents its opinion on the local self-government bill",
            "slug": "aro-presents-its-opinion-on-the-local-self-government-bill",
            "summary": "The opinion brings together the positions of the member municipalities "
            "and has been sent to the National Assembly.",
            "body": [
                (
                    "The municipalities insist that any new duties come with the funds to carry "
                    "them out, and propose a longer public consultation period."
                ),
                "The full text of the opinion is published under “Publications”.",
            ],
            "topics": ["Advocacy", "Legislation"],
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
            "intro": "Работни срещи, семинари и обучения на АРО.",
        },
        "en": {
            "title": "Events",
            "slug": "events",
            "intro": "ARO’s working meetings, seminars and training courses.",
        },
    },
    {
        "type": "EventPage",
        "key": "event-mp-meeting-next",
        "parent": "events",
        "fields": {
            "start_in_days": 9,
            "start_time": "10:00",
            "end_in_days": 9,
            "end_time": "12:30",
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
            "title": "Месечна среща с народните представители",
            "slug": "mesechna-sreshta-s-narodnite-predstaviteli",
            "summary": "Общините и народните представители от Смолянски избирателен район "
            "обсъждат законопроектите, които засягат местните власти и Родопския регион.",
            "body": [
                (
                    "Както всеки месец от пролетта на 1999 г., общините ще запознаят депутатите "
                    "със своите нужди и проблеми и ще научат какви са законодателните "
                    "приоритети на Народното събрание."
                ),
                (
                    "Общините, които искат да поставят тема, могат да я изпратят до офиса на АРО "
                    "преди срещата."
                ),
            ],
            "venue_name": "Смолян",
            "street_address": "Смолян",
            "organiser": "Асоциация на родопските общини",
            "audience": "Кметове и представители на общините членки, народни представители",
        },
        "en": {
            "title": "Monthly meeting with members of parliament",
            "slug": "monthly-meeting-with-members-of-parliament",
            "summary": "Municipalities and the members of parliament for the Smolyan "
            "constituency discuss the bills that affect local authorities and the Rhodope "
            "region.",
            "body": [
                (
                    "As every month since the spring of 1999, the municipalities will brief the "
                    "MPs on their needs and problems and hear about the National Assembly’s "
                    "legislative priorities."
                ),
                (
                    "Municipalities that wish to raise a topic can send it to the ARO office "
                    "before the meeting."
                ),
            ],
            "venue_name": "Smolyan",
            "street_address": "Smolyan",
            "organiser": "Association of Rhodope Municipalities",
            "audience": "Mayors and representatives of member municipalities, members of "
            "parliament",
        },
    },
    {
        "type": "EventPage",
        "key": "event-law-seminar",
        "parent": "events",
        "fields": {
            "start_in_days": 30,
            "start_time": "09:30",
            "end_in_days": 30,
            "end_time": "16:00",
            "all_day": False,
            "format": "hybrid",
            "kind": "seminar",
            "online_url": "https://meet.example/aro-law-seminar",
            "registration_url": "",
            "registration_email": OFFICE_EMAIL,
            "registration_deadline_in_days": 23,
            "contact_email": OFFICE_EMAIL,
            "contact_phone": "",
            "partners": [],
        },
        "bg": {
            "title": "Семинар: промените в законодателството за местното самоуправление",
            "slug": "seminar-promenite-v-zakonodatelstvoto-za-mestnoto-samoupravlenie",
            "summary": "Практически разяснения за общинските ръководители, специалисти и "
            "общински съветници.",
            "body": [
                (
                    "Семинарът ще разясни какво променят новите разпоредби в правомощията, "
                    "задълженията и отговорностите на местните власти и как общините да се "
                    "подготвят за тях."
                ),
                "Може да участвате в залата или онлайн. Записването е по имейл.",
            ],
            "venue_name": "Смолян",
            "street_address": "Смолян",
            "organiser": "Асоциация на родопските общини",
            "audience": "Общински ръководители, специалисти и общински съветници",
        },
        "en": {
            "title": "Seminar: changes in local self-government legislation",
            "slug": "seminar-changes-in-local-self-government-legislation",
            "summary": "Practical explanations for municipal leaders, specialists and "
            "municipal councillors.",
            "body": [
                (
                    "The seminar will explain how the new provisions change the powers, duties and "
                    "responsibilities of local authorities and how municipalities can prepare "
                    "for them."
                ),
                "You can take part in the room or online. Please register by e-mail.",
            ],
            "venue_name": "Smolyan",
            "street_address": "Smolyan",
            "organiser": "Association of Rhodope Municipalities",
            "audience": "Municipal leaders, specialists and municipal councillors",
        },
    },
    {
        "type": "EventPage",
        "key": "event-mp-meeting-previous",
        "parent": "events",
        "fields": {
            "start_in_days": -24,
            "start_time": "10:00",
            "end_in_days": -24,
            "end_time": "12:30",
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
            "title": "Среща с депутатите: законопроектът за местното самоуправление",
            "slug": "sreshta-s-deputatite-zakonoproektat-za-mestnoto-samoupravlenie",
            "summary": "Общините представиха на депутатите от Смолянски избирателен район "
            "становището си по законопроекта.",
            "body": [
                (
                    "Срещата беше посветена на законопроекта за изменение на Закона за местното "
                    "самоуправление и местната администрация."
                ),
                (
                    "Народните представители се запознаха с предложенията на общините и разказаха "
                    "за законодателните приоритети до края на годината."
                ),
            ],
            "venue_name": "Смолян",
            "street_address": "Смолян",
            "organiser": "Асоциация на родопските общини",
            "audience": "Кметове и представители на общините членки, народни представители",
        },
        "en": {
            "title": "Meeting with MPs: the local self-government bill",
            "slug": "meeting-with-mps-the-local-self-government-bill",
            "summary": "The municipalities presented their opinion on the bill to the MPs for "
            "the Smolyan constituency.",
            "body": [
                (
                    "The meeting was devoted to the bill amending the Local Self-Government and "
                    "Local Administration Act."
                ),
                (
                    "The MPs heard the municipalities’ proposals and outlined the legislative "
                    "priorities for the rest of the year."
                ),
            ],
            "venue_name": "Smolyan",
            "street_address": "Smolyan",
            "organiser": "Association of Rhodope Municipalities",
            "audience": "Mayors and representatives of member municipalities, members of "
            "parliament",
        },
    },
    {
        "type": "EventPage",
        "key": "event-good-practice-training",
        "parent": "events",
        "fields": {
            "start_in_days": -52,
            "start_time": "09:30",
            "end_in_days": -51,
            "end_time": "15:00",
            "all_day": False,
            "format": "in_person",
            "kind": "training",
            "online_url": "",
            "registration_url": "",
            "registration_email": "",
            "registration_deadline_in_days": None,
            "contact_email": OFFICE_EMAIL,
            "contact_phone": "",
            "partners": [],
        },
        "bg": {
            "title": "Обучение: обмен на успешни практики между общинските отдели",
            "slug": "obuchenie-obmen-na-uspeshni-praktiki-mezhdu-obshtinskite-otdeli",
            "summary": "Специалисти от различни общински отдели споделиха решения, които "
            "работят в техните общини.",
            "body": [
                (
                    "Темите бяха заявени предварително от общините: обслужване на гражданите, "
                    "подготовка на проекти и финансово управление."
                ),
                "Представените решения ще бъдат добавени в базата данни с успешни практики на АРО.",
            ],
            "venue_name": "Смолян",
            "street_address": "Смолян",
            "organiser": "Асоциация на родопските общини",
            "audience": "Специалисти от общинските администрации",
        },
        "en": {
            "title": "Training: sharing good practice between municipal departments",
            "slug": "training-sharing-good-practice-between-municipal-departments",
            "summary": "Specialists from different municipal departments shared solutions that "
            "work in their municipalities.",
            "body": [
                (
                    "The topics were put forward in advance by the municipalities: services to "
                    "citizens, project preparation and financial management."
                ),
                "The solutions presented will be added to ARO’s good practice database.",
            ],
            "venue_name": "Smolyan",
            "street_address": "Smolyan",
            "organiser": "Association of Rhodope Municipalities",
            "audience": "Specialists from municipal administrations",
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
            "contacts": ["office", "bulletin"],
        },
        "bg": {
            "title": "Контакти",
            "slug": "kontakti",
            "address": "Родопите, България",
            "office_hours": "В работни дни, след предварителна уговорка по имейл",
        },
        "en": {
            "title": "Contact",
            "slug": "contact",
            "address": "The Rhodopes, Bulgaria",
            "office_hours": "Working days, by appointment arranged by e-mail",
        },
    },
]

KEY_FIGURES = {
    "numbers": [{"number": 130}, {"number": 4}, {"number": 12}],
    "bg": {
        "title": "Накратко",
        "labels": [
            "участници във всяка конференция",
            "конференции от 1997 до 2000 г.",
            "броя на бюлетина годишно",
        ],
        "suffixes": ["+", "", ""],
    },
    "en": {
        "title": "At a glance",
        "labels": [
            "participants at each conference",
            "conferences from 1997 to 2000",
            "bulletin issues a year",
        ],
        "suffixes": ["+", "", ""],
    },
}
