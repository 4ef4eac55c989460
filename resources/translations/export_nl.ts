<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AnnualTab</name>
    <message>
        <location filename="../../src/emp_desktop/gui/export/annual_tab.py" line="58"/>
        <source>&amp;Corrected version (late changes)</source>
        <translation>Gecorrigeerde versie (&amp;latere wijzigingen)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/annual_tab.py" line="61"/>
        <source>A year whose report was released is made again with the same figures. Check this to count the registrations that arrived or changed since: a corrected version, allowed only when the difference with every earlier release cannot point anyone out.</source>
        <translation>Een jaar waarvan het jaarverslag al is uitgebracht, wordt opnieuw gemaakt met dezelfde cijfers. Vink dit aan om de registraties mee te tellen die sindsdien zijn nagekomen of gewijzigd: een gecorrigeerde versie, alleen mogelijk als het verschil met elke eerdere levering niemand kan aanwijzen.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/annual_tab.py" line="57"/>
        <source>Year of the report</source>
        <translation>Jaar van het verslag</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/annual_tab.py" line="58"/>
        <source>Introduction</source>
        <translation>Inleiding</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/annual_tab.py" line="59"/>
        <source>Development points</source>
        <translation>Ontwikkelpunten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/annual_tab.py" line="60"/>
        <source>&amp;Save texts</source>
        <translation>Teksten op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/annual_tab.py" line="62"/>
        <source>Previe&amp;w</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/annual_tab.py" line="64"/>
        <source>Save as P&amp;DF…</source>
        <translation>Opslaan als P&amp;DF…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/annual_tab.py" line="69"/>
        <source>Progress of the annual report</source>
        <translation>Voortgang van het jaarverslag</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/annual_tab.py" line="89"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/annual_tab.py" line="93"/>
        <source>&amp;Introduction:</source>
        <translation>&amp;Inleiding:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/annual_tab.py" line="95"/>
        <source>D&amp;evelopment points:</source>
        <translation>&amp;Ontwikkelpunten:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/annual_tab.py" line="150"/>
        <source>Texts for %1 saved in the vault.</source>
        <translation>Teksten voor %1 opgeslagen in de kluis.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/annual_tab.py" line="200"/>
        <source>Making the annual report…</source>
        <translation>Het jaarverslag wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/annual_tab.py" line="219"/>
        <source>Annual report %1: %2 pages. Saving it records it in the release register.</source>
        <translation>Jaarverslag %1: %2 pagina&apos;s. Bij opslaan wordt het vastgelegd in het leveringsregister.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/annual_tab.py" line="234"/>
        <source>Save the annual report</source>
        <translation>Jaarverslag opslaan</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/annual_tab.py" line="246"/>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
</context>
<context>
    <name>ConfirmExportDialog</name>
    <message>
        <location filename="../../src/emp_desktop/gui/export/confirm_dialog.py" line="30"/>
        <source>Confirm export</source>
        <translation>Export bevestigen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/confirm_dialog.py" line="34"/>
        <source>These files will leave the laptop. They hold only the tables shown in the preview. Check the recipient and the period before you confirm.</source>
        <translation>Deze bestanden verlaten de laptop. Ze bevatten alleen de tabellen uit het voorbeeld. Controleer de ontvanger en de periode voordat u bevestigt.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/confirm_dialog.py" line="42"/>
        <source>Files that will be written</source>
        <translation>Bestanden die worden geschreven</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/confirm_dialog.py" line="43"/>
        <source>&amp;Files that will be written:</source>
        <translation>&amp;Bestanden die worden geschreven:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/confirm_dialog.py" line="47"/>
        <source>Read-me that goes with the files</source>
        <translation>Leesmij dat met de bestanden meegaat</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/confirm_dialog.py" line="48"/>
        <source>&amp;Read-me (LEESMIJ.txt) that goes with them:</source>
        <translation>&amp;Leesmij (LEESMIJ.txt) dat meegaat:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/confirm_dialog.py" line="52"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/confirm_dialog.py" line="60"/>
        <source>Export to %1</source>
        <translation>Export naar %1</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/confirm_dialog.py" line="75"/>
        <source>Recipient:</source>
        <translation>Ontvanger:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/confirm_dialog.py" line="76"/>
        <source>Export:</source>
        <translation>Export:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/confirm_dialog.py" line="77"/>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/confirm_dialog.py" line="78"/>
        <source>Protection:</source>
        <translation>Bescherming:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/confirm_dialog.py" line="79"/>
        <source>Folder:</source>
        <translation>Map:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/confirm_dialog.py" line="86"/>
        <source>%1 records, k-anonymous with k = %2</source>
        <translation>%1 records, k-anoniem met k = %2</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/confirm_dialog.py" line="91"/>
        <source>threshold %1, %2 cells hidden</source>
        <translation>drempel %1, %2 cellen verborgen</translation>
    </message>
