<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
<context>
    <name>About</name>
    <message>
        <source>A case tool for GDPR data-subject requests. Licensed under the GPL, version 3 or later.</source>
        <translation>Et sagsværktøj til de registreredes anmodninger efter databeskyttelsesforordningen. Licenseret under GPL, version 3 eller senere.</translation>
    </message>
    <message>
        <source>Built with PySide6 %1 and these libraries:</source>
        <translation>Bygget med PySide6 %1 og disse biblioteker:</translation>
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
        <translation>Bekræft identitet</translation>
    </message>
    <message>
        <source>Record how the requester&apos;s identity was checked. Do not keep a copy of an ID.</source>
        <translation>Registrér, hvordan den registreredes identitet blev kontrolleret. Gem ikke en kopi af legitimationen.</translation>
    </message>
    <message>
        <source>e.g. BankID login, known e-mail address</source>
        <translation>f.eks. login med MitID, kendt e-mailadresse</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metode</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Kontrolleret den</translation>
    </message>
    <message>
        <source>Method: say how identity was checked.</source>
        <translation>Metode: angiv, hvordan identiteten blev kontrolleret.</translation>
    </message>
    <message>
        <source>The deadline pauses while the requester proves who they are.</source>
        <translation>Fristen står i bero, mens den registrerede dokumenterer sin identitet.</translation>
    </message>
    <message>
        <source>The deadline pauses while the requester clarifies the request.</source>
        <translation>Fristen står i bero, mens den registrerede præciserer anmodningen.</translation>
    </message>
    <message>
        <source>The deadline pauses until you resume the case.</source>
        <translation>Fristen står i bero, indtil du genoptager sagen.</translation>
    </message>
    <message>
        <source>Pause the deadline</source>
        <translation>Sæt fristen i bero</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Anmodet den</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Genoptag</translation>
    </message>
    <message>
        <source>The requester answered; the deadline runs again from this day.</source>
        <translation>Den registrerede har svaret; fristen løber igen fra denne dag.</translation>
    </message>
    <message>
        <source>Answer received on</source>
        <translation>Svar modtaget den</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Sagen er afsluttet.</translation>
    </message>
    <message>
        <source>Already extended on %1.</source>
        <translation>Allerede forlænget den %1.</translation>
    </message>
    <message>
        <source>Too late to extend: the notice had to be given by %1 (one month from receipt, Art. 12(3)).</source>
        <translation>For sent at forlænge: meddelelsen skulle gives senest %1 (en måned efter modtagelsen, art. 12, stk. 3).</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Forlæng fristen</translation>
    </message>
    <message>
        <source>Up to two further months (Art. 12(3)). Tell the requester, with the reasons, by %1.</source>
        <translation>Op til to måneder mere (art. 12, stk. 3). Underret den registrerede om forlængelsen og årsagerne senest %1.</translation>
    </message>
    <message>
        <source>e.g. the data are spread over five systems</source>
        <translation>f.eks. oplysningerne ligger i fem forskellige systemer</translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation>Årsager til forsinkelsen</translation>
    </message>
    <message>
        <source>Requester told on</source>
        <translation>Den registrerede underrettet den</translation>
    </message>
    <message>
        <source>Too late: the extension had to be notified by %1.</source>
        <translation>For sent: forlængelsen skulle meddeles senest %1.</translation>
    </message>
    <message>
        <source>Reasons: an extension needs the reasons for the delay.</source>
        <translation>Årsager: en forlængelse kræver årsagerne til forsinkelsen.</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>Registrér afgørelse</translation>
    </message>
    <message>
        <source>A refusal or partial fulfilment needs its reasons and legal ground (Art. 12(4)).</source>
        <translation>Et afslag eller en delvis imødekommelse kræver begrundelse og hjemmel (art. 12, stk. 4).</translation>
    </message>
    <message>
        <source>What is refused and why, in words for the requester</source>
        <translation>Hvad der gives afslag på og hvorfor, formuleret til den registrerede</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rettighed</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Begrundelse</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Afgjort den</translation>
    </message>
    <message>
        <source>Choose the legal ground…</source>
        <translation>Vælg hjemmel…</translation>
    </message>
    <message>
        <source>Not needed for this outcome</source>
        <translation>Ikke nødvendig for denne afgørelse</translation>
    </message>
    <message>
        <source>An objection to direct marketing cannot be refused (Art. 21(3)).</source>
        <translation>Der kan ikke gives afslag på en indsigelse mod direkte markedsføring (art. 21, stk. 3).</translation>
    </message>
    <message>
        <source>Legal ground: choose the ground the refusal relies on.</source>
        <translation>Hjemmel: vælg den hjemmel, afslaget bygger på.</translation>
    </message>
    <message>
        <source>Reasons: explain the refusal to the requester.</source>
        <translation>Begrundelse: forklar afslaget for den registrerede.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Afslut sag</translation>
    </message>
    <message>
        <source>Close the case once every right has its outcome and the answer has been sent.</source>
        <translation>Afslut sagen, når hver rettighed har en afgørelse, og svaret er sendt.</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Afsluttet den</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Genåbn sag</translation>
    </message>
    <message>
        <source>e.g. the requester disputes the answer</source>
        <translation>f.eks. den registrerede bestrider svaret</translation>
    </message>
    <message>
        <source>Reason: say why the case is reopened.</source>
        <translation>Årsag: angiv, hvorfor sagen genåbnes.</translation>
    </message>
    <message>
        <source>Assign handler</source>
        <translation>Tildel sagsbehandler</translation>
    </message>
    <message>
        <source>Leave empty for nobody</source>
        <translation>Lad feltet stå tomt for ingen</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Tilføj notat</translation>
    </message>
    <message>
        <source>What happened, what was decided, what comes next</source>
        <translation>Hvad skete der, hvad blev besluttet, hvad sker der nu</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Note: write something first.</source>
        <translation>Notat: skriv noget først.</translation>
    </message>
