<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
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
        <translation type="unfinished">Saksbehandler</translation>
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
        <translation>Rettigheter</translation>
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
        <translation>Dager igjen</translation>
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
        <translation>Forespørsel</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Selskap</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Saksbehandler</translation>
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
        <translation>Den registrerte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Brevspråk</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Forhold til selskapet</translation>
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
        <translation>Dager igjen</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Den registrerte</translation>
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
        <translation>Neste frister</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åpne</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>over fristen</translation>
    </message>
    <message>
        <source>due within %1 days</source>
        <translation>frist innen %1 dager</translation>
    </message>
    <message>
        <source>paused (identity or clarification)</source>
        <translation>på vent (identitet eller avklaring)</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>forlenget</translation>
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
        <translation>Velkommen til DSAR Desk</translation>
    </message>
    <message>
        <source>Log data-subject requests, see every statutory deadline with its working and walk each request to its answer. Start by adding the legal entity that answers requests (its country decides the holidays), then log the first request.</source>
        <translation>Registrer forespørsler fra de registrerte, se hver lovbestemte frist med utregningen, og følg hver forespørsel fram til svaret. Begynn med å legge til selskapet som besvarer forespørslene (landet avgjør helligdagene), og registrer så den første forespørselen.</translation>
    </message>
    <message>
        <source>Add the first entity…</source>
        <translation>Legg til det første selskapet…</translation>
    </message>
    <message>
        <source>Try it with demo data</source>
        <translation>Prøv med demodata</translation>
    </message>
    <message>
        <source>Adds three fictional entities and 500 fictional cases to this store.</source>
        <translation>Legger til tre fiktive selskaper og 500 fiktive saker i dette arkivet.</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Cannot open the case store</source>
        <translation>Kan ikke åpne saksarkivet</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbeider…</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Ny forespørsel…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Søk</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Skriv &amp;ut…</translation>
    </message>
    <message>
        <source>Printing arrives with letters</source>
        <translation>Utskrift kommer sammen med brevene</translation>
    </message>
    <message>
        <source>&amp;Export monthly log…</source>
        <translation>&amp;Eksporter månedslogg…</translation>
    </message>
    <message>
        <source>arrives with reports</source>
        <translation>kommer med rapportene</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Innstillinger…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;About DSAR Desk</source>
        <translation>&amp;Om DSAR Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Rediger</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hovedverktøylinje</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Ikke mulig</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Noe gikk galt</translation>
    </message>
    <message>
        <source>DSAR Desk hit an unexpected error. Nothing was half-saved. Please report this:</source>
        <translation>DSAR Desk fikk en uventet feil. Ingenting ble halvveis lagret. Meld gjerne fra om dette:</translation>
    </message>
