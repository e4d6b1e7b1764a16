<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
<context>
    <name>About</name>
    <message>
        <source>A case tool for GDPR data-subject requests. Licensed under the GPL, version 3 or later.</source>
        <translation>Ett ärendeverktyg för begäranden från registrerade enligt GDPR. Licensierat under GPL, version 3 eller senare.</translation>
    </message>
    <message>
        <source>Built with PySide6 %1 and these libraries:</source>
        <translation>Byggt med PySide6 %1 och dessa bibliotek:</translation>
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
        <translation>Kontrollera identitet</translation>
    </message>
    <message>
        <source>Record how the requester&apos;s identity was checked. Do not keep a copy of an ID.</source>
        <translation>Anteckna hur den registrerades identitet kontrollerades. Spara inte någon kopia av en id-handling.</translation>
    </message>
    <message>
        <source>e.g. BankID login, known e-mail address</source>
        <translation>t.ex. inloggning med BankID, känd e-postadress</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Metod</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Kontrollerad</translation>
    </message>
    <message>
        <source>Method: say how identity was checked.</source>
        <translation>Metod: ange hur identiteten kontrollerades.</translation>
    </message>
    <message>
        <source>The deadline pauses while the requester proves who they are.</source>
        <translation>Fristen pausas medan den registrerade styrker sin identitet.</translation>
    </message>
    <message>
        <source>The deadline pauses while the requester clarifies the request.</source>
        <translation>Fristen pausas medan den registrerade förtydligar sin begäran.</translation>
    </message>
    <message>
        <source>The deadline pauses until you resume the case.</source>
        <translation>Fristen pausas tills du återupptar ärendet.</translation>
    </message>
    <message>
        <source>Pause the deadline</source>
        <translation>Pausa fristen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Frågat</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Återuppta</translation>
    </message>
    <message>
        <source>The requester answered; the deadline runs again from this day.</source>
        <translation>Den registrerade har svarat; fristen löper igen från denna dag.</translation>
    </message>
    <message>
        <source>Answer received on</source>
        <translation>Svar mottaget</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Ärendet är avslutat.</translation>
    </message>
    <message>
        <source>Already extended on %1.</source>
        <translation>Redan förlängd %1.</translation>
    </message>
    <message>
        <source>Too late to extend: the notice had to be given by %1 (one month from receipt, Art. 12(3)).</source>
        <translation>För sent att förlänga: beskedet skulle ha lämnats senast %1 (en månad efter mottagandet, artikel&#xa0;12.3).</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Förläng fristen</translation>
    </message>
    <message>
        <source>Up to two further months (Art. 12(3)). Tell the requester, with the reasons, by %1.</source>
        <translation>Högst två månader till (artikel&#xa0;12.3). Meddela den registrerade, med skälen, senast %1.</translation>
    </message>
    <message>
        <source>e.g. the data are spread over five systems</source>
        <translation>t.ex. uppgifterna finns i fem system</translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation>Skäl till förseningen</translation>
    </message>
    <message>
        <source>Requester told on</source>
        <translation>Besked lämnat</translation>
    </message>
    <message>
        <source>Too late: the extension had to be notified by %1.</source>
        <translation>För sent: förlängningen skulle ha meddelats senast %1.</translation>
    </message>
    <message>
        <source>Reasons: an extension needs the reasons for the delay.</source>
        <translation>Skäl: en förlängning måste motiveras.</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>Registrera utfall</translation>
    </message>
    <message>
        <source>A refusal or partial fulfilment needs its reasons and legal ground (Art. 12(4)).</source>
        <translation>Ett helt eller delvis avslag kräver skäl och lagstöd (artikel&#xa0;12.4).</translation>
    </message>
    <message>
        <source>What is refused and why, in words for the requester</source>
        <translation>Vad som avslås och varför, förklarat för den registrerade</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rättighet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Lagstöd</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Beslutat</translation>
    </message>
    <message>
        <source>Choose the legal ground…</source>
        <translation>Välj lagstöd…</translation>
    </message>
    <message>
        <source>Not needed for this outcome</source>
        <translation>Behövs inte för detta utfall</translation>
    </message>
    <message>
        <source>An objection to direct marketing cannot be refused (Art. 21(3)).</source>
        <translation>En invändning mot direktmarknadsföring kan inte avslås (artikel&#xa0;21.3).</translation>
    </message>
    <message>
        <source>Legal ground: choose the ground the refusal relies on.</source>
        <translation>Lagstöd: välj det lagstöd som avslaget bygger på.</translation>
    </message>
    <message>
        <source>Reasons: explain the refusal to the requester.</source>
        <translation>Skäl: förklara avslaget för den registrerade.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Avsluta ärende</translation>
    </message>
    <message>
        <source>Close the case once every right has its outcome and the answer has been sent.</source>
        <translation>Avsluta ärendet när varje rättighet har ett utfall och svaret har skickats.</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Återöppna ärende</translation>
    </message>
    <message>
        <source>e.g. the requester disputes the answer</source>
        <translation>t.ex. den registrerade bestrider svaret</translation>
    </message>
    <message>
        <source>Reason: say why the case is reopened.</source>
        <translation>Orsak: ange varför ärendet återöppnas.</translation>
    </message>
    <message>
        <source>Assign handler</source>
        <translation>Tilldela handläggare</translation>
    </message>
    <message>
        <source>Leave empty for nobody</source>
        <translation>Lämna tomt för ingen</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Handläggare</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lägg till anteckning</translation>
    </message>
    <message>
        <source>What happened, what was decided, what comes next</source>
        <translation>Vad som hänt, vad som beslutats, vad som händer härnäst</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Note: write something first.</source>
        <translation>Anteckning: skriv något först.</translation>
    </message>
</context>
<context>
    <name>CaseLetters</name>
    <message>
        <source>Written</source>
        <translation>Skrivet</translation>
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
        <translation>Skickat</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>inte skickat än</translation>
    </message>
    <message>
        <source>When and how did the %1 go out?</source>
        <translation>När och hur skickades brevet (%1)?</translation>
    </message>
    <message>
        <source>The deadline pauses from that day.</source>
        <translation>Fristen pausas från den dagen.</translation>
    </message>
    <message>
        <source>The extension takes effect with the notice.</source>
        <translation>Förlängningen gäller från beskedet.</translation>
    </message>
    <message>
        <source>Mark letter sent</source>
        <translation>Markera brevet som skickat</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Skickat</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Skickat med</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Brev…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Ärende</translation>
    </message>
    <message>
        <source>Mark sent…</source>
        <translation>Markera som skickat…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öppna</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Spara som…</translation>
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
        <translation>Skriv ut det valda brevet i ärendet</translation>
    </message>
    <message>
        <source>Save a letter on the case to print it</source>
        <translation>Spara ett brev i ärendet för att skriva ut det</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>Spara brevet som</translation>
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
        <translation>Rättighet</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Utfall</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Beslutat</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Vad</translation>
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
        <translation>Inget ärende öppet</translation>
    </message>
    <message>
        <source>Double-click a case in the register, or press Enter, to open it.</source>
        <translation>Dubbelklicka på ett ärende i listan, eller tryck på Enter, för att öppna det.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Översikt</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Rättigheter</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidslinje</translation>
    </message>
    <message>
        <source>Verify identity…</source>
        <translation>Kontrollera id…</translation>
    </message>
    <message>
        <source>Ask for identity…</source>
        <translation>Begär identifiering…</translation>
    </message>
    <message>
        <source>Ask for clarification…</source>
        <translation>Begär förtydligande…</translation>
    </message>
    <message>
        <source>Pause for another reason…</source>
        <translation>Pausa av annat skäl…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Återuppta…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Förläng…</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>Registrera utfall…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Avsluta…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Återöppna…</translation>
    </message>
    <message>
        <source>Assign handler…</source>
        <translation>Tilldela ärende…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Anteckna…</translation>
    </message>
    <message>
        <source>Add attachment…</source>
        <translation>Bifoga fil…</translation>
    </message>
    <message>
        <source>Edit requester…</source>
        <translation>Redigera den registrerade…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
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
        <translation>Dagar kvar</translation>
    </message>
    <message>
        <source>Extension notice by</source>
        <translation>Besked om förlängning senast</translation>
    </message>
    <message>
        <source>Due ignoring pauses</source>
        <translation>Frist utan pausdagar</translation>
    </message>
    <message>
        <source>Paused days</source>
        <translation>Pausdagar</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Förlängning</translation>
    </message>
    <message>
        <source>How the due date was computed</source>
        <translation>Så räknades fristen ut</translation>
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
        <translation>Identitet</translation>
    </message>
    <message>
        <source>Earlier requests</source>
        <translation>Tidigare begäranden</translation>
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
        <translation>Ombud</translation>
    </message>
    <message>
        <source>notified %1: %2</source>
        <translation>meddelad %1: %2</translation>
    </message>
    <message>
        <source>not extended</source>
        <translation>inte förlängd</translation>
    </message>
    <message>
        <source>With the other holiday profile the case would be due %1.</source>
        <translation>Med den andra helgdagsprofilen skulle fristen vara %1.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ingen än</translation>
    </message>
    <message>
        <source>checked %1 (%2)</source>
        <translation>kontrollerad %1 (%2)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>inte kontrollerad</translation>
    </message>
    <message>
        <source>none within 12 months</source>
        <translation>inga de senaste 12 månaderna</translation>
    </message>
    <message>
        <source>authority checked</source>
        <translation>fullmakt kontrollerad</translation>
    </message>
    <message>
        <source>authority NOT checked</source>
        <translation>fullmakt INTE kontrollerad</translation>
    </message>
    <message>
        <source>Rights (%1)</source>
        <translation>Rättigheter (%1)</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Tidslinje (%1)</translation>
    </message>
    <message>
        <source>The case is closed; reopen it first.</source>
        <translation>Ärendet är avslutat; återöppna det först.</translation>
    </message>
    <message>
        <source>The case is not paused.</source>
        <translation>Ärendet är inte pausat.</translation>
    </message>
    <message>
        <source>The case is already closed.</source>
        <translation>Ärendet är redan avslutat.</translation>
    </message>
    <message>
        <source>The case is open.</source>
        <translation>Ärendet är öppet.</translation>
    </message>
    <message>
        <source>Pause the deadline while you wait for the requester</source>
        <translation>Pausa fristen medan du väntar på den registrerade</translation>
    </message>
    <message>
        <source>The case is already paused or closed.</source>
        <translation>Ärendet är redan pausat eller avslutat.</translation>
    </message>
    <message>
        <source>Attach a file to the case</source>
        <translation>Bifoga en fil till ärendet</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Details (without personal data) are in the log file:
%1</source>
        <translation>Detaljer (utan personuppgifter) finns i loggfilen:
%1</translation>
    </message>
    <message>
        <source>No log file could be written in the data folder.</source>
        <translation>Ingen loggfil kunde skrivas i datamappen.</translation>
    </message>
    <message>
        <source>DSAR Desk hit an unexpected error (%1). Changes already saved are safe; the action that failed was not half-saved. Nothing was sent anywhere.</source>
        <translation>DSAR Desk stötte på ett oväntat fel (%1). Ändringar som redan sparats är säkra; åtgärden som misslyckades sparades inte till hälften. Inget skickades någonstans.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
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
        <translation>Mottagen %1 (mottagningsdagen räknas inte)</translation>
    </message>
    <message>
        <source>One month later: %1</source>
        <translation>En månad senare: %1</translation>
    </message>
    <message>
        <source>%2 months later (extended): %1</source>
        <translation>%2 månader senare (förlängd): %1</translation>
    </message>
    <message>
        <source>(day %1 does not exist in %2, so the month&apos;s last day)</source>
        <translation>(%2 har ingen %1:e, därför månadens sista dag)</translation>
    </message>
    <message>
        <source>Plus 1 paused day: %1</source>
        <translation>Plus 1 pausdag: %1</translation>
    </message>
    <message>
        <source>Plus %2 paused days: %1</source>
        <translation>Plus %2 pausdagar: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not a working day</source>
        <translation>%1 är ingen arbetsdag</translation>
    </message>
    <message>
        <source>%1 are not working days</source>
        <translation>%1 är inga arbetsdagar</translation>
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
        <translation>tom (inget registrerat än)</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>BRUTEN</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostik</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Granskningslogg</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Händelser</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>Senaste hash</translation>
    </message>
    <message>
        <source>Redacted by retention</source>
        <translation>Gallrade</translation>
    </message>
    <message>
        <source>First bad event</source>
        <translation>Första ogiltiga händelse</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Kontrollerad</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datamapp</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>lösenfras</translation>
    </message>
    <message>
        <source>in memory only (demo store, gone when the window closes)</source>
        <translation>endast i minnet (demoarkiv, försvinner när fönstret stängs)</translation>
    </message>
    <message>
        <source>OS keyring</source>
        <translation>systemets nyckelring</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>öppnad skrivskyddad</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Nyckel</translation>
    </message>
    <message>
        <source>%1 (%2, %3 in the data folder)</source>
        <translation>%1 (%2, %3 i datamappen)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ingen än</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Senaste säkerhetskopia</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Loggfil</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>inte skriven</translation>
    </message>
    <message>
        <source>Nothing here is personal data, and nothing is sent anywhere.</source>
        <translation>Inget här är personuppgifter, och inget skickas någonstans.</translation>
    </message>
</context>
<context>
    <name>EditRequester</name>
    <message>
        <source>Edit requester – %1</source>
        <translation>Redigera den registrerade – %1</translation>
    </message>
    <message>
        <source>Correct the requester&apos;s details. The change, with the old and new values, is recorded in the audit trail.</source>
        <translation>Rätta uppgifterna om den registrerade. Ändringen, med gamla och nya värden, förs in i granskningsloggen.</translation>
    </message>
    <message>
        <source>Fix the fields marked in red to save the change.</source>
        <translation>Rätta fälten som är markerade med rött för att spara ändringen.</translation>
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
    <name>Grounds</name>
    <message>
        <source>manifestly unfounded or excessive request</source>
        <translation>uppenbart ogrundad eller orimlig begäran</translation>
    </message>
    <message>
        <source>the requester could not be identified</source>
        <translation>den registrerade kunde inte identifieras</translation>
    </message>
    <message>
        <source>the copy would adversely affect others&apos; rights</source>
        <translation>kopian skulle inkräkta på andras rättigheter</translation>
    </message>
    <message>
        <source>freedom of expression and information</source>
        <translation>yttrande- och informationsfrihet</translation>
    </message>
    <message>
        <source>a legal obligation requires the data</source>
        <translation>en rättslig förpliktelse kräver uppgifterna</translation>
    </message>
    <message>
        <source>public interest in public health</source>
        <translation>allmänintresse på folkhälsoområdet</translation>
    </message>
    <message>
        <source>archiving, research or statistics</source>
        <translation>arkivering, forskning eller statistik</translation>
    </message>
    <message>
        <source>establishment, exercise or defence of legal claims</source>
        <translation>fastställa, göra gällande eller försvara rättsliga anspråk</translation>
    </message>
    <message>
        <source>processing not based on consent or contract, or not automated</source>
        <translation>behandlingen grundas inte på samtycke eller avtal, eller är inte automatiserad</translation>
    </message>
    <message>
        <source>compelling legitimate grounds or legal claims</source>
        <translation>tvingande berättigade skäl eller rättsliga anspråk</translation>
    </message>
    <message>
        <source>the data are accurate or a recorded opinion</source>
        <translation>uppgifterna är riktiga eller en dokumenterad bedömning</translation>
    </message>
    <message>
        <source>none of the conditions for restriction applies</source>
        <translation>inget av villkoren för begränsning är uppfyllt</translation>
    </message>
    <message>
        <source>inadvisable for health or family reasons</source>
        <translation>olämpligt av hälso- eller familjeskäl</translation>
    </message>
    <message>
        <source>subject to a statutory duty of confidentiality</source>
        <translation>omfattas av lagstadgad tystnadsplikt</translation>
    </message>
    <message>
        <source>internal case preparation only</source>
        <translation>endast intern beredning av ärendet</translation>
    </message>
    <message>
        <source>debt collectors&apos; duty of confidentiality (third-party data)</source>
        <translation>inkassoföretagets tystnadsplikt (uppgifter om andra)</translation>
    </message>
    <message>
        <source>bookkeeping records must be kept</source>
        <translation>räkenskapsinformation ska bevaras</translation>
    </message>
    <message>
        <source>statutory secrecy</source>
        <translation>lagstadgad sekretess</translation>
    </message>
    <message>
        <source>running text not finalised</source>
        <translation>löpande text som inte är färdigställd</translation>
    </message>
    <message>
        <source>national restriction of the right of access</source>
        <translation>nationell begränsning av rätten till tillgång</translation>
    </message>
    <message>
        <source>decisive private interests</source>
        <translation>avgörande privata intressen</translation>
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
        <translation>Som begäran kom in</translation>
    </message>
    <message>
        <source>Paper (address for a window envelope)</source>
        <translation>Papper (adress för fönsterkuvert)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-post</translation>
    </message>
    <message>
        <source>What this letter says about this case only (optional for most kinds)</source>
        <translation>Det brevet säger om just detta ärende (valfritt för de flesta brevtyper)</translation>
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
        <translation>Leverans</translation>
    </message>
    <message>
        <source>Case-specific paragraph</source>
        <translation>Stycke för detta ärende</translation>
    </message>
    <message>
        <source>Save to case</source>
        <translation>Spara i ärendet</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Spara som…</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Skicka med e-post…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>★ fits the case as it stands now</source>
        <translation>★ passar ärendet som det ser ut nu</translation>
    </message>
    <message>
        <source>Required for this letter: what you ask or explain to the requester</source>
        <translation>Krävs för detta brev: det du frågar om eller förklarar för den registrerade</translation>
    </message>
    <message>
        <source>What this letter says about this case only (optional)</source>
        <translation>Det brevet säger om just detta ärende (valfritt)</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Uppdaterar förhandsgranskningen…</translation>
    </message>
    <message>
        <source>This letter cannot be produced yet.</source>
        <translation>Det här brevet kan inte skapas än.</translation>
    </message>
    <message>
        <source>Add what is missing; the preview follows.</source>
        <translation>Fyll i det som saknas; förhandsgranskningen uppdateras.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 page(s)</source>
        <translation>%1 · %2 · %3 s.</translation>
    </message>
    <message>
        <source>The processing register of %1 has no %2 version of: %3. This letter is therefore written in %4, the entity&apos;s default letter language, so that it does not mix two languages. Add the missing versions in Settings &gt; Processing register to write it in %2.</source>
        <translation>Registerförteckningen för %1 saknar en version på %2 av: %3. Brevet skrivs därför på %4, bolagets standardspråk för brev, så att det inte blandar två språk. Lägg till de versioner som saknas under Inställningar &gt; Registerförteckning för att skriva brevet på %2.</translation>
    </message>
    <message>
        <source>The requester has no e-mail address; send this letter by post.</source>
        <translation>Den registrerade har ingen e-postadress; skicka brevet med post.</translation>
    </message>
    <message>
        <source>Saved to case %1 as %2. Mark it sent on the case&apos;s Letters tab once it is out.</source>
        <translation>Sparat i ärende %1 som %2. Markera det som skickat på ärendets flik Brev när det har gått iväg.</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>Spara brevet som</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Skrivet till %1</translation>
    </message>
    <message>
        <source>E-mail draft opened in your mail program: check and send it there.</source>
        <translation>E-postutkastet har öppnats i ditt e-postprogram: kontrollera och skicka det där.</translation>
    </message>
</context>
<context>
    <name>LetterFacts</name>
    <message>
        <source>Remove</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Processing activities that apply (Art. 15(1))</source>
        <translation>Behandlingar som berörs (artikel&#xa0;15.1)</translation>
    </message>
    <message>
        <source>The entity&apos;s processing register is empty: add activities in Settings.</source>
        <translation>Bolagets registerförteckning är tom: lägg till behandlingar under Inställningar.</translation>
    </message>
    <message>
        <source>Systems and departments searched (one per line)</source>
        <translation>Genomsökta system och avdelningar (en per rad)</translation>
    </message>
    <message>
        <source>Withheld categories and why</source>
        <translation>Undantagna kategorier och varför</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Skäl</translation>
    </message>
    <message>
        <source>Add withheld category</source>
        <translation>Lägg till undantagen kategori</translation>
    </message>
    <message>
        <source>Per data category: erased or kept</source>
        <translation>Per uppgiftskategori: raderad eller sparad</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Raderad</translation>
    </message>
    <message>
        <source>Ground if kept</source>
        <translation>Grund om sparad</translation>
    </message>
    <message>
        <source>Statute</source>
        <translation>Lagrum</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Sparas till</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Lägg till kategori</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Acknowledgement</source>
        <translation>Mottagningsbekräftelse</translation>
    </message>
    <message>
        <source>Identity request</source>
        <translation>Begäran om identifiering</translation>
    </message>
    <message>
        <source>Clarification request</source>
        <translation>Begäran om förtydligande</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Besked om förlängning</translation>
    </message>
    <message>
        <source>Access response</source>
        <translation>Registerutdrag</translation>
    </message>
    <message>
        <source>Rectification confirmation</source>
        <translation>Bekräftelse av rättelse</translation>
    </message>
    <message>
        <source>Erasure response</source>
        <translation>Svar om radering</translation>
    </message>
    <message>
        <source>Restriction confirmation</source>
        <translation>Bekräftelse av begränsning</translation>
    </message>
    <message>
        <source>Portability response</source>
        <translation>Svar om dataportabilitet</translation>
    </message>
    <message>
        <source>Objection response</source>
        <translation>Svar på invändning</translation>
    </message>
    <message>
        <source>Marketing objection confirmation</source>
        <translation>Bekräftelse av invändning mot marknadsföring</translation>
    </message>
    <message>
        <source>Consent withdrawal confirmation</source>
        <translation>Bekräftelse av återkallat samtycke</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Avslag</translation>
    </message>
    <message>
        <source>Closed: identity not confirmed</source>
        <translation>Avslutat: identitet ej styrkt</translation>
    </message>
    <message>
        <source>No data held</source>
        <translation>Inga uppgifter finns</translation>
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
        <translation>Personligen</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>DSAR Desk is locked</source>
        <translation>DSAR Desk är låst</translation>
    </message>
    <message>
        <source>Every case is hidden. Enter the case store&apos;s passphrase to continue.</source>
        <translation>Alla ärenden är dolda. Ange ärendearkivets lösenfras för att fortsätta.</translation>
    </message>
    <message>
        <source>Every case is hidden. Unlock to continue.</source>
        <translation>Ärendena är dolda tills du låser upp.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Skriv lösenfrasen först.</translation>
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
        <translation>Är&amp;enden</translation>
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
        <source>Save a letter on the case to print it</source>
        <translation>Spara ett brev i ärendet för att skriva ut det</translation>
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
    <message>
        <source>&amp;Reports</source>
        <translation>Ra&amp;pporter</translation>
    </message>
    <message>
        <source>Export the monthly request log (CSV, XLSX or PDF)</source>
        <translation>Exportera månadsloggen över begäranden (CSV, XLSX eller PDF)</translation>
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
        <source>Representative</source>
        <translation>Ombud</translation>
    </message>
    <message>
        <source>Only when someone acts for the person.</source>
        <translation>Endast när någon företräder personen.</translation>
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
    <name>Recovery</name>
    <message>
        <source>Your recovery key</source>
        <translation>Din återställningsnyckel</translation>
    </message>
    <message>
        <source>This key opens the case store and its backups on another computer, or when this computer&apos;s keyring or your passphrase is lost. It is shown only now. Print it or save the recovery sheet, and keep it apart from the computer.</source>
        <translation>Nyckeln öppnar ärendearkivet och dess säkerhetskopior på en annan dator, eller om datorns nyckelring eller din lösenfras går förlorad. Den visas bara nu. Skriv ut den eller spara återställningsbladet, och förvara det åtskilt från datorn.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Skriv ut…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Spara som PDF…</translation>
    </message>
    <message>
        <source>I have stored it safely</source>
        <translation>Jag har förvarat den säkert</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Spara återställningsbladet</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Inte sparat</translation>
    </message>
    <message>
        <source>The sheet could not be written (%1); choose another folder.</source>
        <translation>Bladet kunde inte skrivas (%1); välj en annan mapp.</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlock</name>
    <message>
        <source>This computer&apos;s keyring does not hold the key of this case store. That is expected when the data folder was moved here or restored from another computer.</source>
        <translation>Den här datorns nyckelring har inte nyckeln till det här ärendearkivet. Det är väntat när datamappen har flyttats hit eller återställts från en annan dator.</translation>
    </message>
    <message>
        <source>This case store&apos;s key was kept in an OS keyring, and no keyring is available on this computer.</source>
        <translation>Nyckeln till det här ärendearkivet förvarades i en systemnyckelring, och den här datorn har ingen nyckelring.</translation>
    </message>
    <message>
        <source>The key in this computer&apos;s keyring does not open this case store; the file may have been replaced by one from another computer.</source>
        <translation>Nyckeln i den här datorns nyckelring öppnar inte det här ärendearkivet; filen kan ha ersatts med en från en annan dator.</translation>
    </message>
    <message>
        <source>If the passphrase is lost, the recovery key opens the store instead.</source>
        <translation>Om lösenfrasen har gått förlorad öppnar återställningsnyckeln arkivet i stället.</translation>
    </message>
    <message>
        <source>Unlock with the recovery key</source>
        <translation>Lås upp med återställningsnyckeln</translation>
    </message>
    <message>
        <source>Open the case store with its recovery key</source>
        <translation>Öppna ärendearkivet med dess återställningsnyckel</translation>
    </message>
    <message>
        <source>&amp;Recovery key, as printed on the recovery sheet</source>
        <translation>&amp;Återställningsnyckel, så som den står på återställningsbladet</translation>
    </message>
    <message>
        <source>After unlocking, this computer&apos;s keyring keeps the key, so the recovery key is not needed here again. Keep the sheet safe: it still opens the store and its backups.</source>
        <translation>Efter upplåsningen förvarar den här datorns nyckelring nyckeln, så återställningsnyckeln behövs inte här igen. Förvara bladet säkert: det öppnar fortfarande arkivet och dess säkerhetskopior.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer to keep the key. After unlocking you choose a passphrase, which protects the store from then on.</source>
        <translation>Den här datorn har ingen nyckelring som kan förvara nyckeln. Efter upplåsningen väljer du en lösenfras, som skyddar arkivet från och med då.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tillbaka</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>%1 of %2 letters and digits · spaces, dashes and case do not matter</source>
        <translation>%1 av %2 bokstäver och siffror · mellanslag, bindestreck och versaler spelar ingen roll</translation>
    </message>
    <message>
        <source>The key could not be checked; see the log file.</source>
        <translation>Nyckeln kunde inte kontrolleras; se loggfilen.</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Kontrollerar nyckeln…</translation>
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
        <source>Purposes</source>
        <translation>Ändamål</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Rättslig grund</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Uppgiftskategorier</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Mottagare</translation>
    </message>
    <message>
        <source>Retention or criteria</source>
        <translation>Lagringstid eller kriterier</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Transfers outside the EEA and safeguards</source>
        <translation>Överföring utanför EES och skyddsåtgärder</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Automatiserade beslut</translation>
    </message>
    <message>
        <source>Edit processing activity</source>
        <translation>Redigera behandling</translation>
    </message>
    <message>
        <source>Add processing activity</source>
        <translation>Lägg till behandling</translation>
    </message>
    <message>
        <source>Access responses quote these texts (Art. 15(1)); write them for the requester.</source>
        <translation>Registerutdrag citerar dessa texter (artikel&#xa0;15.1); skriv dem för den registrerade.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>A new activity</source>
        <translation>En ny behandling</translation>
    </message>
    <message>
        <source>Same activity as</source>
        <translation>Samma behandling som</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Name: give the activity a name, e.g. Customer relationship.</source>
        <translation>Namn: ge behandlingen ett namn, t.ex. Kundrelation.</translation>
    </message>
    <message>
        <source>%1: needed for access responses.</source>
        <translation>%1: behövs för registerutdrag.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Bolag</translation>
    </message>
    <message>
        <source>Shows the activities in this letter language; new activities are added in it.</source>
        <translation>Visar behandlingarna på detta brevspråk; nya behandlingar läggs till på det.</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Brevspråk</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lägg till…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Redigera…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Ta bort</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importera…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportera…</translation>
    </message>
    <message>
        <source>%1 activities in %2</source>
        <translation>%1 behandlingar (%2)</translation>
    </message>
    <message>
        <source>Complete: %1.</source>
        <translation>Fullständiga: %1.</translation>
    </message>
    <message>
        <source>%1 is incomplete, missing: %2. Letters in this language that need them are written in %3.</source>
        <translation>%1: ofullständig, saknar %2. Brev på det språket som behöver dem skrivs på språket %3.</translation>
    </message>
    <message>
        <source>The register is empty.</source>
        <translation>Förteckningen är tom.</translation>
    </message>
    <message>
        <source>Import a processing register</source>
        <translation>Importera en registerförteckning</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the processing register</source>
        <translation>Exportera registerförteckningen</translation>
    </message>
    <message>
        <source>%1 activities written to %2</source>
        <translation>%1 behandlingar skrivna till %2</translation>
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
        <translation>Frist denna vecka</translation>
    </message>
    <message>
        <source>Due within %1 days</source>
        <translation>Frist inom %1 dagar</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 ärenden</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Behandling</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Lagringstid</translation>
    </message>
    <message>
        <source>Transfers outside the EEA</source>
        <translation>Överföring utanför EES</translation>
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
        <translation>CSV (text för kalkylblad)</translation>
    </message>
    <message>
        <source>XLSX (Excel workbook)</source>
        <translation>XLSX (Excel-arbetsbok)</translation>
    </message>
    <message>
        <source>PDF (printable report)</source>
        <translation>PDF (utskriftsvänlig rapport)</translation>
    </message>
    <message>
        <source>Export monthly log</source>
        <translation>Exportera månadslogg</translation>
    </message>
    <message>
        <source>The request log for %1, %2.</source>
        <translation>Loggen över begäranden för %1, %2.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>; semicolon (Nordic spreadsheets)</source>
        <translation>; semikolon (nordiska kalkylblad)</translation>
    </message>
    <message>
        <source>, comma</source>
        <translation>, kommatecken</translation>
    </message>
    <message>
        <source>CSV separator:</source>
        <translation>CSV-avgränsare:</translation>
    </message>
    <message>
        <source>Include requester names and contact details</source>
        <translation>Ta med namn och kontaktuppgifter</translation>
    </message>
    <message>
        <source>The file will then hold personal data. Keep it where only those who need it can read it, and delete it when it is no longer needed. Without names the log is pseudonymous by case reference.</source>
        <translation>Filen innehåller då personuppgifter. Förvara den där bara de som behöver den kan läsa den, och radera den när den inte längre behövs. Utan namn är loggen pseudonymiserad med ärendereferens.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Välj fil…</translation>
    </message>
    <message>
        <source>Exporting the request log for %1…</source>
        <translation>Exporterar loggen över begäranden för %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Avbryter…</translation>
    </message>
    <message>
        <source>no legal ground code recorded</source>
        <translation>ingen lagstödskod registrerad</translation>
    </message>
    <message>
        <source>not in the grounds catalogue</source>
        <translation>saknas i listan över lagstöd</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Lagstöd</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Lagrum</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>Vad det omfattar</translation>
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
        <translation>median %1 dagar</translation>
    </message>
    <message>
        <source>none ended yet</source>
        <translation>ingen avslutad än</translation>
    </message>
    <message>
        <source>received</source>
        <translation>mottagna</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>avslutade</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>i tid</translation>
    </message>
    <message>
        <source>answered within one month</source>
        <translation>besvarade inom en månad</translation>
    </message>
    <message>
        <source>within three months when extended</source>
        <translation>inom tre månader vid förlängning</translation>
    </message>
    <message>
        <source>extensions notified</source>
        <translation>förlängningar meddelade</translation>
    </message>
    <message>
        <source>pauses started</source>
        <translation>pauser påbörjade</translation>
    </message>
    <message>
        <source>refusals (whole or partial)</source>
        <translation>avslag (helt eller delvis)</translation>
    </message>
    <message>
        <source>open at month end</source>
        <translation>öppna vid månadens slut</translation>
    </message>
    <message>
        <source>overdue at month end</source>
        <translation>försenade vid månadens slut</translation>
    </message>
    <message>
        <source>median days to respond</source>
        <translation>median antal dagar till svar</translation>
    </message>
    <message>
        <source>calendar days, closed requests</source>
        <translation>kalenderdagar, avslutade begäranden</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 closed, %4 on time</source>
        <translation>%1: %2 mottagna, %3 avslutade, %4 i tid</translation>
    </message>
    <message>
        <source>Requests received per right and share answered on time</source>
        <translation>Mottagna begäranden per rättighet och andel besvarade i tid</translation>
    </message>
    <message>
        <source>answered on time (right axis)</source>
        <translation>besvarade i tid (höger axel)</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Senaste 12 månaderna</translation>
    </message>
    <message>
        <source>Refusals by legal ground</source>
        <translation>Avslag per lagstöd</translation>
    </message>
    <message>
        <source>No refusals decided this month.</source>
        <translation>Inga avslag denna månad.</translation>
    </message>
    <message>
        <source>(so far)</source>
        <translation>(hittills)</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Månad:</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Bolag:</translation>
    </message>
    <message>
        <source>Export %1…</source>
        <translation>Exportera %1…</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Alla bolag</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Läser in…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-filer (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-arbetsböcker (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
    <message>
        <source>Wrote %1 rows to:
%2

SHA-256 (also in %3):
%4</source>
        <translation>Skrev %1 rader till:
%2

SHA-256 (även i %3):
%4</translation>
    </message>
    <message>
        <source>Export complete</source>
        <translation>Exporten är klar</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Retention of closed cases</source>
        <translation>Gallring av avslutade ärenden</translation>
    </message>
    <message>
        <source>%1 closed case(s) have passed their entity&apos;s retention period. Running retention anonymises them: personal fields, attachments and letters are removed; statistics and the audit skeleton stay. This cannot be undone (backups keep the old state).</source>
        <translation>%1 avslutade ärende(n) har passerat bolagets lagringstid. Gallringen anonymiserar dem: personuppgifter, bilagor och brev tas bort; statistiken och stommen i granskningsloggen finns kvar. Det går inte att ångra (säkerhetskopiorna behåller det tidigare läget).</translation>
    </message>
    <message>
        <source>No closed case has passed its retention period. Nothing to do.</source>
        <translation>Inga avslutade ärenden har passerat lagringstiden. Inget att göra.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Ärende</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Bolag</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Gallringsdatum</translation>
    </message>
    <message>
        <source>What is removed</source>
        <translation>Vad som tas bort</translation>
    </message>
    <message>
        <source>Anonymise %1 case(s)</source>
        <translation>Anonymisera %1 ärende(n)</translation>
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
        <translation>&amp;Säkerhetskopiera nu…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Återställ…</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>&amp;Gallring…</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnostik</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Verktyg</translation>
    </message>
    <message>
        <source>another DSAR Desk</source>
        <translation>en annan DSAR Desk</translation>
    </message>
    <message>
        <source>Read-only: the case store is open in %1. You can look cases up; changes are refused until it is closed there and this window is reopened.</source>
        <translation>Skrivskyddat: ärendearkivet är öppet i %1. Du kan slå upp ärenden; ändringar nekas tills det har stängts där och detta fönster har öppnats igen.</translation>
    </message>
    <message>
        <source>Checking the case store and writing the daily backup…</source>
        <translation>Kontrollerar ärendearkivet och tar dagens säkerhetskopia…</translation>
    </message>
    <message>
        <source>Daily backup written; the case store passed its integrity check.</source>
        <translation>Dagens säkerhetskopia är tagen; ärendearkivet klarade integritetskontrollen.</translation>
    </message>
    <message>
        <source>The case store failed its integrity check</source>
        <translation>Ärendearkivet klarade inte integritetskontrollen</translation>
    </message>
    <message>
        <source>The daily check found a problem in the case store, so no backup was written today. Stop entering changes and restore the newest good backup; the damaged file is kept as a safety copy.</source>
        <translation>Den dagliga kontrollen hittade ett fel i ärendearkivet, så ingen säkerhetskopia togs i dag. Gör inga fler ändringar och återställ den senaste felfria säkerhetskopian; den skadade filen sparas som säkerhetskopia.</translation>
    </message>
    <message>
        <source>Restore newest backup…</source>
        <translation>Återställ senaste säkerhetskopian…</translation>
    </message>
    <message>
        <source>Back up the case store into…</source>
        <translation>Säkerhetskopiera ärendearkivet till…</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Säkerhetskopian är skriven</translation>
    </message>
    <message>
        <source>The encrypted backup is in %1. It opens with this store&apos;s key or its recovery key.</source>
        <translation>Den krypterade säkerhetskopian finns i %1. Den öppnas med arkivets nyckel eller dess återställningsnyckel.</translation>
    </message>
    <message>
        <source>Restore the case store from…</source>
        <translation>Återställ ärendearkivet från…</translation>
    </message>
    <message>
        <source>DSAR Desk backups (*.sqlite3)</source>
        <translation>DSAR Desk-säkerhetskopior (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Återställ en säkerhetskopia</translation>
    </message>
    <message>
        <source>Replace the case store with the backup %1? The backup is checked first, and the current store is kept as a safety copy in the backups folder.</source>
        <translation>Ersätta ärendearkivet med säkerhetskopian %1? Säkerhetskopian kontrolleras först, och det nuvarande arkivet sparas som en extra kopia i mappen för säkerhetskopior.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Säkerhetskopian är återställd</translation>
    </message>
    <message>
        <source>The backup was restored. The store as it was is kept in %1.</source>
        <translation>Säkerhetskopian återställdes. Arkivet som det var sparas i %1.</translation>
    </message>
    <message>
        <source>Retention done</source>
        <translation>Gallringen är klar</translation>
    </message>
    <message>
        <source>%1 case(s) anonymised; the audit trail records it.</source>
        <translation>%1 ärende(n) anonymiserade; granskningsloggen registrerar det.</translation>
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
        <translation>t.ex. NO1</translation>
    </message>
    <message>
        <source>Strict: official public holidays only</source>
        <translation>Strikt: endast allmänna helgdagar</translation>
    </message>
    <message>
        <source>Lenient: also the eves in national statutes</source>
        <translation>Utökad: även aftnar enligt nationell lag</translation>
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
        <translation>Kod: använd 2 till 10 bokstäver eller siffror, till exempel NO1.</translation>
    </message>
    <message>
        <source>Legal name: the entity&apos;s legal name is required.</source>
        <translation>Juridiskt namn: bolagets juridiska namn måste anges.</translation>
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
        <source>Processing register</source>
        <translation>Registerförteckning</translation>
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
        <translation>Ditt namn, som det visas i granskningsloggen</translation>
    </message>
    <message>
        <source>Exclusive: the day a pause starts is not counted</source>
        <translation>Exklusiv: dagen då pausen börjar räknas inte</translation>
    </message>
    <message>
        <source>Inclusive: both the first and the last day count</source>
        <translation>Inklusiv: både första och sista dagen räknas</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The window hides every case behind a lock screen after this idle time</source>
        <translation>Fönstret döljer alla ärenden bakom en låsskärm efter så här lång tid utan aktivitet</translation>
    </message>
    <message>
        <source>Swedish and Finnish: … X Y Z Å Ä Ö</source>
        <translation>Svensk och finsk: … X Y Z Å Ä Ö</translation>
    </message>
    <message>
        <source>Danish and Norwegian: … X Y Z Æ Ø Å</source>
        <translation>Dansk och norsk: … X Y Z Æ Ø Å</translation>
    </message>
    <message>
        <source>How the register sorts requester names</source>
        <translation>Hur registret sorterar de registrerades namn</translation>
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
        <source>Lock when idle for</source>
        <translation>Lås vid inaktivitet i</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>Namnordning</translation>
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
        <translation>Begäran registrerad</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausad</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, från %2</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Återupptagen</translation>
    </message>
    <message>
        <source>%1 paused day(s) added to the deadline</source>
        <translation>%1 pausdag(ar) lagda till fristen</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Identitet kontrollerad</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Fristen förlängd</translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <translation>Utfall registrerat</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Avslutat</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Återöppnat</translation>
    </message>
    <message>
        <source>Handler assigned</source>
        <translation>Handläggare tilldelad</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Anteckning</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Bilaga tillagd</translation>
    </message>
    <message>
        <source>Deadlines recomputed</source>
        <translation>Frister omräknade</translation>
    </message>
    <message>
        <source>due %1 → %2</source>
        <translation>frist %1 → %2</translation>
    </message>
    <message>
        <source>Requester details corrected</source>
        <translation>Den registrerades uppgifter rättade</translation>
    </message>
    <message>
        <source>Letter saved</source>
        <translation>Brev sparat</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Brev skickat</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Letter facts recorded</source>
        <translation>Uppgifter för brev registrerade</translation>
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
        <translation>Välj en lösenfras</translation>
    </message>
    <message>
        <source>Unlock the case store</source>
        <translation>Lås upp ärendearkivet</translation>
    </message>
    <message>
        <source>The recovery key opened the case store. No keyring is available on this computer to keep its key, so choose a passphrase now: the store is re-encrypted with it, and you get a new recovery key. If you skip this, the next start asks for the recovery key again.</source>
        <translation>Återställningsnyckeln öppnade ärendearkivet. Den här datorn har ingen nyckelring som kan förvara nyckeln, så välj en lösenfras nu: arkivet krypteras om med den, och du får en ny återställningsnyckel. Om du hoppar över detta frågar nästa start efter återställningsnyckeln igen.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer to keep the case store&apos;s key. Choose a passphrase instead: it encrypts every case. DSAR Desk never stores the cases unencrypted and never writes the passphrase down.</source>
        <translation>Den här datorn har ingen nyckelring som kan förvara ärendearkivets nyckel. Välj i stället en lösenfras: den krypterar alla ärenden. DSAR Desk sparar aldrig ärendena okrypterade och skriver aldrig ned lösenfrasen.</translation>
    </message>
    <message>
        <source>This case store is protected by a passphrase.</source>
        <translation>Det här ärendearkivet skyddas av en lösenfras.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Lösenfras</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Upprepa</translation>
    </message>
    <message>
        <source>at least %1 characters; a few unrelated words work well</source>
        <translation>minst %1 tecken, gärna några slumpvisa ord</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>Ange lösenfras</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>Skapa arkiv</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Lås upp</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Hoppa över</translation>
    </message>
    <message>
        <source>Use recovery key…</source>
        <translation>Använd återställningsnyckel…</translation>
    </message>
    <message>
        <source>Passphrase: use at least %1 characters.</source>
        <translation>Lösenfras: använd minst %1 tecken.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Lösenfraserna skiljer sig åt; skriv samma två gånger.</translation>
    </message>
    <message>
        <source>Unlocked with the recovery key</source>
        <translation>Upplåst med återställningsnyckeln</translation>
    </message>
    <message>
        <source>The case store is open. This computer&apos;s keyring now keeps its key, so the recovery key is not needed here again. Keep the recovery sheet safe.</source>
        <translation>Ärendearkivet är öppet. Den här datorns nyckelring förvarar nu nyckeln, så återställningsnyckeln behövs inte här igen. Förvara återställningsbladet säkert.</translation>
    </message>
    <message>
        <source>another DSAR Desk</source>
        <translation>en annan DSAR Desk</translation>
    </message>
    <message>
        <source>Case store in use</source>
        <translation>Ärendearkivet används</translation>
    </message>
    <message>
        <source>The case store is open in %1. Only one DSAR Desk can change it at a time.

Open it read-only to look up cases? Changes are refused until the other one closes.</source>
        <translation>Ärendearkivet är öppet i %1. Bara en DSAR Desk åt gången kan ändra det.

Öppna det skrivskyddat för att slå upp ärenden? Ändringar nekas tills den andra stängs.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Öppna skrivskyddat</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>The case store is damaged</source>
        <translation>Ärendearkivet är skadat</translation>
    </message>
    <message>
        <source>The case store failed its check and cannot be opened safely.

Restore the newest good backup (%1)? The damaged file is kept aside, not deleted.</source>
        <translation>Ärendearkivet klarade inte kontrollen och kan inte öppnas säkert.

Återställa den senaste felfria säkerhetskopian (%1)? Den skadade filen läggs undan, den raderas inte.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Återställ säkerhetskopian</translation>
    </message>
    <message>
        <source>Cannot open the case store</source>
        <translation>Det går inte att öppna ärendearkivet</translation>
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
    <name>Validation</name>
    <message>
        <source>Too long: %1 characters, at most %2 allowed. Shorten it.</source>
        <translation>För lång: %1 tecken, högst %2 tillåts. Korta texten.</translation>
    </message>
    <message>
        <source>Contains a control character (%1). Retype it or paste it as plain text.</source>
        <translation>Innehåller ett styrtecken (%1). Skriv om texten eller klistra in den som oformaterad text.</translation>
    </message>
    <message>
        <source>Contains an invisible text-direction mark (%1). Retype it without it.</source>
        <translation>Innehåller ett osynligt tecken för skrivriktning (%1). Skriv om texten utan det.</translation>
    </message>
    <message>
        <source>Contains a broken character. Retype it.</source>
        <translation>Innehåller ett trasigt tecken. Skriv om texten.</translation>
    </message>
    <message>
        <source>Keep it on one line.</source>
        <translation>Skriv allt på en rad.</translation>
    </message>
    <message>
        <source>Use letters or digits, not only punctuation or spaces.</source>
        <translation>Använd bokstäver eller siffror, inte bara skiljetecken eller mellanslag.</translation>
    </message>
    <message>
        <source>This is not an e-mail address. Use the form name@example.com.</source>
        <translation>Detta är ingen e-postadress. Använd formen namn@exempel.se.</translation>
    </message>
    <message>
        <source>Use digits, spaces and an optional leading +.</source>
        <translation>Använd siffror, mellanslag och eventuellt + först.</translation>
    </message>
    <message>
        <source>Use 2 to 10 letters or digits, for example NO1.</source>
        <translation>Använd 2 till 10 bokstäver eller siffror, till exempel SE1.</translation>
    </message>
    <message>
        <source>Too short to be an identity number.</source>
        <translation>För kort för att vara ett personnummer.</translation>
    </message>
    <message>
        <source>%1 is in the future. Use today or an earlier date.</source>
        <translation>%1 ligger i framtiden. Använd dagens datum eller ett tidigare.</translation>
    </message>
    <message>
        <source>Use 25 May 2018, when the GDPR took effect, or a later date.</source>
        <translation>Använd 25 maj 2018, då dataskyddsförordningen började tillämpas, eller ett senare datum.</translation>
    </message>
    <message>
        <source>Choose at least one right.</source>
        <translation>Välj minst en rättighet.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Fältet måste fyllas i.</translation>
    </message>
    <message>
        <source>Add an entity in Settings first.</source>
        <translation>Lägg först till ett bolag under Inställningar.</translation>
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
        <translation>Pågående</translation>
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
    <message>
        <source>strict</source>
        <translation>strikt</translation>
    </message>
    <message>
        <source>lenient</source>
        <translation>utökad</translation>
    </message>
</context>
</TS>
