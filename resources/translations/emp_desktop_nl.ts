<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AuditModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="51"/>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="52"/>
        <source>User</source>
        <translation>Gebruiker</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="53"/>
        <source>Action</source>
        <translation>Handeling</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="54"/>
        <source>Concerns</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="55"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="61"/>
        <source>Vault created</source>
        <translation>Kluis aangemaakt</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="62"/>
        <source>Unlocked</source>
        <translation>Ontgrendeld</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="63"/>
        <source>Backup made</source>
        <translation>Back-up gemaakt</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="64"/>
        <source>Backup restored</source>
        <translation>Back-up teruggezet</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="65"/>
        <source>Passphrase changed</source>
        <translation>Wachtwoordzin gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="66"/>
        <source>Passphrase reset with the recovery code</source>
        <translation>Wachtwoordzin opnieuw ingesteld met de herstelcode</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="69"/>
        <source>Identity shown</source>
        <translation>Identiteit getoond</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="70"/>
        <source>Advice question corrected</source>
        <translation>Adviesvraag gecorrigeerd</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="71"/>
        <source>Advice question deleted</source>
        <translation>Adviesvraag verwijderd</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="72"/>
        <source>Coordinator&apos;s name set for the audit trail</source>
        <translation>Naam van de coördinator voor het auditlogboek ingesteld</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="75"/>
        <source>Identity changed</source>
        <translation>Identiteit gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="76"/>
        <source>Consent recorded</source>
        <translation>Toestemming vastgelegd</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="77"/>
        <source>Consent withdrawn</source>
        <translation>Toestemming ingetrokken</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="78"/>
        <source>Referred without consent (reason recorded)</source>
        <translation>Verwezen zonder toestemming (reden vastgelegd)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="81"/>
        <source>Export written</source>
        <translation>Export geschreven</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="82"/>
        <source>Annual report made</source>
        <translation>Jaarverslag gemaakt</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="83"/>
        <source>Subject access document made</source>
        <translation>Inzageverzoek (AVG) gemaakt</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="86"/>
        <source>Handover document made</source>
        <translation>Overdracht gemaakt</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="87"/>
        <source>Agenda printed</source>
        <translation>Agenda afgedrukt</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="88"/>
        <source>Minutes printed</source>
        <translation>Verslag afgedrukt</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="89"/>
        <source>Region changed</source>
        <translation>Regio gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="90"/>
        <source>Organisation name changed</source>
        <translation>Naam organisatie gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="93"/>
        <source>Logo changed</source>
        <translation>Logo gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="94"/>
        <source>Person erased on request</source>
        <translation>Persoon gewist op verzoek</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="95"/>
        <source>Expired records anonymised (retention)</source>
        <translation>Verlopen records geanonimiseerd (bewaartermijn)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="98"/>
        <source>Retention policy changed</source>
        <translation>Bewaartermijnen gewijzigd</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="124"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="125"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="180"/>
        <source>The vault is intact: encryption, database and audit trail all check out. Entries in the audit trail: %1.</source>
        <translation>De kluis is in orde: versleuteling, database en auditlog kloppen. Regels in het auditlog: %1.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="187"/>
        <source>Encrypted pages are damaged.</source>
        <translation>Versleutelde pagina&apos;s zijn beschadigd.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="189"/>
        <source>The database structure is damaged.</source>
        <translation>De opbouw van de database is beschadigd.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="192"/>
        <source>The vault&apos;s structure is not up to date.</source>
        <translation>De opbouw van de kluis is niet bijgewerkt.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="199"/>
        <source>Problems found:</source>
        <translation>Problemen gevonden:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="201"/>
        <source>Restore a backup.</source>
        <translation>Zet een back-up terug.</translation>
    </message>
</context>
<context>
    <name>AuditPage</name>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="215"/>
        <source>&amp;Check chain</source>
        <translation>Keten &amp;controleren</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="220"/>
        <source>Who opened the vault and what was done with it. Every entry is linked to the one before, so changes are detected.</source>
        <translation>Wie de kluis opende en wat ermee gedaan is. Elke regel is gekoppeld aan de vorige, zodat wijzigingen opvallen.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="230"/>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="240"/>
        <source>Audit trail</source>
        <translation>Auditlog</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/audit_page.py" line="261"/>
        <source>Checking…</source>
        <translation>Bezig met controleren…</translation>
    </message>
