<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nb">
<context>
    <name>About</name>
    <message>
        <source>A case tool for GDPR data-subject requests. Licensed under the GPL, version 3 or later.</source>
        <translation>Et saksverktøy for forespørsler fra registrerte etter GDPR. Lisensiert under GPL, versjon 3 eller senere.</translation>
    </message>
    <message>
        <source>Built with PySide6 %1 and these libraries:</source>
        <translation>Bygget med PySide6 %1 og disse bibliotekene:</translation>
    </message>
    <message>
        <source>About DSAR Desk</source>
        <translation>Om DSAR Desk</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Verify identity</source>
        <translation>Bekreft identitet</translation>
    </message>
    <message>
        <source>Record how the requester&apos;s identity was checked. Do not keep a copy of an ID.</source>
        <translation>Noter hvordan identiteten til den registrerte ble kontrollert. Ikke ta vare på kopi av legitimasjon.</translation>
    </message>
    <message>
        <source>e.g. BankID login, known e-mail address</source>
        <translation>f.eks. innlogging med BankID, kjent e-postadresse</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Kontrollert</translation>
    </message>
    <message>
        <source>Method: say how identity was checked.</source>
        <translation>Metode: skriv hvordan identiteten ble kontrollert.</translation>
    </message>
    <message>
        <source>The deadline pauses while the requester proves who they are.</source>
        <translation>Fristen står stille mens den registrerte bekrefter hvem vedkommende er.</translation>
    </message>
    <message>
        <source>The deadline pauses while the requester clarifies the request.</source>
        <translation>Fristen står stille mens den registrerte presiserer forespørselen.</translation>
    </message>
    <message>
        <source>The deadline pauses until you resume the case.</source>
        <translation>Fristen står stille til du gjenopptar saken.</translation>
    </message>
    <message>
        <source>Pause the deadline</source>
        <translation>Sett fristen på vent</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Spurt</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Gjenoppta</translation>
    </message>
    <message>
        <source>The requester answered; the deadline runs again from this day.</source>
        <translation>Den registrerte har svart; fristen løper igjen fra denne dagen.</translation>
    </message>
    <message>
        <source>Answer received on</source>
        <translation>Svar mottatt</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Saken er avsluttet.</translation>
    </message>
    <message>
        <source>Already extended on %1.</source>
        <translation>Allerede forlenget %1.</translation>
    </message>
    <message>
        <source>Too late to extend: the notice had to be given by %1 (one month from receipt, Art. 12(3)).</source>
        <translation>For sent å forlenge: varselet måtte gis senest %1 (én måned etter mottak, art.&#xa0;12&#xa0;nr.&#xa0;3).</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Forleng fristen</translation>
    </message>
    <message>
        <source>Up to two further months (Art. 12(3)). Tell the requester, with the reasons, by %1.</source>
        <translation>Inntil to måneder til (art.&#xa0;12&#xa0;nr.&#xa0;3). Gi den registrerte beskjed, med begrunnelse, senest %1.</translation>
    </message>
    <message>
        <source>e.g. the data are spread over five systems</source>
        <translation>f.eks. opplysningene ligger i fem ulike systemer</translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation>Årsak til forsinkelsen</translation>
    </message>
    <message>
        <source>Requester told on</source>
        <translation>Varslet den registrerte</translation>
    </message>
    <message>
        <source>Too late: the extension had to be notified by %1.</source>
        <translation>For sent: forlengelsen måtte varsles senest %1.</translation>
    </message>
    <message>
        <source>Reasons: an extension needs the reasons for the delay.</source>
        <translation>Årsak: en forlengelse må begrunnes.</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>Registrer utfall</translation>
    </message>
    <message>
        <source>A refusal or partial fulfilment needs its reasons and legal ground (Art. 12(4)).</source>
        <translation>Avslag eller delvis innfrielse krever begrunnelse og hjemmel (art.&#xa0;12&#xa0;nr.&#xa0;4).</translation>
    </message>
    <message>
        <source>What is refused and why, in words for the requester</source>
        <translation>Hva som avslås og hvorfor, forklart for den registrerte</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rettighet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Avgjort</translation>
    </message>
    <message>
        <source>Choose the legal ground…</source>
        <translation>Velg hjemmel…</translation>
    </message>
    <message>
        <source>Not needed for this outcome</source>
        <translation>Trengs ikke for dette utfallet</translation>
    </message>
    <message>
        <source>An objection to direct marketing cannot be refused (Art. 21(3)).</source>
        <translation>En protest mot direkte markedsføring kan ikke avslås (art.&#xa0;21&#xa0;nr.&#xa0;3).</translation>
    </message>
    <message>
        <source>Legal ground: choose the ground the refusal relies on.</source>
        <translation>Hjemmel: velg hjemmelen avslaget bygger på.</translation>
    </message>
    <message>
        <source>Reasons: explain the refusal to the requester.</source>
        <translation>Begrunnelse: forklar avslaget for den registrerte.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Avslutt sak</translation>
    </message>
    <message>
        <source>Close the case once every right has its outcome and the answer has been sent.</source>
        <translation>Avslutt saken når hver rettighet har et utfall og svaret er sendt.</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Gjenåpne sak</translation>
    </message>
    <message>
        <source>e.g. the requester disputes the answer</source>
        <translation>f.eks. den registrerte bestrider svaret</translation>
    </message>
    <message>
        <source>Reason: say why the case is reopened.</source>
        <translation>Årsak: skriv hvorfor saken gjenåpnes.</translation>
    </message>
    <message>
        <source>Assign handler</source>
        <translation>Tildel saksbehandler</translation>
    </message>
    <message>
        <source>Leave empty for nobody</source>
        <translation>La stå tomt for ingen</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Saksbehandler</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Legg til notat</translation>
    </message>
    <message>
        <source>What happened, what was decided, what comes next</source>
        <translation>Hva som skjedde, hva som ble bestemt, hva som skjer videre</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Note: write something first.</source>
        <translation>Notat: skriv noe først.</translation>
    </message>
</context>
<context>
    <name>CaseLetters</name>
    <message>
        <source>Written</source>
        <translation>Skrevet</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ikke sendt ennå</translation>
    </message>
    <message>
        <source>When and how did the %1 go out?</source>
        <translation>Når og hvordan ble brevet (%1) sendt?</translation>
    </message>
    <message>
        <source>The deadline pauses from that day.</source>
        <translation>Fristen står stille fra den dagen.</translation>
    </message>
    <message>
        <source>The extension takes effect with the notice.</source>
        <translation>Forlengelsen gjelder fra varselet.</translation>
    </message>
    <message>
        <source>Mark letter sent</source>
        <translation>Merk brevet som sendt</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Sendt med</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Brev…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Sak</translation>
    </message>
    <message>
        <source>Mark sent…</source>
        <translation>Merk som sendt…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åpne</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Lagre som…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Letters (%1)</source>
        <translation>Brev (%1)</translation>
    </message>
    <message>
        <source>Print the selected letter of this case</source>
        <translation>Skriv ut det valgte brevet i saken</translation>
    </message>
    <message>
        <source>Save a letter on the case to print it</source>
        <translation>Lagre et brev i saken for å skrive det ut</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>Lagre brevet som</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <source>Right</source>
        <translation>Rettighet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Avgjort</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Begrunnelse</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hva</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Ingen sak åpen</translation>
    </message>
    <message>
        <source>Double-click a case in the register, or press Enter, to open it.</source>
        <translation>Dobbeltklikk på en sak i listen, eller trykk Enter, for å åpne den.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Oversikt</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rettigheter</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Verify identity…</source>
        <translation>Bekreft identitet…</translation>
    </message>
    <message>
        <source>Ask for identity…</source>
        <translation>Be om legitimering…</translation>
    </message>
    <message>
        <source>Ask for clarification…</source>
        <translation>Be om avklaring…</translation>
    </message>
    <message>
        <source>Pause for another reason…</source>
        <translation>Sett på vent av annen grunn…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Gjenoppta…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Forleng…</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>Registrer utfall…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Avslutt…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Gjenåpne…</translation>
    </message>
    <message>
        <source>Assign handler…</source>
        <translation>Tildel sak…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Nytt notat…</translation>
    </message>
    <message>
        <source>Add attachment…</source>
        <translation>Legg ved fil…</translation>
    </message>
    <message>
        <source>Edit requester…</source>
        <translation>Rediger den registrerte…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Sett på vent</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Frister</translation>
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
        <translation>Varsel om forlengelse senest</translation>
    </message>
    <message>
        <source>Due ignoring pauses</source>
        <translation>Frist uten pausedager</translation>
    </message>
    <message>
        <source>Paused days</source>
        <translation>Dager på vent</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Forlengelse</translation>
    </message>
    <message>
        <source>How the due date was computed</source>
        <translation>Slik ble fristen regnet ut</translation>
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
        <translation>Identitet</translation>
    </message>
    <message>
        <source>Earlier requests</source>
        <translation>Tidligere forespørsler</translation>
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
        <translation>Fullmektig</translation>
    </message>
    <message>
        <source>notified %1: %2</source>
        <translation>varslet %1: %2</translation>
    </message>
    <message>
        <source>not extended</source>
        <translation>ikke forlenget</translation>
    </message>
    <message>
        <source>With the other holiday profile the case would be due %1.</source>
        <translation>Med den andre helligdagsprofilen ville fristen vært %1.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ingen ennå</translation>
    </message>
    <message>
        <source>checked %1 (%2)</source>
        <translation>kontrollert %1 (%2)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ikke kontrollert</translation>
    </message>
    <message>
        <source>none within 12 months</source>
        <translation>ingen de siste 12 månedene</translation>
    </message>
    <message>
        <source>authority checked</source>
        <translation>fullmakt kontrollert</translation>
    </message>
    <message>
        <source>authority NOT checked</source>
        <translation>fullmakt IKKE kontrollert</translation>
    </message>
    <message>
        <source>Rights (%1)</source>
        <translation>Rettigheter (%1)</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Tidslinje (%1)</translation>
    </message>
    <message>
        <source>The case is closed; reopen it first.</source>
        <translation>Saken er avsluttet; gjenåpne den først.</translation>
    </message>
    <message>
        <source>The case is not paused.</source>
        <translation>Saken står ikke på vent.</translation>
    </message>
    <message>
        <source>The case is already closed.</source>
        <translation>Saken er allerede avsluttet.</translation>
    </message>
    <message>
        <source>The case is open.</source>
        <translation>Saken er åpen.</translation>
    </message>
    <message>
        <source>Pause the deadline while you wait for the requester</source>
        <translation>Sett fristen på vent mens du venter på den registrerte</translation>
    </message>
    <message>
        <source>The case is already paused or closed.</source>
        <translation>Saken står allerede på vent eller er avsluttet.</translation>
    </message>
    <message>
        <source>Attach a file to the case</source>
        <translation>Legg ved en fil i saken</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Details (without personal data) are in the log file:
%1</source>
        <translation>Detaljer (uten personopplysninger) står i loggfilen:
%1</translation>
    </message>
    <message>
        <source>No log file could be written in the data folder.</source>
        <translation>Det kunne ikke skrives noen loggfil i datamappen.</translation>
    </message>
    <message>
        <source>DSAR Desk hit an unexpected error (%1). Changes already saved are safe; the action that failed was not half-saved. Nothing was sent anywhere.</source>
        <translation>DSAR Desk fikk en uventet feil (%1). Endringer som allerede er lagret, er trygge; handlingen som feilet, ble ikke halvveis lagret. Ingenting ble sendt noe sted.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Noe gikk galt</translation>
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
        <translation>Mottatt %1 (mottaksdagen telles ikke)</translation>
    </message>
    <message>
        <source>One month later: %1</source>
        <translation>Én måned senere: %1</translation>
    </message>
    <message>
        <source>%2 months later (extended): %1</source>
        <translation>%2 måneder senere (forlenget): %1</translation>
    </message>
    <message>
        <source>(day %1 does not exist in %2, so the month&apos;s last day)</source>
        <translation>(%2 har ingen %1., derfor månedens siste dag)</translation>
    </message>
    <message>
        <source>Plus 1 paused day: %1</source>
        <translation>Pluss 1 dag på vent: %1</translation>
    </message>
    <message>
        <source>Plus %2 paused days: %1</source>
        <translation>Pluss %2 dager på vent: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not a working day</source>
        <translation>%1 er ikke en virkedag</translation>
    </message>
    <message>
        <source>%1 are not working days</source>
        <translation>%1 er ikke virkedager</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Frist %1</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>intact</source>
        <translation>intakt</translation>
    </message>
    <message>
        <source>empty (nothing recorded yet)</source>
        <translation>tom (ingenting registrert ennå)</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>BRUTT</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostikk</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Revisjonslogg</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hendelser</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>Siste hash</translation>
    </message>
    <message>
        <source>Redacted by retention</source>
        <translation>Sladdet etter lagringstid</translation>
    </message>
    <message>
        <source>First bad event</source>
        <translation>Første ugyldige hendelse</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Kontrollert</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamappe</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>passordfrase</translation>
    </message>
    <message>
        <source>in memory only (demo store, gone when the window closes)</source>
        <translation>bare i minnet (demoarkiv, borte når vinduet lukkes)</translation>
    </message>
    <message>
        <source>OS keyring</source>
        <translation>systemets nøkkelring</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>åpnet skrivebeskyttet</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøkkel</translation>
    </message>
    <message>
        <source>%1 (%2, %3 in the data folder)</source>
        <translation>%1 (%2, %3 i datamappen)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ingen ennå</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Siste sikkerhetskopi</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Loggfil</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>ikke skrevet</translation>
    </message>
    <message>
        <source>Nothing here is personal data, and nothing is sent anywhere.</source>
        <translation>Ingenting her er personopplysninger, og ingenting sendes noe sted.</translation>
    </message>
</context>
<context>
    <name>EditRequester</name>
    <message>
        <source>Edit requester – %1</source>
        <translation>Rediger den registrerte – %1</translation>
    </message>
    <message>
        <source>Correct the requester&apos;s details. The change, with the old and new values, is recorded in the audit trail.</source>
        <translation>Rett opplysningene om den registrerte. Endringen, med gamle og nye verdier, føres i revisjonsloggen.</translation>
    </message>
    <message>
        <source>Fix the fields marked in red to save the change.</source>
        <translation>Rett feltene som er merket med rødt, for å lagre endringen.</translation>
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
    <name>Grounds</name>
    <message>
        <source>manifestly unfounded or excessive request</source>
        <translation>åpenbart grunnløs eller urimelig anmodning</translation>
    </message>
    <message>
        <source>the requester could not be identified</source>
        <translation>den registrerte kunne ikke identifiseres</translation>
    </message>
    <message>
        <source>the copy would adversely affect others&apos; rights</source>
        <translation>kopien ville krenke andres rettigheter</translation>
    </message>
    <message>
        <source>freedom of expression and information</source>
        <translation>ytrings- og informasjonsfrihet</translation>
    </message>
    <message>
        <source>a legal obligation requires the data</source>
        <translation>en rettslig forpliktelse krever opplysningene</translation>
    </message>
    <message>
        <source>public interest in public health</source>
        <translation>allmenne folkehelsehensyn</translation>
    </message>
    <message>
        <source>archiving, research or statistics</source>
        <translation>arkiv, forskning eller statistikk</translation>
    </message>
    <message>
        <source>establishment, exercise or defence of legal claims</source>
        <translation>fastsette, gjøre gjeldende eller forsvare rettskrav</translation>
    </message>
    <message>
        <source>processing not based on consent or contract, or not automated</source>
        <translation>behandlingen bygger ikke på samtykke eller avtale, eller er ikke automatisert</translation>
    </message>
    <message>
        <source>compelling legitimate grounds or legal claims</source>
        <translation>tvingende berettigede grunner eller rettskrav</translation>
    </message>
    <message>
        <source>the data are accurate or a recorded opinion</source>
        <translation>opplysningene er riktige eller en registrert vurdering</translation>
    </message>
    <message>
        <source>none of the conditions for restriction applies</source>
        <translation>ingen av vilkårene for begrensning er oppfylt</translation>
    </message>
    <message>
        <source>inadvisable for health or family reasons</source>
        <translation>utilrådelig av helse- eller familiehensyn</translation>
    </message>
    <message>
        <source>subject to a statutory duty of confidentiality</source>
        <translation>underlagt lovbestemt taushetsplikt</translation>
    </message>
    <message>
        <source>internal case preparation only</source>
        <translation>kun intern saksforberedelse</translation>
    </message>
    <message>
        <source>debt collectors&apos; duty of confidentiality (third-party data)</source>
        <translation>inkassoforetakets taushetsplikt (opplysninger om andre)</translation>
    </message>
    <message>
        <source>bookkeeping records must be kept</source>
        <translation>regnskapsmateriale skal oppbevares</translation>
    </message>
    <message>
        <source>statutory secrecy</source>
        <translation>lovbestemt taushetsplikt</translation>
    </message>
    <message>
        <source>running text not finalised</source>
        <translation>løpende tekst som ikke er ferdigstilt</translation>
    </message>
    <message>
        <source>national restriction of the right of access</source>
        <translation>nasjonal begrensning av innsynsretten</translation>
    </message>
    <message>
        <source>decisive private interests</source>
        <translation>avgjørende private interesser</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letters – %1</source>
        <translation>Brev – %1</translation>
    </message>
    <message>
        <source>As the request came in</source>
        <translation>Slik forespørselen kom inn</translation>
    </message>
    <message>
        <source>Paper (address for a window envelope)</source>
        <translation>Papir (adresse for vinduskonvolutt)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>What this letter says about this case only (optional for most kinds)</source>
        <translation>Det brevet sier om akkurat denne saken (valgfritt for de fleste brevtyper)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Forsendelse</translation>
    </message>
    <message>
        <source>Case-specific paragraph</source>
        <translation>Avsnitt for denne saken</translation>
    </message>
    <message>
        <source>Save to case</source>
        <translation>Lagre i saken</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Lagre som…</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Send med e-post…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster…</translation>
    </message>
    <message>
        <source>★ fits the case as it stands now</source>
        <translation>★ passer saken slik den står nå</translation>
    </message>
    <message>
        <source>Required for this letter: what you ask or explain to the requester</source>
        <translation>Påkrevd for dette brevet: det du spør om eller forklarer den registrerte</translation>
    </message>
    <message>
        <source>What this letter says about this case only (optional)</source>
        <translation>Det brevet sier om akkurat denne saken (valgfritt)</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Oppdaterer forhåndsvisningen…</translation>
    </message>
    <message>
        <source>This letter cannot be produced yet.</source>
        <translation>Dette brevet kan ikke lages ennå.</translation>
    </message>
    <message>
        <source>Add what is missing; the preview follows.</source>
        <translation>Fyll inn det som mangler; forhåndsvisningen oppdateres.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 page(s)</source>
        <translation>%1 · %2 · %3 side(r)</translation>
    </message>
    <message>
        <source>The processing register of %1 has no %2 version of: %3. This letter is therefore written in %4, the entity&apos;s default letter language, so that it does not mix two languages. Add the missing versions in Settings &gt; Processing register to write it in %2.</source>
        <translation>Behandlingsprotokollen til %1 har ingen versjon på %2 av: %3. Brevet skrives derfor på %4, selskapets standard brevspråk, så det ikke blander to språk. Legg til versjonene som mangler under Innstillinger &gt; Behandlingsprotokoll for å skrive brevet på %2.</translation>
    </message>
    <message>
        <source>The requester has no e-mail address; send this letter by post.</source>
        <translation>Den registrerte har ingen e-postadresse; send brevet med post.</translation>
    </message>
    <message>
        <source>Saved to case %1 as %2. Mark it sent on the case&apos;s Letters tab once it is out.</source>
        <translation>Lagret i sak %1 som %2. Merk det som sendt i fanen Brev i saken når det er sendt.</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>Lagre brevet som</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Skrevet til %1</translation>
    </message>
    <message>
        <source>E-mail draft opened in your mail program: check and send it there.</source>
        <translation>E-postutkastet er åpnet i e-postprogrammet ditt: kontroller og send det derfra.</translation>
    </message>
</context>
<context>
    <name>LetterFacts</name>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Processing activities that apply (Art. 15(1))</source>
        <translation>Behandlingsaktiviteter som gjelder (art.&#xa0;15&#xa0;nr.&#xa0;1)</translation>
    </message>
    <message>
        <source>The entity&apos;s processing register is empty: add activities in Settings.</source>
        <translation>Selskapets behandlingsprotokoll er tom: legg til aktiviteter i Innstillinger.</translation>
    </message>
    <message>
        <source>Systems and departments searched (one per line)</source>
        <translation>Systemer og avdelinger som er gjennomsøkt (én per linje)</translation>
    </message>
    <message>
        <source>Withheld categories and why</source>
        <translation>Tilbakeholdte kategorier og hvorfor</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsak</translation>
    </message>
    <message>
        <source>Add withheld category</source>
        <translation>Legg til tilbakeholdt kategori</translation>
    </message>
    <message>
        <source>Per data category: erased or kept</source>
        <translation>Per opplysningskategori: slettet eller beholdt</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Ground if kept</source>
        <translation>Grunnlag hvis beholdt</translation>
    </message>
    <message>
        <source>Statute</source>
        <translation>Lovhjemmel</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Beholdes til</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Legg til kategori</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Acknowledgement</source>
        <translation>Mottaksbekreftelse</translation>
    </message>
    <message>
        <source>Identity request</source>
        <translation>Anmodning om legitimering</translation>
    </message>
    <message>
        <source>Clarification request</source>
        <translation>Anmodning om avklaring</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Varsel om forlengelse</translation>
    </message>
    <message>
        <source>Access response</source>
        <translation>Svar på innsyn</translation>
    </message>
    <message>
        <source>Rectification confirmation</source>
        <translation>Bekreftelse på retting</translation>
    </message>
    <message>
        <source>Erasure response</source>
        <translation>Svar på sletting</translation>
    </message>
    <message>
        <source>Restriction confirmation</source>
        <translation>Bekreftelse på begrensning</translation>
    </message>
    <message>
        <source>Portability response</source>
        <translation>Svar på dataportabilitet</translation>
    </message>
    <message>
        <source>Objection response</source>
        <translation>Svar på protest</translation>
    </message>
    <message>
        <source>Marketing objection confirmation</source>
        <translation>Bekreftelse på protest mot markedsføring</translation>
    </message>
    <message>
        <source>Consent withdrawal confirmation</source>
        <translation>Bekreftelse på tilbaketrukket samtykke</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Avslag</translation>
    </message>
    <message>
        <source>Closed: identity not confirmed</source>
        <translation>Avsluttet: identitet ikke bekreftet</translation>
    </message>
    <message>
        <source>No data held</source>
        <translation>Ingen opplysninger lagret</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personlig overlevert</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>DSAR Desk is locked</source>
        <translation>DSAR Desk er låst</translation>
    </message>
    <message>
        <source>Every case is hidden. Enter the case store&apos;s passphrase to continue.</source>
        <translation>Alle saker er skjult. Skriv inn passordfrasen til saksarkivet for å fortsette.</translation>
    </message>
    <message>
        <source>Every case is hidden. Unlock to continue.</source>
        <translation>Alle saker er skjult til du låser opp.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Skriv inn passordfrasen først.</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (låst)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>&amp;Cases</source>
        <translation>Sa&amp;ker</translation>
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
        <source>Save a letter on the case to print it</source>
        <translation>Lagre et brev i saken for å skrive det ut</translation>
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
    <message>
        <source>&amp;Reports</source>
        <translation>Ra&amp;pporter</translation>
    </message>
    <message>
        <source>Export the monthly request log (CSV, XLSX or PDF)</source>
        <translation>Eksporter den månedlige forespørselsloggen (CSV, XLSX eller PDF)</translation>
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
        <source>Representative</source>
        <translation>Fullmektig</translation>
    </message>
    <message>
        <source>Only when someone acts for the person.</source>
        <translation>Bare når noen handler på vegne av personen.</translation>
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
    <name>Recovery</name>
    <message>
        <source>Your recovery key</source>
        <translation>Gjenopprettingsnøkkelen din</translation>
    </message>
    <message>
        <source>This key opens the case store and its backups on another computer, or when this computer&apos;s keyring or your passphrase is lost. It is shown only now. Print it or save the recovery sheet, and keep it apart from the computer.</source>
        <translation>Denne nøkkelen åpner saksarkivet og sikkerhetskopiene på en annen datamaskin, eller hvis nøkkelringen på denne maskinen eller passordfrasen din går tapt. Den vises bare nå. Skriv den ut eller lagre gjenopprettingsarket, og oppbevar det adskilt fra datamaskinen.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Lagre som PDF…</translation>
    </message>
    <message>
        <source>I have stored it safely</source>
        <translation>Jeg har tatt vare på den på et trygt sted</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Lagre gjenopprettingsarket</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke lagret</translation>
    </message>
    <message>
        <source>The sheet could not be written (%1); choose another folder.</source>
        <translation>Arket kunne ikke skrives (%1); velg en annen mappe.</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlock</name>
    <message>
        <source>This computer&apos;s keyring does not hold the key of this case store. That is expected when the data folder was moved here or restored from another computer.</source>
        <translation>Nøkkelringen på denne datamaskinen har ikke nøkkelen til dette saksarkivet. Det er ventet når datamappen er flyttet hit eller gjenopprettet fra en annen datamaskin.</translation>
    </message>
    <message>
        <source>This case store&apos;s key was kept in an OS keyring, and no keyring is available on this computer.</source>
        <translation>Nøkkelen til dette saksarkivet lå i en systemnøkkelring, og denne datamaskinen har ingen nøkkelring.</translation>
    </message>
    <message>
        <source>The key in this computer&apos;s keyring does not open this case store; the file may have been replaced by one from another computer.</source>
        <translation>Nøkkelen i nøkkelringen på denne datamaskinen åpner ikke dette saksarkivet; filen kan være erstattet med en fra en annen datamaskin.</translation>
    </message>
    <message>
        <source>If the passphrase is lost, the recovery key opens the store instead.</source>
        <translation>Hvis passordfrasen er borte, åpner gjenopprettingsnøkkelen arkivet i stedet.</translation>
    </message>
    <message>
        <source>Unlock with the recovery key</source>
        <translation>Lås opp med gjenopprettingsnøkkelen</translation>
    </message>
    <message>
        <source>Open the case store with its recovery key</source>
        <translation>Åpne saksarkivet med gjenopprettingsnøkkelen</translation>
    </message>
    <message>
        <source>&amp;Recovery key, as printed on the recovery sheet</source>
        <translation>&amp;Gjenopprettingsnøkkel, slik den står på gjenopprettingsarket</translation>
    </message>
    <message>
        <source>After unlocking, this computer&apos;s keyring keeps the key, so the recovery key is not needed here again. Keep the sheet safe: it still opens the store and its backups.</source>
        <translation>Etter opplåsingen tar nøkkelringen på denne datamaskinen vare på nøkkelen, så gjenopprettingsnøkkelen trengs ikke her igjen. Oppbevar arket trygt: det åpner fortsatt arkivet og sikkerhetskopiene.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer to keep the key. After unlocking you choose a passphrase, which protects the store from then on.</source>
        <translation>Denne datamaskinen har ingen nøkkelring som kan ta vare på nøkkelen. Etter opplåsingen velger du en passordfrase, som beskytter arkivet fra da av.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbake</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>%1 of %2 letters and digits · spaces, dashes and case do not matter</source>
        <translation>%1 av %2 bokstaver og sifre · mellomrom, bindestreker og store/små bokstaver spiller ingen rolle</translation>
    </message>
    <message>
        <source>The key could not be checked; see the log file.</source>
        <translation>Nøkkelen kunne ikke kontrolleres; se loggfilen.</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Kontrollerer nøkkelen…</translation>
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
        <source>Purposes</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Behandlingsgrunnlag</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Opplysningskategorier</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottakere</translation>
    </message>
    <message>
        <source>Retention or criteria</source>
        <translation>Lagringstid eller kriterier</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Transfers outside the EEA and safeguards</source>
        <translation>Overføring ut av EØS og garantier</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Automatiserte avgjørelser</translation>
    </message>
    <message>
        <source>Edit processing activity</source>
        <translation>Rediger behandlingsaktivitet</translation>
    </message>
    <message>
        <source>Add processing activity</source>
        <translation>Legg til behandlingsaktivitet</translation>
    </message>
    <message>
        <source>Access responses quote these texts (Art. 15(1)); write them for the requester.</source>
        <translation>Svar på innsyn siterer disse tekstene (art.&#xa0;15&#xa0;nr.&#xa0;1); skriv dem for den registrerte.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>A new activity</source>
        <translation>En ny aktivitet</translation>
    </message>
    <message>
        <source>Same activity as</source>
        <translation>Samme aktivitet som</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>Name: give the activity a name, e.g. Customer relationship.</source>
        <translation>Navn: gi aktiviteten et navn, f.eks. Kundeforhold.</translation>
    </message>
    <message>
        <source>%1: needed for access responses.</source>
        <translation>%1: trengs for svar på innsyn.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Selskap</translation>
    </message>
    <message>
        <source>Shows the activities in this letter language; new activities are added in it.</source>
        <translation>Viser aktivitetene på dette brevspråket; nye aktiviteter legges til på det.</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Brevspråk</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Legg til…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Rediger…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slett</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksporter…</translation>
    </message>
    <message>
        <source>%1 activities in %2</source>
        <translation>%1 aktiviteter (%2)</translation>
    </message>
    <message>
        <source>Complete: %1.</source>
        <translation>Komplett: %1.</translation>
    </message>
    <message>
        <source>%1 is incomplete, missing: %2. Letters in this language that need them are written in %3.</source>
        <translation>%1: ufullstendig, mangler %2. Brev på dette språket som trenger dem, skrives på språket %3.</translation>
    </message>
    <message>
        <source>The register is empty.</source>
        <translation>Protokollen er tom.</translation>
    </message>
    <message>
        <source>Import a processing register</source>
        <translation>Importer en behandlingsprotokoll</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the processing register</source>
        <translation>Eksporter behandlingsprotokollen</translation>
    </message>
    <message>
        <source>%1 activities written to %2</source>
        <translation>%1 aktiviteter skrevet til %2</translation>
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
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <source>Transfers outside the EEA</source>
        <translation>Overføring ut av EØS</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>CSV (spreadsheet text)</source>
        <translation>CSV (tekst for regneark)</translation>
    </message>
    <message>
        <source>XLSX (Excel workbook)</source>
        <translation>XLSX (Excel-arbeidsbok)</translation>
    </message>
    <message>
        <source>PDF (printable report)</source>
        <translation>PDF (utskriftsvennlig rapport)</translation>
    </message>
    <message>
        <source>Export monthly log</source>
        <translation>Eksporter månedslogg</translation>
    </message>
    <message>
        <source>The request log for %1, %2.</source>
        <translation>Forespørselsloggen for %1, %2.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>; semicolon (Nordic spreadsheets)</source>
        <translation>; semikolon (nordiske regneark)</translation>
    </message>
    <message>
        <source>, comma</source>
        <translation>, komma</translation>
    </message>
    <message>
        <source>CSV separator:</source>
        <translation>CSV-skilletegn:</translation>
    </message>
    <message>
        <source>Include requester names and contact details</source>
        <translation>Ta med navn og kontaktopplysninger</translation>
    </message>
    <message>
        <source>The file will then hold personal data. Keep it where only those who need it can read it, and delete it when it is no longer needed. Without names the log is pseudonymous by case reference.</source>
        <translation>Filen vil da inneholde personopplysninger. Oppbevar den der bare de som trenger den, har tilgang, og slett den når den ikke lenger trengs. Uten navn er loggen pseudonymisert med saksreferanse.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Velg fil…</translation>
    </message>
    <message>
        <source>Exporting the request log for %1…</source>
        <translation>Eksporterer forespørselsloggen for %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>no legal ground code recorded</source>
        <translation>ingen hjemmelskode registrert</translation>
    </message>
    <message>
        <source>not in the grounds catalogue</source>
        <translation>ikke i hjemmelslisten</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Lovhenvisning</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>Hva den dekker</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Avslag</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>median %1 days</source>
        <translation>median %1 dager</translation>
    </message>
    <message>
        <source>none ended yet</source>
        <translation>ingen avsluttet ennå</translation>
    </message>
    <message>
        <source>received</source>
        <translation>mottatt</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>avsluttet</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>i tide</translation>
    </message>
    <message>
        <source>answered within one month</source>
        <translation>besvart innen én måned</translation>
    </message>
    <message>
        <source>within three months when extended</source>
        <translation>innen tre måneder ved forlengelse</translation>
    </message>
    <message>
        <source>extensions notified</source>
        <translation>forlengelser varslet</translation>
    </message>
    <message>
        <source>pauses started</source>
        <translation>satt på vent</translation>
    </message>
    <message>
        <source>refusals (whole or partial)</source>
        <translation>avslag (helt eller delvis)</translation>
    </message>
    <message>
        <source>open at month end</source>
        <translation>åpne ved månedsslutt</translation>
    </message>
    <message>
        <source>overdue at month end</source>
        <translation>over fristen ved månedsslutt</translation>
    </message>
    <message>
        <source>median days to respond</source>
        <translation>median dager til svar</translation>
    </message>
    <message>
        <source>calendar days, closed requests</source>
        <translation>kalenderdager, avsluttede forespørsler</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 closed, %4 on time</source>
        <translation>%1: %2 mottatt, %3 avsluttet, %4 i tide</translation>
    </message>
    <message>
        <source>Requests received per right and share answered on time</source>
        <translation>Mottatte forespørsler per rettighet og andel besvart i tide</translation>
    </message>
    <message>
        <source>answered on time (right axis)</source>
        <translation>besvart i tide (høyre akse)</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Siste 12 måneder</translation>
    </message>
    <message>
        <source>Refusals by legal ground</source>
        <translation>Avslag etter hjemmel</translation>
    </message>
    <message>
        <source>No refusals decided this month.</source>
        <translation>Ingen avslag denne måneden.</translation>
    </message>
    <message>
        <source>(so far)</source>
        <translation>(hittil)</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Måned:</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>S&amp;elskap:</translation>
    </message>
    <message>
        <source>Export %1…</source>
        <translation>Eksporter %1…</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Alle selskaper</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laster…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbeidsbøker (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksporten ble avbrutt; ingen fil ble skrevet.</translation>
    </message>
    <message>
        <source>Wrote %1 rows to:
%2

SHA-256 (also in %3):
%4</source>
        <translation>Skrev %1 rader til:
%2

SHA-256 (også i %3):
%4</translation>
    </message>
    <message>
        <source>Export complete</source>
        <translation>Eksporten er fullført</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Retention of closed cases</source>
        <translation>Lagringstid for avsluttede saker</translation>
    </message>
    <message>
        <source>%1 closed case(s) have passed their entity&apos;s retention period. Running retention anonymises them: personal fields, attachments and letters are removed; statistics and the audit skeleton stay. This cannot be undone (backups keep the old state).</source>
        <translation>%1 avsluttede sak(er) har passert selskapets lagringstid. Anonymisering fjerner personopplysningene, vedleggene og brevene; statistikken og skjelettet i revisjonsloggen blir stående. Dette kan ikke angres (sikkerhetskopiene beholder den gamle tilstanden).</translation>
    </message>
    <message>
        <source>No closed case has passed its retention period. Nothing to do.</source>
        <translation>Ingen avsluttede saker har passert lagringstiden. Ingenting å gjøre.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sak</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Selskap</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Lagringstid utløpt</translation>
    </message>
    <message>
        <source>What is removed</source>
        <translation>Hva som fjernes</translation>
    </message>
    <message>
        <source>Anonymise %1 case(s)</source>
        <translation>Anonymiser %1 sak(er)</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Lås</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sikkerhetskopier nå…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Gjenopprett…</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>&amp;Lagringstid…</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnostikk</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Verktøy</translation>
    </message>
    <message>
        <source>another DSAR Desk</source>
        <translation>en annen DSAR Desk</translation>
    </message>
    <message>
        <source>Read-only: the case store is open in %1. You can look cases up; changes are refused until it is closed there and this window is reopened.</source>
        <translation>Skrivebeskyttet: saksarkivet er åpent i %1. Du kan slå opp saker; endringer avvises til det er lukket der og dette vinduet er åpnet på nytt.</translation>
    </message>
    <message>
        <source>Checking the case store and writing the daily backup…</source>
        <translation>Kontrollerer saksarkivet og tar dagens sikkerhetskopi…</translation>
    </message>
    <message>
        <source>Daily backup written; the case store passed its integrity check.</source>
        <translation>Dagens sikkerhetskopi er tatt; saksarkivet besto integritetskontrollen.</translation>
    </message>
    <message>
        <source>The case store failed its integrity check</source>
        <translation>Saksarkivet besto ikke integritetskontrollen</translation>
    </message>
    <message>
        <source>The daily check found a problem in the case store, so no backup was written today. Stop entering changes and restore the newest good backup; the damaged file is kept as a safety copy.</source>
        <translation>Den daglige kontrollen fant en feil i saksarkivet, så det ble ikke tatt noen sikkerhetskopi i dag. Ikke legg inn flere endringer, og gjenopprett den nyeste gode sikkerhetskopien; den skadde filen beholdes som sikkerhetskopi.</translation>
    </message>
    <message>
        <source>Restore newest backup…</source>
        <translation>Gjenopprett nyeste sikkerhetskopi…</translation>
    </message>
    <message>
        <source>Back up the case store into…</source>
        <translation>Sikkerhetskopier saksarkivet til…</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Sikkerhetskopien er skrevet</translation>
    </message>
    <message>
        <source>The encrypted backup is in %1. It opens with this store&apos;s key or its recovery key.</source>
        <translation>Den krypterte sikkerhetskopien ligger i %1. Den åpnes med arkivets nøkkel eller gjenopprettingsnøkkelen.</translation>
    </message>
    <message>
        <source>Restore the case store from…</source>
        <translation>Gjenopprett saksarkivet fra…</translation>
    </message>
    <message>
        <source>DSAR Desk backups (*.sqlite3)</source>
        <translation>DSAR Desk-sikkerhetskopier (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Gjenopprett en sikkerhetskopi</translation>
    </message>
    <message>
        <source>Replace the case store with the backup %1? The backup is checked first, and the current store is kept as a safety copy in the backups folder.</source>
        <translation>Erstatte saksarkivet med sikkerhetskopien %1? Sikkerhetskopien kontrolleres først, og det nåværende arkivet tas vare på som en ekstra kopi i mappen for sikkerhetskopier.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gjenopprett</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sikkerhetskopien er gjenopprettet</translation>
    </message>
    <message>
        <source>The backup was restored. The store as it was is kept in %1.</source>
        <translation>Sikkerhetskopien ble gjenopprettet. Arkivet slik det var, er tatt vare på i %1.</translation>
    </message>
    <message>
        <source>Retention done</source>
        <translation>Anonymisering fullført</translation>
    </message>
    <message>
        <source>%1 case(s) anonymised; the audit trail records it.</source>
        <translation>%1 sak(er) anonymisert; revisjonsloggen registrerer det.</translation>
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
        <translation>f.eks. NO1</translation>
    </message>
    <message>
        <source>Strict: official public holidays only</source>
        <translation>Streng: bare offisielle helligdager</translation>
    </message>
    <message>
        <source>Lenient: also the eves in national statutes</source>
        <translation>Romslig: også aftener etter nasjonal lov</translation>
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
        <translation>Kode: bruk 2 til 10 bokstaver eller sifre, for eksempel NO1.</translation>
    </message>
    <message>
        <source>Legal name: the entity&apos;s legal name is required.</source>
        <translation>Juridisk navn: selskapets juridiske navn må fylles ut.</translation>
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
        <source>Processing register</source>
        <translation>Behandlingsprotokoll</translation>
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
        <translation>Navnet ditt, slik det vises i revisjonsloggen</translation>
    </message>
    <message>
        <source>Exclusive: the day a pause starts is not counted</source>
        <translation>Eksklusiv: dagen pausen starter, telles ikke</translation>
    </message>
    <message>
        <source>Inclusive: both the first and the last day count</source>
        <translation>Inklusiv: både første og siste dag telles</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dager</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The window hides every case behind a lock screen after this idle time</source>
        <translation>Vinduet skjuler alle saker bak en låseskjerm etter så lang tid uten aktivitet</translation>
    </message>
    <message>
        <source>Swedish and Finnish: … X Y Z Å Ä Ö</source>
        <translation>Svensk og finsk: … X Y Z Å Ä Ö</translation>
    </message>
    <message>
        <source>Danish and Norwegian: … X Y Z Æ Ø Å</source>
        <translation>Dansk og norsk: … X Y Z Æ Ø Å</translation>
    </message>
    <message>
        <source>How the register sorts requester names</source>
        <translation>Hvordan registeret sorterer navn på registrerte</translation>
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
        <source>Lock when idle for</source>
        <translation>Lås etter inaktivitet i</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>Navnerekkefølge</translation>
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
        <translation>Forespørsel registrert</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Satt på vent</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, fra %2</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Gjenopptatt</translation>
    </message>
    <message>
        <source>%1 paused day(s) added to the deadline</source>
        <translation>%1 dag(er) på vent lagt til fristen</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identitet bekreftet</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Frist forlenget</translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <translation>Utfall registrert</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avsluttet</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Gjenåpnet</translation>
    </message>
    <message>
        <source>Handler assigned</source>
        <translation>Saksbehandler tildelt</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Vedlegg lagt til</translation>
    </message>
    <message>
        <source>Deadlines recomputed</source>
        <translation>Frister regnet ut på nytt</translation>
    </message>
    <message>
        <source>due %1 → %2</source>
        <translation>frist %1 → %2</translation>
    </message>
    <message>
        <source>Requester details corrected</source>
        <translation>Opplysninger om den registrerte rettet</translation>
    </message>
    <message>
        <source>Letter saved</source>
        <translation>Brev lagret</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Brev sendt</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Letter facts recorded</source>
        <translation>Opplysninger til brev registrert</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Velg en passordfrase</translation>
    </message>
    <message>
        <source>Unlock the case store</source>
        <translation>Lås opp saksarkivet</translation>
    </message>
    <message>
        <source>The recovery key opened the case store. No keyring is available on this computer to keep its key, so choose a passphrase now: the store is re-encrypted with it, and you get a new recovery key. If you skip this, the next start asks for the recovery key again.</source>
        <translation>Gjenopprettingsnøkkelen åpnet saksarkivet. Denne datamaskinen har ingen nøkkelring som kan ta vare på nøkkelen, så velg en passordfrase nå: arkivet krypteres på nytt med den, og du får en ny gjenopprettingsnøkkel. Hopper du over dette, ber neste oppstart om gjenopprettingsnøkkelen igjen.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer to keep the case store&apos;s key. Choose a passphrase instead: it encrypts every case. DSAR Desk never stores the cases unencrypted and never writes the passphrase down.</source>
        <translation>Denne datamaskinen har ingen nøkkelring som kan ta vare på nøkkelen til saksarkivet. Velg i stedet en passordfrase: den krypterer alle saker. DSAR Desk lagrer aldri sakene ukryptert og skriver aldri ned passordfrasen.</translation>
    </message>
    <message>
        <source>This case store is protected by a passphrase.</source>
        <translation>Dette saksarkivet er beskyttet med en passordfrase.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passordfrase</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Gjenta</translation>
    </message>
    <message>
        <source>at least %1 characters; a few unrelated words work well</source>
        <translation>minst %1 tegn, gjerne noen tilfeldige ord</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>Angi passordfrase</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>Opprett arkiv</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås opp</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hopp over</translation>
    </message>
    <message>
        <source>Use recovery key…</source>
        <translation>Bruk gjenopprettingsnøkkel…</translation>
    </message>
    <message>
        <source>Passphrase: use at least %1 characters.</source>
        <translation>Passordfrase: bruk minst %1 tegn.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Passordfrasene er ulike; skriv den samme to ganger.</translation>
    </message>
    <message>
        <source>Unlocked with the recovery key</source>
        <translation>Låst opp med gjenopprettingsnøkkelen</translation>
    </message>
    <message>
        <source>The case store is open. This computer&apos;s keyring now keeps its key, so the recovery key is not needed here again. Keep the recovery sheet safe.</source>
        <translation>Saksarkivet er åpent. Nøkkelringen på denne datamaskinen tar nå vare på nøkkelen, så gjenopprettingsnøkkelen trengs ikke her igjen. Oppbevar gjenopprettingsarket trygt.</translation>
    </message>
    <message>
        <source>another DSAR Desk</source>
        <translation>en annen DSAR Desk</translation>
    </message>
    <message>
        <source>Case store in use</source>
        <translation>Saksarkivet er i bruk</translation>
    </message>
    <message>
        <source>The case store is open in %1. Only one DSAR Desk can change it at a time.

Open it read-only to look up cases? Changes are refused until the other one closes.</source>
        <translation>Saksarkivet er åpent i %1. Bare én DSAR Desk kan endre det om gangen.

Åpne det skrivebeskyttet for å slå opp saker? Endringer avvises til den andre lukkes.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Åpne skrivebeskyttet</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avslutt</translation>
    </message>
    <message>
        <source>The case store is damaged</source>
        <translation>Saksarkivet er skadet</translation>
    </message>
    <message>
        <source>The case store failed its check and cannot be opened safely.

Restore the newest good backup (%1)? The damaged file is kept aside, not deleted.</source>
        <translation>Saksarkivet besto ikke kontrollen og kan ikke åpnes trygt.

Gjenopprette den nyeste gode sikkerhetskopien (%1)? Den skadede filen legges til side, ikke slettet.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Gjenopprett sikkerhetskopien</translation>
    </message>
    <message>
        <source>Cannot open the case store</source>
        <translation>Kan ikke åpne saksarkivet</translation>
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
    <name>Validation</name>
    <message>
        <source>Too long: %1 characters, at most %2 allowed. Shorten it.</source>
        <translation>For langt: %1 tegn, maks %2 er tillatt. Forkort teksten.</translation>
    </message>
    <message>
        <source>Contains a control character (%1). Retype it or paste it as plain text.</source>
        <translation>Inneholder et kontrolltegn (%1). Skriv teksten på nytt eller lim den inn som ren tekst.</translation>
    </message>
    <message>
        <source>Contains an invisible text-direction mark (%1). Retype it without it.</source>
        <translation>Inneholder et usynlig tegn for skriveretning (%1). Skriv teksten på nytt uten det.</translation>
    </message>
    <message>
        <source>Contains a broken character. Retype it.</source>
        <translation>Inneholder et ødelagt tegn. Skriv teksten på nytt.</translation>
    </message>
    <message>
        <source>Keep it on one line.</source>
        <translation>Skriv alt på én linje.</translation>
    </message>
    <message>
        <source>Use letters or digits, not only punctuation or spaces.</source>
        <translation>Bruk bokstaver eller sifre, ikke bare tegnsetting eller mellomrom.</translation>
    </message>
    <message>
        <source>This is not an e-mail address. Use the form name@example.com.</source>
        <translation>Dette er ikke en e-postadresse. Bruk formen navn@eksempel.no.</translation>
    </message>
    <message>
        <source>Use digits, spaces and an optional leading +.</source>
        <translation>Bruk sifre, mellomrom og eventuelt + først.</translation>
    </message>
    <message>
        <source>Use 2 to 10 letters or digits, for example NO1.</source>
        <translation>Bruk 2 til 10 bokstaver eller sifre, for eksempel NO1.</translation>
    </message>
    <message>
        <source>Too short to be an identity number.</source>
        <translation>For kort til å være et fødselsnummer eller ID-nummer.</translation>
    </message>
    <message>
        <source>%1 is in the future. Use today or an earlier date.</source>
        <translation>%1 er fram i tid. Bruk dagens dato eller en tidligere dato.</translation>
    </message>
    <message>
        <source>Use 25 May 2018, when the GDPR took effect, or a later date.</source>
        <translation>Bruk 25. mai 2018, da personvernforordningen trådte i kraft, eller en senere dato.</translation>
    </message>
    <message>
        <source>Choose at least one right.</source>
        <translation>Velg minst én rettighet.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Dette feltet må fylles ut.</translation>
    </message>
    <message>
        <source>Add an entity in Settings first.</source>
        <translation>Legg først til et selskap under Innstillinger.</translation>
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
    <message>
        <source>strict</source>
        <translation>streng</translation>
    </message>
    <message>
        <source>lenient</source>
        <translation>romslig</translation>
    </message>
</context>
</TS>
