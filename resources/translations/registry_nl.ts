<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AdviceDialog</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_dialog.py" line="33"/>
        <source>Advice question — %1</source>
        <translation>Adviesvraag — %1</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_dialog.py" line="38"/>
        <source>why it is deleted (required)</source>
        <translation>waarom deze wordt verwijderd (verplicht)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_dialog.py" line="39"/>
        <source>Reason for deleting</source>
        <translation>Reden voor verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_dialog.py" line="40"/>
        <source>De&amp;lete…</source>
        <translation>Ver&amp;wijderen…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_dialog.py" line="44"/>
        <source>Save &amp;changes</source>
        <translation>Wijzigingen op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_dialog.py" line="54"/>
        <source>&amp;Reason for deleting:</source>
        <translation>&amp;Reden voor verwijderen:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_dialog.py" line="59"/>
        <source>Advice question</source>
        <translation>Adviesvraag</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_dialog.py" line="89"/>
        <source>Advice question deleted; the reason is in the audit trail.</source>
        <translation>Adviesvraag verwijderd; de reden staat in het auditlogboek.</translation>
    </message>
</context>
<context>
    <name>AdviceForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_forms.py" line="202"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_forms.py" line="203"/>
        <source>&amp;Organisation type:</source>
        <translation>&amp;Type organisatie:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_forms.py" line="204"/>
        <source>To&amp;pic:</source>
        <translation>&amp;Onderwerp:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_forms.py" line="205"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_forms.py" line="206"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;uur:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_forms.py" line="207"/>
        <source>Ad&amp;vice given:</source>
        <translation>Gegeven ad&amp;vies:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_forms.py" line="233"/>
        <source>Advice question corrected.</source>
        <translation>Adviesvraag gecorrigeerd.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_forms.py" line="235"/>
        <source>Advice question saved.</source>
        <translation>Adviesvraag opgeslagen.</translation>
    </message>
</context>
<context>
    <name>AdviceModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_page.py" line="53"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_page.py" line="54"/>
        <source>Organisation type</source>
        <translation>Type organisatie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_page.py" line="55"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_page.py" line="56"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_page.py" line="57"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_page.py" line="58"/>
        <source>Advice given</source>
        <translation>Gegeven advies</translation>
    </message>
</context>
<context>
    <name>AdvicePage</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_page.py" line="115"/>
        <location filename="../../src/emp_desktop/gui/registry/advice_page.py" line="172"/>
        <source>Advice questions</source>
        <translation>Adviesvragen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_page.py" line="118"/>
        <source>Number of advice questions</source>
        <translation>Aantal adviesvragen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_page.py" line="121"/>
        <source>&amp;Open</source>
        <translation>Ope&amp;nen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_page.py" line="122"/>
        <source>&amp;New… (Ctrl+N)</source>
        <translation>Nie&amp;uw… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_page.py" line="133"/>
        <source>words in the advice</source>
        <translation>woorden in het advies</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_page.py" line="136"/>
        <source>all years</source>
        <translation>alle jaren</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_page.py" line="139"/>
        <location filename="../../src/emp_desktop/gui/registry/advice_page.py" line="140"/>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_page.py" line="148"/>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_page.py" line="149"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_page.py" line="150"/>
        <source>Organisa&amp;tion type:</source>
        <translation>&amp;Type organisatie:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_page.py" line="151"/>
        <source>To&amp;pic:</source>
        <translation>Onder&amp;werp:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_page.py" line="161"/>
        <source>Advice questions and short contacts from professionals, newest first. Enter opens one to correct or delete it.</source>
        <translation>Adviesvragen en korte contacten van professionals, nieuwste eerst. Enter opent er een om te corrigeren of te verwijderen.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/advice_page.py" line="217"/>
        <source>%1 advice questions</source>
        <translation>%1 adviesvragen</translation>
    </message>
</context>
<context>
    <name>AgeBox</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/fields.py" line="245"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
