ASSOCIATION = {
    "hostname": "aro.localhost",
    "port": 8000,
    "default_language": "bg",
    "languages": ["bg", "en"],
    "time_zone": "Europe/Sofia",
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

PAGES = [
    {
        "type": "AboutPage",
        "bg": {
            "title": "За нас",
            "slug": "za-nas",
            "intro": "Асоциацията на родопските общини представлява и защитава интересите на "
            "своите членове и работи за благоприятна законова среда за местните власти.",
            "body": [
                "Основните ни дейности са застъпничество, обучения, годишна конференция, "
                "издания и проучвания. От пролетта на 1999 г. провеждаме ежемесечни работни "
                "срещи с народните представители от Смолянски избирателен район.",
                "Всяка година събираме на конференция над 130 представители на местната, "
                "регионалната и централната власт, на научни институти и неправителствени "
                "организации от страната и чужбина.",
                "Ежемесечният информационен бюлетин на АРО достига до общински служители, "
                "институции, граждански организации и бизнеса.",
            ],
        },
        "en": {
            "title": "About us",
            "slug": "about-us",
            "intro": "The Association of Rhodope Municipalities represents and defends the "
            "interests of its members and works for a legal environment in which local "
            "authorities can do their job well.",
            "body": [
                "Our main activities are advocacy, training, an annual conference, "
                "publications and surveys. Since the spring of 1999 we have met every month "
                "with the members of parliament elected in the Smolyan constituency.",
                "Every year our conference brings together more than 130 representatives of "
                "local, regional and central government, research institutes and NGOs from "
                "Bulgaria and abroad.",
                "ARO's monthly information bulletin reaches municipal staff, institutions, "
                "civic organisations and businesses.",
            ],
        },
    },
]