</context>
<context>
    <name>BusyBar</name>
    <message>
        <location filename="../../src/emp_desktop/gui/widgets.py" line="71"/>
        <source>Working, please wait</source>
        <translation>Bezig, even geduld</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <location filename="../../src/emp_desktop/gui/dialogs.py" line="139"/>
        <source>Change passphrase</source>
        <translation>Wachtwoordzin wijzigen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/dialogs.py" line="142"/>
        <source>The new passphrase replaces the current one at once. The recovery code does not change.</source>
        <translation>De nieuwe wachtwoordzin vervangt de huidige meteen. De herstelcode blijft hetzelfde.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/dialogs.py" line="146"/>
        <source>&amp;Change passphrase</source>
        <translation>Wachtwoordzin &amp;wijzigen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/dialogs.py" line="150"/>
        <source>Current passphrase</source>
        <translation>Huidige wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/dialogs.py" line="151"/>
        <source>C&amp;urrent passphrase:</source>
        <translation>&amp;Huidige wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/dialogs.py" line="158"/>
        <source>Type the current passphrase.</source>
        <translation>Typ de huidige wachtwoordzin.</translation>
    </message>
</context>
<context>
    <name>ConfirmPage</name>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="223"/>
        <source>Check the recovery code</source>
        <translation>Herstelcode controleren</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="224"/>
        <source>Make sure the code is written down correctly.</source>
        <translation>Controleer of de code goed is opgeschreven.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="226"/>
        <source>I have &amp;written down the recovery code and will keep it in a safe place</source>
        <translation>Ik heb de herstelcode &amp;opgeschreven en bewaar hem op een veilige plek</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="231"/>
        <source>Group of the recovery code</source>
        <translation>Groep van de herstelcode</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="252"/>
        <source>Type group %1 of the code, counting from the left, as it is written on your paper.</source>
        <translation>Typ groep %1 van de code (van links geteld) over van uw papier.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="255"/>
        <source>&amp;Group %1:</source>
        <translation>&amp;Groep %1:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="270"/>
        <source>This group does not match the code. Check your paper, or go back to see the code again.</source>
        <translation>Deze groep klopt niet met de code. Controleer uw papier, of ga terug om de code nog eens te zien.</translation>
    </message>
</context>
<context>
    <name>CreateVaultWizard</name>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="291"/>
        <source>New vault</source>
        <translation>Nieuwe kluis</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="302"/>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="338"/>
        <source>The vault has been created, but the recovery code will not be shown again. Without it a forgotten passphrase cannot be reset. Stop anyway?</source>
        <translation>De kluis is aangemaakt, maar de herstelcode wordt niet meer getoond. Zonder die code kan een vergeten wachtwoordzin niet opnieuw worden ingesteld. Toch stoppen?</translation>
    </message>
</context>
<context>
    <name>FindingsDialog</name>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="163"/>
        <source>Possible personal data in free text</source>
        <translation>Mogelijke persoonsgegevens in vrije tekst</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="167"/>
        <source>This document goes to partners. Decide for each finding whether it is replaced or kept; keeping it needs a reason, which is recorded in the audit trail.</source>
        <translation>Dit document gaat naar partners. Kies per vondst of die wordt vervangen of behouden; behouden vraagt een reden, die in het auditlog komt.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="175"/>
        <source>Findings</source>
        <translation>Vondsten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="177"/>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="177"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="177"/>
        <source>Text</source>
        <translation>Tekst</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="177"/>
        <source>Decision</source>
        <translation>Keuze</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="190"/>
        <source>&amp;Continue</source>
        <translation>&amp;Doorgaan</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="207"/>
        <source>Decision for finding %1</source>
        <translation>Keuze voor vondst %1</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="208"/>
        <source>Replace with %1</source>
        <translation>Vervang door %1</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="209"/>
        <source>Keep</source>
        <translation>Behouden</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="211"/>
        <source>Reason for keeping</source>
        <translation>Reden om te behouden</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="213"/>
        <source>Reason for keeping finding %1</source>
        <translation>Reden om vondst %1 te behouden</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="238"/>
        <source>Give a reason for keeping finding %1.</source>
        <translation>Geef een reden om vondst %1 te behouden.</translation>
    </message>