</context>
<context>
    <name>CsvRowsModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_models.py" line="135"/>
        <source>Why hidden (not in the file)</source>
        <translation>Waarom verborgen (niet in het bestand)</translation>
    </message>
</context>
<context>
    <name>ExportAreaPage</name>
    <message>
        <location filename="../../src/emp_desktop/gui/export/area_page.py" line="24"/>
        <source>Export and reports</source>
        <translation>Export en rapportage</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/area_page.py" line="25"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/area_page.py" line="26"/>
        <source>Release register</source>
        <translation>Leveringsregister</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/area_page.py" line="27"/>
        <source>Annual report</source>
        <translation>Jaarverslag</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/area_page.py" line="28"/>
        <source>Handover</source>
        <translation>Overdracht</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/area_page.py" line="34"/>
        <source>Only anonymised tables leave the laptop, and only after you have seen them and confirmed.</source>
        <translation>Alleen geanonimiseerde tabellen verlaten de laptop, en pas nadat u ze hebt gezien en bevestigd.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/area_page.py" line="41"/>
        <source>Export &amp; reports</source>
        <translation>Export &amp; rapportage</translation>
    </message>
</context>
<context>
    <name>ExportLabels</name>
    <message>
        <location filename="../../src/emp_desktop/gui/export/common.py" line="15"/>
        <source>Comensha tables</source>
        <translation>Comensha-tabellen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/common.py" line="16"/>
        <source>Municipality monitoring</source>
        <translation>Gemeente-monitoring</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/common.py" line="17"/>
        <source>Comensha record extract</source>
        <translation>Comensha-recordbestand</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/common.py" line="18"/>
        <source>Annual report</source>
        <translation>Jaarverslag</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/common.py" line="47"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
</context>
<context>
    <name>ExportPreview</name>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_models.py" line="42"/>
        <source>hidden: fewer than %1 %2</source>
        <translation>verborgen: minder dan %1 %2</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_models.py" line="47"/>
        <source>hidden so that another hidden cell cannot be calculated back</source>
        <translation>verborgen zodat een andere verborgen cel niet terug te rekenen is</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_models.py" line="50"/>
        <source>hidden: (nearly) the whole group falls in one category</source>
        <translation>verborgen: (bijna) de hele groep valt in één categorie</translation>
    </message>
