<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>ActionForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="90"/>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="94"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="91"/>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="95"/>
        <source>Due date</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="92"/>
        <source>&amp;Case:</source>
        <translation>&amp;Casus:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="92"/>
        <source>Case of the action</source>
        <translation>Casus van het actiepunt</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="93"/>
        <source>&amp;Action:</source>
        <translation>Ac&amp;tiepunt:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="93"/>
        <source>Action</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="94"/>
        <source>O&amp;wner:</source>
        <translation>Ei&amp;genaar:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="95"/>
        <source>Due &amp;on:</source>
        <translation>&amp;Uiterlijk op:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="96"/>
        <source>Add action ite&amp;m</source>
        <translation>Actiepunt toe&amp;voegen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="102"/>
        <source>general (no case)</source>
        <translation>algemeen (geen casus)</translation>
    </message>
</context>
<context>
    <name>ActionModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="174"/>
        <source>Case code</source>
        <translation>Dossiercode</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="175"/>
        <source>Action</source>
        <translation>Actiepunt</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="176"/>
        <source>Owner</source>
        <translation>Eigenaar</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="177"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="178"/>
        <source>Done</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="183"/>
        <source>general</source>
        <translation>algemeen</translation>
    </message>
</context>
<context>
    <name>AdvanceForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="149"/>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="151"/>
        <source>Date of the new status</source>
        <translation>Datum van de nieuwe status</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="150"/>
        <source>&amp;Next status:</source>
        <translation>&amp;Nieuwe status:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="150"/>
        <source>Next status</source>
        <translation>Nieuwe status</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="151"/>
        <source>Dat&amp;e:</source>
        <translation>Dat&amp;um:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="152"/>
        <source>Change &amp;status</source>
        <translation>&amp;Status wijzigen</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="146"/>
        <source>Case code</source>
        <translation>Dossiercode</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="147"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="148"/>
        <source>Intensity</source>
        <translation>Intensiteit</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="149"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
</context>
<context>
    <name>AttendanceModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="208"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="209"/>
        <source>Attended</source>
        <translation>Aanwezig</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="210"/>
        <source>Zorgoverleggen held</source>
        <translation>Zorgoverleggen gehouden</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="213"/>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
</context>
<context>
    <name>AttendancePanel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="300"/>
        <source>Attendance per partner</source>
        <translation>Aanwezigheid per partner</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="301"/>
        <source>Zorgoverleggen attended per partner in the chosen year.</source>
        <translation>Zorgoverleggen bijgewoond per partner in het gekozen jaar.</translation>
    </message>
</context>
<context>
    <name>CareCommon</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/common.py" line="168"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/common.py" line="170"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
</context>
<context>
    <name>CareForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/forms.py" line="118"/>
        <source>Not saved: check the fields marked below.</source>
        <translation>Niet opgeslagen: controleer de velden hieronder.</translation>
    </message>
</context>
<context>
    <name>CompleteForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="108"/>
        <source>Completed on</source>
        <translation>Afgerond op</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="109"/>
        <source>Completed o&amp;n:</source>
        <translation>Afgerond o&amp;p:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="110"/>
        <source>Complete the chosen &amp;deadline</source>
        <translation>Gekozen termijn &amp;afronden</translation>
    </message>
</context>
<context>
    <name>ConsultationForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="213"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="214"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="218"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="220"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisatie:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="220"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="222"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="223"/>
        <source>To&amp;pic:</source>
        <translation>Onder&amp;werp:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="225"/>
        <source>D&amp;uration:</source>
        <translation>D&amp;uur:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="225"/>
        <source>Duration in minutes</source>
        <translation>Duur in minuten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="227"/>
        <source>&amp;Save consultation</source>
        <translation>Consultatie op&amp;slaan</translation>
    </message>
</context>
<context>
    <name>ConsultationModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="92"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="93"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="96"/>
        <source>Topic</source>
        <translation>Onderwerp</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="97"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
</context>
<context>
    <name>ConsultationsPanel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="255"/>
        <source>Consultations</source>
        <translation>Consultaties</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="258"/>
        <source>New consultation (counts as an advice question)</source>
        <translation>Nieuwe consultatie (telt als adviesvraag)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="281"/>
        <source>Consultation saved.</source>
        <translation>Consultatie opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ContactPersonForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="94"/>
        <source>Na&amp;me:</source>
        <translation>Na&amp;am:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="94"/>
        <source>Name of the contact person</source>
        <translation>Naam van de contactpersoon</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="95"/>
        <source>R&amp;ole:</source>
        <translation>&amp;Functie:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="95"/>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="96"/>
        <source>&amp;Phone:</source>
        <translation>Te&amp;lefoon:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="96"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="97"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="97"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="98"/>
        <source>Add &amp;contact person</source>
        <translation>&amp;Contactpersoon toevoegen</translation>
    </message>