</context>
<context>
    <name>NewRequest</name>
    <message>
        <source>New request</source>
        <translation>Ny forespørsel</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Forespørsel</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Selskap</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rettigheter</translation>
    </message>
    <message>
        <source>What the person asks for, in their words</source>
        <translation>Hva personen ber om, med egne ord</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Den registrerte</translation>
    </message>
    <message>
        <source>Entity&apos;s language</source>
        <translation>Selskapets språk</translation>
    </message>
    <message>
        <source>Only the last two digits are kept</source>
        <translation>Bare de to siste sifrene lagres</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
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
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Brevspråk</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Forhold til selskapet</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <source>Representative (if someone acts for the person)</source>
        <translation>Fullmektig (hvis noen handler på vegne av personen)</translation>
    </message>
    <message>
        <source>Authority to act has been checked</source>
        <translation>Fullmakten er kontrollert</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Fix the fields marked in red to save the request.</source>
        <translation>Rett feltene som er merket med rødt, for å lagre forespørselen.</translation>
    </message>
    <message>
        <source>Due date: choose an entity and a received date</source>
        <translation>Frist: velg selskap og mottaksdato</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>An extension or refusal must be notified by %1.</source>
        <translation>Forlengelse eller avslag må meddeles senest %1.</translation>
    </message>
    <message>
        <source>Possible repeat request: the same person asked %1 time(s) in the last 12 months (input to the Art. 12(5) assessment).</source>
        <translation>Mulig gjentatt forespørsel: samme person har spurt %1 gang(er) de siste 12 månedene (grunnlag for vurderingen etter art. 12 nr. 5).</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>%1 working days overdue</source>
        <translation>%1 arbeidsdager over fristen</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>frist i dag</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 arbeidsdager</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referanse</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rettigheter</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Den registrerte</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Selskap</translation>
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
        <translation>Dager igjen</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>Extension notice by %1</source>
        <translation>Varsel om forlengelse senest %1</translation>
    </message>
    <message>
        <source>Paused %1 days</source>
        <translation>På vent i %1 dager</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Åpne saker</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På vent</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Forlenget</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle saker</translation>
    </message>
    <message>
        <source>Find reference, name or e-mail</source>
        <translation>Søk etter referanse, navn eller e-post</translation>
    </message>
    <message>
        <source>Any right</source>
        <translation>Alle rettigheter</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Alle selskaper</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Frist denne uken</translation>
    </message>
    <message>
        <source>Due within %1 days</source>
        <translation>Frist innen %1 dager</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 saker</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Edit entity</source>
        <translation>Rediger selskap</translation>
    </message>
    <message>
        <source>Add entity</source>
        <translation>Legg til selskap</translation>
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
        <translation>Kode</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Juridisk navn</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Helligdager</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Organisasjonsnummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Privacy e-mail</source>
        <translation>E-post for personvern</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Personvernombud</translation>
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
        <translation>Innstillinger</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Selskaper</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Saksbehandling</translation>
    </message>
    <message>
        <source>Add entity…</source>
        <translation>Legg til selskap…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
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
        <translation> dager</translation>
    </message>
    <message>
        <source>Handler name</source>
        <translation>Saksbehandlerens navn</translation>
    </message>
    <message>
        <source>Pause days</source>
        <translation>Dager på vent</translation>
    </message>
    <message>
        <source>Due soon within</source>
        <translation>Frist snart innen</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Språk i vinduet</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>Takes effect when DSAR Desk is next started.</source>
        <translation>Gjelder fra neste gang DSAR Desk startes.</translation>
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
        <translation type="unfinished">På vent</translation>
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
        <translation type="unfinished">Avsluttet</translation>
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
        <translation>Over fristen</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Frist snart</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På vent</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvart</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Access</source>
        <translation>Innsyn</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Retting</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Sletting</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Begrensning av behandling</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Dataportabilitet</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Protest</translation>
    </message>
    <message>
        <source>Objection to direct marketing</source>
        <translation>Protest mot direkte markedsføring</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Tilbaketrekking av samtykke</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Mottatt</translation>
    </message>
    <message>
        <source>Awaiting identity</source>
        <translation>Venter på identitet</translation>
    </message>
    <message>
        <source>Awaiting clarification</source>
        <translation>Venter på avklaring</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>På vent</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Under behandling</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Besvart</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket tilbake</translation>
    </message>
    <message>
        <source>Closed (identity not verified)</source>
        <translation>Avsluttet (identitet ikke bekreftet)</translation>
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
        <translation>Nettskjema</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personlig oppmøte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Annet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ikke avgjort</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Innfridd</translation>
    </message>
    <message>
        <source>Partly fulfilled</source>
        <translation>Delvis innfridd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Avslått</translation>
    </message>
    <message>
        <source>No data held</source>
        <translation>Ingen opplysninger lagret</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Identitetskontroll</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>Avklaring</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Ansatt</translation>
    </message>
    <message>
        <source>Job applicant</source>
        <translation>Jobbsøker</translation>
    </message>
    <message>
        <source>Supplier contact</source>
        <translation>Kontaktperson hos leverandør</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Skyldner</translation>
    </message>
    <message>
        <source>Website user</source>
        <translation>Bruker av nettstedet</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>Norsk (bokmål)</translation>
    </message>
    <message>
        <source>Norwegian (Nynorsk)</source>
        <translation>Norsk (nynorsk)</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Svensk</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Finsk</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Dansk</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Engelsk</translation>
    </message>
</context>
</TS>
