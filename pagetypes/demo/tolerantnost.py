ASSOCIATION = {
    "hostname": "tolerantnost.localhost",
    "port": 8000,
    "default_language": "bg",
    "languages": ["bg", "en"],
    "time_zone": "Europe/Sofia",
    "colours": ("#6b3f8f", "#c2185b"),
    "email": "office@tolerantnost.example",
    "identity": {
        "bg": {
            "name": "Сдружение на общини „Толерантност“",
            "short_name": "„Толерантност“",
            "legal_form": "Сдружение на общини с нестопанска цел",
            "seat": "",
            "address": "",
        },
        "en": {
            "name": "Tolerantnost Association of Municipalities",
            "short_name": "Tolerantnost",
            "legal_form": "Non-profit association of municipalities",
            "seat": "",
            "address": "",
        },
    },
    "home": {
        "bg": {
            "title": "Сдружение „Толерантност“",
            "slug": "tolerantnost",
            "intro": "Подкрепяме общините членки и ги представляваме пред институциите – "
            "в регионалното развитие, образованието, здравеопазването и евроинтеграцията.",
        },
        "en": {
            "title": "Tolerantnost Association",
            "slug": "tolerantnost-en",
            "intro": "We support our member municipalities and represent them before "
            "institutions – in regional development, education, health care and European "
            "integration.",
        },
    },
}

OFFICE_EMAIL = "office@tolerantnost.example"
BULLETIN_EMAIL = "bulletin@tolerantnost.example"