</context>
<context>
    <name>CaseLetters</name>
    <message>
        <source>Written</source>
        <translation>Oprettet</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Sendt</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ikke sendt endnu</translation>
    </message>
    <message>
        <source>When and how did the %1 go out?</source>
        <translation>Hvornår og hvordan blev brevet (%1) sendt?</translation>
    </message>
    <message>
        <source>The deadline pauses from that day.</source>
        <translation>Fristen står i bero fra den dag.</translation>
    </message>
    <message>
        <source>The extension takes effect with the notice.</source>
        <translation>Forlængelsen får virkning med meddelelsen.</translation>
    </message>
    <message>
        <source>Mark letter sent</source>
        <translation>Markér brevet som sendt</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Sendt den</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Sendt med</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Breve…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Sag</translation>
    </message>
    <message>
        <source>Mark sent…</source>
        <translation>Markér som sendt…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Åbn</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Gem som…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Breve</translation>
    </message>
    <message>
        <source>Letters (%1)</source>
        <translation>Breve (%1)</translation>
    </message>
    <message>
        <source>Print the selected letter of this case</source>
        <translation>Udskriv det valgte brev på sagen</translation>
    </message>
    <message>
        <source>Save a letter on the case to print it</source>
        <translation>Gem et brev på sagen for at udskrive det</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>Gem brevet som</translation>
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
        <translation>Rettighed</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Afgørelse</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Afgjort</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Tidspunkt</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Hændelse</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Af</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Ingen sag åbnet</translation>
    </message>
    <message>
        <source>Double-click a case in the register, or press Enter, to open it.</source>
        <translation>Dobbeltklik på en sag i oversigten, eller tryk på Enter, for at åbne den.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Overblik</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rettigheder</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Verify identity…</source>
        <translation>Bekræft identitet…</translation>
    </message>
    <message>
        <source>Ask for identity…</source>
        <translation>Bed om identifikation…</translation>
    </message>
    <message>
        <source>Ask for clarification…</source>
        <translation>Bed om præcisering…</translation>
    </message>
    <message>
        <source>Pause for another reason…</source>
        <translation>I bero af anden årsag…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Genoptag…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Forlæng…</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>Afgørelse…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Afslut…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Genåbn…</translation>
    </message>
    <message>
        <source>Assign handler…</source>
        <translation>Sagsbehandler…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Tilføj notat…</translation>
    </message>
    <message>
        <source>Add attachment…</source>
        <translation>Tilføj bilag…</translation>
    </message>
    <message>
        <source>Edit requester…</source>
        <translation>Redigér den registrerede…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Sæt i bero</translation>
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
        <translation>Dage tilbage</translation>
    </message>
    <message>
        <source>Extension notice by</source>
        <translation>Varsel om forlængelse senest</translation>
    </message>
    <message>
        <source>Due ignoring pauses</source>
        <translation>Frist uden perioder i bero</translation>
    </message>
    <message>
        <source>Paused days</source>
        <translation>Dage i bero</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Forlængelse</translation>
    </message>
    <message>
        <source>How the due date was computed</source>
        <translation>Sådan er fristen beregnet</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anmodning</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Selskab</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
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
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Identitet</translation>
    </message>
    <message>
        <source>Earlier requests</source>
        <translation>Tidligere anmodninger</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Den registrerede</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <translation>Brevsprog</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Forhold til selskabet</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Repræsentant</translation>
    </message>
    <message>
        <source>notified %1: %2</source>
        <translation>meddelt %1: %2</translation>
    </message>
    <message>
        <source>not extended</source>
        <translation>ikke forlænget</translation>
    </message>
    <message>
        <source>With the other holiday profile the case would be due %1.</source>
        <translation>Med den anden helligdagsprofil ville fristen være %1.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ingen endnu</translation>
    </message>
    <message>
        <source>checked %1 (%2)</source>
        <translation>kontrolleret %1 (%2)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ikke kontrolleret</translation>
    </message>
    <message>
        <source>none within 12 months</source>
        <translation>ingen inden for 12 måneder</translation>
    </message>
    <message>
        <source>authority checked</source>
        <translation>fuldmagt kontrolleret</translation>
    </message>
    <message>
        <source>authority NOT checked</source>
        <translation>fuldmagt IKKE kontrolleret</translation>
    </message>
    <message>
        <source>Rights (%1)</source>
        <translation>Rettigheder (%1)</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Tidslinje (%1)</translation>
    </message>
    <message>
        <source>The case is closed; reopen it first.</source>
        <translation>Sagen er afsluttet; genåbn den først.</translation>
    </message>
    <message>
        <source>The case is not paused.</source>
        <translation>Sagen står ikke i bero.</translation>
    </message>
    <message>
        <source>The case is already closed.</source>
        <translation>Sagen er allerede afsluttet.</translation>
    </message>
    <message>
        <source>The case is open.</source>
        <translation>Sagen er åben.</translation>
    </message>
    <message>
        <source>Pause the deadline while you wait for the requester</source>
        <translation>Sæt fristen i bero, mens du venter på den registrerede</translation>
    </message>
    <message>
        <source>The case is already paused or closed.</source>
        <translation>Sagen står allerede i bero eller er afsluttet.</translation>
    </message>
    <message>
        <source>Attach a file to the case</source>
        <translation>Vedhæft en fil til sagen</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Details (without personal data) are in the log file:
%1</source>
        <translation>Detaljer (uden personoplysninger) står i logfilen:
%1</translation>
    </message>
    <message>
        <source>No log file could be written in the data folder.</source>
        <translation>Der kunne ikke skrives en logfil i datamappen.</translation>
    </message>
    <message>
        <source>DSAR Desk hit an unexpected error (%1). Changes already saved are safe; the action that failed was not half-saved. Nothing was sent anywhere.</source>
        <translation>DSAR Desk stødte på en uventet fejl (%1). Ændringer, der allerede er gemt, er i behold; handlingen, der mislykkedes, blev ikke halvt gemt. Intet blev sendt nogen steder hen.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
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
        <translation>Dage tilbage</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Den registrerede</translation>
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
        <translation>Næste frister</translation>
    </message>
    <message>
        <source>open</source>
        <translation>åbne</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>over fristen</translation>
    </message>
    <message>
        <source>due within %1 days</source>
        <translation>frist inden for %1 dage</translation>
    </message>
    <message>
        <source>paused (identity or clarification)</source>
        <translation>i bero (identitet eller præcisering)</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>forlænget</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>Received %1 (the day of receipt is not counted)</source>
        <translation>Modtaget %1 (modtagelsesdagen tælles ikke med)</translation>
    </message>
    <message>
        <source>One month later: %1</source>
        <translation>En måned senere: %1</translation>
    </message>
    <message>
        <source>%2 months later (extended): %1</source>
        <translation>%2 måneder senere (forlænget): %1</translation>
    </message>
    <message>
        <source>(day %1 does not exist in %2, so the month&apos;s last day)</source>
        <translation>(den %1. %2 findes ikke, så månedens sidste dag)</translation>
    </message>
    <message>
        <source>Plus 1 paused day: %1</source>
        <translation>Plus 1 dag i bero: %1</translation>
    </message>
    <message>
        <source>Plus %2 paused days: %1</source>
        <translation>Plus %2 dage i bero: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not a working day</source>
        <translation>%1 er ikke en arbejdsdag</translation>
    </message>
    <message>
        <source>%1 are not working days</source>
        <translation>%1 er ikke arbejdsdage</translation>
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
        <translation>tom (intet registreret endnu)</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>BRUDT</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnosticering</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Hændelseslog</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Hændelser</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>Seneste hash</translation>
    </message>
    <message>
        <source>Redacted by retention</source>
        <translation>Slettet efter opbevaringsperioden</translation>
    </message>
    <message>
        <source>First bad event</source>
        <translation>Første fejlbehæftede hændelse</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Kontrolleret</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamappe</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>adgangsfrase</translation>
    </message>
    <message>
        <source>in memory only (demo store, gone when the window closes)</source>
        <translation>kun i hukommelsen (demoarkiv, forsvinder, når vinduet lukkes)</translation>
    </message>
    <message>
        <source>OS keyring</source>
        <translation>styresystemets nøglering</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>åbnet skrivebeskyttet</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nøgle</translation>
    </message>
    <message>
        <source>%1 (%2, %3 in the data folder)</source>
        <translation>%1 (%2, %3 i datamappen)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ingen endnu</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Seneste sikkerhedskopi</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Logfil</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>ikke skrevet</translation>
    </message>
    <message>
        <source>Nothing here is personal data, and nothing is sent anywhere.</source>
        <translation>Intet her er personoplysninger, og intet sendes nogen steder hen.</translation>
    </message>