</context>
<context>
    <name>ExportTab</name>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="57"/>
        <source>Summary of the preview</source>
        <translation>Samenvatting van het voorbeeld</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="60"/>
        <source>E&amp;xport to folder…</source>
        <translation>E&amp;xporteren naar map…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="65"/>
        <source>Written files</source>
        <translation>Geschreven bestanden</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="74"/>
        <source>Export profile</source>
        <translation>Exportprofiel</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="78"/>
        <source>Smallest count shown</source>
        <translation>Kleinste getoonde aantal</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="80"/>
        <source>A count below this number (but above 0) is hidden in the tables that leave.</source>
        <translation>Een aantal onder dit getal (maar boven 0) wordt verborgen in de tabellen die vertrekken.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="82"/>
        <source>Smallest group in the record extract</source>
        <translation>Kleinste groep in het recordextract</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="85"/>
        <source>In the record extract, every combination of year, age group, nationality group and region occurs at least this many times (k-anonymity).</source>
        <translation>In het recordextract komt elke combinatie van jaar, leeftijdsgroep, nationaliteitsgroep en regio minstens zo vaak voor (k-anonimiteit).</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="89"/>
        <source>Correction release (&amp;late changes)</source>
        <translation>&amp;Correctielevering (latere wijzigingen)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="92"/>
        <source>A year released before, again with the registrations and corrections that came later. Only possible when the difference is safe to publish.</source>
        <translation>Een eerder geleverd jaar opnieuw, met de registraties en correcties die later kwamen. Alleen mogelijk als het verschil veilig te publiceren is.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="96"/>
        <source>&amp;Make preview</source>
        <translation>&amp;Voorbeeld maken</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="110"/>
        <source>&amp;Profile:</source>
        <translation>&amp;Profiel:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="111"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="112"/>
        <source>&amp;Quarter:</source>
        <translation>K&amp;wartaal:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="113"/>
        <source>Smallest count &amp;shown:</source>
        <translation>Kleinste getoonde &amp;aantal:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="114"/>
        <source>Smallest group in the record extract:</source>
        <translation>Kleinste groep in het recordextract:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="182"/>
        <source>The choices changed: make a new preview.</source>
        <translation>De keuzes zijn gewijzigd: maak een nieuw voorbeeld.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="184"/>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="330"/>
        <source>Make a preview to see exactly what would leave the laptop.</source>
        <translation>Maak een voorbeeld om precies te zien wat de laptop zou verlaten.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="193"/>
        <source>Preparing and checking the tables…</source>
        <translation>Tabellen worden gemaakt en gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="222"/>
        <source>No preview.</source>
        <translation>Geen voorbeeld.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="228"/>
        <source>%1 records</source>
        <translation>%1 records</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="231"/>
        <source>%1 tables, %2 cells hidden (threshold %3)</source>
        <translation>%1 tabellen, %2 cellen verborgen (drempel %3)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="237"/>
        <source>%1 for %2, period %3: %4. Nothing has been written yet.</source>
        <translation>%1 voor %2, periode %3: %4. Nog niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="239"/>
        <source>%1 for %2, period %3: %4. Written to %5.</source>
        <translation>%1 voor %2, periode %3: %4. Geschreven naar %5.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="256"/>
        <source>Correction: revision %1, it replaces an earlier release of this year.</source>
        <translation>Correctie: revisie %1, zij vervangt een eerdere levering van dit jaar.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="261"/>
        <source>This period was released before: exactly the same figures leave again.</source>
        <translation>Deze periode is al eerder geleverd: precies dezelfde cijfers gaan opnieuw uit.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="266"/>
        <source>Later changes (late or corrected registrations) not included: %1. The figures of this year are fixed since its first release; a correction release can count them.</source>
        <translation>Latere wijzigingen (nagekomen of gecorrigeerde registraties) die hier niet in zitten: %1. De cijfers van dit jaar liggen vast sinds de eerste levering uit dit jaar; een correctielevering kan ze meetellen.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="272"/>
        <source>Later changes counted in this correction (late or corrected registrations): %1.</source>
        <translation>Latere wijzigingen die deze correctie meetelt (nagekomen of gecorrigeerde registraties): %1.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="278"/>
        <source>Folder for the export files</source>
        <translation>Map voor de exportbestanden</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="284"/>
        <source>Not exported: nothing was written.</source>
        <translation>Niet geëxporteerd: er is niets geschreven.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/export_tab.py" line="309"/>
        <source>Exported: %1 files and manifest.json written to %2.</source>
        <translation>Geëxporteerd: %1 bestanden en manifest.json geschreven naar %2.</translation>
    </message>
</context>
<context>
    <name>FileModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_models.py" line="218"/>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_models.py" line="219"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
