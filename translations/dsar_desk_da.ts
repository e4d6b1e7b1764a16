<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da">
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
        <translation type="unfinished">Sagsbehandler</translation>
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
    <name>CaseLetters</name>
    <message>
        <source>Written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished">Brev</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When and how did the %1 go out?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline pauses from that day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The extension takes effect with the notice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark letter sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark sent…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected letter of this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a letter on the case to print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
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
        <translation>Rettigheder</translation>
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
        <translation>Dage tilbage</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier requests</source>
        <translation type="unfinished"></translation>
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
    <name>Crash</name>
    <message>
        <source>Details (without personal data) are in the log file:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No log file could be written in the data folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSAR Desk hit an unexpected error (%1). Changes already saved are safe; the action that failed was not half-saved. Nothing was sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation type="unfinished">Noget gik galt</translation>
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
    <name>Diagnostics</name>
    <message>
        <source>intact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty (nothing recorded yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redacted by retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First bad event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OS keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3 in the data folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing here is personal data, and nothing is sent anywhere.</source>
        <translation type="unfinished"></translation>
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
    <name>LetterDialog</name>
    <message>
        <source>Letters – %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the request came in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper (address for a window envelope)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>What this letter says about this case only (optional for most kinds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished">Brev</translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case-specific paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save to case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ fits the case as it stands now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required for this letter: what you ask or explain to the requester</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this letter says about this case only (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This letter cannot be produced yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add what is missing; the preview follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3 page(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requester has no e-mail address; send this letter by post.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to case %1 as %2. Mark it sent on the case&apos;s Letters tab once it is out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail draft opened in your mail program: check and send it there.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LetterFacts</name>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing activities that apply (Art. 15(1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The entity&apos;s processing register is empty: add activities in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems and departments searched (one per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withheld categories and why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add withheld category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per data category: erased or kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erased</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground if kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Statute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add category</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identity request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clarification request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rectification confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasure response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restriction confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portability response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objection response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing objection confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawal confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed: identity not confirmed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data held</source>
        <translation type="unfinished">Ingen oplysninger registreret</translation>
    </message>
    <message>
        <source>Post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished">E-mail</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished">Personligt fremmøde</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>DSAR Desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every case is hidden. Enter the case store&apos;s passphrase to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every case is hidden. Unlock to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>&amp;Cases</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the monthly request log (CSV, XLSX or PDF)</source>
        <translation type="unfinished"></translation>
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
        <source>Representative (if someone acts for the person)</source>
        <translation>Repræsentant (hvis nogen handler på personens vegne)</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens the case store and its backups on another computer, or when this computer&apos;s keyring or your passphrase is lost. It is shown only now. Print it or save the recovery sheet, and keep it apart from the computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have stored it safely</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet could not be written (%1); choose another folder.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention or criteria</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers outside the EEA and safeguards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add processing activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access responses quote these texts (Art. 15(1)); write them for the requester.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished">Navn</translation>
    </message>
    <message>
        <source>Name: give the activity a name, e.g. Customer relationship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: needed for access responses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Selskab</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished">Redigér…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a processing register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the processing register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 activities written to %2</source>
        <translation type="unfinished"></translation>
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
        <translation>Frist i denne uge</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers outside the EEA</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>CSV (spreadsheet text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XLSX (Excel workbook)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (printable report)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export monthly log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request log for %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; semicolon (Nordic spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include requester names and contact details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file will then hold personal data. Keep it where only those who need it can read it, and delete it when it is no longer needed. Without names the log is pseudonymous by case reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting the request log for %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no legal ground code recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the grounds catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none ended yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered within one month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within three months when extended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extensions notified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pauses started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refusals (whole or partial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overdue at month end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>median days to respond</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>calendar days, closed requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 received, %3 closed, %4 on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests received per right and share answered on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>answered on time (right axis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusals by legal ground</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No refusals decided this month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All entities</source>
        <translation type="unfinished">Alle selskaber</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote %1 rows to:
%2

SHA-256 (also in %3):
%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export complete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Retention of closed cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 closed case(s) have passed their entity&apos;s retention period. Running retention anonymises them: personal fields, attachments and letters are removed; statistics and the audit skeleton stay. This cannot be undone (backups keep the old state).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No closed case has passed its retention period. Nothing to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entity</source>
        <translation type="unfinished">Selskab</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished">Frist</translation>
    </message>
    <message>
        <source>What is removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anonymise %1 case(s)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another DSAR Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: the case store is open in %1. You can look cases up; changes are refused until it is closed there and this window is reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the case store into…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The encrypted backup is in %1. It opens with this store&apos;s key or its recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the case store from…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DSAR Desk backups (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the case store with the backup %1? The backup is checked first, and the current store is kept as a safety copy in the backups folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored. The store as it was is kept in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 case(s) anonymised; the audit trail records it.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal name: the entity&apos;s legal name is required.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
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
        <translation> dage</translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The window hides every case behind a lock screen after this idle time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swedish and Finnish: … X Y Z Å Ä Ö</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Danish and Norwegian: … X Y Z Æ Ø Å</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the register sorts requester names</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name order</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished">I bero</translation>
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
        <source>Letter saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter facts recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Letter</source>
        <translation type="unfinished">Brev</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>Choose a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock the case store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring is available on this computer to keep the case store&apos;s key. Choose a passphrase instead: it encrypts every case. DSAR Desk never stores the cases unencrypted and never writes the passphrase down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case store is protected by a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1 characters; a few unrelated words work well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: use at least %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another DSAR Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case store in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case store is open in %1. Only one DSAR Desk can change it at a time.

Open it read-only to look up cases? Changes are refused until the other one closes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case store is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case store failed its check and cannot be opened safely.

Restore the newest good backup (%1)? The damaged file is kept aside, not deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the case store</source>
        <translation type="unfinished">Kan ikke åbne sagsarkivet</translation>
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
        <translation>Indsigelse mod direkte markedsføring</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Tilbagetrækning af samtykke</translation>
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
</context>
</TS>