</context>
<context>
    <name>EditRequester</name>
    <message>
        <source>Edit requester – %1</source>
        <translation>Redigér den registrerede – %1</translation>
    </message>
    <message>
        <source>Correct the requester&apos;s details. The change, with the old and new values, is recorded in the audit trail.</source>
        <translation>Ret oplysningerne om den registrerede. Ændringen, med gamle og nye værdier, registreres i hændelsesloggen.</translation>
    </message>
    <message>
        <source>Fix the fields marked in red to save the change.</source>
        <translation>Ret felterne, der er markeret med rødt, for at gemme ændringen.</translation>
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
        <translation>Registrér anmodninger fra de registrerede, se hver lovbestemt frist med udregningen, og før hver anmodning frem til svaret. Begynd med at tilføje selskabet, der besvarer anmodningerne (landet afgør helligdagene), og registrér så den første anmodning.</translation>
    </message>
    <message>
        <source>Add the first entity…</source>
        <translation>Tilføj det første selskab…</translation>
    </message>
    <message>
        <source>Try it with demo data</source>
        <translation>Prøv med demodata</translation>
    </message>
    <message>
        <source>Adds three fictional entities and 500 fictional cases to this store.</source>
        <translation>Tilføjer tre fiktive selskaber og 500 fiktive sager til dette arkiv.</translation>
    </message>