</context>
<context>
    <name>HandoverTab</name>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="60"/>
        <source>Receiving key of this vault</source>
        <translation>Ontvangstsleutel van deze kluis</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="61"/>
        <source>Receiving key</source>
        <translation>Ontvangstsleutel</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="63"/>
        <source>Cop&amp;y</source>
        <translation>Ko&amp;piëren</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="68"/>
        <source>Receiving key as QR code</source>
        <translation>Ontvangstsleutel als QR-code</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="71"/>
        <source>Give this key to the coordinator who hands a case over to you (in person, as text or QR code). It is public: it can only encrypt for this vault.</source>
        <translation>Geef deze sleutel aan de zorgcoördinator die een casus aan u overdraagt (persoonlijk, als tekst of QR-code). Hij is openbaar: er kan alleen mee versleuteld worden voor deze kluis.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="77"/>
        <source>&amp;Key:</source>
        <translation>&amp;Sleutel:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="92"/>
        <source>Hand a case over</source>
        <translation>Casus overdragen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="93"/>
        <source>Pseudonym code</source>
        <translation>Pseudoniemcode</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="95"/>
        <source>Receiving key of the other vault</source>
        <translation>Ontvangstsleutel van de andere kluis</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="98"/>
        <source>age1…</source>
        <comment>how a receiving key begins</comment>
        <translation>age1…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="97"/>
        <source>&amp;Make handover file…</source>
        <translation>Overdrachtsbestand &amp;maken…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="100"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="101"/>
        <source>R&amp;eceiving key:</source>
        <translation>O&amp;ntvangstsleutel:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="107"/>
        <source>Read a handover file</source>
        <translation>Overdrachtsbestand inlezen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="110"/>
        <source>What arrives</source>
        <translation>Wat binnenkomt</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="111"/>
        <source>Choose &amp;file…</source>
        <translation>&amp;Bestand kiezen…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="113"/>
        <source>&amp;Import</source>
        <translation>&amp;Inlezen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="126"/>
        <source>Close a handed-over case</source>
        <translation>Overgedragen casus afsluiten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="127"/>
        <source>Pseudonym code of the handed-over case</source>
        <translation>Pseudoniemcode van de overgedragen casus</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="128"/>
        <source>Handed over to</source>
        <translation>Overgedragen aan</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="129"/>
        <source>C&amp;lose as handed over</source>
        <translation>Afsluiten als overge&amp;dragen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="132"/>
        <source>C&amp;ode:</source>
        <translation>Cod&amp;e:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="133"/>
        <source>Handed over &amp;to:</source>
        <translation>Overgedragen &amp;aan:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="151"/>
        <source>No person with code %1.</source>
        <translation>Geen persoon met code %1.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="184"/>
        <source>Handover file written, encrypted: %1</source>
        <translation>Overdrachtsbestand geschreven, versleuteld: %1</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="206"/>
        <source>From %1 (code there %2, made %3).</source>
        <translation>Van %1 (code daar %2, gemaakt %3).</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="211"/>
        <source>%1 registrations, %2 contacts, %3 consents, %4 goals, %5 referrals.</source>
        <translation>%1 meldingen, %2 contacten, %3 toestemmingen, %4 doelen, %5 verwijzingen.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="218"/>
        <source>With identity.</source>
        <translation>Met identiteit.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="218"/>
        <source>No identity.</source>
        <translation>Zonder identiteit.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="234"/>
        <source>Imported as %1 (code at the sender: %2).</source>
        <translation>Ingelezen als %1 (code bij de afzender: %2).</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/handover_tab.py" line="250"/>
        <source>%1 closed: handed over to %2.</source>
        <translation>%1 afgesloten: overgedragen aan %2.</translation>
    </message>
</context>
<context>
    <name>PageView</name>
    <message>
        <location filename="../../src/emp_desktop/gui/export/page_view.py" line="82"/>
        <source>Page of the annual report</source>
        <translation>Pagina van het jaarverslag</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/page_view.py" line="86"/>
        <source>Preview of the annual report</source>
        <translation>Voorbeeld van het jaarverslag</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/page_view.py" line="89"/>
        <source>&amp;Previous page</source>
        <translation>Vorige &amp;pagina</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/page_view.py" line="90"/>
        <source>&amp;Next page</source>
        <translation>Vol&amp;gende pagina</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/page_view.py" line="92"/>
        <source>Page number</source>
        <translation>Paginanummer</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/page_view.py" line="115"/>
        <source>No preview yet.</source>
        <translation>Nog geen voorbeeld.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/page_view.py" line="122"/>
        <source>Page %1 of %2</source>
        <translation>Pagina %1 van %2</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../src/emp_desktop/gui/export/common.py" line="66"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/common.py" line="68"/>
        <source>Quarter</source>
        <translation>Kwartaal</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/common.py" line="69"/>
        <source>Whole year</source>
        <translation>Heel jaar</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/common.py" line="72"/>
        <source>Q1 (January–March)</source>
        <translation>K1 (januari–maart)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/common.py" line="73"/>
        <source>Q2 (April–June)</source>
        <translation>K2 (april–juni)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/common.py" line="74"/>
        <source>Q3 (July–September)</source>
        <translation>K3 (juli–september)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/common.py" line="75"/>
        <source>Q4 (October–December)</source>
        <translation>K4 (oktober–december)</translation>
    </message>
