"""Realistic "Was brauche ich?" queries with the expected first hit (Bochum, German): typos,
colloquial words, compounds, whole sentences. An expected value that is no task id is where the
screen points when no task fits: "report" ("Problem melden") or "phone" (115 and the city's page).
Used by tests/portal/test_portal_search.py (≥ 95 % first-hit accuracy) and bench/portal_search.py."""

QUERIES: list[tuple[str, str]] = [
    # Personalausweis
    ("Personalausweis", "personalausweis"), ("Persnalausweis", "personalausweis"), ("Personalausweiss", "personalausweis"),
    ("Perso", "personalausweis"), ("Perso verlängern", "personalausweis"), ("neuer Ausweis", "personalausweis"),
    ("Ausweis abgelaufen", "personalausweis"), ("ich brauche einen neuen Ausweis", "personalausweis"),
    ("Personalausweis beantragen", "personalausweis"), ("Ausweis beantragen", "personalausweis"),
    ("Ausweis verlängern", "personalausweis"), ("Personalausweis neu", "personalausweis"), ("ID-Karte", "personalausweis"),
    ("Perosnalausweis", "personalausweis"), ("personalausweis bekommen", "personalausweis"),
    # lost or stolen
    ("Ausweis verloren", "personalausweis-verloren"), ("Ausweiß verloren", "personalausweis-verloren"),
    ("Perso weg", "personalausweis-verloren"), ("Ausweis gestohlen", "personalausweis-verloren"),
    ("Ausweis geklaut", "personalausweis-verloren"), ("Personalausweis verloren", "personalausweis-verloren"),
    ("Ausweis sperren", "personalausweis-verloren"), ("mein Ausweis ist weg", "personalausweis-verloren"),
    ("Ausweis verlohren", "personalausweis-verloren"), ("Perso gestohlen", "personalausweis-verloren"),
    ("Ausweis vermisst", "personalausweis-verloren"), ("Portemonnaie mit Ausweis geklaut", "personalausweis-verloren"),
    # PIN
    ("PIN vergessen", "pin-ruecksetzen"), ("Pin vergesen", "pin-ruecksetzen"), ("PIN gesperrt", "pin-ruecksetzen"),
    ("neue PIN", "pin-ruecksetzen"), ("Online-Ausweis", "pin-ruecksetzen"), ("eID", "pin-ruecksetzen"),
    ("Onlineausweis PIN", "pin-ruecksetzen"), ("PIN Brief", "pin-ruecksetzen"), ("Geheimnummer vergessen", "pin-ruecksetzen"),
    ("PIN", "pin-ruecksetzen"),
    # Reisepass
    ("Reisepass", "reisepass"), ("Reispass", "reisepass"), ("Pass", "reisepass"), ("Pass verlängern", "reisepass"),
    ("Reisepass verlängern", "reisepass"), ("Reisepass beantragen", "reisepass"), ("neuer Pass", "reisepass"),
    ("Reisepas", "reisepass"), ("Pass für Urlaub", "reisepass"),
    # Wohnsitz
    ("Wohnung anmelden", "wohnsitz-anmelden"), ("Umzug", "wohnsitz-anmelden"), ("umziehen", "wohnsitz-anmelden"),
    ("Umzug melden", "wohnsitz-anmelden"), ("neue Adresse", "wohnsitz-anmelden"), ("Adresse ändern", "wohnsitz-anmelden"),
    ("ummelden", "wohnsitz-anmelden"), ("Wohnsitz anmelden", "wohnsitz-anmelden"), ("Wohnsitz ummelden", "wohnsitz-anmelden"),
    ("ich bin umgezogen", "wohnsitz-anmelden"), ("Anmeldung Wohnung", "wohnsitz-anmelden"), ("Wohnug anmelden", "wohnsitz-anmelden"),
    ("nach Bochum gezogen anmelden", "wohnsitz-anmelden"), ("Adresse", "wohnsitz-anmelden"), ("Wohnsitz", "wohnsitz-anmelden"),
    # Meldebescheinigung
    ("Meldebescheinigung", "meldebescheinigung"), ("Meldebeschinigung", "meldebescheinigung"),
    ("Wohnsitzbescheinigung", "meldebescheinigung"), ("Bescheinigung Adresse", "meldebescheinigung"),
    ("Anmeldebestätigung", "meldebescheinigung"), ("Meldebestätigung", "meldebescheinigung"),
    ("Bescheinigung über Wohnsitz", "meldebescheinigung"), ("Meldebescheinigung beantragen", "meldebescheinigung"),
    # Schwerbehindertenausweis
    ("Schwerbehindertenausweis", "schwerbehindertenausweis"), ("Behindertenausweis", "schwerbehindertenausweis"),
    ("Schwerbehinderten Ausweis", "schwerbehindertenausweis"), ("Grad der Behinderung", "schwerbehindertenausweis"),
    ("GdB", "schwerbehindertenausweis"), ("Merkzeichen", "schwerbehindertenausweis"), ("Behinderung", "schwerbehindertenausweis"),
    ("Schwerbehindertenausweiß", "schwerbehindertenausweis"), ("Merkzeichen G", "schwerbehindertenausweis"),
    # Wohngeld
    ("Wohngeld", "wohngeld"), ("Wohngelt", "wohngeld"), ("Mietzuschuss", "wohngeld"), ("Zuschuss zur Miete", "wohngeld"),
    ("Lastenzuschuss", "wohngeld"), ("Miete zu hoch", "wohngeld"), ("Wohngeld beantragen", "wohngeld"),
    ("Geld für die Miete", "wohngeld"), ("Wongeld", "wohngeld"),
    # Grundsicherung
    ("Grundsicherung", "grundsicherung"), ("Rente reicht nicht", "grundsicherung"), ("Sozialhilfe", "grundsicherung"),
    ("Grundsicherung im Alter", "grundsicherung"), ("Rente zu klein", "grundsicherung"), ("Grundsicherrung", "grundsicherung"),
    ("Rente", "grundsicherung"),
    # Führungszeugnis
    ("Führungszeugnis", "fuehrungszeugnis"), ("Fuehrungszeugnis", "fuehrungszeugnis"), ("Führungszeugniss", "fuehrungszeugnis"),
    ("polizeiliches Führungszeugnis", "fuehrungszeugnis"), ("Führungszeugnis für Ehrenamt", "fuehrungszeugnis"),
    ("Fürungszeugnis", "fuehrungszeugnis"),
    # nothing fits: point to "Problem melden" (street) or to 115 and the city's page
    ("Schlagloch", "report"), ("Laterne kaputt", "report"), ("Straßenlaterne aus", "report"),
    ("wilder Müll am Gehweg", "report"), ("Graffiti an der Wand", "report"), ("Ampel defekt", "report"),
    ("Ast auf dem Radweg", "report"), ("Spielplatz kaputt", "report"), ("Gully verstopft", "report"),
    ("Kindergeld", "phone"), ("Förderung", "phone"), ("Führerschein", "phone"), ("Parkausweis", "phone"),
    ("Sperrmüll", "phone"), ("Sperrmüll liegt auf dem Gehweg", "report"), ("Hundesteuer", "phone"), ("Geburtsurkunde", "phone"), ("Elterngeld", "phone"),
    ("Kfz anmelden", "phone"), ("Heiraten", "phone"), ("Kinderreisepass", "phone"), ("Baugenehmigung", "phone"),
    ("Briefwahl", "phone"), ("Fundsache", "phone"),
]
