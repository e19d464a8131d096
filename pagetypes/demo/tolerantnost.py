ASSOCIATION = {
    "hostname": "tolerantnost.localhost",
    "port": 8000,
    "default_language": "bg",
    "languages": ["bg", "en"],
    "time_zone": "Europe/Sofia",
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

PAGES = [
    {
        "type": "AboutPage",
        "bg": {
            "title": "За нас",
            "slug": "za-nas",
            "intro": "Сдружението на общини „Толерантност“ подкрепя и представлява своите "
            "членове пред институциите у нас и в чужбина.",
            "body": [
                "Работата ни следва програма, приета от Общото събрание в съответствие с "
                "Устава на сдружението, с платформите на новоизбраните местни власти и с "
                "курса на страната към европейска и евроатлантическа интеграция.",
                "Програмата обхваща десет направления – от регионалното развитие и "
                "подкрепата за малкия и среден бизнес до образованието, здравеопазването, "
                "туризма и международното сътрудничество.",
                "Издаваме тримесечен бюлетин, поддържаме адресна книга на общините и "
                "директория с въпроси и отговори от общинската практика.",
            ],
        },
        "en": {
            "title": "About us",
            "slug": "about-us",
            "intro": "The Tolerantnost Association of Municipalities supports its members and "
            "represents them before institutions at home and abroad.",
            "body": [
                "Our work follows a programme adopted by the General Assembly in line with "
                "the association's statute, the platforms of the newly elected local "
                "authorities and the country's course towards European and Euro-Atlantic "
                "integration.",
                "The programme covers ten directions – from regional development and support "
                "for small and medium-sized businesses to education, health care, tourism "
                "and international cooperation.",
                "We publish a quarterly bulletin, keep an address book of the municipalities "
                "and a directory of questions and answers from municipal practice.",
            ],
        },
    },
]
