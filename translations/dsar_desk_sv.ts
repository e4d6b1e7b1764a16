<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>About</name>
    <message>
        <source>A case tool for GDPR data-subject requests. Licensed under the GPL, version 3 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built with PySide6 %1 and these libraries:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About DSAR Desk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Verify identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record how the requester&apos;s identity was checked. Do not keep a copy of an ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. BankID login, known e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Method: say how identity was checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline pauses while the requester proves who they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline pauses while the requester clarifies the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline pauses until you resume the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester answered; the deadline runs again from this day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already extended on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late to extend: the notice had to be given by %1 (one month from receipt, Art. 12(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to two further months (Art. 12(3)). Tell the requester, with the reasons, by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the data are spread over five systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester told on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too late: the extension had to be notified by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons: an extension needs the reasons for the delay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal or partial fulfilment needs its reasons and legal ground (Art. 12(4)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is refused and why, in words for the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the legal ground…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needed for this outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An objection to direct marketing cannot be refused (Art. 21(3)).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal ground: choose the ground the refusal relies on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons: explain the refusal to the requester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the case once every right has its outcome and the answer has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the requester disputes the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: say why the case is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign handler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave empty for nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler</source>
        <translation type="unfinished">Handläggare</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened, what was decided, what comes next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: write something first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a case in the register, or press Enter, to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rättigheter</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for identity…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for clarification…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause for another reason…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign handler…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add attachment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <source>Extension notice by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due ignoring pauses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the due date was computed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Bolag</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Den registrerade</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Brevspråk</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation till bolaget</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notified %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the other holiday profile the case would be due %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checked %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none within 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authority checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authority NOT checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is closed; reopen it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is not paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause the deadline while you wait for the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is already paused or closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach a file to the case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Den registrerade</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation>Närmaste frister</translation>
    </message>
    <message>
        <source>open</source>
        <translation>öppna</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>försenade</translation>
    </message>
    <message>
        <source>due within %1 days</source>
        <translation>förfaller inom %1 dagar</translation>
    </message>
    <message>
        <source>paused (identity or clarification)</source>
        <translation>pausade (identitet eller förtydligande)</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>förlängda</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>Received %1 (the day of receipt is not counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One month later: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%2 months later (extended): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(day %1 does not exist in %2, so the month&apos;s last day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus 1 paused day: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus %2 paused days: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 are not working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation type="unfinished">Frist %1</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Welcome to DSAR Desk</source>
        <translation>Välkommen till DSAR Desk</translation>
    </message>
    <message>
        <source>Log data-subject requests, see every statutory deadline with its working and walk each request to its answer. Start by adding the legal entity that answers requests (its country decides the holidays), then log the first request.</source>
        <translation>Registrera begäranden från de registrerade, se varje lagstadgad tidsfrist med uträkningen och följ varje begäran fram till svaret. Börja med att lägga till bolaget som besvarar begärandena (landet avgör helgdagarna) och registrera sedan den första begäran.</translation>
    </message>
    <message>
        <source>Add the first entity…</source>
        <translation>Lägg till det första bolaget…</translation>
    </message>
    <message>
        <source>Try it with demo data</source>
        <translation>Prova med demodata</translation>
    </message>
    <message>
        <source>Adds three fictional entities and 500 fictional cases to this store.</source>
        <translation>Lägger till tre fiktiva bolag och 500 fiktiva ärenden i detta arkiv.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Cannot open the case store</source>
        <translation>Kan inte öppna ärendearkivet</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbetar…</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Ny begäran…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Printing arrives with letters</source>
        <translation>Utskrift kommer med breven</translation>
    </message>
    <message>
        <source>&amp;Export monthly log…</source>
        <translation>&amp;Exportera månadslogg…</translation>
    </message>
    <message>
        <source>arrives with reports</source>
        <translation>kommer med rapporterna</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Inställningar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <source>&amp;About DSAR Desk</source>
        <translation>&amp;Om DSAR Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Inte möjligt</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <source>DSAR Desk hit an unexpected error. Nothing was half-saved. Please report this:</source>
        <translation>DSAR Desk stötte på ett oväntat fel. Inget sparades till hälften. Rapportera gärna detta:</translation>
    </message>
</context>
<context>
    <name>NewRequest</name>
    <message>
        <source>New request</source>
        <translation>Ny begäran</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Begäran</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Bolag</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rättigheter</translation>
    </message>
    <message>
        <source>What the person asks for, in their words</source>
        <translation>Vad personen begär, med egna ord</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfattning</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Den registrerade</translation>
    </message>
    <message>
        <source>Entity&apos;s language</source>
        <translation>Bolagets språk</translation>
    </message>
    <message>
        <source>Only the last two digits are kept</source>
        <translation>Endast de två sista siffrorna sparas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Brevspråk</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Relation till bolaget</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Personnummer</translation>
    </message>
    <message>
        <source>Representative (if someone acts for the person)</source>
        <translation>Ombud (om någon företräder personen)</translation>
    </message>
    <message>
        <source>Authority to act has been checked</source>
        <translation>Fullmakten har kontrollerats</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Tidsfrist</translation>
    </message>
    <message>
        <source>Fix the fields marked in red to save the request.</source>
        <translation>Rätta fälten som är markerade med rött för att spara begäran.</translation>
    </message>
    <message>
        <source>Due date: choose an entity and a received date</source>
        <translation>Frist: välj bolag och mottagningsdatum</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>An extension or refusal must be notified by %1.</source>
        <translation>Förlängning eller avslag måste meddelas senast %1.</translation>
    </message>
    <message>
        <source>Possible repeat request: the same person asked %1 time(s) in the last 12 months (input to the Art. 12(5) assessment).</source>
        <translation>Möjlig upprepad begäran: samma person har frågat %1 gång(er) de senaste 12 månaderna (underlag för bedömningen enligt artikel 12.5).</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>%1 working days overdue</source>
        <translation>%1 arbetsdagar försenad</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>förfaller i dag</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 arbetsdagar</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referens</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rättigheter</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Den registrerade</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Bolag</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>Extension notice by %1</source>
        <translation>Besked om förlängning senast %1</translation>
    </message>
    <message>
        <source>Paused %1 days</source>
        <translation>Pausad i %1 dagar</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Öppna ärenden</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausade</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Förlängda</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutade</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alla ärenden</translation>
    </message>
    <message>
        <source>Find reference, name or e-mail</source>
        <translation>Sök referens, namn eller e-post</translation>
    </message>
    <message>
        <source>Any right</source>
        <translation>Alla rättigheter</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Alla bolag</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Försenade</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Förfaller denna vecka</translation>
    </message>
    <message>
        <source>Due within %1 days</source>
        <translation>Förfaller inom %1 dagar</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 ärenden</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Edit entity</source>
        <translation>Redigera bolag</translation>
    </message>
    <message>
        <source>Add entity</source>
        <translation>Lägg till bolag</translation>
    </message>
    <message>
        <source>e.g. NO1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strict: official public holidays only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lenient: also the eves in national statutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Juridiskt namn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Helgdagar</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisationsnummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adress</translation>
    </message>
    <message>
        <source>Privacy e-mail</source>
        <translation>E-post för dataskydd</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Dataskyddsombud</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Brevspråk</translation>
    </message>
    <message>
        <source>Code: use 2 to 10 letters or digits, for example NO1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name: the entity&apos;s legal name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Bolag</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Handläggning</translation>
    </message>
    <message>
        <source>Add entity…</source>
        <translation>Lägg till bolag…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Your name, as it appears in the audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusive: the day a pause starts is not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusive: both the first and the last day count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source>Handler name</source>
        <translation>Handläggarens namn</translation>
    </message>
    <message>
        <source>Pause days</source>
        <translation>Pausdagar</translation>
    </message>
    <message>
        <source>Due soon within</source>
        <translation>Förfaller snart inom</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Fönstrets språk</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>Takes effect when DSAR Desk is next started.</source>
        <translation>Gäller från nästa gång DSAR Desk startas.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Request logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paused day(s) added to the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handler assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadlines recomputed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due %1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requester details corrected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished">Brev</translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <source>Overdue</source>
        <translation>Försenad</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Förfaller snart</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvarad</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Access</source>
        <translation>Tillgång</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Rättelse</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Radering</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Begränsning av behandling</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Dataportabilitet</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Invändning</translation>
    </message>
    <message>
        <source>Objection to direct marketing</source>
        <translation>Invändning mot direktmarknadsföring</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Återkallelse av samtycke</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottagen</translation>
    </message>
    <message>
        <source>Awaiting identity</source>
        <translation>Väntar på identitet</translation>
    </message>
    <message>
        <source>Awaiting clarification</source>
        <translation>Väntar på förtydligande</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Under handläggning</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Besvarad</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutad</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Återkallad</translation>
    </message>
    <message>
        <source>Closed (identity not verified)</source>
        <translation>Avslutad (identitet ej styrkt)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Webbformulär</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personligen</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annat</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ej avgjord</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Tillmötesgådd</translation>
    </message>
    <message>
        <source>Partly fulfilled</source>
        <translation>Delvis tillmötesgådd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avslagen</translation>
    </message>
    <message>
        <source>No data held</source>
        <translation>Inga uppgifter finns</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Identitetskontroll</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>Förtydligande</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kund</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Anställd</translation>
    </message>
    <message>
        <source>Job applicant</source>
        <translation>Arbetssökande</translation>
    </message>
    <message>
        <source>Supplier contact</source>
        <translation>Leverantörskontakt</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Gäldenär</translation>
    </message>
    <message>
        <source>Website user</source>
        <translation>Webbplatsbesökare</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>Norska (bokmål)</translation>
    </message>
    <message>
        <source>Norwegian (Nynorsk)</source>
        <translation>Norska (nynorska)</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svenska</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finska</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Danska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelska</translation>
    </message>
</context>
</TS>