</context>
<context>
    <name>ContactPersonModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="69"/>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="70"/>
        <source>Role</source>
        <translation>Functie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="71"/>
        <source>Phone</source>
        <translation>Telefoon</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="72"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="143"/>
        <source>This year at a glance</source>
        <translation>Dit jaar in één oogopslag</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="146"/>
        <source>Due and overdue actions</source>
        <translation>Acties die binnenkort of te laat zijn</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="148"/>
        <source>&amp;Due and overdue actions (Enter opens the trajectory):</source>
        <translation>&amp;Acties die binnenkort of te laat zijn (Enter opent het traject):</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="150"/>
        <source>&amp;Open trajectory</source>
        <translation>Traject &amp;openen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="177"/>
        <source>New reports</source>
        <translation>Nieuwe meldingen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="178"/>
        <source>Advice questions</source>
        <translation>Adviesvragen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="179"/>
        <source>Active trajectories</source>
        <translation>Actieve trajecten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="180"/>
        <source>Overdue actions</source>
        <translation>Acties te laat</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="181"/>
        <source>Next zorgoverleg</source>
        <translation>Volgend zorgoverleg</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="182"/>
        <source>Prevention sessions and trainings</source>
        <translation>Voorlichtingen en trainingen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="199"/>
        <source>Trend and map</source>
        <translation>Trend en kaart</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="203"/>
        <source>Reports per year</source>
        <translation>Meldingen per jaar</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="222"/>
        <source>Home &amp;municipalities of new reports in %1 (click one for its clients)</source>
        <translation>&amp;Woongemeenten van nieuwe meldingen in %1 (klik voor de cliënten)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="308"/>
        <source>%1 at a glance</source>
        <translation>%1 in één oogopslag</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="319"/>
        <source>%1 consultations in Network</source>
        <translation>%1 consultaties in Netwerk</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="321"/>
        <source>open cases, not closed</source>
        <translation>open casussen, niet afgesloten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="324"/>
        <source>%1 more due within 14 days</source>
        <translation>nog %1 binnen 14 dagen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="328"/>
        <source>none planned yet</source>
        <translation>nog niet gepland</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="331"/>
        <source>%1 people reached</source>
        <translation>%1 mensen bereikt</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="338"/>
        <source>%1: %2 (difference %3)</source>
        <translation>%1: %2 (verschil %3)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="347"/>
        <source>This action belongs to no case.</source>
        <translation>Dit actiepunt hoort bij geen casus.</translation>
    </message>
</context>
<context>
    <name>DashboardTile</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="99"/>
        <source>Show list</source>
        <translation>Lijst tonen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="102"/>
        <source>Show list: %1</source>
        <translation>Lijst tonen: %1</translation>
    </message>
</context>
<context>
    <name>DeadlineForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="74"/>
        <source>Kind of deadline</source>
        <translation>Soort termijn</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="75"/>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="79"/>
        <source>Due date</source>
        <translation>Uiterste datum</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="78"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="79"/>
        <source>D&amp;ue on:</source>
        <translation>&amp;Uiterlijk op:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="80"/>
        <source>No&amp;te:</source>
        <translation>&amp;Notitie:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="80"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="81"/>
        <source>&amp;Add deadline</source>
        <translation>Termijn &amp;toevoegen</translation>
    </message>
</context>
<context>
    <name>DeadlineModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="42"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="43"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="44"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="45"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="56"/>
        <source>done on %1</source>
        <translation>afgerond op %1</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="60"/>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="61"/>
        <source>open</source>
        <translation>open</translation>
    </message>
</context>
<context>
    <name>DeadlinesPanel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="120"/>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="125"/>
        <source>New deadline</source>
        <translation>Nieuwe termijn</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="146"/>
        <source>Choose an open deadline first.</source>
        <translation>Kies eerst een open termijn.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="151"/>
        <source>Deadline completed.</source>
        <translation>Termijn afgerond.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/deadlines.py" line="161"/>
        <source>Deadline added.</source>
        <translation>Termijn toegevoegd.</translation>
    </message>