</context>
<context>
    <name>PreviewPanel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_panel.py" line="51"/>
        <source>Tables that leave</source>
        <translation>Tabellen die vertrekken</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_panel.py" line="58"/>
        <source>Explanation of hidden cells</source>
        <translation>Toelichting op verborgen cellen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_panel.py" line="63"/>
        <source>&amp;Tables that leave:</source>
        <translation>&amp;Tabellen die vertrekken:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_panel.py" line="68"/>
        <location filename="../../src/emp_desktop/gui/export/preview_panel.py" line="184"/>
        <source>R&amp;ows of the table:</source>
        <translation>R&amp;ijen van de tabel:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_panel.py" line="71"/>
        <source>Expla&amp;nation:</source>
        <translation>T&amp;oelichting:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_panel.py" line="88"/>
        <source>Rows of the table</source>
        <translation>Rijen van de tabel</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_panel.py" line="104"/>
        <source>Records that leave</source>
        <translation>Records die vertrekken</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_panel.py" line="108"/>
        <source>Re&amp;cords that leave:</source>
        <translation>Re&amp;cords die vertrekken:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_panel.py" line="134"/>
        <source>%1 records; every combination of the quasi-identifiers occurs at least k = %2 times.</source>
        <translation>%1 records; elke combinatie van de quasi-identificatoren komt minstens k = %2 keer voor.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_panel.py" line="139"/>
        <source>Generalisation levels (0 = as registered): %1.</source>
        <translation>Generalisatieniveaus (0 = zoals geregistreerd): %1.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_panel.py" line="140"/>
        <source>Records left out to reach k: %1.</source>
        <translation>Records weggelaten om k te halen: %1.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_panel.py" line="143"/>
        <source>The pseudonym column is shortened here; the file holds it in full.</source>
        <translation>De kolom pseudoniem is hier ingekort; in het bestand staat hij volledig.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_panel.py" line="157"/>
        <source>&amp;Rows of %1 (as in the file %2):</source>
        <translation>&amp;Rijen van %1 (zoals in het bestand %2):</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_panel.py" line="166"/>
        <source>An activity count (sessions, people reached), not a count of victims: it leaves without suppression.</source>
        <translation>Een telling van activiteiten (bijeenkomsten, bereikte mensen), geen telling van slachtoffers: deze tabel vertrekt zonder onderdrukking.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_panel.py" line="170"/>
        <source>No cell of this table is hidden.</source>
        <translation>Geen enkele cel van deze tabel is verborgen.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_panel.py" line="172"/>
        <source>%1 of %2 cells hidden (shown as x).</source>
        <translation>%1 van %2 cellen verborgen (getoond als x).</translation>
    </message>
</context>
<context>
    <name>RegisterTab</name>
    <message>
        <location filename="../../src/emp_desktop/gui/export/register_tab.py" line="72"/>
        <source>Everything that left the laptop: exports and annual reports, with the SHA-256 of every file. Select a release to see its files.</source>
        <translation>Alles wat de laptop heeft verlaten: exports en jaarverslagen, met de SHA-256 van elk bestand. Kies een levering om de bestanden te zien.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/register_tab.py" line="79"/>
        <source>Release register</source>
        <translation>Leveringsregister</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/register_tab.py" line="82"/>
        <source>Files of the release</source>
        <translation>Bestanden van de levering</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/register_tab.py" line="85"/>
        <source>R&amp;eleases:</source>
        <translation>&amp;Leveringen:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/register_tab.py" line="86"/>
        <source>&amp;Files of the release:</source>
        <translation>&amp;Bestanden van de levering:</translation>
    </message>
</context>
<context>
    <name>ReleaseModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/export/register_tab.py" line="37"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/register_tab.py" line="38"/>
        <source>What</source>
        <translation>Wat</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/register_tab.py" line="39"/>
        <source>Period</source>
        <translation>Periode</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/register_tab.py" line="40"/>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/register_tab.py" line="41"/>
        <source>Files</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/register_tab.py" line="42"/>
        <source>Manifest SHA-256</source>
        <translation>Manifest-SHA-256</translation>
    </message>
</context>
<context>
    <name>TableListModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_models.py" line="79"/>
        <source>Table</source>
        <translation>Tabel</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_models.py" line="80"/>
        <source>Hidden</source>
        <translation>Verborgen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_models.py" line="81"/>
        <source>Unit</source>
        <translation>Eenheid</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/export/preview_models.py" line="90"/>
        <source>n/a</source>
        <translation>n.v.t.</translation>
    </message>
</context>
</TS>