</context>
<context>
    <name>ClientsPage</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/clients_page.py" line="65"/>
        <source>Persons</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/clients_page.py" line="74"/>
        <source>Number of persons</source>
        <translation>Aantal personen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/clients_page.py" line="78"/>
        <source>&amp;Open</source>
        <translation>Ope&amp;nen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/clients_page.py" line="79"/>
        <source>&amp;New… (Ctrl+N)</source>
        <translation>Nie&amp;uw… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/clients_page.py" line="80"/>
        <source>&amp;Import…</source>
        <translation>Im&amp;porteren…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/clients_page.py" line="81"/>
        <source>Historic fi&amp;gures…</source>
        <translation>Historische &amp;aantallen…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/clients_page.py" line="86"/>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/clients_page.py" line="150"/>
        <source>Searching…</source>
        <translation>Zoeken…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/clients_page.py" line="156"/>
        <source>Persons: %1</source>
        <translation>Personen: %1</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/clients_page.py" line="250"/>
        <source>Presentation mode: ages, notes and identities hidden</source>
        <translation>Presentatiemodus: leeftijden, notities en identiteiten verborgen</translation>
    </message>
</context>
<context>
    <name>ConsentTab</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/consent_tab.py" line="43"/>
        <source>&amp;Purpose:</source>
        <translation>&amp;Doel:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/consent_tab.py" line="44"/>
        <source>&amp;Given on:</source>
        <translation>&amp;Gegeven op:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/consent_tab.py" line="45"/>
        <source>Sig&amp;ned by:</source>
        <translation>Onderteke&amp;nd door:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/consent_tab.py" line="46"/>
        <source>R&amp;ecord consent</source>
        <translation>Toestemming &amp;vastleggen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/consent_tab.py" line="50"/>
        <source>&amp;Withdrawn on:</source>
        <translation>Ingetrokken &amp;per:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/consent_tab.py" line="51"/>
        <source>Wi&amp;thdraw selected consent</source>
        <translation>G&amp;eselecteerde toestemming intrekken</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/consent_tab.py" line="59"/>
        <source>Purpose</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/consent_tab.py" line="59"/>
        <source>Given on</source>
        <translation>Gegeven op</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/consent_tab.py" line="59"/>
        <source>Signed by</source>
        <translation>Ondertekend door</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/consent_tab.py" line="59"/>
        <source>Withdrawn on</source>
        <translation>Ingetrokken op</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/consent_tab.py" line="61"/>
        <source>Consents</source>
        <translation>Toestemmingen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/consent_tab.py" line="70"/>
        <source>Record consent</source>
        <translation>Toestemming vastleggen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/consent_tab.py" line="74"/>
        <source>Withdraw consent</source>
        <translation>Toestemming intrekken</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/consent_tab.py" line="111"/>
        <source>active</source>
        <translation>geldig</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/consent_tab.py" line="126"/>
        <source>Under 16 a parent or guardian signs.</source>
        <translation>Onder de 16 jaar tekent een ouder of voogd.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/consent_tab.py" line="152"/>
        <source>Consent recorded.</source>
        <translation>Toestemming vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/consent_tab.py" line="160"/>
        <source>Select the consent to withdraw first.</source>
        <translation>Kies eerst in de lijst welke toestemming wordt ingetrokken.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/consent_tab.py" line="170"/>
        <source>Consent withdrawn.</source>
        <translation>Toestemming ingetrokken.</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_forms.py" line="109"/>
        <source>Co&amp;de:</source>
        <translation>Co&amp;de:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_forms.py" line="110"/>
        <source>Date and &amp;time:</source>
        <translation>Datum en &amp;tijd:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_forms.py" line="111"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Wijze:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_forms.py" line="112"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;uur:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_forms.py" line="113"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_forms.py" line="157"/>
        <source>Contact saved for %1.</source>
        <translation>Contact opgeslagen bij %1.</translation>
    </message>
