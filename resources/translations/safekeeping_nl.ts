<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AutoBackup</name>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/auto_backup.py" line="51"/>
        <source>Making the automatic backup…</source>
        <translation>Automatische back-up maken…</translation>
    </message>
</context>
<context>
    <name>BackupStatusLabel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/backup_status.py" line="26"/>
        <source>Last verified backup</source>
        <translation>Laatste geverifieerde back-up</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/backup_status.py" line="42"/>
        <source>older than %1 days: connect a backup target</source>
        <translation>ouder dan %1 dagen: sluit een back-updoel aan</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/backup_status.py" line="51"/>
        <source>Last verified backup: never</source>
        <translation>Laatste geverifieerde back-up: nog nooit</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/backup_status.py" line="53"/>
        <source>Last verified backup: today</source>
        <translation>Laatste geverifieerde back-up: vandaag</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/backup_status.py" line="55"/>
        <source>Last verified backup: yesterday</source>
        <translation>Laatste geverifieerde back-up: gisteren</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/backup_status.py" line="56"/>
        <source>Last verified backup: %1 days ago</source>
        <translation>Laatste geverifieerde back-up: %1 dagen geleden</translation>
    </message>
</context>
<context>
    <name>EraseDialog</name>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/erase_dialog.py" line="38"/>
        <source>What is erased and what stays</source>
        <translation>Wat wordt gewist en wat blijft</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/erase_dialog.py" line="42"/>
        <source>Reason for the erasure</source>
        <translation>Reden van de wissing</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/erase_dialog.py" line="43"/>
        <source>&amp;Reason (kept in the audit trail, no names):</source>
        <translation>&amp;Reden (komt in het auditlog, geen namen):</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/erase_dialog.py" line="49"/>
        <source>&amp;Erase permanently</source>
        <translation>Definitief &amp;wissen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/erase_dialog.py" line="62"/>
        <source>Erase %1 on request?</source>
        <translation>%1 wissen op verzoek?</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/erase_dialog.py" line="64"/>
        <source>Removed for good:</source>
        <translation>Wordt definitief verwijderd:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/erase_dialog.py" line="66"/>
        <source>Stays, as an anonymous record:</source>
        <translation>Blijft, als anoniem record:</translation>
    </message>
</context>
<context>
    <name>RetentionCheck</name>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/retention_check.py" line="50"/>
        <source>&amp;Anonymise now</source>
        <translation>Nu &amp;anonimiseren</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/retention_check.py" line="51"/>
        <source>&amp;Later</source>
        <translation>&amp;Later</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/retention_check.py" line="59"/>
        <source>The retention period has passed for %1 clients, %2 signals and %3 advice questions. Anonymising removes their identity and free text; the coded registration stays for the statistics.</source>
        <translation>De bewaartermijn is verstreken voor %1 cliënten, %2 signalen en %3 adviesvragen. Anonimiseren verwijdert hun identiteit en vrije tekst; de gecodeerde registratie blijft voor de statistiek.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/retention_check.py" line="79"/>
        <source>%1 records anonymised.</source>
        <translation>%1 records geanonimiseerd.</translation>
    </message>
</context>
<context>
    <name>SafekeepingSection</name>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/settings_section.py" line="39"/>
        <source>Backups and retention</source>
        <translation>Back-ups en bewaartermijnen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/settings_section.py" line="42"/>
        <source>Backup targets</source>
        <translation>Back-updoelen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/settings_section.py" line="44"/>
        <source>&amp;Add target…</source>
        <translation>Doel &amp;toevoegen…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/settings_section.py" line="45"/>
        <source>R&amp;emove target</source>
        <translation>Doel &amp;verwijderen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/settings_section.py" line="46"/>
        <source>Daily backups to keep</source>
        <translation>Aantal dagelijkse back-ups om te bewaren</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/settings_section.py" line="47"/>
        <source>Weekly backups to keep</source>
        <translation>Aantal wekelijkse back-ups om te bewaren</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/settings_section.py" line="48"/>
        <source>Monthly backups to keep</source>
        <translation>Aantal maandelijkse back-ups om te bewaren</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/settings_section.py" line="49"/>
        <source>Warn after days without backup</source>
        <translation>Waarschuwen na dagen zonder back-up</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/settings_section.py" line="51"/>
        <source>Save backup and rete&amp;ntion settings</source>
        <translation>Back-up- en bewaarinstellingen op&amp;slaan</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/settings_section.py" line="62"/>
        <source>Years to keep advice questions</source>
        <translation>Jaren dat adviesvragen bewaard blijven</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/settings_section.py" line="63"/>
        <source>Years to keep signals after closing</source>
        <translation>Jaren dat signalen na afsluiting bewaard blijven</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/settings_section.py" line="64"/>
        <source>Years to keep client files after closing</source>
        <translation>Jaren dat cliëntdossiers na afsluiting bewaard blijven</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/settings_section.py" line="76"/>
        <source>Backup &amp;targets:</source>
        <translation>&amp;Back-updoelen:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/settings_section.py" line="83"/>
        <source>A backup is made at lock and at close when a target is connected.</source>
        <translation>Bij vergrendelen en afsluiten wordt een back-up gemaakt als een doel is aangesloten.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/settings_section.py" line="87"/>
        <source>Keep &amp;daily:</source>
        <translation>&amp;Dagelijks bewaren:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/settings_section.py" line="88"/>
        <source>Keep &amp;weekly:</source>
        <translation>&amp;Wekelijks bewaren:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/settings_section.py" line="89"/>
        <source>Keep &amp;monthly:</source>
        <translation>&amp;Maandelijks bewaren:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/settings_section.py" line="90"/>
        <source>Warn a&amp;fter (days):</source>
        <translation>Waarschuwen &amp;na (dagen):</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/settings_section.py" line="91"/>
        <source>Advice &amp;questions (years):</source>
        <translation>&amp;Adviesvragen (jaren):</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/settings_section.py" line="92"/>
        <source>&amp;Signals (years after closing):</source>
        <translation>Si&amp;gnalen (jaren na afsluiting):</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/settings_section.py" line="93"/>
        <source>&amp;Clients (years after closing):</source>
        <translation>&amp;Cliënten (jaren na afsluiting):</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/safekeeping/settings_section.py" line="139"/>
        <source>Backup and retention settings saved.</source>
        <translation>Back-up- en bewaarinstellingen opgeslagen.</translation>
    </message>
</context>
</TS>
