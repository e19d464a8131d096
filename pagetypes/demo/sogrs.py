ASSOCIATION = {
    "hostname": "sogrs.localhost",
    "port": 8000,
    "default_language": "sr-latn",
    "languages": ["sr-latn", "en"],
    "time_zone": "Europe/Sarajevo",
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

PAGES = [
    {
        "type": "AboutPage",
        "sr-latn": {
            "title": "O nama",
            "slug": "o-nama",
            "intro": "Savez opština i gradova Republike Srpske je nacionalna asocijacija "
            "jedinica lokalne samouprave u Republici Srpskoj.",
            "body": [
                "Savez je osnovan 1998. godine u Brčkom. Opštine i gradovi udružili su se radi "
                "međusobne saradnje, razmjene iskustava, zajedničkog nastupa i usluga koje "
                "Savez pruža svim članicama.",
                "Savez zastupa interese lokalnih zajednica pred centralnim vlastima i centar "
                "je za pružanje usluga iz oblasti lokalne samouprave.",
                "Cilj nam je da sve članice dostignu visoke standarde u ciljevima, sredstvima, "
                "strukturi, kadrovima i informacijama, kao i u planiranju, odlučivanju, "
                "organizovanju, koordinaciji i kontroli.",
            ],
        },
        "en": {
            "title": "About us",
            "slug": "about-us",
            "intro": "The Association of Municipalities and Cities of Republika Srpska is the "
            "national association of local self-government units in Republika Srpska.",
            "body": [
                "The Association was founded in Brčko in 1998. Municipalities and cities "
                "joined it to cooperate, share experience, speak with one voice and use the "
                "services the Association provides to all its members.",
                "The Association represents the interests of local communities before the "
                "central authorities and is a service centre for local self-government.",
                "Our aim is that every member reaches high standards in its goals, resources, "
                "structure, staff and information, and in planning, decision-making, "
                "organising, coordination and control.",
            ],
        },
    },
]