</context>
<context>
    <name>ContactModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contact_model.py" line="35"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contact_model.py" line="36"/>
        <source>Date and time</source>
        <translation>Datum en tijd</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contact_model.py" line="37"/>
        <source>Mode</source>
        <translation>Wijze</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contact_model.py" line="38"/>
        <source>With whom</source>
        <translation>Met wie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contact_model.py" line="39"/>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contact_model.py" line="40"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contact_model.py" line="55"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contacts_page.py" line="55"/>
        <source>Number of contact moments</source>
        <translation>Aantal contactmomenten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contacts_page.py" line="57"/>
        <source>&amp;Open person</source>
        <translation>&amp;Persoon openen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contacts_page.py" line="58"/>
        <source>&amp;New contact… (Ctrl+N)</source>
        <translation>&amp;Nieuw contact… (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contacts_page.py" line="71"/>
        <source>code (EMP-2025-…) or words in the note</source>
        <translation>code (EMP-2025-…) of woorden in de notitie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contacts_page.py" line="73"/>
        <source>All modes</source>
        <translation>Alle vormen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contacts_page.py" line="75"/>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contacts_page.py" line="89"/>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contacts_page.py" line="90"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Vorm:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contacts_page.py" line="91"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contacts_page.py" line="109"/>
        <source>%1 contact moments</source>
        <translation>%1 contactmomenten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contacts_page.py" line="113"/>
        <source>Recent contact moments</source>
        <translation>Recente contactmomenten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contacts_page.py" line="117"/>
        <source>Contact moments of all persons, newest first. Enter opens the person.</source>
        <translation>Contactmomenten van alle personen, nieuwste eerst. Enter opent de persoon.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contacts_page.py" line="122"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contacts_page.py" line="156"/>
        <source>Presentation mode: notes hidden</source>
        <translation>Presentatiemodus: notities verborgen</translation>
    </message>
</context>
<context>
    <name>ContactsTab</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contacts_tab.py" line="60"/>
        <source>Date and &amp;time:</source>
        <translation>Datum en tij&amp;d:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contacts_tab.py" line="61"/>
        <source>&amp;Mode:</source>
        <translation>&amp;Wijze:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contacts_tab.py" line="62"/>
        <source>&amp;With whom:</source>
        <translation>Met wi&amp;e:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contacts_tab.py" line="63"/>
        <source>Duration:</source>
        <translation>Duur:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contacts_tab.py" line="64"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contacts_tab.py" line="65"/>
        <source>&amp;Add contact</source>
        <translation>Contact toe&amp;voegen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contacts_tab.py" line="82"/>
        <source>Contact moments</source>
        <translation>Contactmomenten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/contacts_tab.py" line="159"/>
        <source>Contact added.</source>
        <translation>Contact toegevoegd.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/fields.py" line="124"/>
        <source>dd-mm-yyyy</source>
        <translation>dd-mm-jjjj</translation>
    </message>
</context>
<context>
    <name>DateTimeField</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/fields.py" line="142"/>
        <source>dd-mm-yyyy hh:mm</source>
        <translation>dd-mm-jjjj uu:mm</translation>
    </message>
</context>
<context>
    <name>DemoVaultDialog</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/demo_dialog.py" line="35"/>
        <source>Demo vault — %1</source>
        <translation>Demo-kluis — %1</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/demo_dialog.py" line="41"/>
        <source>The demo vault holds only synthetic persons (invented names, every address on the &apos;Demostraat&apos;), so you can try every screen without real client data. It is a separate vault in its own folder (%1), opened only from here; every screen shows a red DEMO banner. Never enter real client data in it.</source>
        <translation>De demo-kluis bevat alleen synthetische personen (verzonnen namen, elk adres aan de &apos;Demostraat&apos;), zodat u elk scherm kunt uitproberen zonder echte cliëntgegevens. Het is een aparte kluis in een eigen map (%1), die alleen hier wordt geopend; elk scherm toont een rode DEMO-balk. Voer er nooit echte cliëntgegevens in.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/demo_dialog.py" line="53"/>
        <source>&amp;Open demo vault</source>
        <translation>Demo-kluis &amp;openen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/demo_dialog.py" line="59"/>
        <source>Demo vault</source>
        <translation>Demo-kluis</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/demo_dialog.py" line="74"/>
        <source>Building the demo vault, this takes a moment…</source>
        <translation>De demo-kluis wordt gemaakt, dit duurt even…</translation>
    </message>
</context>
<context>
    <name>DocumentsDialog</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/documents_dialog.py" line="37"/>
        <source>Documents of a person</source>
        <translation>Documenten van een persoon</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/documents_dialog.py" line="41"/>
        <source>&amp;Subject access (GDPR art. 15), PDF</source>
        <translation>&amp;Inzage (AVG art. 15), PDF</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/documents_dialog.py" line="43"/>
        <source>Subject access as an encrypted &amp;JSON file</source>
        <translation>Inzage als versleuteld &amp;JSON-bestand</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/documents_dialog.py" line="45"/>
        <source>&amp;Handover to a care partner, PDF</source>
        <translation>&amp;Overdracht aan een ketenpartner, PDF</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/documents_dialog.py" line="61"/>
        <source>Sa&amp;ve as…</source>
        <translation>Op&amp;slaan als…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/documents_dialog.py" line="72"/>
        <source>The document holds personal data of %1. It is encrypted with the password below (at least 12 characters); give the password separately, never in the same e-mail. Making it is recorded in the audit trail.</source>
        <translation>Het document bevat persoonsgegevens van %1. Het wordt versleuteld met het wachtwoord hieronder (minstens 12 tekens); geef het wachtwoord apart door, nooit in dezelfde e-mail. Het maken wordt vastgelegd in het auditlog.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/documents_dialog.py" line="81"/>
        <source>&amp;Recipient organisation:</source>
        <translation>Ontvangende o&amp;rganisatie:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/documents_dialog.py" line="82"/>
        <source>S&amp;ummary for the recipient:</source>
        <translation>Same&amp;nvatting voor de ontvanger:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/documents_dialog.py" line="83"/>
        <source>&amp;Password:</source>
        <translation>&amp;Wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/documents_dialog.py" line="84"/>
        <source>Re&amp;peat password:</source>
        <translation>&amp;Herhaal wachtwoord:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/documents_dialog.py" line="109"/>
        <source>The password needs at least 12 characters.</source>
        <translation>Het wachtwoord moet minstens 12 tekens hebben.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/documents_dialog.py" line="111"/>
        <source>The two passwords are not the same.</source>
        <translation>De twee wachtwoorden zijn niet gelijk.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/documents_dialog.py" line="113"/>
        <source>Name the organisation that receives the handover.</source>
        <translation>Noem de organisatie die de overdracht ontvangt.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/documents_dialog.py" line="172"/>
        <source>Saved, encrypted: %1</source>
        <translation>Versleuteld opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/draft_banner.py" line="38"/>
        <source>R&amp;estore</source>
        <translation>Her&amp;stellen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/draft_banner.py" line="39"/>
        <source>Disc&amp;ard</source>
        <translation>Weggoo&amp;ien</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/draft_banner.py" line="64"/>
        <source>There is an unsaved quick entry (kept %1). Restore it or discard it?</source>
        <translation>Er is een niet-opgeslagen snelle invoer (bewaard %1). Herstellen of weggooien?</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/draft_banner.py" line="67"/>
        <source>There is an unsaved draft for %1 (kept %2). Restore it or discard it?</source>
        <translation>Er is een niet-opgeslagen concept van %1 (bewaard %2). Herstellen of weggooien?</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/filter_bar.py" line="34"/>
        <source>code, name or municipality</source>
        <translation>code, naam of gemeente</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/filter_bar.py" line="38"/>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/filter_bar.py" line="40"/>
        <source>Suspected or confirmed</source>
        <translation>Vermoedelijk of bevestigd</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/filter_bar.py" line="41"/>
        <source>All forms</source>
        <translation>Alle vormen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/filter_bar.py" line="45"/>
        <source>Open and closed</source>
        <translation>Open en gesloten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/filter_bar.py" line="46"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/filter_bar.py" line="47"/>
        <source>Closed</source>
        <translation>Gesloten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/filter_bar.py" line="48"/>
        <source>Active trajectory</source>
        <translation>Actief traject</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/filter_bar.py" line="51"/>
        <source>&amp;Clear filters</source>
        <translation>Filters &amp;wissen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/filter_bar.py" line="76"/>
        <source>&amp;Search:</source>
        <translation>&amp;Zoeken:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/filter_bar.py" line="77"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/filter_bar.py" line="78"/>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/filter_bar.py" line="79"/>
        <source>&amp;Form:</source>
        <translation>&amp;Vorm:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/filter_bar.py" line="80"/>
        <source>&amp;Municipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/filter_bar.py" line="81"/>
        <source>Open/c&amp;losed:</source>
        <translation>Open/gesl&amp;oten:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/filter_bar.py" line="102"/>
        <source>All years</source>
        <translation>Alle jaren</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/filter_bar.py" line="126"/>
        <source>All municipalities</source>
        <translation>Alle gemeenten</translation>
    </message>
</context>
<context>
    <name>HistoricDialog</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/historic_dialog.py" line="35"/>
        <location filename="../../src/emp_desktop/gui/registry/historic_dialog.py" line="80"/>
        <source>Historic figures</source>
        <translation>Historische aantallen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/historic_dialog.py" line="45"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/historic_dialog.py" line="46"/>
        <source>&amp;Number of reports:</source>
        <translation>Aantal &amp;meldingen:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/historic_dialog.py" line="47"/>
        <source>&amp;Save year</source>
        <translation>Jaar op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/historic_dialog.py" line="58"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/historic_dialog.py" line="58"/>
        <source>Reports</source>
        <translation>Meldingen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/historic_dialog.py" line="59"/>
        <source>Historic yearly totals</source>
        <translation>Historische jaartotalen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/historic_dialog.py" line="72"/>
        <source>Totals of reports for years before EMP Desktop was used, so that yearly figures and the annual report continue the trend. A year entered again replaces its total.</source>
        <translation>Aantallen meldingen uit de jaren voordat EMP Desktop werd gebruikt, zodat jaarcijfers en het jaarverslag de trend doortrekken. Een jaar dat opnieuw wordt ingevoerd, vervangt het eerdere aantal.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/historic_dialog.py" line="119"/>
        <source>Saved: %1 reports in %2.</source>
        <translation>Opgeslagen: %1 meldingen in %2.</translation>
    </message>
</context>
<context>
    <name>IdentityTab</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/identity_tab.py" line="58"/>
        <source>The identity is hidden. Showing it is recorded in the audit trail with your name and the time.</source>
        <translation>De identiteit is verborgen. Tonen wordt met uw naam en het tijdstip vastgelegd in het auditlog.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/identity_tab.py" line="65"/>
        <source>Re&amp;ason:</source>
        <translation>Rede&amp;n:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/identity_tab.py" line="67"/>
        <source>Sho&amp;w identity</source>
        <translation>Toon i&amp;dentiteit</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/identity_tab.py" line="88"/>
        <source>Contact with the client</source>
        <translation>Contact met de cliënt</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/identity_tab.py" line="89"/>
        <source>Referral or handover to a partner</source>
        <translation>Verwijzing of overdracht aan een partner</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/identity_tab.py" line="90"/>
        <source>Correcting the identity</source>
        <translation>Identiteit corrigeren</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/identity_tab.py" line="91"/>
        <source>Request of the client (subject access)</source>
        <translation>Verzoek van de cliënt (inzage)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/identity_tab.py" line="94"/>
        <source>choose or type why the name is needed</source>
        <translation>kies of typ waarom de naam nodig is</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/identity_tab.py" line="95"/>
        <source>Reason for showing the identity</source>
        <translation>Reden om de identiteit te tonen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/identity_tab.py" line="103"/>
        <source>&amp;First name:</source>
        <translation>&amp;Voornaam:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/identity_tab.py" line="104"/>
        <source>&amp;Prefix (tussenvoegsel):</source>
        <translation>T&amp;ussenvoegsel:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/identity_tab.py" line="105"/>
        <source>&amp;Surname:</source>
        <translation>Achter&amp;naam:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/identity_tab.py" line="106"/>
        <source>&amp;Aliases:</source>
        <translation>A&amp;liassen:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/identity_tab.py" line="107"/>
        <source>P&amp;hone:</source>
        <translation>Tele&amp;foon:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/identity_tab.py" line="108"/>
        <source>Add&amp;ress:</source>
        <translation>Adr&amp;es:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/identity_tab.py" line="115"/>
        <source>&amp;Date of birth:</source>
        <translation>&amp;Geboortedatum:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/identity_tab.py" line="116"/>
        <source>Age &amp;estimate (no date):</source>
        <translation>Leeftijd (schatting, &amp;zonder datum):</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/identity_tab.py" line="123"/>
        <source>Save i&amp;dentity</source>
        <translation>Identiteit &amp;bewaren</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/identity_tab.py" line="125"/>
        <source>Hi&amp;de identity</source>
        <translation>&amp;Weer verbergen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/identity_tab.py" line="167"/>
        <source>Give a reason for showing the identity first.</source>
        <translation>Geef eerst een reden om de identiteit te tonen.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/identity_tab.py" line="191"/>
        <source>No identity recorded yet: this is a signal.</source>
        <translation>Nog geen identiteit vastgelegd: dit is een signaal.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/identity_tab.py" line="231"/>
        <source>Identity saved.</source>
        <translation>Identiteit opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/import_dialog.py" line="100"/>
        <source>Registrations (*.csv *.xlsx)</source>
        <translation>Registraties (*.csv *.xlsx)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/import_dialog.py" line="108"/>
        <location filename="../../src/emp_desktop/gui/registry/import_dialog.py" line="131"/>
        <source>Import registrations</source>
        <translation>Registraties importeren</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/import_dialog.py" line="125"/>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/import_dialog.py" line="132"/>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/import_dialog.py" line="144"/>
        <source>Rows with problems</source>
        <translation>Regels met fouten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/import_dialog.py" line="155"/>
        <source>Checking the file…</source>
        <translation>Bestand wordt gecontroleerd…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/import_dialog.py" line="196"/>
        <source>No problems found. Nothing is saved until you import.</source>
        <translation>Geen fouten gevonden. Er wordt niets opgeslagen tot u op Importeren klikt.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/import_dialog.py" line="198"/>
        <source>Nothing new to import.</source>
        <translation>Niets nieuws om te importeren.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/import_dialog.py" line="203"/>
        <source>Importing…</source>
        <translation>Bezig met importeren…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/import_dialog.py" line="223"/>
        <source>Import finished.</source>
        <translation>Import voltooid.</translation>
    </message>
</context>
<context>
    <name>MunicipalityField</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/fields.py" line="183"/>
        <source>name or CBS code</source>
        <translation>naam of CBS-code</translation>
    </message>
</context>
<context>
    <name>PersonAuditModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/person_audit.py" line="19"/>
        <source>Identity shown</source>
        <translation>Identiteit getoond</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/person_audit.py" line="20"/>
        <source>Identity changed</source>
        <translation>Identiteit gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/person_audit.py" line="21"/>
        <source>Consent recorded</source>
        <translation>Toestemming vastgelegd</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/person_audit.py" line="22"/>
        <source>Consent withdrawn</source>
        <translation>Toestemming ingetrokken</translation>
    </message>
</context>
<context>
    <name>PersonDetailView</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/detail_view.py" line="52"/>
        <source>There are unsaved changes. Save them?</source>
        <translation>Er zijn niet-opgeslagen wijzigingen. Opslaan?</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/detail_view.py" line="75"/>
        <source>&amp;Back to list</source>
        <translation>&amp;Terug naar lijst</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/detail_view.py" line="77"/>
        <source>Open tra&amp;jectory</source>
        <translation>Tra&amp;ject openen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/detail_view.py" line="79"/>
        <source>&amp;Save</source>
        <translation>Op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/detail_view.py" line="81"/>
        <source>&amp;Documents…</source>
        <translation>Doc&amp;umenten…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/detail_view.py" line="83"/>
        <source>Erase on re&amp;quest…</source>
        <translation>Wissen op ver&amp;zoek…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/detail_view.py" line="99"/>
        <source>Audit trail of this person</source>
        <translation>Auditlog van deze persoon</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/detail_view.py" line="109"/>
        <source>Registration</source>
        <translation>Registratie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/detail_view.py" line="110"/>
        <source>&amp;Identity</source>
        <translation>&amp;Identiteit</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/detail_view.py" line="111"/>
        <source>&amp;Contacts</source>
        <translation>&amp;Contacten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/detail_view.py" line="112"/>
        <source>C&amp;onsent</source>
        <translation>T&amp;oestemming</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/detail_view.py" line="113"/>
        <source>A&amp;udit</source>
        <translation>&amp;Audit</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/detail_view.py" line="199"/>
        <source>client</source>
        <translation>cliënt</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/detail_view.py" line="199"/>
        <source>signal</source>
        <translation>signaal</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/detail_view.py" line="232"/>
        <source>The identity has unsaved changes: turn presentation mode off and show the identity to save or discard them.</source>
        <translation>De identiteit heeft niet-opgeslagen wijzigingen: zet de presentatiemodus uit en toon de identiteit om ze op te slaan of weg te gooien.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/detail_view.py" line="243"/>
        <source>Saved.</source>
        <translation>Opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/detail_view.py" line="305"/>
        <source>Restoring an unsaved draft of the identity</source>
        <translation>Niet-opgeslagen concept van de identiteit terugzetten</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/person_model.py" line="56"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/person_model.py" line="57"/>
        <source>Age group</source>
        <translation>Leeftijdsgroep</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/person_model.py" line="58"/>
        <source>Gender</source>
        <translation>Geslacht</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/person_model.py" line="59"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/person_model.py" line="60"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/person_model.py" line="61"/>
        <source>Forms of exploitation</source>
        <translation>Vormen van uitbuiting</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/person_model.py" line="62"/>
        <source>Reported on</source>
        <translation>Gemeld op</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/person_model.py" line="63"/>
        <source>Last contact</source>
        <translation>Laatste contact</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/person_model.py" line="64"/>
        <source>Next action</source>
        <translation>Volgende actie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/person_model.py" line="70"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/person_model.py" line="95"/>
        <source>(overdue)</source>
        <translation>(te laat)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/person_model.py" line="186"/>
        <source>closed</source>
        <translation>afgesloten</translation>
    </message>
</context>
<context>
    <name>PresentationMode</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/presentation.py" line="22"/>
        <source>&amp;Presentation mode</source>
        <translation>Presentatie&amp;modus</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/presentation.py" line="28"/>
        <source>Hides ages, age groups, contact notes and identities (%1)</source>
        <translation>Verbergt leeftijden, leeftijdsgroepen, contactnotities en identiteiten (%1)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/presentation.py" line="49"/>
        <source>Presentation mode on</source>
        <translation>Presentatiemodus aan</translation>
    </message>
</context>
<context>
    <name>ProblemModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/import_dialog.py" line="75"/>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/import_dialog.py" line="76"/>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/import_dialog.py" line="77"/>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
</context>
<context>
    <name>QuickEntry</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_entry.py" line="181"/>
        <source>Your unsaved quick entry (kept %1) is back: save it, or close to discard it.</source>
        <translation>Uw niet opgeslagen snelle invoer (bewaard %1) staat weer klaar: sla hem op, of sluit om hem weg te gooien.</translation>
    </message>
</context>
<context>
    <name>QuickEntryDialog</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_entry.py" line="36"/>
        <location filename="../../src/emp_desktop/gui/registry/quick_entry.py" line="65"/>
        <source>Quick entry</source>
        <translation>Snelle invoer</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_entry.py" line="47"/>
        <source>Short &amp;contact</source>
        <translation>Kort &amp;contact</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_entry.py" line="47"/>
        <source>&amp;Advice question</source>
        <translation>&amp;Adviesvraag</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_entry.py" line="47"/>
        <source>New &amp;signal</source>
        <translation>Nieuw &amp;signaal</translation>
    </message>
</context>
<context>
    <name>RegistrationTab</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/registration_tab.py" line="73"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Geslacht:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/registration_tab.py" line="74"/>
        <source>&amp;Age (estimate):</source>
        <translation>&amp;Leeftijd (schatting):</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/registration_tab.py" line="75"/>
        <source>Nationa&amp;lity:</source>
        <translation>&amp;Nationaliteit:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/registration_tab.py" line="76"/>
        <source>&amp;Municipality:</source>
        <translation>Ge&amp;meente:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/registration_tab.py" line="77"/>
        <source>Ris&amp;k flags:</source>
        <translation>Risico&amp;factoren:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/registration_tab.py" line="81"/>
        <source>Ne&amp;xt action:</source>
        <translation>&amp;Volgende actie:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/registration_tab.py" line="82"/>
        <source>Next action o&amp;n:</source>
        <translation>Volgende actie o&amp;p:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/registration_tab.py" line="94"/>
        <source>Date of re&amp;port:</source>
        <translation>Meldings&amp;datum:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/registration_tab.py" line="95"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/registration_tab.py" line="96"/>
        <source>R&amp;eported by:</source>
        <translation>M&amp;elder:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/registration_tab.py" line="97"/>
        <source>&amp;Forms:</source>
        <translation>Uit&amp;buiting:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/registration_tab.py" line="98"/>
        <source>Police report:</source>
        <translation>Aangifte:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/registration_tab.py" line="99"/>
        <source>Report made on:</source>
        <translation>Aangifte gedaan op:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/registration_tab.py" line="100"/>
        <source>Closed on:</source>
        <translation>Afgesloten op:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/registration_tab.py" line="101"/>
        <source>Closure reason:</source>
        <translation>Reden afsluiting:</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/__init__.py" line="76"/>
        <source>Presentation mode</source>
        <translation>Presentatiemodus</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/__init__.py" line="84"/>
        <source>&amp;Registration</source>
        <translation>&amp;Registratie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/__init__.py" line="87"/>
        <source>&amp;Quick entry…</source>
        <translation>&amp;Snelle invoer…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/__init__.py" line="93"/>
        <source>&amp;Import registrations…</source>
        <translation>Registraties &amp;importeren…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/__init__.py" line="95"/>
        <source>&amp;Historic figures…</source>
        <translation>&amp;Historische aantallen…</translation>
    </message>
</context>
<context>
    <name>RegistryFields</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/fields.py" line="44"/>
        <source>Not saved: see the message beside each marked field.</source>
        <translation>Niet opgeslagen: zie de melding bij elk gemarkeerd veld.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/fields.py" line="259"/>
        <source> min</source>
        <translation> min</translation>
    </message>
</context>
<context>
    <name>SecretField</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/secret.py" line="45"/>
        <source>&amp;Undo</source>
        <translation>&amp;Ongedaan maken</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/secret.py" line="46"/>
        <source>&amp;Redo</source>
        <translation>Op&amp;nieuw</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/secret.py" line="48"/>
        <source>&amp;Paste</source>
        <translation>&amp;Plakken</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/secret.py" line="50"/>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/secret.py" line="56"/>
        <source>Select All</source>
        <translation>Alles selecteren</translation>
    </message>
</context>
<context>
    <name>SignalForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_forms.py" line="286"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_forms.py" line="287"/>
        <source>&amp;Gender:</source>
        <translation>&amp;Geslacht:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_forms.py" line="288"/>
        <source>Age &amp;estimate:</source>
        <translation>&amp;Leeftijd (schatting):</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_forms.py" line="289"/>
        <source>&amp;Municipality:</source>
        <translation>Ge&amp;meente:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_forms.py" line="290"/>
        <source>&amp;Forms:</source>
        <translation>Uit&amp;buiting:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_forms.py" line="291"/>
        <source>&amp;Reported by:</source>
        <translation>M&amp;elder:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/registry/quick_forms.py" line="312"/>
        <source>Signal registered as %1.</source>
        <translation>Signaal geregistreerd als %1.</translation>
    </message>
</context>
</TS>