</context>
<context>
    <name>FreeText</name>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="41"/>
        <source>name</source>
        <translation>naam</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="42"/>
        <source>phone number</source>
        <translation>telefoonnummer</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="43"/>
        <source>BSN</source>
        <translation>BSN</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="44"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="45"/>
        <source>e-mail address</source>
        <translation>e-mailadres</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="46"/>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="47"/>
        <source>street address</source>
        <translation>straat en huisnummer</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="48"/>
        <source>licence plate</source>
        <translation>kenteken</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="49"/>
        <source>date of birth</source>
        <translation>geboortedatum</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="92"/>
        <source>Replace with %1</source>
        <translation>Vervang door %1</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/freetext_guard.py" line="108"/>
        <source>Underlined text looks like personal data: right-click to replace it.</source>
        <translation>Onderstreepte tekst lijkt op persoonsgegevens: klik met rechts om die te vervangen.</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../src/emp_desktop/gui/help.py" line="48"/>
        <source>Manual — %1</source>
        <translation>Handleiding — %1</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/help.py" line="52"/>
        <source>Manual</source>
        <translation>Handleiding</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/help.py" line="55"/>
        <source>&amp;Back</source>
        <translation>&amp;Terug</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/help.py" line="59"/>
        <source>&amp;Contents</source>
        <translation>&amp;Inhoud</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/help.py" line="61"/>
        <source>C&amp;lose</source>
        <translation>&amp;Sluiten</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/emp_desktop/gui/areas.py" line="25"/>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/areas.py" line="26"/>
        <source>Clients</source>
        <translation>Cliënten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/areas.py" line="27"/>
        <source>Advice questions</source>
        <translation>Adviesvragen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/areas.py" line="28"/>
        <source>Contacts</source>
        <translation>Contacten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/areas.py" line="29"/>
        <source>Care trajectory</source>
        <translation>Traject</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/areas.py" line="30"/>
        <source>Network</source>
        <translation>Netwerk</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/areas.py" line="31"/>
        <source>Prevention</source>
        <translation>Preventie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/areas.py" line="32"/>
        <source>Export &amp; reports</source>
        <translation>Export &amp; rapportage</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/areas.py" line="33"/>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/areas.py" line="34"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/main_window.py" line="73"/>
        <source>Areas</source>
        <translation>Onderdelen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/main_window.py" line="112"/>
        <source>DEMO VAULT: synthetic data only. Do not enter real client data here; lock (Ctrl+L) to return to your own vault.</source>
        <translation>DEMO-KLUIS: alleen synthetische gegevens. Voer hier geen echte cliëntgegevens in; vergrendel (Ctrl+L) om terug te gaan naar uw eigen kluis.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/main_window.py" line="121"/>
        <source>Demo vault</source>
        <translation>Demo-kluis</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/main_window.py" line="126"/>
        <location filename="../../src/emp_desktop/gui/main_window.py" line="207"/>
        <source>Vault: %1</source>
        <translation>Kluis: %1</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/main_window.py" line="128"/>
        <source>Lock state</source>
        <translation>Vergrendelstatus</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/main_window.py" line="130"/>
        <source>Idle lock warning</source>
        <translation>Waarschuwing automatische vergrendeling</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/main_window.py" line="143"/>
        <source>No activity: EMP Desktop locks in %1 s. Move the mouse or press a key to keep working; anything unsaved is kept as a draft.</source>
        <translation>Geen activiteit: EMP Desktop vergrendelt over %1 s. Beweeg de muis of druk op een toets om door te werken; wat niet is opgeslagen, wordt als concept bewaard.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/main_window.py" line="155"/>
        <source>&amp;Vault</source>
        <translation>&amp;Kluis</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/main_window.py" line="157"/>
        <source>&amp;Lock now</source>
        <translation>Nu &amp;vergrendelen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/main_window.py" line="159"/>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/main_window.py" line="164"/>
        <source>&amp;Manual for this screen</source>
        <translation>&amp;Handleiding bij dit scherm</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/main_window.py" line="167"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/main_window.py" line="170"/>
        <source>Unlocked</source>
        <translation>Ontgrendeld</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/main_window.py" line="170"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/main_window.py" line="209"/>
        <source>DEMO (synthetic data) — %1</source>
        <translation>DEMO (synthetische gegevens) — %1</translation>
    </message>