</context>
<context>
    <name>Grounds</name>
    <message>
        <source>manifestly unfounded or excessive request</source>
        <translation>åbenbart grundløs eller overdreven anmodning</translation>
    </message>
    <message>
        <source>the requester could not be identified</source>
        <translation>den registrerede kunne ikke identificeres</translation>
    </message>
    <message>
        <source>the copy would adversely affect others&apos; rights</source>
        <translation>kopien ville krænke andres rettigheder</translation>
    </message>
    <message>
        <source>freedom of expression and information</source>
        <translation>ytrings- og informationsfrihed</translation>
    </message>
    <message>
        <source>a legal obligation requires the data</source>
        <translation>en retlig forpligtelse kræver oplysningerne</translation>
    </message>
    <message>
        <source>public interest in public health</source>
        <translation>samfundets interesse på folkesundhedsområdet</translation>
    </message>
    <message>
        <source>archiving, research or statistics</source>
        <translation>arkivformål, forskning eller statistik</translation>
    </message>
    <message>
        <source>establishment, exercise or defence of legal claims</source>
        <translation>retskrav skal fastlægges, gøres gældende eller forsvares</translation>
    </message>
    <message>
        <source>processing not based on consent or contract, or not automated</source>
        <translation>behandlingen bygger ikke på samtykke eller kontrakt eller er ikke automatisk</translation>
    </message>
    <message>
        <source>compelling legitimate grounds or legal claims</source>
        <translation>vægtige legitime grunde eller retskrav</translation>
    </message>
    <message>
        <source>the data are accurate or a recorded opinion</source>
        <translation>oplysningerne er korrekte eller en registreret vurdering</translation>
    </message>
    <message>
        <source>none of the conditions for restriction applies</source>
        <translation>ingen af betingelserne for begrænsning er opfyldt</translation>
    </message>
    <message>
        <source>inadvisable for health or family reasons</source>
        <translation>utilrådeligt af helbreds- eller familiemæssige grunde</translation>
    </message>
    <message>
        <source>subject to a statutory duty of confidentiality</source>
        <translation>omfattet af lovbestemt tavshedspligt</translation>
    </message>
    <message>
        <source>internal case preparation only</source>
        <translation>kun intern sagsforberedelse</translation>
    </message>
    <message>
        <source>debt collectors&apos; duty of confidentiality (third-party data)</source>
        <translation>inkassovirksomheders tavshedspligt (oplysninger om tredjemand)</translation>
    </message>
    <message>
        <source>bookkeeping records must be kept</source>
        <translation>regnskabsmateriale skal opbevares</translation>
    </message>
    <message>
        <source>statutory secrecy</source>
        <translation>lovbestemt hemmeligholdelse</translation>
    </message>
    <message>
        <source>running text not finalised</source>
        <translation>løbende tekst, der ikke er færdiggjort</translation>
    </message>
    <message>
        <source>national restriction of the right of access</source>
        <translation>national begrænsning af retten til indsigt</translation>
    </message>
    <message>
        <source>decisive private interests</source>
        <translation>afgørende hensyn til private interesser</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letters – %1</source>
        <translation>Breve – %1</translation>
    </message>
    <message>
        <source>As the request came in</source>
        <translation>Som anmodningen kom ind</translation>
    </message>
    <message>
        <source>Paper (address for a window envelope)</source>
        <translation>Papir (adresse til rudekuvert)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>What this letter says about this case only (optional for most kinds)</source>
        <translation>Hvad brevet siger om netop denne sag (valgfrit for de fleste brevtyper)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Forsendelse</translation>
    </message>
    <message>
        <source>Case-specific paragraph</source>
        <translation>Sagsspecifikt afsnit</translation>
    </message>
    <message>
        <source>Save to case</source>
        <translation>Gem på sagen</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Gem som…</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Send som e-mail…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <source>★ fits the case as it stands now</source>
        <translation>★ passer til sagen, som den står nu</translation>
    </message>
    <message>
        <source>Required for this letter: what you ask or explain to the requester</source>
        <translation>Påkrævet for dette brev: hvad du beder om eller forklarer den registrerede</translation>
    </message>
    <message>
        <source>What this letter says about this case only (optional)</source>
        <translation>Hvad brevet siger om netop denne sag (valgfrit)</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Opdaterer eksemplet…</translation>
    </message>
    <message>
        <source>This letter cannot be produced yet.</source>
        <translation>Dette brev kan ikke dannes endnu.</translation>
    </message>
    <message>
        <source>Add what is missing; the preview follows.</source>
        <translation>Tilføj det, der mangler; eksemplet opdateres.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 page(s)</source>
        <translation>%1 · %2 · %3 side(r)</translation>
    </message>
    <message>
        <source>The processing register of %1 has no %2 version of: %3. This letter is therefore written in %4, the entity&apos;s default letter language, so that it does not mix two languages. Add the missing versions in Settings &gt; Processing register to write it in %2.</source>
        <translation>Fortegnelsen for %1 har ingen version på %2 af: %3. Brevet skrives derfor på %4, selskabets standardsprog for breve, så det ikke blander to sprog. Tilføj de manglende versioner under Indstillinger &gt; Fortegnelse for at skrive brevet på %2.</translation>
    </message>
    <message>
        <source>The requester has no e-mail address; send this letter by post.</source>
        <translation>Den registrerede har ingen e-mailadresse; send brevet med post.</translation>
    </message>
    <message>
        <source>Saved to case %1 as %2. Mark it sent on the case&apos;s Letters tab once it is out.</source>
        <translation>Gemt på sag %1 som %2. Markér det som sendt på sagens fane Breve, når det er afsendt.</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>Gem brevet som</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Gemt i %1</translation>
    </message>
    <message>
        <source>E-mail draft opened in your mail program: check and send it there.</source>
        <translation>E-mailkladden er åbnet i dit mailprogram: kontrollér den, og send den derfra.</translation>
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
        <translation>Relevante behandlingsaktiviteter (art. 15, stk. 1)</translation>
    </message>
    <message>
        <source>The entity&apos;s processing register is empty: add activities in Settings.</source>
        <translation>Selskabets fortegnelse over behandlingsaktiviteter er tom: tilføj aktiviteter under Indstillinger.</translation>
    </message>
    <message>
        <source>Systems and departments searched (one per line)</source>
        <translation>Gennemsøgte systemer og afdelinger (én pr. linje)</translation>
    </message>
    <message>
        <source>Withheld categories and why</source>
        <translation>Tilbageholdte kategorier og hvorfor</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Årsag</translation>
    </message>
    <message>
        <source>Add withheld category</source>
        <translation>Tilføj tilbageholdt kategori</translation>
    </message>
    <message>
        <source>Per data category: erased or kept</source>
        <translation>Pr. kategori af oplysninger: slettet eller opbevaret</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Slettet</translation>
    </message>
    <message>
        <source>Ground if kept</source>
        <translation>Grundlag for opbevaring</translation>
    </message>
    <message>
        <source>Statute</source>
        <translation>Lovbestemmelse</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Opbevares til</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Tilføj kategori</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Acknowledgement</source>
        <translation>Kvittering for modtagelse</translation>
    </message>
    <message>
        <source>Identity request</source>
        <translation>Anmodning om identifikation</translation>
    </message>
    <message>
        <source>Clarification request</source>
        <translation>Anmodning om præcisering</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Meddelelse om forlængelse</translation>
    </message>
    <message>
        <source>Access response</source>
        <translation>Svar på indsigtsanmodning</translation>
    </message>
    <message>
        <source>Rectification confirmation</source>
        <translation>Bekræftelse af berigtigelse</translation>
    </message>
    <message>
        <source>Erasure response</source>
        <translation>Svar på anmodning om sletning</translation>
    </message>
    <message>
        <source>Restriction confirmation</source>
        <translation>Bekræftelse af begrænsning</translation>
    </message>
    <message>
        <source>Portability response</source>
        <translation>Svar om dataportabilitet</translation>
    </message>
    <message>
        <source>Objection response</source>
        <translation>Svar på indsigelse</translation>
    </message>
    <message>
        <source>Marketing objection confirmation</source>
        <translation>Bekræftelse af indsigelse mod markedsføring</translation>
    </message>
    <message>
        <source>Consent withdrawal confirmation</source>
        <translation>Bekræftelse af tilbagetrukket samtykke</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Afslag</translation>
    </message>
    <message>
        <source>Closed: identity not confirmed</source>
        <translation>Afsluttet: identitet ikke bekræftet</translation>
    </message>
    <message>
        <source>No data held</source>
        <translation>Ingen oplysninger registreret</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personligt</translation>
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
        <translation>Alle sager er skjult. Indtast sagsarkivets adgangsfrase for at fortsætte.</translation>
    </message>
    <message>
        <source>Every case is hidden. Unlock to continue.</source>
        <translation>Alle sager er skjult. Lås op for at fortsætte.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Skriv adgangsfrasen først.</translation>
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
        <translation>Sa&amp;ger</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Arbejder…</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Ny anmodning…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Søg</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Udskriv…</translation>
    </message>
    <message>
        <source>Save a letter on the case to print it</source>
        <translation>Gem et brev på sagen for at udskrive det</translation>
    </message>
    <message>
        <source>&amp;Export monthly log…</source>
        <translation>&amp;Eksportér månedslog…</translation>
    </message>
    <message>
        <source>arrives with reports</source>
        <translation>kommer med rapporterne</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Indstillinger…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;About DSAR Desk</source>
        <translation>&amp;Om DSAR Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Filer</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>R&amp;edigér</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hovedværktøjslinje</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Ikke muligt</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Noget gik galt</translation>
    </message>
    <message>
        <source>DSAR Desk hit an unexpected error. Nothing was half-saved. Please report this:</source>
        <translation>DSAR Desk ramte en uventet fejl. Intet blev halvt gemt. Rapportér venligst dette:</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Rapporter</translation>
    </message>
    <message>
        <source>Export the monthly request log (CSV, XLSX or PDF)</source>
        <translation>Eksportér månedens anmodningslog (CSV, XLSX eller PDF)</translation>
    </message>
