<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>CountryMap</name>
    <message>
        <location filename="../../src/emp_desktop/gui/region/country_map.py" line="75"/>
        <source>Map of all municipalities</source>
        <translation>Kaart van alle gemeenten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/country_map.py" line="177"/>
        <source>click to remove</source>
        <translation>klik om te verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/country_map.py" line="177"/>
        <source>click to add</source>
        <translation>klik om toe te voegen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/country_map.py" line="215"/>
        <source>Loading the map…</source>
        <translation>Kaart laden…</translation>
    </message>
</context>
<context>
    <name>RegionFields</name>
    <message>
        <location filename="../../src/emp_desktop/gui/region/settings_section.py" line="36"/>
        <source>Region name</source>
        <translation>Naam van de regio</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/settings_section.py" line="37"/>
        <source>e.g. Rijnmond</source>
        <translation>bijv. Rijnmond</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/settings_section.py" line="39"/>
        <source>&amp;Eindhoven preset</source>
        <translation>Regio &amp;Eindhoven (voorinstelling)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/settings_section.py" line="40"/>
        <source>Clear the choi&amp;ce</source>
        <translation>Ke&amp;uze wissen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/settings_section.py" line="43"/>
        <source>Region &amp;name:</source>
        <translation>N&amp;aam regio:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/settings_section.py" line="74"/>
        <source>Give the region a name.</source>
        <translation>Geef de regio een naam.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/settings_section.py" line="77"/>
        <source>Choose at least one municipality.</source>
        <translation>Kies ten minste één gemeente.</translation>
    </message>
</context>
<context>
    <name>RegionPage</name>
    <message>
        <location filename="../../src/emp_desktop/gui/region/wizard_page.py" line="35"/>
        <source>Your organisation and region</source>
        <translation>Uw organisatie en regio</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/wizard_page.py" line="38"/>
        <source>Which municipalities does your care coordination serve? Click them on the map or tick them in the list. You can change this later in Settings.</source>
        <translation>Voor welke gemeenten werkt uw zorgcoördinatie? Klik ze aan op de kaart of vink ze aan in de lijst. U kunt dit later wijzigen onder Instellingen.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/wizard_page.py" line="44"/>
        <source>Organisation name</source>
        <translation>Naam organisatie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/wizard_page.py" line="45"/>
        <source>Choose &amp;logo (PNG)…</source>
        <translation>&amp;Logo kiezen (PNG)…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/wizard_page.py" line="46"/>
        <source>No logo</source>
        <translation>Geen logo</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/wizard_page.py" line="50"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/wizard_page.py" line="56"/>
        <source>Logo on reports:</source>
        <translation>Logo op rapporten:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/wizard_page.py" line="68"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
</context>
<context>
    <name>RegionPicker</name>
    <message>
        <location filename="../../src/emp_desktop/gui/region/picker.py" line="38"/>
        <source>name, CBS code or former name</source>
        <translation>naam, CBS-code of vroegere naam</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/picker.py" line="39"/>
        <source>Search municipality</source>
        <translation>Gemeente zoeken</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/picker.py" line="41"/>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/picker.py" line="46"/>
        <source>&amp;Zoom to the choice</source>
        <translation>&amp;Zoom naar de keuze</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/picker.py" line="47"/>
        <source>Whole coun&amp;try</source>
        <translation>Heel Ne&amp;derland</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/picker.py" line="61"/>
        <source>&amp;Find a municipality:</source>
        <translation>&amp;Gemeente zoeken:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/picker.py" line="127"/>
        <source>Chosen (%1): %2</source>
        <translation>Gekozen (%1): %2</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/picker.py" line="129"/>
        <source>No municipalities chosen yet.</source>
        <translation>Nog geen gemeenten gekozen.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/picker.py" line="151"/>
        <source>No municipality matches “%1”.</source>
        <translation>Geen gemeente past bij “%1”.</translation>
    </message>
</context>
<context>
    <name>RegionSettings</name>
    <message>
        <location filename="../../src/emp_desktop/gui/region/settings_section.py" line="99"/>
        <source>Region</source>
        <translation>Regio</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/settings_section.py" line="104"/>
        <source>Exports, the annual report, the dashboard map and the client filter follow the region. A year that already has releases keeps the region they were made for, so that every release stays reproducible.</source>
        <translation>Exports, het jaarverslag, de kaart op het dashboard en het gemeentefilter van de cliëntenlijst volgen de regio. Een jaar waarvan al iets is uitgeleverd, houdt de regio waarvoor dat gemaakt is, zodat elke levering reproduceerbaar blijft.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/settings_section.py" line="111"/>
        <source>S&amp;ave region</source>
        <translation>Regio &amp;opslaan</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/region/settings_section.py" line="139"/>
        <source>Region saved: %1 municipalities.</source>
        <translation>Regio opgeslagen: %1 gemeenten.</translation>
    </message>
</context>
</TS>