SNIPPETS = {
    "provinces": [],
    # The programme does not name the member municipalities: the directory starts empty.
    "members": [],
    "partners": [],
    "polls": [
        {
            "key": "priority",
            "opens_in_days": -20,
            "closes_in_days": 40,
            "results_public": True,
            "bg": {
                "question": "Кое направление от програмата на Сдружението е най-важно за "
                "вашата община тази година?",
                "choices": [
                    "Регионално развитие",
                    "Малък и среден бизнес",
                    "Образование и култура",
                    "Социални дейности и заетост",
                    "Културен и екотуризъм",
                ],
            },
            "en": {
                "question": "Which direction of the association’s programme matters most to "
                "your municipality this year?",
                "choices": [
                    "Regional development",
                    "Small and medium-sized businesses",
                    "Education and culture",
                    "Social services and employment",
                    "Cultural and eco-tourism",
                ],
            },
        },
    ],
    # The programme promises a directory of questions and answers from municipal practice.
    "questions": [
        {
            "key": "one-stop-shop",
            "bg": {
                "topic": "Административно обслужване",
                "question": "Откъде да започнем, ако искаме да въведем обслужване на „едно "
                "гише“ в общината?",
                "answer": [
                    (
                        "Започнете с преглед на най-търсените услуги и на пътя, който изминава "
                        "едно заявление от подаването до отговора. Така ще видите кои стъпки "
                        "могат да се обединят на едно място."
                    ),
                    (
                        "Общините, които вече работят на принципа „едно гише“, съветват да има "
                        "ясни вътрешни правила, обучени служители на приемното място и "
                        "проследяване на сроковете. Сдружението може да ви свърже с тях за "
                        "обмяна на опит."
                    ),
                ],
            },
            "en": {
                "topic": "Administrative services",
                "question": "Where should we start if we want to introduce a one-stop shop in "
                "our municipality?",
                "answer": [
                    (
                        "Start by reviewing the services people ask for most and the route an "
                        "application takes from submission to reply. This shows which steps "
                        "can be brought together in one place."
                    ),
                    (
                        "Municipalities that already run a one-stop shop recommend clear internal "
                        "rules, trained staff at the front desk and close tracking of "
                        "deadlines. The association can put you in touch with them to share "
                        "experience."
                    ),
                ],
            },
        },
        {
            "key": "development-plan",
            "bg": {
                "topic": "Регионално развитие",
                "question": "Как да обсъдим проекта на общинския план за развитие с гражданите "
                "и бизнеса?",
                "answer": [
                    (
                        "Публикувайте проекта, като оставите достатъчно време за предложения, и "
                        "организирайте открити срещи както в общинския център, така и в "
                        "по-големите села."
                    ),
                    (
                        "Съгласувайте анализа с плановете на съседните общини и с областната "
                        "стратегия за развитие. На регионалните срещи на Сдружението можете да "
                        "сверите данните и приоритетите си с другите общини."
                    ),
                ],
            },
            "en": {
                "topic": "Regional development",
                "question": "How should we consult citizens and businesses on the draft "
                "municipal development plan?",
                "answer": [
                    (
                        "Publish the draft, leaving enough time for comments, and hold open "
                        "meetings both in the main town and in the larger villages."
                    ),
                    (
                        "Align your analysis with the plans of neighbouring municipalities and "
                        "with the provincial development strategy. At the association’s "
                        "regional meetings you can check your data and priorities against "
                        "those of other municipalities."
                    ),
                ],
            },
        },
        {
            "key": "cadastral-maps",
            "bg": {
                "topic": "Териториално устройство",
                "question": "Как да разберем в какво състояние са кадастралните карти и "
                "плановете за селата в общината?",
                "answer": [
                    (
                        "Направете опис на населените места: къде има одобрена кадастрална карта, "
                        "къде се работи по стари планове и къде липсват актуални данни. "
                        "Отбележете и докъде са документите за собственост на имотите."
                    ),
                    (
                        "Такъв опис показва приоритетите и помага да се защитят правата на "
                        "жителите на малките населени места. Сдружението обобщава описите на "
                        "общините членки, за да търси обща подкрепа от институциите."
                    ),
                ],
            },
            "en": {
                "topic": "Spatial planning",
                "question": "How can we find out the state of the cadastral maps and plans for "
                "the villages in our municipality?",
                "answer": [
                    (
                        "Make an inventory of the settlements: where there is an approved "
                        "cadastral map, where old plans are still in use and where up-to-date "
                        "data is missing. Note also the state of the property title documents."
                    ),
                    (
                        "Such an inventory shows the priorities and helps protect the rights of "
                        "people living in small settlements. The association brings together "
                        "the inventories of its member municipalities in order to seek joint "
                        "support from the institutions."
                    ),
                ],
            },
        },
        {
            "key": "community-centres",
            "bg": {
                "topic": "Образование и култура",
                "question": "Как общината може да подкрепи читалищата в работата им за "
                "толерантност и многообразие?",
                "answer": [
                    (
                        "Включете читалищата в културния календар на общината и им помагайте да "
                        "подготвят проекти за празници, фестивали и изложби, които представят "
                        "традициите на различните общности."
                    ),
                    (
                        "Библиотеките към читалищата могат да станат и места за обществена "
                        "информация – с достъп до интернет и консултации за гражданите."
                    ),
                ],
            },
            "en": {
                "topic": "Education and culture",
                "question": "How can a municipality support community centres (chitalishta) in "
                "their work for tolerance and diversity?",
                "answer": [
                    (
                        "Include community centres in the municipality’s cultural calendar and "
                        "help them prepare projects for celebrations, festivals and "
                        "exhibitions that present the traditions of different communities."
                    ),
                    (
                        "The libraries in community centres can also become public information "
                        "points, offering internet access and advice to citizens."
                    ),
                ],
            },
        },
    ],
    # The address book of the association, as the programme calls it.
    "contacts": [
        {
            "key": "office",
            "email": OFFICE_EMAIL,
            "phone": "",
            "bg": {
                "name": "Централен офис на Сдружението",
                "role": "Изпълнителен директор",
                "organisation": "Сдружение на общини „Толерантност“",
            },
            "en": {
                "name": "Central office of the association",
                "role": "Executive director",
                "organisation": "Tolerantnost Association of Municipalities",
            },
        },
        {
            "key": "bulletin",
            "email": BULLETIN_EMAIL,
            "phone": "",
            "bg": {
                "name": "Редакция на бюлетина",
                "role": "Редактор",
                "organisation": "Сдружение на общини „Толерантност“",
            },
            "en": {
                "name": "Bulletin editorial office",
                "role": "Editor",
                "organisation": "Tolerantnost Association of Municipalities",
            },
        },
    ],
    "bulletin_series": [
        {
            "key": "quarterly",
            "frequency": "quarterly",
            "bg": {"name": "Тримесечен бюлетин на „Толерантност“"},
            "en": {"name": "Tolerantnost Quarterly Bulletin"},
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
            "intro": "Сдружението на общини „Толерантност“ подкрепя и представлява своите "
            "членове пред институциите у нас и в чужбина.",
            "mission": [
                (
                    "Подкрепяме общините членки и ги представляваме, за да отговорят на високите "
                    "очаквания на гражданите към местната власт и да укрепват гражданското "
                    "общество."
                ),
                (
                    "Работим за успешното участие на общините в европейската и евроатлантическата "
                    "интеграция на България и за местно развитие, което цени толерантността и "
                    "многообразието."
                ),
            ],
            "goals": [
                {
                    "title": "Подкрепа и представителство",
                    "text": "Да подкрепя общините членки и да ги представлява пред "
                    "законодателната и изпълнителната власт, областните управи и "
                    "международните организации.",
                },
                {
                    "title": "Развитие на общините",
                    "text": "Да помага на общините да планират развитието си, да привличат "
                    "средства от европейски и други фондове и да насърчават малкия и "
                    "среден бизнес.",
                },
                {
                    "title": "По-добри общински услуги",
                    "text": "Да помага на общинските служители и администрации да станат "
                    "по-компетентни и по-способни да предлагат качествени услуги.",
                },
                {
                    "title": "Международно сътрудничество",
                    "text": "Да разширява партньорствата на общините с общини от Европейския "
                    "съюз, САЩ и Турция.",
                },
            ],
            "body": [
                (
                    "Работата ни следва програма, приета от Общото събрание в съответствие с "
                    "Устава на сдружението, с платформите на новоизбраните местни власти и с "
                    "курса на страната към европейска и евроатлантическа интеграция."
                ),
                (
                    "Програмата обхваща десет направления – от регионалното развитие и подкрепата "
                    "за малкия и среден бизнес до образованието, здравеопазването, туризма и "
                    "международното сътрудничество."
                ),
                (
                    "Издаваме тримесечен бюлетин, поддържаме адресна книга на общините и "
                    "директория с въпроси и отговори от общинската практика."
                ),
            ],
            "seat": "",
            "legal_form": "Сдружение на общини с нестопанска цел",
            "former_names": [],
        },
        "en": {
            "title": "About us",
            "slug": "about-us",
            "intro": "The Tolerantnost Association of Municipalities supports its members and "
            "represents them before institutions at home and abroad.",
            "mission": [
                (
                    "We support our member municipalities and represent them so that they can meet "
                    "citizens’ high expectations of local government and help civil society "
                    "grow stronger."
                ),
                (
                    "We work for the successful participation of municipalities in Bulgaria’s "
                    "European and Euro-Atlantic integration, and for local development that "
                    "values tolerance and diversity."
                ),
            ],
            "goals": [
                {
                    "title": "Support and representation",
                    "text": "To support member municipalities and represent them before the "
                    "legislature and the executive, the provincial administrations and "
                    "international organisations.",
                },
                {
                    "title": "Municipal development",
                    "text": "To help municipalities plan their development, attract money from "
                    "European and other funds and encourage small and medium-sized "
                    "businesses.",
                },
                {
                    "title": "Better municipal services",
                    "text": "To help municipal staff and administrations become more competent "
                    "and better able to provide quality services.",
                },
                {
                    "title": "International cooperation",
                    "text": "To broaden the municipalities’ partnerships with municipalities "
                    "in the European Union, the United States and Turkey.",
                },
            ],
            "body": [
                (
                    "Our work follows a programme adopted by the General Assembly in line with the "
                    "association’s statute, the platforms of the newly elected local "
                    "authorities and the country’s course towards European and Euro-Atlantic "
                    "integration."
                ),
                (
                    "The programme covers ten directions – from regional development and support "
                    "for small and medium-sized businesses to education, health care, tourism "
                    "and international cooperation."
                ),
                (
                    "We publish a quarterly bulletin, keep an address book of the municipalities "
                    "and a directory of questions and answers from municipal practice."
                ),
            ],
            "seat": "",
            "legal_form": "Non-profit association of municipalities",
            "former_names": [],
        },
    },
    {
        "type": "ProgrammePage",
        "key": "programme",
        "parent": "home",
        # The programme gives no period of its own; only one activity has a deadline (2007).
        "fields": {
            "period_start_year": None,
            "period_end_year": None,
            "directions": [
                {
                    "activities": [
                        {"status": "ongoing"},
                        {"status": "ongoing"},
                        {"status": "ongoing"},
                        {"status": "planned"},
                        {"status": "ongoing"},
                    ]
                },
                {
                    "activities": [
                        {"status": "ongoing"},
                        {"status": "planned"},
                        {"status": "ongoing"},
                        {"status": "planned"},
                    ]
                },
                {
                    "activities": [
                        {"status": "planned"},
                        {"status": "planned"},
                        {"status": "ongoing"},
                    ]
                },
                {
                    "activities": [
                        {"status": "ongoing"},
                        {"status": "ongoing"},
                        {"status": "ongoing"},
                        {"status": "planned"},
                        {"status": "ongoing"},
                        {"status": "ongoing"},
                    ]
                },
                {
                    "activities": [
                        {"status": "planned"},
                        {"status": "ongoing"},
                        {"status": "ongoing"},
                        {"status": "ongoing"},
                    ]
                },
                {
                    "activities": [
                        {"status": "planned"},
                        {"status": "planned"},
                        {"status": "ongoing"},
                        {"status": "planned"},
                        {"status": "ongoing"},
                    ]
                },
                {
                    "activities": [
                        {"status": "planned"},
                        {"status": "planned"},
                        {"status": "ongoing"},
                        {"status": "ongoing"},
                        {"status": "ongoing"},
                    ]
                },
                {
                    "activities": [
                        {"status": "planned"},
                        {"status": "planned"},
                        {"status": "planned"},
                    ]
                },
                {
                    "activities": [
                        {"status": "ongoing"},
                        {"status": "ongoing"},
                        {"status": "ongoing"},
                        {"status": "ongoing"},
                        {"status": "ongoing"},
                        {"status": "done"},
                    ]
                },
                {
                    "activities": [
                        {"status": "ongoing"},
                        {"status": "in_progress"},
                        {"status": "ongoing"},
                        {"status": "ongoing"},
                        {"status": "done"},
                    ]
                },
            ],
        },
        "bg": {
            "title": "Програма за дейността",
            "slug": "programa-za-deynostta",
            "intro": "Програмата определя десетте основни направления, в които Сдружението "
            "подкрепя общините членки и ги представлява, и задълженията, които Сдружението "
            "поема, за да работи успешно по тях.",
            "adopting_body": "Общо събрание",
            "in_accordance_with": [
                "Уставът на Сдружението на общини „Толерантност“",
                (
                    "Платформите, с които новоизбраните местни власти в общините членки се явиха "
                    "на изборите"
                ),
                (
                    "Външнополитическите приоритети на Република България – европейска и "
                    "евроатлантическа интеграция"
                ),
                (
                    "Високите очаквания на гражданите на България към местната власт и все "
                    "по-голямата ѝ роля в изграждането на гражданското общество в страната"
                ),
                "Програмата за управление на правителството",
            ],
            "directions": [
                {
                    "title": "Регионално развитие и регионална политика",
                    "summary": "Подготвяме общините за новия Закон за регионалното развитие и "
                    "за съвместното планиране в областта и в района.",
                    "activities": [
                        {
                            "text": "Всички служители на местните администрации в общините "
                            "членки научават какво изисква новият Закон за регионалното "
                            "развитие и какви механизми въвежда.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Изграждане на работещи връзки между местните власти в "
                            "общините членки и съвещателните комисии, които законът "
                            "създава за изготвяне на плановете за развитие на районите и "
                            "на областните стратегии за развитие.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Съвети и помощ при изготвянето и обсъждането на плановете "
                            "за развитие на общините.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Регионални срещи, на които общините заедно изготвят "
                            "ресурсния анализ и SWOT анализа на плановете си и съгласуват "
                            "общинските планове в рамките на областта и на района за "
                            "планиране.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Координирано и ефективно участие на общините членки в "
                            "усвояването на средства от предприсъединителните инструменти: "
                            "ФАР – Икономическо и социално сближаване, ФАР – Трансгранично "
                            "сътрудничество, ФАР – Външни граници, и САПАРД.",
                            "responsible": "",
                            "period": "",
                        },
                    ],
                },
                {
                    "title": "Конкурентоспособност и подготовка на малките и средните "
                    "предприятия за европейския пазар",
                    "summary": "Помагаме на общините да подкрепят местния бизнес и да го "
                    "подготвят за конкуренцията на общия европейски пазар.",
                    "activities": [
                        {
                            "text": "Всяка община определя ясна политика за подкрепа на малкия "
                            "и средния бизнес на своята територия.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Подготовка на малките и средните предприятия за пазарните "
                            "условия в Европейския съюз чрез съвместно организирани "
                            "обучения и информационни дни по отрасли, посветени на пазара "
                            "на ЕС и на конкуренцията в него.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Обща политика и съвместни действия на общината, на малкия "
                            "и средния бизнес на нейна територия и на Сдружението за "
                            "развиване на потенциала в услугите и туризма и за "
                            "представянето на общината в медиите и в интернет.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Програма за сертифициране и стандартизация на малкия и "
                            "средния бизнес.",
                            "responsible": "",
                            "period": "до 2007 г.",
                        },
                    ],
                },
                {
                    "title": "Териториално устройство и благоустройство",
                    "summary": "Искаме правата на всички жители върху имотите им да са "
                    "защитени, а благоустройството да е реалистично и видимо.",
                    "activities": [
                        {
                            "text": "Преглед във всяка община членка докъде са стигнали "
                            "кадастралните карти, подробните устройствени планове и "
                            "документите за собственост на имотите – така че правата на "
                            "всички жители, включително в малките населени места, да бъдат "
                            "гарантирани.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Реалистични планове за благоустройство за всяка община "
                            "членка, с осигурено финансиране и бързи резултати.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Публичност на плановете и на изпълнените мерки за "
                            "благоустройство чрез активна и настъпателна медийна политика "
                            "на Сдружението.",
                            "responsible": "",
                            "period": "",
                        },
                    ],
                },
                {
                    "title": "Образование и култура",
                    "summary": "Подкрепяме училищата, библиотеките и читалищата като места за "
                    "знание, толерантност и многообразие.",
                    "activities": [
                        {
                            "text": "Популяризиране и изпълнение на проекти за двуезичните деца.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Програми за пълноценно използване на информационните "
                            "ресурси на библиотеките, които да се превърнат в центрове за "
                            "обществена информация.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Подкрепа за дейностите на читалищата, посветени на "
                            "етническото богатство, толерантността и многообразието.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Модернизиране на оборудването на училищата чрез "
                            "привличане на дарения и чрез целеви програми.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Специално внимание към езиковото и компютърното обучение "
                            "в училищата.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Помощ за традиционните културни празници и фестивали, за "
                            "конференции, кръгли маси и дискусии и за изложбите на "
                            "творците.",
                            "responsible": "",
                            "period": "",
                        },
                    ],
                },
                {
                    "title": "Социални дейности и заетост",
                    "summary": "Работим за повече работни места и за по-ефективни социални "
                    "дейности във всяка община.",
                    "activities": [
                        {
                            "text": "Общ план за действие и отделен план за всяка община за "
                            "повишаване на заетостта и на ефективността на социалните "
                            "дейности на нейна територия.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Редовна работа с представителите на законодателната и "
                            "изпълнителната власт, които отговарят за социалната политика "
                            "и заетостта.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Програми, които Сдружението разработва и провежда, за "
                            "подкрепа и социално включване на хората в неравностойно "
                            "положение – хора с увреждания, социално слаби, сираци и "
                            "възрастни хора.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Програми, които обясняват на хората какво се променя в "
                            "здравното осигуряване.",
                            "responsible": "",
                            "period": "",
                        },
                    ],
                },
                {
                    "title": "Здравеопазване и здравна профилактика",
                    "summary": "Изработваме обща позиция на общините за здравеопазването и "
                    "общинските болници и я защитаваме пред институциите.",
                    "activities": [
                        {
                            "text": "Постоянна комисия към Сдружението, която да подготви "
                            "общата му позиция по въпросите на здравеопазването и "
                            "профилактиката.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Обща позиция на общините членки за това как да работят "
                            "общинските болници; с нея Сдружението ще се обърне към "
                            "парламентарната Комисия по здравеопазването, към Националното "
                            "сдружение на общините, към Министерството на здравеопазването "
                            "и към Националната здравноосигурителна каса.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Постоянна работна връзка с депутатите и с органите на "
                            "изпълнителната власт.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Обща програма, с която всяка община членка да приспособи "
                            "здравеопазването и профилактиката на своята територия към "
                            "новите нормативни правила в сектора.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "По-широка дейност и по-голяма известност за Обществения "
                            "съвет „Здраве за всички“.",
                            "responsible": "",
                            "period": "",
                        },
                    ],
                },
                {
                    "title": "Младеж и спорт",
                    "summary": "Подкрепяме спорта и смисленото свободно време на младите хора "
                    "и ги пазим от рисковете, които ги дебнат.",
                    "activities": [
                        {
                            "text": "Средства за реконструкция и ремонт на спортните "
                            "съоръжения в общините членки в тясно сътрудничество с "
                            "Министерството на младежта и спорта.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Създаване на сдружения на спортните клубове за по-гъвкаво "
                            "финансиране на младежките и спортните дейности.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Подготовка и провеждане на програми за деца и юноши, "
                            "които да изпълнят свободното им време със смисъл и да ги "
                            "предпазят от наркотици, проституция и престъпни групи.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Участие на общините, общинските институции и организации "
                            "и на отделни граждани в програмата „Младеж“, която "
                            "администрира Министерството на младежта и спорта.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Организиране на масови спортни прояви – турнири според "
                            "традициите на всяка община и спортни празници.",
                            "responsible": "",
                            "period": "",
                        },
                    ],
                },
                {
                    "title": "Културен и екотуризъм",
                    "summary": "Събираме културното и природното наследство на общините в обща "
                    "карта и го представяме пред туристическия бранш.",
                    "activities": [
                        {
                            "text": "Опис на всички недвижими културни паметници, защитени "
                            "територии и природни паркове в общините членки и изготвяне на "
                            "карта на обектите за културен и екотуризъм.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Представяне на културните забележителности, природните "
                            "паркове и защитените територии пред туроператорите.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Обща кампания за популяризиране на тези туристически "
                            "обекти – рекламни материали, срещи с туроператори и хотелиери "
                            "и разгласяване на възможностите за такъв туризъм.",
                            "responsible": "",
                            "period": "",
                        },
                    ],
                },
                {
                    "title": "Международно сътрудничество и евроинтеграция",
                    "summary": "Разширяваме партньорствата на общините в Европа, САЩ и Турция "
                    "и представяме Сдружението на международни форуми.",
                    "activities": [
                        {
                            "text": "Повече връзки, контакти и сътрудничество на общините "
                            "членки с общини от държавите – членки на Европейския съюз, и "
                            "от САЩ.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Трайни и официално уредени връзки, контакти и "
                            "сътрудничество с общини от Република Турция.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Участие на Сдружението в международните форуми на "
                            "местните власти, които провеждат институциите на Европейския "
                            "съюз и други регионални и специализирани международни "
                            "организации.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Статии и други материали за Сдружението в изданията на "
                            "международните организации на местната власт.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "По-широко партньорство на Сдружението и членовете му чрез "
                            "участие в партньорски мрежи за конкретни проекти, финансирани "
                            "от предприсъединителните фондове и от хоризонталните програми "
                            "на ЕС.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Пускане на английска версия на уеб сайта на Сдружението.",
                            "responsible": "",
                            "period": "",
                        },
                    ],
                },
                {
                    "title": "Компетентност и капацитет на общинските структури за "
                    "по-качествени услуги",
                    "summary": "Повишаваме уменията на общинските служители и модернизираме "
                    "услугите, които общините предлагат.",
                    "activities": [
                        {
                            "text": "По-висока квалификация за общинските служители – "
                            "тематични практикуми и семинари, които организира "
                            "Сдружението.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "По-добри общински услуги чрез автоматизирани системи, в "
                            "разработването, изпитването и оценката на които участват "
                            "експерти на Сдружението.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Разпространяване на опита на общините, въвели "
                            "административно обслужване на „едно гише“.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Редовни проучвания на това как общината организира "
                            "административните си услуги и от какво имат нужда гражданите.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Директория с въпроси и отговори от практиката на сайта на "
                            "Сдружението: тя помага на общинските служители и съхранява "
                            "взетите решения и добрите практики.",
                            "responsible": "",
                            "period": "",
                        },
                    ],
                },
            ],
            # The programme's closing part: what the association undertakes so that it can work
            # well in the directions above.
            "commitments": [
                {
                    "title": "По-добър информационен обмен и информационно осигуряване",
                    "items": [
                        "Интернет страницата на Сдружението ще бъде обновена и доразвита.",
                        "Ще публикуваме и ще поддържаме английска версия на страницата.",
                        (
                            "Ще създадем директория, в която се събират въпроси и отговори от "
                            "ежедневната работа по общинските услуги."
                        ),
                        "Сдружението ще издава тримесечен бюлетин.",
                        (
                            "Адресната книга на Сдружението ще бъде обновена и издадена в повече "
                            "екземпляри."
                        ),
                        (
                            "Централният офис ще разшири информационния си капацитет чрез "
                            "абонамент за бази данни с правна информация."
                        ),
                    ],
                },
                {
                    "title": "Стабилна среда за развитието на Сдружението и по-силен "
                    "административен капацитет",
                    "items": [
                        "Информационната функция на централния офис ще бъде развита.",
                        (
                            "Взаимноизгодните договори за сътрудничество с консултантски, "
                            "проектантски, строителни и други фирми ще получат ясна уредба."
                        ),
                    ],
                },
                {
                    "title": "Връзки с институциите и обществото и присъединяване към ЕС",
                    "items": [
                        (
                            "Редовни контакти и оперативно сътрудничество със законодателната "
                            "власт, централната изпълнителна власт и областните управи."
                        ),
                        (
                            "Постоянни връзки с обществеността и медиите, чрез които "
                            "популяризираме дейността на Сдружението."
                        ),
                        (
                            "Активно участие в присъединяването на България към Европейския съюз в "
                            "сътрудничество с Комуникационната стратегия на правителството и "
                            "изграждане на модел за информиране на населението за "
                            "присъединяването."
                        ),
                        (
                            "Собствена програма на Сдружението за привличане на средства от "
                            "предприсъединителните инструменти на ЕС и от други финансиращи "
                            "линии, която то само разработва и изпълнява."
                        ),
                    ],
                },
            ],
        },
        "en": {
            "title": "Programme of activities",
            "slug": "programme-of-activities",
            "intro": "The programme sets out the ten main directions in which the association "
            "supports and represents its member municipalities, and the commitments it "
            "takes on in order to work successfully in them.",
            "adopting_body": "General Assembly",
            "in_accordance_with": [
                "The statute of the Tolerantnost Association of Municipalities",
                (
                    "The platforms on which the newly elected local authorities in the member "
                    "municipalities stood for election"
                ),
                (
                    "The foreign policy priorities of the Republic of Bulgaria: European and "
                    "Euro-Atlantic integration"
                ),
                (
                    "The high standards Bulgarian citizens expect of their local authorities, and "
                    "the growing role of local government in developing civil society in "
                    "Bulgaria"
                ),
                "The Government’s programme",
            ],
            "directions": [
                {
                    "title": "Regional development and regional policy",
                    "summary": "We prepare municipalities for the new Regional Development Act "
                    "and for joint planning at provincial and regional level.",
                    "activities": [
                        {
                            "text": "Everyone working in the local administrations of member "
                            "municipalities learns what the new Regional Development Act "
                            "requires and which mechanisms it introduces.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Building working links between the local authorities of "
                            "member municipalities and the advisory committees the Act "
                            "sets up to draw up the regional development plans and the "
                            "provincial development strategies.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Advice and help in drawing up and discussing municipal "
                            "development plans.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Regional meetings at which municipalities jointly prepare "
                            "the resource analysis and the SWOT analysis of their plans "
                            "and coordinate the municipal plans within the province and "
                            "the planning region.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Coordinated and effective participation of member "
                            "municipalities in using the pre-accession instruments: PHARE "
                            "Economic and Social Cohesion, PHARE Cross-Border Cooperation, "
                            "PHARE External Borders, and SAPARD.",
                            "responsible": "",
                            "period": "",
                        },
                    ],
                },
                {
                    "title": "Competitiveness: preparing small and medium-sized enterprises "
                    "for the European market",
                    "summary": "We help municipalities support local business and prepare it "
                    "for competition in the European single market.",
                    "activities": [
                        {
                            "text": "Each municipality defines a clear policy for supporting "
                            "small and medium-sized businesses in its territory.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Preparing small and medium-sized enterprises for market "
                            "conditions in the European Union through jointly organised "
                            "training and information days on the EU market and "
                            "competition, sector by sector.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Joint policy and joint action by the municipality, the "
                            "small and medium-sized businesses in its territory and the "
                            "association to develop the potential of services and tourism "
                            "and to present the municipality in the media and online.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "A certification and standardisation programme for small "
                            "and medium-sized businesses.",
                            "responsible": "",
                            "period": "until 2007",
                        },
                    ],
                },
                {
                    "title": "Spatial planning and public works",
                    "summary": "We want every resident’s property rights to be protected and "
                    "public works to be realistic and visible.",
                    "activities": [
                        {
                            "text": "A survey of the state of the cadastral maps, detailed "
                            "development plans and property title documents in each member "
                            "municipality, to secure the rights of all residents, "
                            "including those who live in small settlements.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Realistic public works plans for each member "
                            "municipality, with secured funding and quick results.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Publicising the plans and the completed public works "
                            "through the association’s active and assertive media policy.",
                            "responsible": "",
                            "period": "",
                        },
                    ],
                },
                {
                    "title": "Education and culture",
                    "summary": "We support schools, libraries and community centres as places "
                    "of learning, tolerance and diversity.",
                    "activities": [
                        {
                            "text": "Promoting and carrying out projects for bilingual children.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Programmes to make full use of libraries’ information "
                            "resources and to turn libraries into public information "
                            "centres.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Support for the activities of community centres "
                            "(chitalishta) devoted to ethnic richness, tolerance and "
                            "diversity.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Modernising school equipment by attracting donations and "
                            "through targeted programmes.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Particular attention to language teaching and computer "
                            "training in schools.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Help with traditional cultural celebrations and "
                            "festivals, with conferences, round tables and discussions, "
                            "and with artists’ exhibitions.",
                            "responsible": "",
                            "period": "",
                        },
                    ],
                },
                {
                    "title": "Social services and employment",
                    "summary": "We work for more jobs and more effective social services in "
                    "every municipality.",
                    "activities": [
                        {
                            "text": "A common action plan, and a separate plan for each "
                            "municipality, to raise employment and make social services in "
                            "its territory more effective.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Regular working contacts with representatives of the "
                            "legislature and the executive responsible for social affairs "
                            "and employment.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Programmes, designed and run by the association, to "
                            "support and socially include disadvantaged people: people "
                            "with disabilities, people on low incomes, orphans and older "
                            "people.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Programmes that explain to people what is changing in "
                            "health insurance.",
                            "responsible": "",
                            "period": "",
                        },
                    ],
                },
                {
                    "title": "Health care and disease prevention",
                    "summary": "We draw up the municipalities’ common position on health care "
                    "and municipal hospitals and defend it before the institutions.",
                    "activities": [
                        {
                            "text": "A standing committee of the association to prepare its "
                            "common position on health care and disease prevention.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "A common position of the member municipalities on how "
                            "municipal hospitals should work, which the association will "
                            "put to the Parliamentary Health Committee, the National "
                            "Association of Municipalities, the Ministry of Health and the "
                            "National Health Insurance Fund.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Permanent working links with members of parliament and "
                            "with the executive authorities.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "A common programme through which each member municipality "
                            "adapts health care and disease prevention in its territory to "
                            "the new rules for the sector.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Expanding and promoting the work of the “Health for All” "
                            "Public Council.",
                            "responsible": "",
                            "period": "",
                        },
                    ],
                },
                {
                    "title": "Youth and sport",
                    "summary": "We support sport and meaningful leisure for young people and "
                    "help protect them from the risks they face.",
                    "activities": [
                        {
                            "text": "Funding for the reconstruction and repair of sports "
                            "facilities in member municipalities, in close cooperation "
                            "with the Ministry of Youth and Sport.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Setting up associations of sports clubs to allow more "
                            "flexible funding for youth and sport.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Preparing and running programmes for children and "
                            "teenagers that give their free time a purpose and protect "
                            "them from drugs, prostitution and criminal gangs.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Participation of municipalities, municipal institutions "
                            "and organisations and individuals in the Youth programme run "
                            "by the Ministry of Youth and Sport.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Organising sport-for-all events: tournaments in keeping "
                            "with each municipality’s traditions, and sports festivals.",
                            "responsible": "",
                            "period": "",
                        },
                    ],
                },
                {
                    "title": "Cultural and eco-tourism",
                    "summary": "We bring the municipalities’ cultural and natural heritage "
                    "together on one map and present it to the tourism industry.",
                    "activities": [
                        {
                            "text": "Identifying all immovable cultural monuments, nature "
                            "parks and protected areas in member municipalities and "
                            "drawing up a map of sites for cultural and eco-tourism.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Presenting the cultural sights, nature parks and "
                            "protected areas to tour operators.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "A joint campaign to promote these sites: promotional "
                            "materials, meetings with tour operators and hoteliers, and "
                            "publicity for the opportunities this kind of tourism offers.",
                            "responsible": "",
                            "period": "",
                        },
                    ],
                },
                {
                    "title": "International cooperation and European integration",
                    "summary": "We broaden the municipalities’ partnerships in Europe, the "
                    "United States and Turkey and represent the association at "
                    "international forums.",
                    "activities": [
                        {
                            "text": "More links, contacts and cooperation between member "
                            "municipalities and municipalities in the member states of the "
                            "European Union and in the United States.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Consolidating and formalising links, contacts and "
                            "cooperation with municipalities in the Republic of Turkey.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Representing the association at international local "
                            "government forums organised by European Union bodies and by "
                            "other regional and specialised international organisations.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Presenting the association through articles and other "
                            "contributions to the publications of international local "
                            "government organisations.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Broader partnership for the association and its members "
                            "through partner networks for specific projects funded by the "
                            "EU pre-accession funds and the EU’s horizontal programmes.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Launching an English version of the association’s website.",
                            "responsible": "",
                            "period": "",
                        },
                    ],
                },
                {
                    "title": "Competence and capacity of municipal bodies for better services",
                    "summary": "We build the skills of municipal staff and modernise the "
                    "services municipalities provide.",
                    "activities": [
                        {
                            "text": "Raising the qualifications of municipal staff through "
                            "specialised practical workshops and seminars organised by the "
                            "association.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Better municipal services through automated systems whose "
                            "development, testing and evaluation involve the association’s "
                            "experts.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Sharing the experience of municipalities that have "
                            "introduced one-stop-shop administrative services.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "Regular surveys of how the municipality organises its "
                            "administrative services and of what citizens need.",
                            "responsible": "",
                            "period": "",
                        },
                        {
                            "text": "A directory of questions and answers from practice on the "
                            "association’s website, which helps municipal staff and keeps "
                            "a record of decisions taken and good practice.",
                            "responsible": "",
                            "period": "",
                        },
                    ],
                },
            ],
            "commitments": [
                {
                    "title": "Better information exchange and information support",
                    "items": [
                        "The association’s website will be updated and developed further.",
                        "We will publish and maintain an English version of the website.",
                        (
                            "We will create a directory that collects questions and answers from "
                            "day-to-day work on municipal services."
                        ),
                        "The association will publish a quarterly bulletin.",
                        (
                            "The association’s address book will be updated and reproduced for "
                            "wider distribution."
                        ),
                        (
                            "The central office will expand its information capacity by "
                            "subscribing to legal information databases."
                        ),
                    ],
                },
                {
                    "title": "A sustainable environment for the association’s development and "
                    "stronger administrative capacity",
                    "items": [
                        "The information function of the central office will be developed.",
                        (
                            "Mutually beneficial cooperation agreements will be put in place "
                            "between the association and consulting, design, construction and "
                            "other firms."
                        ),
                    ],
                },
                {
                    "title": "Relations with institutions and the public, and EU accession",
                    "items": [
                        (
                            "Regular contact and operational cooperation with the legislature, the "
                            "central executive and the provincial administrations."
                        ),
                        (
                            "Ongoing relations with the public and the media, through which we "
                            "promote the association’s work."
                        ),
                        (
                            "Active participation in Bulgaria’s accession to the European Union, "
                            "in cooperation with the Government’s Communication Strategy, and "
                            "a model for informing the population about accession."
                        ),
                        (
                            "The association’s own programme, which it develops and carries out "
                            "itself, for attracting money from the EU’s pre-accession "
                            "instruments and other funding lines."
                        ),
                    ],
                },
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
            "intro": "Тук ще намерите общините членки на Сдружението, тяхното местоположение и "
            "данни за връзка.",
        },
        "en": {
            "title": "Member municipalities",
            "slug": "member-municipalities",
            "intro": "Here you will find the association’s member municipalities, where they "
            "are and how to reach them.",
        },
    },
    {
        "type": "QuestionIndexPage",
        "key": "questions",
        "parent": "home",
        "fields": {},
        "bg": {
            "title": "Въпроси и отговори",
            "slug": "vaprosi-i-otgovori",
            "intro": "Въпроси и отговори от ежедневната работа на общинските служители. "
            "Директорията им помага и съхранява взетите решения и добрите практики.",
        },
        "en": {
            "title": "Questions and answers",
            "slug": "questions-and-answers",
            "intro": "Questions and answers from the day-to-day work of municipal staff. The "
            "directory helps them and keeps a record of decisions taken and good practice.",
        },
    },
    {
        "type": "BulletinIndexPage",
        "key": "bulletin",
        "parent": "home",
        "fields": {"series": "quarterly"},
        "bg": {
            "title": "Бюлетин",
            "slug": "byuletin",
            "intro": "Тримесечният бюлетин на Сдружението разказва за работата по програмата, "
            "за добрите практики на общините и за новото в законодателството.",
        },
        "en": {
            "title": "Bulletin",
            "slug": "bulletin",
            "intro": "The association’s quarterly bulletin reports on work under the "
            "programme, on good practice in the municipalities and on changes in "
            "legislation.",
        },
    },
    {
        "type": "BulletinIssuePage",
        "key": "bulletin-2026-1",
        "parent": "bulletin",
        "fields": {
            "series": "quarterly",
            "issue_number": 1,
            "period_start": "2026-01-01",
            "period_end": "2026-03-31",
            "publication_date": "2026-04-15",
        },
        "bg": {
            "title": "Брой 1/2026",
            "slug": "broy-1-2026",
            "summary": "Първият брой за годината е посветен на регионалното планиране и на "
            "подготовката на общинските планове за развитие.",
            "contents": [
                "Общинските планове за развитие: какво предстои",
                "Регионални срещи за ресурсния и SWOT анализа",
                "Добра практика: „едно гише“ в действие",
                "Нови въпроси и отговори в директорията",
            ],
        },
        "en": {
            "title": "Issue 1/2026",
            "slug": "issue-1-2026",
            "summary": "The first issue of the year is devoted to regional planning and the "
            "preparation of municipal development plans.",
            "contents": [
                "Municipal development plans: what lies ahead",
                "Regional meetings on the resource and SWOT analyses",
                "Good practice: a one-stop shop at work",
                "New questions and answers in the directory",
            ],
        },
    },
    {
        "type": "BulletinIssuePage",
        "key": "bulletin-2026-2",
        "parent": "bulletin",
        "fields": {
            "series": "quarterly",
            "issue_number": 2,
            "period_start": "2026-04-01",
            "period_end": "2026-06-30",
            "publication_date": "2026-07-15",
        },
        "bg": {
            "title": "Брой 2/2026",
            "slug": "broy-2-2026",
            "summary": "Вторият брой представя програмите за младежта и спорта и работата на "
            "читалищата.",
            "contents": [
                "Сдружения на спортни клубове за по-гъвкаво финансиране",
                "Читалищата и културното многообразие",
                "Летни програми за деца и юноши",
                "Проучване: от какви услуги имат нужда гражданите",
            ],
        },
        "en": {
            "title": "Issue 2/2026",
            "slug": "issue-2-2026",
            "summary": "The second issue presents the programmes for youth and sport and the "
            "work of community centres.",
            "contents": [
                "Associations of sports clubs for more flexible funding",
                "Community centres and cultural diversity",
                "Summer programmes for children and teenagers",
                "Survey: which services citizens need",
            ],
        },
    },
    {
        "type": "BulletinIssuePage",
        "key": "bulletin-2026-3",
        "parent": "bulletin",
        "fields": {
            "series": "quarterly",
            "issue_number": 3,
            "period_start": "2026-07-01",
            "period_end": "2026-09-30",
            "publication_date": "2026-10-15",
        },
        "bg": {
            "title": "Брой 3/2026",
            "slug": "broy-3-2026",
            "summary": "Третият брой разказва за картата на обектите за културен и екотуризъм "
            "и за международните партньорства на общините.",
            "contents": [
                "Карта на обектите за културен и екотуризъм",
                "Срещи с туроператори и хотелиери",
                "Партньорства с общини от ЕС, САЩ и Турция",
                "Общинските болници: към обща позиция",
            ],
        },
        "en": {
            "title": "Issue 3/2026",
            "slug": "issue-3-2026",
            "summary": "The third issue covers the map of cultural and eco-tourism sites and "
            "the municipalities’ international partnerships.",
            "contents": [
                "A map of cultural and eco-tourism sites",
                "Meetings with tour operators and hoteliers",
                "Partnerships with municipalities in the EU, the United States and Turkey",
                "Municipal hospitals: towards a common position",
            ],
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
            "intro": "Новини за работата на Сдружението и на общините членки.",
        },
        "en": {
            "title": "News",
            "slug": "news",
            "intro": "News about the work of the association and its member municipalities.",
        },
    },
    {
        "type": "NewsPage",
        "key": "news-development-plans",
        "parent": "news",
        "fields": {"date_in_days": -12},
        "bg": {
            "title": "Консултации по общинските планове за развитие",
            "slug": "konsultatsii-po-obshtinskite-planove-za-razvitie",
            "summary": "Експерти на Сдружението консултират общините членки при подготовката и "
            "обсъждането на техните планове за развитие.",
            "body": [
                (
                    "Консултациите са част от направлението „Регионално развитие и регионална "
                    "политика“ на програмата на Сдружението."
                ),
                (
                    "Общините, които искат съдействие, могат да се свържат с централния офис. "
                    "Предстои и обучение по планиране на регионалното развитие, за което "
                    "записването вече е отворено."
                ),
            ],
            "topics": ["Регионално развитие"],
        },
        "en": {
            "title": "Advice on municipal development plans",
            "slug": "advice-on-municipal-development-plans",
            "summary": "The association’s experts are advising member municipalities as they "
            "prepare and discuss their development plans.",
            "body": [
                (
                    "The advice is part of the “Regional development and regional policy” "
                    "direction of the association’s programme."
                ),
                (
                    "Municipalities that would like help can contact the central office. "
                    "Registration is also open for an upcoming training course on regional "
                    "development planning."
                ),
            ],
            "topics": ["Regional development"],
        },
    },
    {
        "type": "NewsPage",
        "key": "news-questions-directory",
        "parent": "news",
        "fields": {"date_in_days": -27},
        "bg": {
            "title": "Нови въпроси и отговори от общинската практика",
            "slug": "novi-vaprosi-i-otgovori-ot-obshtinskata-praktika",
            "summary": "Директорията с въпроси и отговори е допълнена с теми за „едно гише“, "
            "кадастралните карти и читалищата.",
            "body": [
                (
                    "Директорията събира въпроси, с които общинските служители се сблъскват в "
                    "работата си, и отговори, основани на опита на общините членки."
                ),
                (
                    "Изпращайте ни своите въпроси по имейл – така директорията съхранява взетите "
                    "решения и добрите практики."
                ),
            ],
            "topics": ["Общински услуги"],
        },
        "en": {
            "title": "New questions and answers from municipal practice",
            "slug": "new-questions-and-answers-from-municipal-practice",
            "summary": "The questions and answers directory now covers one-stop shops, "
            "cadastral maps and community centres.",
            "body": [
                (
                    "The directory collects questions that municipal staff meet in their work, "
                    "with answers drawn from the experience of member municipalities."
                ),
                (
                    "Send us your own questions by e-mail: this is how the directory becomes a "
                    "record of decisions taken and good practice."
                ),
            ],
            "topics": ["Municipal services"],
        },
    },
    {
        "type": "NewsPage",
        "key": "news-bulletin-3",
        "parent": "news",
        "fields": {"date_in_days": -39},
        "bg": {
            "title": "Излезе третият брой на бюлетина за 2026 г.",
            "slug": "izleze-tretiyat-broy-na-byuletina-za-2026-g",
            "summary": "Новият брой разказва за културния и екотуризма и за международните "
            "партньорства на общините.",
            "body": [
                (
                    "В броя ще намерите материали за картата на обектите за културен и екотуризъм, "
                    "за срещите с туроператори и хотелиери и за партньорствата с общини от ЕС, "
                    "САЩ и Турция."
                ),
                "Бюлетинът се изпраща на общините членки и е публикуван на сайта на Сдружението.",
            ],
            "topics": ["Бюлетин", "Културен и екотуризъм"],
        },
        "en": {
            "title": "The third bulletin of 2026 is out",
            "slug": "the-third-bulletin-of-2026-is-out",
            "summary": "The new issue covers cultural and eco-tourism and the municipalities’ "
            "international partnerships.",
            "body": [
                (
                    "Inside you will find articles on the map of cultural and eco-tourism sites, "
                    "on meetings with tour operators and hoteliers, and on partnerships with "
                    "municipalities in the EU, the United States and Turkey."
                ),
                (
                    "The bulletin is sent to member municipalities and published on the "
                    "association’s website."
                ),
            ],
            "topics": ["Bulletin", "Cultural and eco-tourism"],
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
            "intro": "Обучения, семинари, работни срещи и общи събрания на Сдружението.",
        },
        "en": {
            "title": "Events",
            "slug": "events",
            "intro": "Training courses, seminars, working meetings and general assemblies of "
            "the association.",
        },
    },
    {
        "type": "EventPage",
        "key": "event-planning-training",
        "parent": "events",
        "fields": {
            "start_in_days": 16,
            "start_time": "09:30",
            "end_in_days": 17,
            "end_time": "15:00",
            "all_day": False,
            "format": "hybrid",
            "kind": "training",
            "online_url": "https://meet.example/tolerantnost-planning",
            "registration_url": "",
            "registration_email": OFFICE_EMAIL,
            "registration_deadline_in_days": 10,
            "contact_email": OFFICE_EMAIL,
            "contact_phone": "",
            "partners": [],
        },
        "bg": {
            "title": "Обучение: планиране на регионалното развитие",
            "slug": "obuchenie-planirane-na-regionalnoto-razvitie",
            "summary": "Двудневно обучение за общинските планове за развитие, ресурсния и SWOT "
            "анализа и съгласуването с областната стратегия.",
            "body": [
                (
                    "Първият ден е посветен на изискванията на законодателството за регионалното "
                    "развитие и на ролята на съвещателните комисии. През втория ден "
                    "участниците ще работят по ресурсния и SWOT анализа на собствените си "
                    "планове."
                ),
                (
                    "Може да участвате в залата или онлайн. Моля, запишете се по имейл до "
                    "посочения срок."
                ),
            ],
            "venue_name": "Централен офис на Сдружението",
            "street_address": "",
            "organiser": "Сдружение на общини „Толерантност“",
            "audience": "Експерти по планиране и служители на общинските администрации",
        },
        "en": {
            "title": "Training: planning for regional development",
            "slug": "training-planning-for-regional-development",
            "summary": "A two-day course on municipal development plans, the resource and SWOT "
            "analyses and alignment with the provincial strategy.",
            "body": [
                (
                    "The first day covers the requirements of regional development legislation and "
                    "the role of the advisory committees. On the second day participants will "
                    "work on the resource and SWOT analyses of their own plans."
                ),
                (
                    "You can take part in the room or online. Please register by e-mail before the "
                    "deadline."
                ),
            ],
            "venue_name": "Central office of the association",
            "street_address": "",
            "organiser": "Tolerantnost Association of Municipalities",
            "audience": "Planning experts and municipal administration staff",
        },
    },
    {
        "type": "EventPage",
        "key": "event-one-stop-shop-meeting",
        "parent": "events",
        "fields": {
            "start_in_days": 38,
            "start_time": "11:00",
            "end_in_days": 38,
            "end_time": "13:00",
            "all_day": False,
            "format": "online",
            "kind": "working_meeting",
            "online_url": "https://meet.example/tolerantnost-one-stop-shop",
            "registration_url": "",
            "registration_email": OFFICE_EMAIL,
            "registration_deadline_in_days": 35,
            "contact_email": OFFICE_EMAIL,
            "contact_phone": "",
            "partners": [],
        },
        "bg": {
            "title": "Работна среща: опитът с „едно гише“",
            "slug": "rabotna-sreshta-opitat-s-edno-gishe",
            "summary": "Общини, които вече работят на принципа „едно гише“, споделят опита си "
            "с останалите членове.",
            "body": [
                (
                    "Ще обсъдим как да се организира приемното място, как да се проследяват "
                    "сроковете и как да се събира обратна връзка от гражданите."
                ),
                "Срещата е онлайн; връзката ще бъде изпратена на записалите се.",
            ],
            "venue_name": "Онлайн",
            "street_address": "",
            "organiser": "Сдружение на общини „Толерантност“",
            "audience": "Служители, които отговарят за административното обслужване",
        },
        "en": {
            "title": "Working meeting: experience with one-stop shops",
            "slug": "working-meeting-experience-with-one-stop-shops",
            "summary": "Municipalities that already run a one-stop shop share their experience "
            "with the other members.",
            "body": [
                (
                    "We will discuss how to organise the front desk, how to track deadlines and "
                    "how to collect feedback from citizens."
                ),
                "The meeting is online; the link will be sent to those who register.",
            ],
            "venue_name": "Online",
            "street_address": "",
            "organiser": "Tolerantnost Association of Municipalities",
            "audience": "Staff responsible for administrative services",
        },
    },
    {
        "type": "EventPage",
        "key": "event-community-centres-seminar",
        "parent": "events",
        "fields": {
            "start_in_days": -15,
            "start_time": "10:00",
            "end_in_days": -15,
            "end_time": "16:00",
            "all_day": False,
            "format": "in_person",
            "kind": "seminar",
            "online_url": "",
            "registration_url": "",
            "registration_email": "",
            "registration_deadline_in_days": None,
            "contact_email": OFFICE_EMAIL,
            "contact_phone": "",
            "partners": [],
        },
        "bg": {
            "title": "Семинар: читалищата и културното многообразие",
            "slug": "seminar-chitalishtata-i-kulturnoto-mnogoobrazie",
            "summary": "Общини и читалища обсъдиха как да представят по-добре етническото "
            "богатство и традициите на своите общности.",
            "body": [
                (
                    "Участниците представиха свои празници, фестивали и изложби и обсъдиха как "
                    "библиотеките в читалищата да станат места за обществена информация."
                ),
                "Добрите примери от семинара ще бъдат публикувани в следващия брой на бюлетина.",
            ],
            "venue_name": "Централен офис на Сдружението",
            "street_address": "",
            "organiser": "Сдружение на общини „Толерантност“",
            "audience": "Общински експерти по култура и читалищни дейци",
        },
        "en": {
            "title": "Seminar: community centres and cultural diversity",
            "slug": "seminar-community-centres-and-cultural-diversity",
            "summary": "Municipalities and community centres discussed how to present the "
            "ethnic richness and traditions of their communities better.",
            "body": [
                (
                    "Participants presented their celebrations, festivals and exhibitions and "
                    "discussed how community centre libraries can become public information "
                    "points."
                ),
                "Good examples from the seminar will appear in the next issue of the bulletin.",
            ],
            "venue_name": "Central office of the association",
            "street_address": "",
            "organiser": "Tolerantnost Association of Municipalities",
            "audience": "Municipal culture experts and community centre staff",
        },
    },
    {
        "type": "EventPage",
        "key": "event-general-assembly",
        "parent": "events",
        "fields": {
            "start_in_days": -50,
            "start_time": "10:00",
            "end_in_days": -50,
            "end_time": "13:00",
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
        "bg": {
            "title": "Общо събрание на Сдружението",
            "slug": "obshto-sabranie-na-sdruzhenieto",
            "summary": "Общото събрание отчете изпълнението на програмата и определи "
            "приоритетите до края на годината.",
            "body": [
                (
                    "Представителите на общините членки разгледаха напредъка по десетте "
                    "направления на програмата."
                ),
                (
                    "Събранието реши да продължат консултациите по общинските планове за развитие "
                    "и да бъде проведено обучение по планиране на регионалното развитие."
                ),
            ],
            "venue_name": "Централен офис на Сдружението",
            "street_address": "",
            "organiser": "Сдружение на общини „Толерантност“",
            "audience": "Представители на общините членки",
        },
        "en": {
            "title": "General Assembly of the association",
            "slug": "general-assembly-of-the-association",
            "summary": "The General Assembly reviewed progress on the programme and set "
            "priorities for the rest of the year.",
            "body": [
                (
                    "Representatives of member municipalities reviewed progress in the ten "
                    "directions of the programme."
                ),
                (
                    "The Assembly decided to continue advising on municipal development plans and "
                    "to hold a training course on regional development planning."
                ),
            ],
            "venue_name": "Central office of the association",
            "street_address": "",
            "organiser": "Tolerantnost Association of Municipalities",
            "audience": "Representatives of member municipalities",
        },
    },
    {
        "type": "ContactPage",
        "key": "contact",
        "parent": "home",
        # The seat is not given in the sources: the address names only the country, and there
        # is no point on the map.
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
            "address": "България",
            "office_hours": "В работни дни, след предварителна уговорка по имейл",
        },
        "en": {
            "title": "Contact",
            "slug": "contact",
            "address": "Bulgaria",
            "office_hours": "Working days, by appointment arranged by e-mail",
        },
    },
]

KEY_FIGURES = {
    "numbers": [{"number": 10}, {"number": 4}],
    "bg": {
        "title": "Накратко",
        "labels": ["направления в програмата", "броя на бюлетина годишно"],
        "suffixes": ["", ""],
    },
    "en": {
        "title": "At a glance",
        "labels": ["directions in our programme", "bulletin issues a year"],
        "suffixes": ["", ""],
    },
}