</context>
<context>
    <name>NewRequest</name>
    <message>
        <source>New request</source>
        <translation>Ny anmodning</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anmodning</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Selskab</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rettigheder</translation>
    </message>
    <message>
        <source>What the person asks for, in their words</source>
        <translation>Hvad personen beder om, med egne ord</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Omfang</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Den registrerede</translation>
    </message>
    <message>
        <source>Entity&apos;s language</source>
        <translation>Selskabets sprog</translation>
    </message>
    <message>
        <source>Only the last two digits are kept</source>
        <translation>Kun de to sidste cifre gemmes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Navn</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <translation>Brevsprog</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Forhold til selskabet</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>CPR-nummer</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Repræsentant</translation>
    </message>
    <message>
        <source>Only when someone acts for the person.</source>
        <translation>Kun når nogen handler på personens vegne.</translation>
    </message>
    <message>
        <source>Authority to act has been checked</source>
        <translation>Fuldmagten er kontrolleret</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Fix the fields marked in red to save the request.</source>
        <translation>Ret felterne, der er markeret med rødt, for at gemme anmodningen.</translation>
    </message>
    <message>
        <source>Due date: choose an entity and a received date</source>
        <translation>Frist: vælg selskab og modtagelsesdato</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>An extension or refusal must be notified by %1.</source>
        <translation>Forlængelse eller afslag skal meddeles senest %1.</translation>
    </message>
    <message>
        <source>Possible repeat request: the same person asked %1 time(s) in the last 12 months (input to the Art. 12(5) assessment).</source>
        <translation>Mulig gentaget anmodning: samme person har spurgt %1 gang(e) inden for de seneste 12 måneder (input til vurderingen efter artikel 12, stk. 5).</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Your recovery key</source>
        <translation>Din gendannelsesnøgle</translation>
    </message>
    <message>
        <source>This key opens the case store and its backups on another computer, or when this computer&apos;s keyring or your passphrase is lost. It is shown only now. Print it or save the recovery sheet, and keep it apart from the computer.</source>
        <translation>Denne nøgle åbner sagsarkivet og dets sikkerhedskopier på en anden computer, eller hvis denne computers nøglering eller din adgangsfrase går tabt. Den vises kun nu. Udskriv den, eller gem gendannelsesarket, og opbevar den adskilt fra computeren.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Udskriv…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Gem som PDF…</translation>
    </message>
    <message>
        <source>I have stored it safely</source>
        <translation>Jeg har gemt den sikkert</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Gem gendannelsesarket</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ikke gemt</translation>
    </message>
    <message>
        <source>The sheet could not be written (%1); choose another folder.</source>
        <translation>Arket kunne ikke skrives (%1); vælg en anden mappe.</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlock</name>
    <message>
        <source>This computer&apos;s keyring does not hold the key of this case store. That is expected when the data folder was moved here or restored from another computer.</source>
        <translation>Denne computers nøglering har ikke nøglen til dette sagsarkiv. Det er forventeligt, når datamappen er flyttet hertil eller gendannet fra en anden computer.</translation>
    </message>
    <message>
        <source>This case store&apos;s key was kept in an OS keyring, and no keyring is available on this computer.</source>
        <translation>Nøglen til dette sagsarkiv lå i en systemnøglering, og denne computer har ingen nøglering.</translation>
    </message>
    <message>
        <source>The key in this computer&apos;s keyring does not open this case store; the file may have been replaced by one from another computer.</source>
        <translation>Nøglen i denne computers nøglering åbner ikke dette sagsarkiv; filen kan være erstattet af en fra en anden computer.</translation>
    </message>
    <message>
        <source>If the passphrase is lost, the recovery key opens the store instead.</source>
        <translation>Hvis adgangsfrasen er mistet, åbner gendannelsesnøglen arkivet i stedet.</translation>
    </message>
    <message>
        <source>Unlock with the recovery key</source>
        <translation>Lås op med gendannelsesnøglen</translation>
    </message>
    <message>
        <source>Open the case store with its recovery key</source>
        <translation>Åbn sagsarkivet med dets gendannelsesnøgle</translation>
    </message>
    <message>
        <source>&amp;Recovery key, as printed on the recovery sheet</source>
        <translation>&amp;Gendannelsesnøgle, som den står på gendannelsesarket</translation>
    </message>
    <message>
        <source>After unlocking, this computer&apos;s keyring keeps the key, so the recovery key is not needed here again. Keep the sheet safe: it still opens the store and its backups.</source>
        <translation>Efter oplåsningen opbevarer denne computers nøglering nøglen, så gendannelsesnøglen ikke skal bruges her igen. Opbevar arket sikkert: det åbner stadig arkivet og dets sikkerhedskopier.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer to keep the key. After unlocking you choose a passphrase, which protects the store from then on.</source>
        <translation>Denne computer har ingen nøglering, der kan opbevare nøglen. Efter oplåsningen vælger du en adgangsfrase, som beskytter arkivet fra da af.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>%1 of %2 letters and digits · spaces, dashes and case do not matter</source>
        <translation>%1 af %2 bogstaver og cifre · mellemrum, bindestreger og store/små bogstaver er ligegyldige</translation>
    </message>
    <message>
        <source>The key could not be checked; see the log file.</source>
        <translation>Nøglen kunne ikke kontrolleres; se logfilen.</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Kontrollerer nøglen…</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>%1 working days overdue</source>
        <translation>%1 arbejdsdage over fristen</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>frist i dag</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 arbejdsdage</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Reference</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rettigheder</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Den registrerede</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Formål</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Behandlingsgrundlag</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Kategorier af oplysninger</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Modtagere</translation>
    </message>
    <message>
        <source>Retention or criteria</source>
        <translation>Opbevaringsperiode eller kriterier</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Kilde</translation>
    </message>
    <message>
        <source>Transfers outside the EEA and safeguards</source>
        <translation>Overførsler uden for EØS og garantier</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Automatiske afgørelser</translation>
    </message>
    <message>
        <source>Edit processing activity</source>
        <translation>Redigér behandlingsaktivitet</translation>
    </message>
    <message>
        <source>Add processing activity</source>
        <translation>Tilføj behandlingsaktivitet</translation>
    </message>
    <message>
        <source>Access responses quote these texts (Art. 15(1)); write them for the requester.</source>
        <translation>Svar på indsigtsanmodninger citerer disse tekster (art. 15, stk. 1); skriv dem, så den registrerede forstår dem.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
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
        <translation>Navn: giv aktiviteten et navn, f.eks. Kundeforhold.</translation>
    </message>
    <message>
        <source>%1: needed for access responses.</source>
        <translation>%1: skal bruges i svar på indsigtsanmodninger.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Selskab</translation>
    </message>
    <message>
        <source>Shows the activities in this letter language; new activities are added in it.</source>
        <translation>Viser aktiviteterne på dette brevsprog; nye aktiviteter tilføjes på det.</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Brevsprog</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Tilføj…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Slet</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importér…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportér…</translation>
    </message>
    <message>
        <source>%1 activities in %2</source>
        <translation>%1 aktiviteter (%2)</translation>
    </message>
    <message>
        <source>Complete: %1.</source>
        <translation>Komplette: %1.</translation>
    </message>
    <message>
        <source>%1 is incomplete, missing: %2. Letters in this language that need them are written in %3.</source>
        <translation>%1: ufuldstændig, mangler %2. Breve på dette sprog, som har brug for dem, skrives på sproget %3.</translation>
    </message>
    <message>
        <source>The register is empty.</source>
        <translation>Fortegnelsen er tom.</translation>
    </message>
    <message>
        <source>Import a processing register</source>
        <translation>Importér en fortegnelse over behandlingsaktiviteter</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the processing register</source>
        <translation>Eksportér fortegnelsen over behandlingsaktiviteter</translation>
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
        <translation>Dage tilbage</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Sagsbehandler</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Frist %1</translation>
    </message>
    <message>
        <source>Extension notice by %1</source>
        <translation>Varsel om forlængelse senest %1</translation>
    </message>
    <message>
        <source>Paused %1 days</source>
        <translation>I bero i %1 dage</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Åbne sager</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>I bero</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Forlængede</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttede</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Alle sager</translation>
    </message>
    <message>
        <source>Find reference, name or e-mail</source>
        <translation>Søg efter reference, navn eller e-mail</translation>
    </message>
    <message>
        <source>Any right</source>
        <translation>Alle rettigheder</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Alle selskaber</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Over fristen</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Denne uge</translation>
    </message>
    <message>
        <source>Due within %1 days</source>
        <translation>Frist inden for %1 dage</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 sager</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivitet</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Opbevaring</translation>
    </message>
    <message>
        <source>Transfers outside the EEA</source>
        <translation>Overførsler uden for EØS</translation>
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
        <translation>CSV (tekst til regneark)</translation>
    </message>
    <message>
        <source>XLSX (Excel workbook)</source>
        <translation>XLSX (Excel-projektmappe)</translation>
    </message>
    <message>
        <source>PDF (printable report)</source>
        <translation>PDF (rapport til udskrift)</translation>
    </message>
    <message>
        <source>Export monthly log</source>
        <translation>Eksportér månedslog</translation>
    </message>
    <message>
        <source>The request log for %1, %2.</source>
        <translation>Anmodningsloggen for %1, %2.</translation>
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
        <translation>Medtag de registreredes navne og kontaktoplysninger</translation>
    </message>
    <message>
        <source>The file will then hold personal data. Keep it where only those who need it can read it, and delete it when it is no longer needed. Without names the log is pseudonymous by case reference.</source>
        <translation>Filen indeholder så personoplysninger. Opbevar den, hvor kun de, der har brug for den, kan læse den, og slet den, når den ikke længere er nødvendig. Uden navne er loggen pseudonymiseret med sagsreferencer.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Vælg fil…</translation>
    </message>
    <message>
        <source>Exporting the request log for %1…</source>
        <translation>Eksporterer anmodningsloggen for %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annullér</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksportér</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annullerer…</translation>
    </message>
    <message>
        <source>no legal ground code recorded</source>
        <translation>ingen hjemmelskode registreret</translation>
    </message>
    <message>
        <source>not in the grounds catalogue</source>
        <translation>ikke i hjemmelskataloget</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Hjemmel</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Henvisning</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>Hvad den dækker</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Afslag</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 af %2</translation>
    </message>
    <message>
        <source>median %1 days</source>
        <translation>median %1 dage</translation>
    </message>
    <message>
        <source>none ended yet</source>
        <translation>ingen afsluttet endnu</translation>
    </message>
    <message>
        <source>received</source>
        <translation>modtaget</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>rettidigt</translation>
    </message>
    <message>
        <source>answered within one month</source>
        <translation>besvaret inden for en måned</translation>
    </message>
    <message>
        <source>within three months when extended</source>
        <translation>inden for tre måneder ved forlængelse</translation>
    </message>
    <message>
        <source>extensions notified</source>
        <translation>meddelte forlængelser</translation>
    </message>
    <message>
        <source>pauses started</source>
        <translation>sat i bero</translation>
    </message>
    <message>
        <source>refusals (whole or partial)</source>
        <translation>afslag (helt eller delvist)</translation>
    </message>
    <message>
        <source>open at month end</source>
        <translation>åbne ved månedens udgang</translation>
    </message>
    <message>
        <source>overdue at month end</source>
        <translation>over fristen ved månedens udgang</translation>
    </message>
    <message>
        <source>median days to respond</source>
        <translation>median antal dage til svar</translation>
    </message>
    <message>
        <source>calendar days, closed requests</source>
        <translation>kalenderdage, afsluttede anmodninger</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 closed, %4 on time</source>
        <translation>%1: %2 modtaget, %3 afsluttet, %4 rettidigt</translation>
    </message>
    <message>
        <source>Requests received per right and share answered on time</source>
        <translation>Modtagne anmodninger pr. rettighed og andel besvaret rettidigt</translation>
    </message>
    <message>
        <source>answered on time (right axis)</source>
        <translation>besvaret rettidigt (højre akse)</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Seneste 12 måneder</translation>
    </message>
    <message>
        <source>Refusals by legal ground</source>
        <translation>Afslag efter hjemmel</translation>
    </message>
    <message>
        <source>No refusals decided this month.</source>
        <translation>Ingen afslag i denne måned.</translation>
    </message>
    <message>
        <source>(so far)</source>
        <translation>(indtil nu)</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Måned:</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>Se&amp;lskab:</translation>
    </message>
    <message>
        <source>Export %1…</source>
        <translation>Eksportér %1…</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Alle selskaber</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Indlæser…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-projektmapper (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokumenter (*.pdf)</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Eksporten blev annulleret; der blev ikke skrevet nogen fil.</translation>
    </message>
    <message>
        <source>Wrote %1 rows to:
%2

SHA-256 (also in %3):
%4</source>
        <translation>Skrev %1 rækker til:
%2

SHA-256 (også i %3):
%4</translation>
    </message>
    <message>
        <source>Export complete</source>
        <translation>Eksport fuldført</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Retention of closed cases</source>
        <translation>Opbevaring af afsluttede sager</translation>
    </message>
    <message>
        <source>%1 closed case(s) have passed their entity&apos;s retention period. Running retention anonymises them: personal fields, attachments and letters are removed; statistics and the audit skeleton stay. This cannot be undone (backups keep the old state).</source>
        <translation>Afsluttede sager, der har overskredet selskabets opbevaringsperiode: %1. Når opbevaringsreglerne anvendes, anonymiseres de: personoplysninger, bilag og breve fjernes; statistik og hændelseslogens skelet bevares. Det kan ikke fortrydes (sikkerhedskopier bevarer den gamle tilstand).</translation>
    </message>
    <message>
        <source>No closed case has passed its retention period. Nothing to do.</source>
        <translation>Ingen afsluttet sag har overskredet sin opbevaringsperiode. Der er intet at gøre.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Sag</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Selskab</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>What is removed</source>
        <translation>Hvad fjernes</translation>
    </message>
    <message>
        <source>Anonymise %1 case(s)</source>
        <translation>Anonymisér %1 sag(er)</translation>
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
        <translation>&amp;Sikkerhedskopiér nu…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Gendan…</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>&amp;Opbevaring…</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnosticering</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Værktøjer</translation>
    </message>
    <message>
        <source>another DSAR Desk</source>
        <translation>en anden DSAR Desk</translation>
    </message>
    <message>
        <source>Read-only: the case store is open in %1. You can look cases up; changes are refused until it is closed there and this window is reopened.</source>
        <translation>Skrivebeskyttet: sagsarkivet er åbent i %1. Du kan slå sager op; ændringer afvises, indtil det er lukket dér, og dette vindue er åbnet igen.</translation>
    </message>
    <message>
        <source>Checking the case store and writing the daily backup…</source>
        <translation>Kontrollerer sagsarkivet og tager dagens sikkerhedskopi…</translation>
    </message>
    <message>
        <source>Daily backup written; the case store passed its integrity check.</source>
        <translation>Dagens sikkerhedskopi er taget; sagsarkivet bestod integritetskontrollen.</translation>
    </message>
    <message>
        <source>The case store failed its integrity check</source>
        <translation>Sagsarkivet bestod ikke integritetskontrollen</translation>
    </message>
    <message>
        <source>The daily check found a problem in the case store, so no backup was written today. Stop entering changes and restore the newest good backup; the damaged file is kept as a safety copy.</source>
        <translation>Den daglige kontrol fandt en fejl i sagsarkivet, så der blev ikke taget nogen sikkerhedskopi i dag. Foretag ikke flere ændringer, og gendan den nyeste fejlfri sikkerhedskopi; den beskadigede fil gemmes som sikkerhedskopi.</translation>
    </message>
    <message>
        <source>Restore newest backup…</source>
        <translation>Gendan nyeste sikkerhedskopi…</translation>
    </message>
    <message>
        <source>Back up the case store into…</source>
        <translation>Sikkerhedskopiér sagsarkivet til…</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Sikkerhedskopi gemt</translation>
    </message>
    <message>
        <source>The encrypted backup is in %1. It opens with this store&apos;s key or its recovery key.</source>
        <translation>Den krypterede sikkerhedskopi ligger i %1. Den kan åbnes med dette sagsarkivs nøgle eller med gendannelsesnøglen.</translation>
    </message>
    <message>
        <source>Restore the case store from…</source>
        <translation>Gendan sagsarkivet fra…</translation>
    </message>
    <message>
        <source>DSAR Desk backups (*.sqlite3)</source>
        <translation>DSAR Desk-sikkerhedskopier (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Gendan en sikkerhedskopi</translation>
    </message>
    <message>
        <source>Replace the case store with the backup %1? The backup is checked first, and the current store is kept as a safety copy in the backups folder.</source>
        <translation>Erstat sagsarkivet med sikkerhedskopien %1? Sikkerhedskopien kontrolleres først, og det nuværende sagsarkiv gemmes som en ekstra kopi i mappen med sikkerhedskopier.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Gendan</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Sikkerhedskopi gendannet</translation>
    </message>
    <message>
        <source>The backup was restored. The store as it was is kept in %1.</source>
        <translation>Sikkerhedskopien er gendannet. Sagsarkivet, som det var, er gemt i %1.</translation>
    </message>
    <message>
        <source>Retention done</source>
        <translation>Opbevaringsregler anvendt</translation>
    </message>
    <message>
        <source>%1 case(s) anonymised; the audit trail records it.</source>
        <translation>%1 sag(er) anonymiseret; hændelsesloggen registrerer det.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Edit entity</source>
        <translation>Redigér selskab</translation>
    </message>
    <message>
        <source>Add entity</source>
        <translation>Tilføj selskab</translation>
    </message>
    <message>
        <source>e.g. NO1</source>
        <translation>f.eks. DK1</translation>
    </message>
    <message>
        <source>Strict: official public holidays only</source>
        <translation>Streng: kun officielle helligdage</translation>
    </message>
    <message>
        <source>Lenient: also the eves in national statutes</source>
        <translation>Lempelig: også aftensdage nævnt i national lov</translation>
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
        <translation>Helligdage</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>CVR-nummer</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Privacy e-mail</source>
        <translation>E-mail for databeskyttelse</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Databeskyttelsesrådgiver</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Brevsprog</translation>
    </message>
    <message>
        <source>Code: use 2 to 10 letters or digits, for example NO1.</source>
        <translation>Kode: brug 2 til 10 bogstaver eller cifre, f.eks. DK1.</translation>
    </message>
    <message>
        <source>Legal name: the entity&apos;s legal name is required.</source>
        <translation>Juridisk navn: selskabets juridiske navn skal udfyldes.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Selskaber</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Sagsbehandling</translation>
    </message>
    <message>
        <source>Processing register</source>
        <translation>Fortegnelse</translation>
    </message>
    <message>
        <source>Add entity…</source>
        <translation>Tilføj selskab…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigér…</translation>
    </message>
    <message>
        <source>Your name, as it appears in the audit trail</source>
        <translation>Dit navn, som det vises i hændelsesloggen</translation>
    </message>
    <message>
        <source>Exclusive: the day a pause starts is not counted</source>
        <translation>Eksklusiv: dagen, hvor sagen sættes i bero, tælles ikke med</translation>
    </message>
    <message>
        <source>Inclusive: both the first and the last day count</source>
        <translation>Inklusiv: både første og sidste dag tælles med</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dage</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The window hides every case behind a lock screen after this idle time</source>
        <translation>Vinduet skjuler alle sager bag en låseskærm efter så lang tids inaktivitet</translation>
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
        <translation>Hvordan registret sorterer de registreredes navne</translation>
    </message>
    <message>
        <source>Handler name</source>
        <translation>Sagsbehandlerens navn</translation>
    </message>
    <message>
        <source>Pause days</source>
        <translation>Dage i bero</translation>
    </message>
    <message>
        <source>Due soon within</source>
        <translation>Frist snart inden for</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>Lås efter inaktivitet i</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>Navnerækkefølge</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Vinduets sprog</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Som systemet</translation>
    </message>
    <message>
        <source>Takes effect when DSAR Desk is next started.</source>
        <translation>Træder i kraft, næste gang DSAR Desk startes.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Request logged</source>
        <translation>Anmodning registreret</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>I bero</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, fra %2</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Genoptaget</translation>
    </message>
    <message>
        <source>%1 paused day(s) added to the deadline</source>
        <translation>%1 dag(e) i bero lagt til fristen</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identitet bekræftet</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Frist forlænget</translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <translation>Afgørelse registreret</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Genåbnet</translation>
    </message>
    <message>
        <source>Handler assigned</source>
        <translation>Sagsbehandler tildelt</translation>
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
        <translation>Bilag tilføjet</translation>
    </message>
    <message>
        <source>Deadlines recomputed</source>
        <translation>Frister genberegnet</translation>
    </message>
    <message>
        <source>due %1 → %2</source>
        <translation>frist %1 → %2</translation>
    </message>
    <message>
        <source>Requester details corrected</source>
        <translation>Den registreredes oplysninger rettet</translation>
    </message>
    <message>
        <source>Letter saved</source>
        <translation>Brev gemt</translation>
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
        <translation>Brevoplysninger registreret</translation>
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
        <translation>Vælg en adgangsfrase</translation>
    </message>
    <message>
        <source>Unlock the case store</source>
        <translation>Lås sagsarkivet op</translation>
    </message>
    <message>
        <source>The recovery key opened the case store. No keyring is available on this computer to keep its key, so choose a passphrase now: the store is re-encrypted with it, and you get a new recovery key. If you skip this, the next start asks for the recovery key again.</source>
        <translation>Gendannelsesnøglen åbnede sagsarkivet. Denne computer har ingen nøglering, der kan opbevare nøglen, så vælg en adgangsfrase nu: arkivet krypteres igen med den, og du får en ny gendannelsesnøgle. Springer du dette over, beder næste start om gendannelsesnøglen igen.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer to keep the case store&apos;s key. Choose a passphrase instead: it encrypts every case. DSAR Desk never stores the cases unencrypted and never writes the passphrase down.</source>
        <translation>Der er ingen nøglering på denne computer til sagsarkivets nøgle. Vælg i stedet en adgangsfrase: den krypterer alle sager. DSAR Desk gemmer aldrig sagerne ukrypteret og skriver aldrig adgangsfrasen ned.</translation>
    </message>
    <message>
        <source>This case store is protected by a passphrase.</source>
        <translation>Dette sagsarkiv er beskyttet af en adgangsfrase.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Adgangsfrase</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Gentag den</translation>
    </message>
    <message>
        <source>at least %1 characters; a few unrelated words work well</source>
        <translation>mindst %1 tegn; nogle få ord uden indbyrdes sammenhæng fungerer godt</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>Angiv adgangsfrase</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>Opret sagsarkiv</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås op</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Spring over</translation>
    </message>
    <message>
        <source>Use recovery key…</source>
        <translation>Brug gendannelsesnøgle…</translation>
    </message>
    <message>
        <source>Passphrase: use at least %1 characters.</source>
        <translation>Adgangsfrase: brug mindst %1 tegn.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>De to adgangsfraser er forskellige; skriv den samme to gange.</translation>
    </message>
    <message>
        <source>Unlocked with the recovery key</source>
        <translation>Låst op med gendannelsesnøglen</translation>
    </message>
    <message>
        <source>The case store is open. This computer&apos;s keyring now keeps its key, so the recovery key is not needed here again. Keep the recovery sheet safe.</source>
        <translation>Sagsarkivet er åbent. Denne computers nøglering opbevarer nu nøglen, så gendannelsesnøglen ikke skal bruges her igen. Opbevar gendannelsesarket sikkert.</translation>
    </message>
    <message>
        <source>another DSAR Desk</source>
        <translation>en anden DSAR Desk</translation>
    </message>
    <message>
        <source>Case store in use</source>
        <translation>Sagsarkivet er i brug</translation>
    </message>
    <message>
        <source>The case store is open in %1. Only one DSAR Desk can change it at a time.

Open it read-only to look up cases? Changes are refused until the other one closes.</source>
        <translation>Sagsarkivet er åbent i %1. Kun én DSAR Desk kan ændre det ad gangen.

Vil du åbne det skrivebeskyttet for at slå sager op? Ændringer afvises, indtil den anden lukker.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Åbn skrivebeskyttet</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>The case store is damaged</source>
        <translation>Sagsarkivet er beskadiget</translation>
    </message>
    <message>
        <source>The case store failed its check and cannot be opened safely.

Restore the newest good backup (%1)? The damaged file is kept aside, not deleted.</source>
        <translation>Sagsarkivet bestod ikke kontrollen og kan ikke åbnes sikkert.

Vil du gendanne den nyeste gode sikkerhedskopi (%1)? Den beskadigede fil lægges til side og slettes ikke.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Gendan sikkerhedskopien</translation>
    </message>
    <message>
        <source>Cannot open the case store</source>
        <translation>Kan ikke åbne sagsarkivet</translation>
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
        <translation>I bero</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Besvaret</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Too long: %1 characters, at most %2 allowed. Shorten it.</source>
        <translation>For lang: %1 tegn, højst %2 er tilladt. Forkort teksten.</translation>
    </message>
    <message>
        <source>Contains a control character (%1). Retype it or paste it as plain text.</source>
        <translation>Indeholder et kontroltegn (%1). Skriv teksten igen, eller indsæt den som ren tekst.</translation>
    </message>
    <message>
        <source>Contains an invisible text-direction mark (%1). Retype it without it.</source>
        <translation>Indeholder et usynligt tegn for skriveretning (%1). Skriv teksten igen uden det.</translation>
    </message>
    <message>
        <source>Contains a broken character. Retype it.</source>
        <translation>Indeholder et ødelagt tegn. Skriv teksten igen.</translation>
    </message>
    <message>
        <source>Keep it on one line.</source>
        <translation>Skriv det hele på én linje.</translation>
    </message>
    <message>
        <source>Use letters or digits, not only punctuation or spaces.</source>
        <translation>Brug bogstaver eller cifre, ikke kun tegnsætning eller mellemrum.</translation>
    </message>
    <message>
        <source>This is not an e-mail address. Use the form name@example.com.</source>
        <translation>Dette er ikke en e-mailadresse. Brug formen navn@eksempel.dk.</translation>
    </message>
    <message>
        <source>Use digits, spaces and an optional leading +.</source>
        <translation>Brug cifre, mellemrum og eventuelt + først.</translation>
    </message>
    <message>
        <source>Use 2 to 10 letters or digits, for example NO1.</source>
        <translation>Brug 2 til 10 bogstaver eller cifre, for eksempel DK1.</translation>
    </message>
    <message>
        <source>Too short to be an identity number.</source>
        <translation>For kort til at være et CPR-nummer.</translation>
    </message>
    <message>
        <source>%1 is in the future. Use today or an earlier date.</source>
        <translation>%1 ligger i fremtiden. Brug dags dato eller en tidligere dato.</translation>
    </message>
    <message>
        <source>Use 25 May 2018, when the GDPR took effect, or a later date.</source>
        <translation>Brug 25. maj 2018, hvor databeskyttelsesforordningen trådte i kraft, eller en senere dato.</translation>
    </message>
    <message>
        <source>Choose at least one right.</source>
        <translation>Vælg mindst én rettighed.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Feltet skal udfyldes.</translation>
    </message>
    <message>
        <source>Add an entity in Settings first.</source>
        <translation>Tilføj først et selskab under Indstillinger.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Access</source>
        <translation>Indsigt</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Berigtigelse</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Sletning</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Begrænsning af behandling</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Dataportabilitet</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Indsigelse</translation>
    </message>
    <message>
        <source>Objection to direct marketing</source>
        <translation>Indsigelse: markedsføring</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Tilbagekald af samtykke</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Modtaget</translation>
    </message>
    <message>
        <source>Awaiting identity</source>
        <translation>Afventer identitet</translation>
    </message>
    <message>
        <source>Awaiting clarification</source>
        <translation>Afventer præcisering</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>I bero</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Under behandling</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Besvaret</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Trukket tilbage</translation>
    </message>
    <message>
        <source>Closed (identity not verified)</source>
        <translation>Afsluttet (identitet ikke bekræftet)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
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
        <translation>Webformular</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Personligt fremmøde</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ikke afgjort</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Imødekommet</translation>
    </message>
    <message>
        <source>Partly fulfilled</source>
        <translation>Delvist imødekommet</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Afslået</translation>
    </message>
    <message>
        <source>No data held</source>
        <translation>Ingen oplysninger registreret</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Identitetskontrol</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>Præcisering</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Medarbejder</translation>
    </message>
    <message>
        <source>Job applicant</source>
        <translation>Jobansøger</translation>
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
        <translation>Bruger af webstedet</translation>
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
        <translation>lempelig</translation>
    </message>
</context>
</TS>