</context>
<context>
    <name>MessageLabel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/widgets.py" line="32"/>
        <source>Message</source>
        <translation>Melding</translation>
    </message>
</context>
<context>
    <name>NewPassphraseForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/widgets.py" line="138"/>
        <source>New passphrase</source>
        <translation>Nieuwe wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/widgets.py" line="139"/>
        <source>Repeat passphrase</source>
        <translation>Herhaal wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/widgets.py" line="143"/>
        <source>Passphrase advice</source>
        <translation>Advies over de wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/widgets.py" line="149"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/widgets.py" line="150"/>
        <source>&amp;Repeat passphrase:</source>
        <translation>&amp;Herhaal wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/widgets.py" line="151"/>
        <source>Strength:</source>
        <translation>Sterkte:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/widgets.py" line="171"/>
        <source>Strong enough.</source>
        <translation>Sterk genoeg.</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../src/emp_desktop/gui/dialogs.py" line="36"/>
        <source>&amp;New passphrase:</source>
        <translation>&amp;Nieuwe wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/dialogs.py" line="37"/>
        <source>Re&amp;peat new passphrase:</source>
        <translation>Herhaal n&amp;ieuwe wachtwoordzin:</translation>
    </message>
</context>
<context>
    <name>PassphrasePage</name>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="48"/>
        <source>Create your vault</source>
        <translation>Uw kluis aanmaken</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="49"/>
        <source>Everything you record is kept encrypted on this laptop.</source>
        <translation>Alles wat u vastlegt, wordt versleuteld bewaard op deze laptop.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="52"/>
        <source>Choose a passphrase to lock the vault: long and easy to remember, for example four words that do not belong together. Nobody can read the vault without it.</source>
        <translation>Kies een wachtwoordzin om de kluis af te sluiten: lang en makkelijk te onthouden, bijvoorbeeld vier woorden die niet bij elkaar horen. Zonder deze zin kan niemand de kluis lezen.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="57"/>
        <source>Vault folder: %1</source>
        <translation>Kluismap: %1</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="62"/>
        <source>for example: Anna de Vries, zorgcoördinator</source>
        <translation>bijvoorbeeld: Anna de Vries, zorgcoördinator</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="63"/>
        <source>Your name in the audit trail</source>
        <translation>Uw naam in het auditlogboek</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="64"/>
        <source>Your name (in the audit &amp;trail):</source>
        <translation>Uw naam (in het audit&amp;logboek):</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="79"/>
        <source>&amp;Create vault</source>
        <translation>Kluis &amp;aanmaken</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="111"/>
        <source>Creating the vault. This takes a few seconds…</source>
        <translation>De kluis wordt aangemaakt. Dit duurt enkele seconden…</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/placeholder.py" line="14"/>
        <source>Coming in a later version.</source>
        <translation>Komt in een volgende versie.</translation>
    </message>
</context>
<context>
    <name>RecoveryCodePage</name>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="145"/>
        <source>Your recovery code</source>
        <translation>Uw herstelcode</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="146"/>
        <source>It is shown only this once.</source>
        <translation>Deze code wordt maar één keer getoond.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="149"/>
        <source>If the passphrase is ever forgotten, this code is the only way back into the vault. Write it down or print it now, and keep it in the organisation&apos;s safe, never with the laptop.</source>
        <translation>Als de wachtwoordzin ooit vergeten wordt, is deze code de enige weg terug in de kluis. Schrijf hem nu op of druk hem af, en bewaar hem in de kluis van de organisatie, nooit bij de laptop.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="161"/>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="316"/>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="169"/>
        <source>Save as &amp;PDF…</source>
        <translation>Opslaan als &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="170"/>
        <source>P&amp;rint…</source>
        <translation>Af&amp;drukken…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="191"/>
        <source>Recovery code: %1</source>
        <translation>Herstelcode: %1</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="194"/>
        <source>EMP-recovery-code.pdf</source>
        <translation>EMP-herstelcode.pdf</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="202"/>
        <source>Saved as %1. Print it, then delete the file.</source>
        <translation>Opgeslagen als %1. Druk het af en verwijder daarna het bestand.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="205"/>
        <source>Could not save %1.</source>
        <translation>Kon %1 niet opslaan.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/wizard.py" line="213"/>
        <source>Sent to the printer.</source>
        <translation>Naar de printer gestuurd.</translation>
    </message>