</context>
<context>
    <name>DecisionForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="59"/>
        <source>codes only, never a name</source>
        <translation>alleen codes, nooit een naam</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="62"/>
        <source>&amp;Decision for the chosen case:</source>
        <translation>&amp;Besluit voor de gekozen casus:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="64"/>
        <source>Decision</source>
        <translation>Besluit</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="66"/>
        <source>Record d&amp;ecision</source>
        <translation>Besluit vast&amp;leggen</translation>
    </message>
</context>
<context>
    <name>DraftBanner</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/forms.py" line="150"/>
        <source>&amp;Restore draft</source>
        <translation>Concept &amp;terugzetten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/forms.py" line="151"/>
        <source>Discard dra&amp;ft</source>
        <translation>Concept &amp;weggooien</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/forms.py" line="167"/>
        <source>Unsaved input from %1 was kept when the vault locked.</source>
        <translation>Niet-opgeslagen invoer van %1 is bewaard toen de kluis vergrendelde.</translation>
    </message>
</context>
<context>
    <name>DueModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="61"/>
        <source>Case code</source>
        <translation>Dossiercode</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="62"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="63"/>
        <source>Due</source>
        <translation>Uiterlijk</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="64"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="65"/>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="70"/>
        <source>general</source>
        <translation>algemeen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="77"/>
        <source>overdue</source>
        <translation>te laat</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/dashboard_page.py" line="78"/>
        <source>due soon</source>
        <translation>binnenkort</translation>
    </message>
</context>
<context>
    <name>GoalForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/goals.py" line="58"/>
        <source>Status of the new goal</source>
        <translation>Status van het nieuwe doel</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/goals.py" line="59"/>
        <source>New &amp;goal:</source>
        <translation>Nieuw &amp;doel:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/goals.py" line="59"/>
        <source>New goal</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/goals.py" line="60"/>
        <source>S&amp;tatus:</source>
        <translation>St&amp;atus:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/goals.py" line="61"/>
        <source>&amp;Add goal</source>
        <translation>Doel &amp;toevoegen</translation>
    </message>
</context>
<context>
    <name>GoalModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/goals.py" line="37"/>
        <source>Goal</source>
        <translation>Doel</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/goals.py" line="38"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/goals.py" line="39"/>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
</context>
<context>
    <name>GoalStatusForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/goals.py" line="81"/>
        <source>New status of the chosen goal</source>
        <translation>Nieuwe status van het gekozen doel</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/goals.py" line="82"/>
        <source>New stat&amp;us:</source>
        <translation>Nieuwe stat&amp;us:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/goals.py" line="83"/>
        <source>&amp;Set status</source>
        <translation>Status &amp;zetten</translation>
    </message>
</context>
<context>
    <name>GoalsPanel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/goals.py" line="97"/>
        <source>Care-plan goals</source>
        <translation>Doelen zorgplan</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/goals.py" line="105"/>
        <source>Chosen goal</source>
        <translation>Gekozen doel</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/goals.py" line="107"/>
        <source>New goal</source>
        <translation>Nieuw doel</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/goals.py" line="135"/>
        <source>Goal added.</source>
        <translation>Doel toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/goals.py" line="145"/>
        <source>Choose a goal in the list first.</source>
        <translation>Kies eerst een doel in de lijst.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/goals.py" line="150"/>
        <source>Status changed.</source>
        <translation>Status gewijzigd.</translation>
    </message>
</context>
<context>
    <name>HeaderForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trajectory_page.py" line="41"/>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trajectory_page.py" line="42"/>
        <source>Monitoring intensity</source>
        <translation>Intensiteit monitoring</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trajectory_page.py" line="43"/>
        <source>Check-in p&amp;lanned</source>
        <translation>Check-in &amp;gepland</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trajectory_page.py" line="44"/>
        <source>Next check-in</source>
        <translation>Volgende check-in</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trajectory_page.py" line="45"/>
        <source>&amp;Phase:</source>
        <translation>&amp;Fase:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trajectory_page.py" line="46"/>
        <source>Monitoring &amp;intensity:</source>
        <translation>&amp;Intensiteit monitoring:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trajectory_page.py" line="48"/>
        <source>Ne&amp;xt check-in:</source>
        <translation>Vo&amp;lgende check-in:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trajectory_page.py" line="49"/>
        <source>Save tra&amp;jectory</source>
        <translation>Tra&amp;ject opslaan</translation>
    </message>
