from datetime import date

ASSOCIATION = {
    "hostname": "hebar.localhost",
    "port": 8000,
    "default_language": "bg",
    "languages": ["bg", "en"],
    "time_zone": "Europe/Sofia",
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

PAGES = [
    {
        "type": "AboutPage",
        "bg": {
            "title": "За нас",
            "slug": "za-nas",
            "intro": "Асоциацията „Хебър“ обединява общини от Южния централен район, които "
            "искат заедно да укрепват местното самоуправление.",
            "body": [
                "Сдружението е доброволно и работи с нестопанска цел в обществена полза. "
                "Членове могат да бъдат общини, общински и други обществени организации, "
                "както и граждани, които подкрепят местните власти в стремежа им към "
                "демократично и устойчиво развитие.",
                "Асоциацията е учредена на 15 декември 1997 г. в Пловдив под името "
                "РСО „Филипопол“. От 2000 г. носи сегашното си име – „Хебър“.",
                "Членуващите общини се намират в две области – Пловдивска и Пазарджишка.",
            ],
        },
        "en": {
            "title": "About us",
            "slug": "about-us",
            "intro": "The Hebar Association brings together municipalities of the South "
            "Central Region that want to strengthen local self-government together.",
            "body": [
                "The association is voluntary and works on a non-profit basis for the public "
                "benefit. Municipalities, municipal and other public organisations, and "
                "individuals who support local authorities in their pursuit of democratic and "
                "sustainable development may join.",
                "It was founded in Plovdiv on 15 December 1997 under the name RSO "
                "“Filipopol”. Since 2000 it has carried its present name, “Hebar”.",
                "Its member municipalities lie in two provinces: Plovdiv and Pazardzhik.",
            ],
        },
    },
]
