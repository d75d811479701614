## Checklist: kantoordocumenten in LibreOffice met open bestandsformaten
# Menupaden gecontroleerd met de Help van LibreOffice (Extra > Opties > Laden/Opslaan > Algemeen):
# - https://help.libreoffice.org/latest/sv/text/shared/optionen/01010200.html (Engelse tekst van de pagina)

libreoffice = Kantoordocumenten in LibreOffice
    .description = Schrijf brieven, rekenbladen en presentaties in LibreOffice en sla ze op in OpenDocument, een open formaat dat niet van één bedrijf is.

libreoffice--installed = Controleer of LibreOffice is geïnstalleerd
    .body = De app kijkt of LibreOffice op deze laptop staat en of de versie nog beveiligingsupdates krijgt. Op een laptop die je organisatie beheert, kun je het niet zelf installeren: vraag de servicedesk om LibreOffice voor je te installeren of bij te werken. Daarna vind je LibreOffice Writer, Calc en Impress in je startmenu. Een actuele versie is belangrijk, want oude versies krijgen geen beveiligingsupdates meer.
    .link-download = LibreOffice downloaden (alleen voor een computer die je zelf beheert)

libreoffice--set-odf-default = Maak OpenDocument je standaardformaat
    .body = Sluit LibreOffice helemaal af en klik dan op Doe dit voor mij. De app zet het standaardformaat op .odt voor tekst, .ods voor rekenbladen en .odp voor presentaties. Hij verandert alleen deze ene instelling in je eigen LibreOffice-profiel, bewaart de oude waarde en kan de wijziging altijd terugdraaien. Je ziet het resultaat in Extra > Opties > Laden/Opslaan > Algemeen bij "Altijd opslaan als" (op een Mac: LibreOffice > Voorkeuren). OpenDocument (ODF) is een open standaard, dus je bestanden blijven leesbaar zonder dat je van één leverancier afhangt.
    .link-what-is-odf = Wat is OpenDocument? (Engels)

libreoffice--check-default-format = Controleer het standaardformaat bij opslaan
    .body = De app leest in welk formaat LibreOffice opslaat als je op Opslaan klikt, voor tekst, rekenbladen en presentaties. Alle drie moeten OpenDocument zijn: .odt, .ods en .odp. Staat er nog een Word-, Excel- of PowerPoint-formaat, sluit LibreOffice dan af en doe de vorige stap opnieuw. Heeft je organisatie deze instelling vastgezet, dan zie je er een slotje naast; vraag de servicedesk dan welk formaat je organisatie gebruikt.

libreoffice--format-question = Beantwoord de vraag "dit formaat houden?"
    .body = Sla je een bestand op als .docx, .xlsx of .pptx, dan vraagt LibreOffice welk formaat je wilt gebruiken, met een knop voor het Microsoft-formaat en een voor ODF. Kies ODF voor werk dat binnen je organisatie blijft, en het Microsoft-formaat alleen als iemand buiten de organisatie dat echt nodig heeft. Zit de vraag je in de weg, ga dan naar Extra > Opties > Laden/Opslaan > Algemeen en zet het vinkje uit bij de waarschuwing als je niet in ODF of de standaardindeling opslaat. De vraag is er omdat opmaak en functies in Microsoft-formaten verloren kunnen gaan.

libreoffice--install-templates = Installeer de sjablonen van je organisatie
    .body = Vraag de servicedesk of het secretariaat waar de sjablonen voor brieven, notities en presentaties (briefpapier, huisstijl) staan, bijvoorbeeld in een Nextcloud-map. Open in LibreOffice Bestand > Sjablonen > Sjablonen beheren (Ctrl+Shift+N) en kies Importeren onder de knop Beheren om ze toe te voegen. Klik met rechts op het briefsjabloon en kies Als standaard instellen als elk nieuw document daarmee moet beginnen. Zo kloppen je documenten met de huisstijl, zonder oude Word-bestanden te kopiëren.

libreoffice--check-macros = Meld oude documenten met macro's
    .body = Macro's zijn kleine programmaatjes in een document. Zoek in je mappen naar bestanden die eindigen op .docm, .xlsm of .pptm; ook oudere .doc- en .xls-bestanden kunnen macro's bevatten, dus vraag na wie je belangrijke formulieren en rekenbladen heeft gemaakt. Voer die macro's niet uit in LibreOffice: meldt LibreOffice dat macro's zijn uitgeschakeld, laat ze dan uit. Maak een korte lijst van de bestanden die je echt nodig hebt (naam, wat de macro doet, hoe vaak je hem gebruikt) en stuur die naar de servicedesk. Macro's voor Microsoft Office werken vaak niet in LibreOffice, en er kan alleen een vervanging komen als de servicedesk ervan weet.

libreoffice--test-own-files = Open je meestgebruikte bestanden en controleer de opmaak
    .body = Open kopieën van de Word-, Excel- en PowerPoint-bestanden die je het meest gebruikt, bijvoorbeeld je vijf belangrijkste. Vergelijk ze met hoe ze eruitzagen: pagina-einden, tabellen, kop- en voetteksten, nummering, lettertypen, grafieken en formules. Klopt er iets niet, noteer dan het bestand en het probleem en meld het aan de servicedesk; vaak ontbreekt er een lettertype. Beter nu een probleem vinden dan op de dag van een deadline.

libreoffice--sharing-formats = Weet welk formaat je naar buiten stuurt
    .body = Binnen je organisatie sla je op en deel je in ODF (.odt, .ods, .odp). Stuur een pdf als de ander het document alleen hoeft te lezen of af te drukken: Bestand > Exporteren als > Exporteren als PDF. Stuur .docx, .xlsx of .pptx alleen als een partner erom vraagt en het bestand moet bewerken: Bestand > Opslaan als en kies het bestandstype. Zo hoeft niemand buiten je organisatie speciale software te kopen om je documenten te lezen.

libreoffice--choose-interface = Kies de menu-indeling die bij je past
    .body = Open Beeld > Gebruikersinterface. Kies Tabbladen als je tabbladen met grote knoppen wilt die op Microsoft Office lijken, of de standaardwerkbalk met de klassieke menu's en de zijbalk rechts. Pas je keuze toe op alle onderdelen, zodat Writer, Calc en Impress er hetzelfde uitzien. Je kunt altijd terug; aan je documenten verandert niets.
    .link-help = Help van LibreOffice