</context>
<context>
    <name>IncidentForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="123"/>
        <source>Date of the incident</source>
        <translation>Datum van het incident</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="125"/>
        <source>Da&amp;te of the incident:</source>
        <translation>&amp;Datum van het incident:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="126"/>
        <source>&amp;What happened:</source>
        <translation>W&amp;at gebeurde er:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="127"/>
        <source>&amp;Add incident</source>
        <translation>I&amp;ncident toevoegen</translation>
    </message>
</context>
<context>
    <name>IncidentModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="109"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="110"/>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trajectory_page.py" line="128"/>
        <source>&amp;Vault</source>
        <translation>&amp;Kluis</translation>
    </message>
</context>
<context>
    <name>MeetingDetail</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="48"/>
        <source>Save as PDF</source>
        <translation>Opslaan als PDF</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="163"/>
        <source>Agenda: cases by code</source>
        <translation>Agenda: casussen op code</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="166"/>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="190"/>
        <source>Action items</source>
        <translation>Actiepunten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="167"/>
        <source>Mark the chosen action as do&amp;ne</source>
        <translation>Gekozen actiepunt &amp;afgerond</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="170"/>
        <source>&amp;Print agenda (PDF)…</source>
        <translation>Agenda afdrukken (&amp;PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="171"/>
        <source>Print m&amp;inutes (PDF)…</source>
        <translation>Verslag af&amp;drukken (PDF)…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="186"/>
        <source>Agenda and decisions</source>
        <translation>Agenda en besluiten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="237"/>
        <source>%1 on %2 — attending: %3</source>
        <translation>%1 op %2 — aanwezig: %3</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="261"/>
        <source>Choose a case on the agenda first.</source>
        <translation>Kies eerst een casus op de agenda.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="265"/>
        <source>Decision recorded.</source>
        <translation>Besluit vastgelegd.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="278"/>
        <source>Action item added; it is a deadline in the case&apos;s trajectory.</source>
        <translation>Actiepunt toegevoegd; het staat als termijn in het traject van de casus.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="290"/>
        <source>Choose an open action item first.</source>
        <translation>Kies eerst een open actiepunt.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="294"/>
        <source>Action item done.</source>
        <translation>Actiepunt afgerond.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="306"/>
        <source>Minutes saved.</source>
        <translation>Verslag opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="329"/>
        <source>Making the PDF…</source>
        <translation>PDF wordt gemaakt…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="345"/>
        <source>Saved as %1.</source>
        <translation>Opgeslagen als %1.</translation>
    </message>
</context>
<context>
    <name>MeetingModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="123"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="124"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
</context>
<context>
    <name>MeetingsPanel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_page.py" line="33"/>
        <source>Meetings of the year</source>
        <translation>Overleggen van het jaar</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_page.py" line="36"/>
        <source>Mee&amp;tings:</source>
        <translation>&amp;Overleggen:</translation>
    </message>
</context>
<context>
    <name>MinutesForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="137"/>
        <source>Course of the meeting; codes only, never a name.</source>
        <translation>Verloop van het overleg; alleen codes, nooit een naam.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="140"/>
        <source>Min&amp;utes:</source>
        <translation>V&amp;erslag:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="140"/>
        <source>Minutes</source>
        <translation>Verslag</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_detail.py" line="141"/>
        <source>Save minute&amp;s</source>
        <translation>Verslag op&amp;slaan</translation>
    </message>
</context>
<context>
    <name>MunicipalityMap</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/map_widget.py" line="99"/>
        <source>Map of home municipalities</source>
        <translation>Kaart van woongemeenten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/map_widget.py" line="162"/>
        <source>other</source>
        <translation>overig</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/map_widget.py" line="255"/>
        <source>%1: counted with the other small region municipalities (%2 new reports together). Click or press Enter to see its clients.</source>
        <translation>%1: geteld met de andere kleine regiogemeenten (samen %2 nieuwe meldingen). Klik of druk op Enter voor de cliënten uit deze gemeente.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/map_widget.py" line="262"/>
        <source>%1: %2 new reports. Click or press Enter to see its clients.</source>
        <translation>%1: %2 nieuwe meldingen. Klik of druk op Enter voor de cliënten uit deze gemeente.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/map_widget.py" line="285"/>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/map_widget.py" line="396"/>
        <source>New reports per municipality</source>
        <translation>Nieuwe meldingen per gemeente</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/map_widget.py" line="401"/>
        <source>· not published (privacy)</source>
        <translation>· niet gepubliceerd (privacy)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/map_widget.py" line="402"/>
        <source>other region municipalities</source>
        <translation>overige regiogemeenten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/map_widget.py" line="408"/>
        <source>outside the region</source>
        <translation>buiten de regio</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/map_widget.py" line="437"/>
        <source>Outside the region</source>
        <translation>Buiten de regio</translation>
    </message>
</context>
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_page.py" line="77"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_page.py" line="78"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_page.py" line="86"/>
        <source>Parts of the network</source>
        <translation>Onderdelen van het netwerk</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_page.py" line="87"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_page.py" line="88"/>
        <source>Consultations</source>
        <translation>Consultaties</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_page.py" line="89"/>
        <source>Plan a meeting</source>
        <translation>Overleg plannen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_page.py" line="90"/>
        <source>Meetings</source>
        <translation>Overleggen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_page.py" line="91"/>
        <source>Attendance</source>
        <translation>Aanwezigheid</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_page.py" line="104"/>
        <source>Network and meetings</source>
        <translation>Netwerk en overleggen</translation>
    </message>
</context>
<context>
    <name>OrganisationForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="58"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="59"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="60"/>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="60"/>
        <source>Name of the organisation</source>
        <translation>Naam van de organisatie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="61"/>
        <source>&amp;Type:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="62"/>
        <source>M&amp;unicipality:</source>
        <translation>&amp;Gemeente:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="63"/>
        <source>&amp;Add organisation</source>
        <translation>&amp;Organisatie toevoegen</translation>
    </message>
</context>
<context>
    <name>OrganisationModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="35"/>
        <source>Organisation</source>
        <translation>Organisatie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="36"/>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="37"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_models.py" line="40"/>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
</context>
<context>
    <name>OrganisationsPanel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="118"/>
        <source>Organisations</source>
        <translation>Organisaties</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="120"/>
        <source>Contact persons</source>
        <translation>Contactpersonen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="123"/>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="167"/>
        <source>Contact persons of the chosen organisation</source>
        <translation>Contactpersonen van de gekozen organisatie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="129"/>
        <source>New organisation</source>
        <translation>Nieuwe organisatie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="133"/>
        <source>New contact person</source>
        <translation>Nieuwe contactpersoon</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="170"/>
        <source>Contact persons of %1</source>
        <translation>Contactpersonen van %1</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="178"/>
        <source>Organisation added.</source>
        <translation>Organisatie toegevoegd.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="188"/>
        <source>Choose an organisation first.</source>
        <translation>Kies eerst een organisatie.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/network_panels.py" line="193"/>
        <source>Contact person added.</source>
        <translation>Contactpersoon toegevoegd.</translation>
    </message>
</context>
<context>
    <name>OutcomeForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="46"/>
        <source>Police report (from the registration)</source>
        <translation>Aangifte (uit de registratie)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="49"/>
        <source>unknown</source>
        <translation>onbekend</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="50"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="51"/>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="54"/>
        <source>Debt range</source>
        <translation>Omvang schulden</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="56"/>
        <source>Sa&amp;fety plan in place</source>
        <translation>&amp;Veiligheidsplan aanwezig</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="57"/>
        <source>R&amp;eceives debt help</source>
        <translation>Krijgt &amp;schuldhulp</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="58"/>
        <source>Relapse (&amp;back in exploitation)</source>
        <translation>&amp;Terugval (opnieuw in uitbuiting)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="59"/>
        <source>Trauma / PTSD complaints</source>
        <translation>Trauma- / PTSS-klachten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="60"/>
        <source>Referred to &amp;GGZ</source>
        <translation>Ver&amp;wezen naar GGZ</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="62"/>
        <source>Police report:</source>
        <translation>Aangifte:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="64"/>
        <source>&amp;Debts:</source>
        <translation>Sch&amp;ulden:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="64"/>
        <source>Debts</source>
        <translation>Schulden</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="65"/>
        <source>Debt ra&amp;nge:</source>
        <translation>O&amp;mvang schulden:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="68"/>
        <source>Save o&amp;utcomes</source>
        <translation>Uitkomsten o&amp;pslaan</translation>
    </message>
</context>
<context>
    <name>OutcomesPanel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="154"/>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="160"/>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="211"/>
        <source>Safety incidents</source>
        <translation>Veiligheidsincidenten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="158"/>
        <source>Safety, finances, care and mental health</source>
        <translation>Veiligheid, financiën, zorg en psychische gezondheid</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="181"/>
        <source>Safety incidents (%1)</source>
        <translation>Veiligheidsincidenten (%1)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="188"/>
        <source>Outcomes saved.</source>
        <translation>Uitkomsten opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/outcomes.py" line="199"/>
        <source>Incident added.</source>
        <translation>Incident toegevoegd.</translation>
    </message>
</context>
<context>
    <name>OverrideReasonDialog</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/consent_dialog.py" line="20"/>
        <source>Refer without consent?</source>
        <translation>Verwijzen zonder toestemming?</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/consent_dialog.py" line="23"/>
        <source>No consent for care and referral is recorded for this person. A referral shares data with the partner. Refer anyway only with a written reason of at least %1 characters; the reason is stored in the audit trail.</source>
        <translation>Voor deze persoon is geen toestemming voor zorg en doorverwijzing vastgelegd. Een verwijzing deelt gegevens met de partner. Verwijs alleen toch met een schriftelijke reden van minstens %1 tekens; de reden wordt vastgelegd in het auditlog.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/consent_dialog.py" line="31"/>
        <source>Reason for referring without consent</source>
        <translation>Reden om zonder toestemming te verwijzen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/consent_dialog.py" line="33"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Reden:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/consent_dialog.py" line="40"/>
        <source>Refer &amp;anyway</source>
        <translation>&amp;Toch verwijzen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/consent_dialog.py" line="59"/>
        <source>%1 more characters needed.</source>
        <translation>Nog %1 tekens nodig.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/consent_dialog.py" line="61"/>
        <source>Enough to refer.</source>
        <translation>Genoeg om te verwijzen.</translation>
    </message>
</context>
<context>
    <name>PersonPicker</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/person_picker.py" line="31"/>
        <source>Case code</source>
        <translation>Dossiercode</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/person_picker.py" line="41"/>
        <source>Case &amp;code:</source>
        <translation>Dossier&amp;code:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/person_picker.py" line="43"/>
        <source>&amp;Open</source>
        <translation>&amp;Openen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/person_picker.py" line="82"/>
        <source>Type a case code.</source>
        <translation>Typ een dossiercode.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/person_picker.py" line="90"/>
        <source>No case with code %1.</source>
        <translation>Geen casus met code %1.</translation>
    </message>
</context>
<context>
    <name>PlanForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_plan.py" line="74"/>
        <source>Kind of meeting</source>
        <translation>Soort overleg</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_plan.py" line="75"/>
        <source>Date of the meeting</source>
        <translation>Datum van het overleg</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_plan.py" line="76"/>
        <source>Attending organisations</source>
        <translation>Aanwezige organisaties</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_plan.py" line="79"/>
        <source>part of a code</source>
        <translation>deel van een code</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_plan.py" line="82"/>
        <source>Cases on the agenda</source>
        <translation>Casussen op de agenda</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_plan.py" line="83"/>
        <source>Tick all &amp;intensive cases</source>
        <translation>Alle &amp;intensieve casussen aanvinken</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_plan.py" line="84"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Soort:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_plan.py" line="85"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_plan.py" line="86"/>
        <source>&amp;Attending organisations:</source>
        <translation>&amp;Aanwezige organisaties:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_plan.py" line="87"/>
        <source>&amp;Find a case:</source>
        <translation>Casus &amp;zoeken:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_plan.py" line="87"/>
        <source>Find a case by code</source>
        <translation>Casus zoeken op code</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_plan.py" line="88"/>
        <source>Agenda (&amp;cases by code):</source>
        <translation>Agenda (&amp;casussen op code):</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_plan.py" line="90"/>
        <source>&amp;Plan meeting</source>
        <translation>Overleg &amp;plannen</translation>
    </message>
</context>
<context>
    <name>PlanPanel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_plan.py" line="154"/>
        <source>The agenda offers only active cases with consent for discussion in the zorgoverleg, by code. A zorgoverleg is held every four weeks: its date is proposed.</source>
        <translation>De agenda biedt alleen actieve casussen met toestemming voor bespreking in het zorgoverleg, op code. Een zorgoverleg is elke vier weken: de datum wordt voorgesteld.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/meeting_plan.py" line="209"/>
        <source>Meeting planned.</source>
        <translation>Overleg gepland.</translation>
    </message>
</context>
<context>
    <name>PreventionForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="108"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="109"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="111"/>
        <source>Institution type</source>
        <translation>Soort instelling</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="113"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="114"/>
        <source>Audience</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="118"/>
        <source>1–10, e.g. 7,5 (optional)</source>
        <translation>1–10, bijv. 7,5 (niet verplicht)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="121"/>
        <source>&amp;Kind:</source>
        <translation>S&amp;oort:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="122"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="123"/>
        <source>&amp;Institution type:</source>
        <translation>Soort &amp;instelling:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="124"/>
        <source>&amp;Municipality:</source>
        <translation>Ge&amp;meente:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="125"/>
        <source>&amp;Audience:</source>
        <translation>Doel&amp;groep:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="127"/>
        <source>&amp;Participants:</source>
        <translation>Deel&amp;nemers:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="127"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="131"/>
        <source>&amp;Evaluation score:</source>
        <translation>&amp;Evaluatiecijfer:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="133"/>
        <source>Evaluation score</source>
        <translation>Evaluatiecijfer</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="137"/>
        <source>Si&amp;gnals that followed:</source>
        <translation>Signa&amp;len daarna:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="139"/>
        <source>Signals that followed</source>
        <translation>Signalen daarna</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="141"/>
        <source>&amp;Save session</source>
        <translation>Bijeenkomst op&amp;slaan</translation>
    </message>
</context>
<context>
    <name>PreventionModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="68"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="69"/>
        <source>Kind</source>
        <translation>Soort</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="70"/>
        <source>Institution</source>
        <translation>Instelling</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="71"/>
        <source>Municipality</source>
        <translation>Gemeente</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="74"/>
        <source>Audience</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="75"/>
        <source>Participants</source>
        <translation>Deelnemers</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="78"/>
        <source>Evaluation</source>
        <translation>Evaluatie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="79"/>
        <source>Signals</source>
        <translation>Signalen</translation>
    </message>
</context>
<context>
    <name>PreventionPage</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="203"/>
        <source>Year</source>
        <translation>Jaar</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="204"/>
        <source>&amp;Year:</source>
        <translation>&amp;Jaar:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="207"/>
        <source>Summary of the year</source>
        <translation>Samenvatting van het jaar</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="209"/>
        <source>Sessions and trainings</source>
        <translation>Voorlichtingen en trainingen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="218"/>
        <source>Record a session or training</source>
        <translation>Voorlichting of training vastleggen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="225"/>
        <source>Prevention: information sessions and trainings</source>
        <translation>Preventie: voorlichtingen en trainingen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="249"/>
        <source>%1 sessions, %2 participants, mean evaluation %3, %4 signals followed</source>
        <translation>%1 bijeenkomsten, %2 deelnemers, gemiddelde evaluatie %3, %4 signalen daarna</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/prevention_page.py" line="265"/>
        <source>Session saved.</source>
        <translation>Bijeenkomst opgeslagen.</translation>
    </message>
</context>
<context>
    <name>ReferForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="105"/>
        <source>Care domain</source>
        <translation>Zorgdomein</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="106"/>
        <source>Requested on</source>
        <translation>Aangevraagd op</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="107"/>
        <source>P&amp;artner:</source>
        <translation>&amp;Partner:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="107"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="108"/>
        <source>Care &amp;domain:</source>
        <translation>Zorg&amp;domein:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="109"/>
        <source>Re&amp;quested on:</source>
        <translation>&amp;Aangevraagd op:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="110"/>
        <source>Re&amp;fer</source>
        <translation>&amp;Verwijzen</translation>
    </message>
</context>
<context>
    <name>ReferralModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="60"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="61"/>
        <source>Care domain</source>
        <translation>Zorgdomein</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="62"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="63"/>
        <source>Requested</source>
        <translation>Aangevraagd</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="64"/>
        <source>Accepted</source>
        <translation>Geaccepteerd</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="65"/>
        <source>Started</source>
        <translation>Gestart</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="66"/>
        <source>Ended</source>
        <translation>Beëindigd</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="67"/>
        <source>Waiting days</source>
        <translation>Wachtdagen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="68"/>
        <source>Consent</source>
        <translation>Toestemming</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="81"/>
        <source>override (audited)</source>
        <translation>zonder (reden in auditlog)</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="83"/>
        <source>given</source>
        <translation>gegeven</translation>
    </message>
</context>
<context>
    <name>ReferralsPanel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="172"/>
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="180"/>
        <source>Chosen referral</source>
        <translation>Gekozen verwijzing</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="182"/>
        <source>New referral</source>
        <translation>Nieuwe verwijzing</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="221"/>
        <source>Not referred: no reason given.</source>
        <translation>Niet verwezen: geen reden gegeven.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="229"/>
        <source>Referral saved.</source>
        <translation>Verwijzing opgeslagen.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="235"/>
        <source>Choose a referral in the list first.</source>
        <translation>Kies eerst een verwijzing in de lijst.</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/referrals.py" line="241"/>
        <source>Status changed.</source>
        <translation>Status gewijzigd.</translation>
    </message>
</context>
<context>
    <name>Registry</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trajectory_page.py" line="129"/>
        <source>&amp;Registration</source>
        <translation>&amp;Registratie</translation>
    </message>
</context>
<context>
    <name>TrajectoryPage</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trajectory_page.py" line="94"/>
        <location filename="../../src/emp_desktop/gui/care/trajectory_page.py" line="231"/>
        <source>Care trajectory</source>
        <translation>Hulpverleningstraject</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trajectory_page.py" line="97"/>
        <source>Facts from the registration</source>
        <translation>Gegevens uit de registratie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trajectory_page.py" line="136"/>
        <source>Parts of the trajectory</source>
        <translation>Onderdelen van het traject</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trajectory_page.py" line="137"/>
        <source>Care-plan goals</source>
        <translation>Doelen zorgplan</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trajectory_page.py" line="138"/>
        <source>Referrals</source>
        <translation>Verwijzingen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trajectory_page.py" line="139"/>
        <source>Deadlines</source>
        <translation>Termijnen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trajectory_page.py" line="140"/>
        <source>ZRM</source>
        <translation>ZRM</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trajectory_page.py" line="141"/>
        <source>Outcomes</source>
        <translation>Uitkomsten</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trajectory_page.py" line="169"/>
        <source>Care trajectory of %1</source>
        <translation>Hulpverleningstraject van %1</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trajectory_page.py" line="192"/>
        <source>Police report: %1 · Consent — %2 · Safety incidents: %3</source>
        <translation>Aangifte: %1 · Toestemming — %2 · Veiligheidsincidenten: %3</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trajectory_page.py" line="212"/>
        <source>Trajectory saved.</source>
        <translation>Traject opgeslagen.</translation>
    </message>
</context>
<context>
    <name>TrendChart</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trend_chart.py" line="33"/>
        <source>Reports per year</source>
        <translation>Meldingen per jaar</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/trend_chart.py" line="68"/>
        <source>Loading…</source>
        <translation>Bezig met laden…</translation>
    </message>
</context>
<context>
    <name>ZrmChart</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/zrm_chart.py" line="47"/>
        <source>ZRM progress per domain</source>
        <translation>ZRM-verloop per domein</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/zrm_chart.py" line="58"/>
        <location filename="../../src/emp_desktop/gui/care/zrm_chart.py" line="80"/>
        <source>No ZRM assessments yet.</source>
        <translation>Nog geen ZRM-metingen.</translation>
    </message>
</context>
<context>
    <name>ZrmForm</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/zrm_entry.py" line="121"/>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/zrm_entry.py" line="122"/>
        <source>Assessed on</source>
        <translation>Gemeten op</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/zrm_entry.py" line="123"/>
        <source>&amp;Edition:</source>
        <translation>&amp;Editie:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/zrm_entry.py" line="123"/>
        <source>ZRM edition</source>
        <translation>ZRM-editie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/zrm_entry.py" line="124"/>
        <source>&amp;Moment:</source>
        <translation>&amp;Moment:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/zrm_entry.py" line="125"/>
        <source>Assessed o&amp;n:</source>
        <translation>Geme&amp;ten op:</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/zrm_entry.py" line="133"/>
        <source>&amp;Save assessment</source>
        <translation>Meting op&amp;slaan</translation>
    </message>
</context>
<context>
    <name>ZrmModel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/zrm_entry.py" line="92"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/zrm_entry.py" line="93"/>
        <source>Moment</source>
        <translation>Moment</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/zrm_entry.py" line="94"/>
        <source>Edition</source>
        <translation>Editie</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/zrm_entry.py" line="95"/>
        <source>Mean score</source>
        <translation>Gemiddelde score</translation>
    </message>
</context>
<context>
    <name>ZrmPanel</name>
    <message>
        <location filename="../../src/emp_desktop/gui/care/zrm_entry.py" line="210"/>
        <source>ZRM assessments</source>
        <translation>ZRM-metingen</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/zrm_entry.py" line="213"/>
        <source>New assessment</source>
        <translation>Nieuwe meting</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/zrm_entry.py" line="220"/>
        <source>Progress per domain (1 acute … 5 fully self-reliant):</source>
        <translation>Verloop per domein (1 acute problematiek … 5 volledig zelfredzaam):</translation>
    </message>
    <message>
        <location filename="../../src/emp_desktop/gui/care/zrm_entry.py" line="241"/>
        <source>Assessment saved.</source>
        <translation>Meting opgeslagen.</translation>
    </message>
</context>
</TS>