</context>
<context>
    <name>RecoveryDialog</name>
    <message>
        <location filename="../../src/emp_desktop/gui/dialogs.py" line="96"/>
        <source>Forgotten passphrase</source>
        <translation>Wachtwoordzin vergeten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/dialogs.py" line="99"/>
        <source>Type the recovery code from the paper kept in the organisation&apos;s safe, and choose a new passphrase. The recovery code stays valid.</source>
        <translation>Typ de herstelcode over van het papier uit de kluis van de organisatie, en kies een nieuwe wachtwoordzin. De herstelcode blijft geldig.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/dialogs.py" line="103"/>
        <source>&amp;Reset passphrase</source>
        <translation>Wachtwoordzin &amp;opnieuw instellen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/dialogs.py" line="106"/>
        <source>Recovery code</source>
        <translation>Herstelcode</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/dialogs.py" line="108"/>
        <source>Recovery &amp;code:</source>
        <translation>&amp;Herstelcode:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/dialogs.py" line="116"/>
        <source>This is not a complete recovery code: it has 7 groups of 4 letters and digits.</source>
        <translation>Dit is geen volledige herstelcode: die heeft 7 groepen van 4 letters en cijfers.</translation>
    </message>
</context>
<context>
    <name>RecoverySheet</name>
    <message>
        <location filename="../../src/emp_desktop/gui/recovery_sheet.py" line="28"/>
        <source>EMP Desktop: recovery code</source>
        <translation>EMP Desktop: herstelcode</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/recovery_sheet.py" line="29"/>
        <source>Made on %1.</source>
        <translation>Gemaakt op %1.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/recovery_sheet.py" line="30"/>
        <source>With this code the vault can be opened if the passphrase is forgotten. Keep this sheet in the organisation&apos;s safe, never with the laptop. Anyone who has this code and the laptop can read the vault.</source>
        <translation>Met deze code kan de kluis worden geopend als de wachtwoordzin vergeten is. Bewaar dit blad in de kluis van de organisatie, nooit bij de laptop. Wie deze code en de laptop heeft, kan de kluis lezen.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/recovery_sheet.py" line="36"/>
        <source>Letters O, I and L are read as 0, 1 and 1; dashes and spaces do not matter.</source>
        <translation>De letters O, I en L gelden als 0, 1 en 1; streepjes en spaties maken niet uit.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="56"/>
        <source>Parts of the settings</source>
        <translation>Onderdelen van de instellingen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="64"/>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="66"/>
        <source>Backups and retention</source>
        <translation>Back-ups en bewaartermijnen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="55"/>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="81"/>
        <source>Locking</source>
        <translation>Vergrendelen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="84"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="85"/>
        <source>Minutes without input before locking</source>
        <translation>Minuten zonder invoer tot vergrendelen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="86"/>
        <source>Lock when the window is &amp;minimised</source>
        <translation>Vergrendelen bij &amp;minimaliseren van het venster</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="88"/>
        <source>&amp;Idle time before locking:</source>
        <translation>Vergrendelen na &amp;inactiviteit van:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="90"/>
        <source>Ctrl+L locks at once, from anywhere in the app.</source>
        <translation>Ctrl+L vergrendelt meteen, waar u ook bent in het programma.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="96"/>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="100"/>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="103"/>
        <source>Lang&amp;uage:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="109"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="111"/>
        <source>Organisation name</source>
        <translation>Naam organisatie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="113"/>
        <source>&amp;Save name</source>
        <translation>Naam op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="119"/>
        <source>&amp;Organisation name:</source>
        <translation>&amp;Naam organisatie:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="122"/>
        <source>Kept in the vault; printed on reports.</source>
        <translation>Bewaard in de kluis; staat op rapportages.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="123"/>
        <source>Choose &amp;logo (PNG)…</source>
        <translation>&amp;Logo kiezen (PNG)…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="124"/>
        <source>Remove lo&amp;go</source>
        <translation>Logo &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="129"/>
        <source>Logo on reports:</source>
        <translation>Logo op rapportages:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="142"/>
        <source>Vault</source>
        <translation>Kluis</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="143"/>
        <source>Change &amp;passphrase…</source>
        <translation>&amp;Wachtwoordzin wijzigen…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="144"/>
        <source>Make a &amp;backup…</source>
        <translation>&amp;Back-up maken…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="145"/>
        <source>Chec&amp;k vault</source>
        <translation>Kluis &amp;controleren</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="209"/>
        <source>The new language is used the next time EMP Desktop starts.</source>
        <translation>De nieuwe taal wordt gebruikt als EMP Desktop opnieuw start.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="216"/>
        <source>Organisation name saved.</source>
        <translation>Naam organisatie opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="219"/>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="227"/>
        <source>Logo saved; it is printed on reports.</source>
        <translation>Logo opgeslagen; het staat op de rapportages.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="231"/>
        <source>Logo removed.</source>
        <translation>Logo verwijderd.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="236"/>
        <source>The passphrase has been changed.</source>
        <translation>De wachtwoordzin is gewijzigd.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="247"/>
        <source>EMP Desktop backup (*%1)</source>
        <translation>Back-up van EMP Desktop (*%1)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="267"/>
        <source>Making the backup…</source>
        <translation>Back-up wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="291"/>
        <source>Backup saved as %1 (%2). Keep it somewhere other than this laptop.</source>
        <translation>Back-up opgeslagen als %1 (%2). Bewaar hem ergens anders dan op deze laptop.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="300"/>
        <source>The backup could not be written (%1).</source>
        <translation>De back-up kon niet worden geschreven (%1).</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/pages/settings_page.py" line="309"/>
        <source>Checking the vault…</source>
        <translation>De kluis wordt gecontroleerd…</translation>
    </message>
</context>
<context>
    <name>StrengthMeter</name>
    <message>
        <location filename="../../src/emp_desktop/gui/widgets.py" line="101"/>
        <source>Passphrase strength</source>
        <translation>Sterkte van de wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/widgets.py" line="112"/>
        <source>Very weak</source>
        <translation>Zeer zwak</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/widgets.py" line="113"/>
        <source>Weak</source>
        <translation>Zwak</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/widgets.py" line="114"/>
        <source>Fair</source>
        <translation>Redelijk</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/widgets.py" line="115"/>
        <source>Strong</source>
        <translation>Sterk</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/widgets.py" line="116"/>
        <source>Very strong</source>
        <translation>Zeer sterk</translation>
    </message>
</context>
<context>
    <name>UnlockWindow</name>
    <message>
        <location filename="../../src/emp_desktop/gui/unlock.py" line="30"/>
        <source>Locked</source>
        <translation>Vergrendeld</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/unlock.py" line="38"/>
        <source>Passphrase</source>
        <translation>Wachtwoordzin</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/unlock.py" line="40"/>
        <location filename="../../src/emp_desktop/gui/unlock.py" line="143"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Ontgrendelen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/unlock.py" line="43"/>
        <source>Forgotten your passphrase? Use the &amp;recovery code</source>
        <translation>Wachtwoordzin vergeten? &amp;Herstelcode gebruiken</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/unlock.py" line="47"/>
        <source>Try the &amp;demo vault (synthetic data)…</source>
        <translation>&amp;Demo-kluis proberen (synthetische gegevens)…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/unlock.py" line="52"/>
        <source>Vault: %1</source>
        <translation>Kluis: %1</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/unlock.py" line="56"/>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Wachtwoordzin:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/unlock.py" line="60"/>
        <source>The vault is locked</source>
        <translation>De kluis is vergrendeld</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/unlock.py" line="61"/>
        <source>Type your passphrase to open the vault.</source>
        <translation>Typ uw wachtwoordzin om de kluis te openen.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/unlock.py" line="140"/>
        <source>Try again in %1 s</source>
        <translation>Opnieuw over %1 s</translation>
    </message>
</context>
<context>
    <name>Widgets</name>
    <message>
        <location filename="../../src/emp_desktop/gui/widgets.py" line="55"/>
        <source>Clear the search field</source>
        <translation>Zoekveld wissen</translation>
    </message>
</context>
</TS>
