<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
<context>
    <name>About</name>
    <message>
        <source>A case tool for GDPR data-subject requests. Licensed under the GPL, version 3 or later.</source>
        <translation>Asianhallintatyökalu rekisteröityjen tietosuojapyyntöihin. Lisenssi: GPL, versio 3 tai uudempi.</translation>
    </message>
    <message>
        <source>Built with PySide6 %1 and these libraries:</source>
        <translation>Tehty PySide6 %1 -kirjastolla ja näillä kirjastoilla:</translation>
    </message>
    <message>
        <source>About DSAR Desk</source>
        <translation>Tietoja: DSAR Desk</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>Verify identity</source>
        <translation>Varmista henkilöllisyys</translation>
    </message>
    <message>
        <source>Record how the requester&apos;s identity was checked. Do not keep a copy of an ID.</source>
        <translation>Kirjaa, miten rekisteröidyn henkilöllisyys tarkistettiin. Älä säilytä kopiota henkilöllisyystodistuksesta.</translation>
    </message>
    <message>
        <source>e.g. BankID login, known e-mail address</source>
        <translation>esim. vahva tunnistautuminen, tunnettu sähköpostiosoite</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Tapa</translation>
    </message>
    <message>
        <source>Checked on</source>
        <translation>Tarkistettu</translation>
    </message>
    <message>
        <source>Method: say how identity was checked.</source>
        <translation>Tapa: kerro, miten henkilöllisyys tarkistettiin.</translation>
    </message>
    <message>
        <source>The deadline pauses while the requester proves who they are.</source>
        <translation>Määräaika on keskeytetty, kunnes rekisteröity on todistanut henkilöllisyytensä.</translation>
    </message>
    <message>
        <source>The deadline pauses while the requester clarifies the request.</source>
        <translation>Määräaika on keskeytetty, kunnes rekisteröity on tarkentanut pyyntöään.</translation>
    </message>
    <message>
        <source>The deadline pauses until you resume the case.</source>
        <translation>Määräaika on keskeytetty, kunnes päätät keskeytyksen.</translation>
    </message>
    <message>
        <source>Pause the deadline</source>
        <translation>Keskeytä määräaika</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Pyydetty</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Päätä keskeytys</translation>
    </message>
    <message>
        <source>The requester answered; the deadline runs again from this day.</source>
        <translation>Rekisteröity vastasi; määräaika jatkuu tästä päivästä.</translation>
    </message>
    <message>
        <source>Answer received on</source>
        <translation>Vastaus saatu</translation>
    </message>
    <message>
        <source>The case is closed.</source>
        <translation>Asia on suljettu.</translation>
    </message>
    <message>
        <source>Already extended on %1.</source>
        <translation>Määräaikaa on jo jatkettu %1.</translation>
    </message>
    <message>
        <source>Too late to extend: the notice had to be given by %1 (one month from receipt, Art. 12(3)).</source>
        <translation>Liian myöhäistä jatkaa: ilmoitus piti antaa viimeistään %1 (kuukauden kuluessa pyynnön vastaanottamisesta, 12 artiklan 3 kohta).</translation>
    </message>
    <message>
        <source>Extend the deadline</source>
        <translation>Jatka määräaikaa</translation>
    </message>
    <message>
        <source>Up to two further months (Art. 12(3)). Tell the requester, with the reasons, by %1.</source>
        <translation>Enintään kaksi kuukautta lisää (12 artiklan 3 kohta). Ilmoita rekisteröidylle jatkosta ja sen syistä viimeistään %1.</translation>
    </message>
    <message>
        <source>e.g. the data are spread over five systems</source>
        <translation>esim. tiedot ovat viidessä eri järjestelmässä</translation>
    </message>
    <message>
        <source>Reasons for the delay</source>
        <translation>Viivästyksen syyt</translation>
    </message>
    <message>
        <source>Requester told on</source>
        <translation>Ilmoitettu rekisteröidylle</translation>
    </message>
    <message>
        <source>Too late: the extension had to be notified by %1.</source>
        <translation>Liian myöhäistä: jatkosta piti ilmoittaa viimeistään %1.</translation>
    </message>
    <message>
        <source>Reasons: an extension needs the reasons for the delay.</source>
        <translation>Syyt: jatkamiseen tarvitaan viivästyksen syyt.</translation>
    </message>
    <message>
        <source>Record outcome</source>
        <translation>Kirjaa ratkaisu</translation>
    </message>
    <message>
        <source>A refusal or partial fulfilment needs its reasons and legal ground (Art. 12(4)).</source>
        <translation>Epääminen tai osittainen toteuttaminen vaatii perustelut ja oikeusperusteen (12 artiklan 4 kohta).</translation>
    </message>
    <message>
        <source>What is refused and why, in words for the requester</source>
        <translation>Mitä evätään ja miksi, rekisteröidylle ymmärrettävin sanoin</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Oikeus</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ratkaisu</translation>
    </message>
    <message>
        <source>Legal ground</source>
        <translation>Oikeusperuste</translation>
    </message>
    <message>
        <source>Reasons</source>
        <translation>Perustelut</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <source>Choose the legal ground…</source>
        <translation>Valitse oikeusperuste…</translation>
    </message>
    <message>
        <source>Not needed for this outcome</source>
        <translation>Ei tarvita tässä ratkaisussa</translation>
    </message>
    <message>
        <source>An objection to direct marketing cannot be refused (Art. 21(3)).</source>
        <translation>Suoramarkkinoinnin vastustamista ei voi evätä (21 artiklan 3 kohta).</translation>
    </message>
    <message>
        <source>Legal ground: choose the ground the refusal relies on.</source>
        <translation>Oikeusperuste: valitse peruste, johon epääminen perustuu.</translation>
    </message>
    <message>
        <source>Reasons: explain the refusal to the requester.</source>
        <translation>Perustelut: selitä epääminen rekisteröidylle.</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Sulje asia</translation>
    </message>
    <message>
        <source>Close the case once every right has its outcome and the answer has been sent.</source>
        <translation>Sulje asia, kun jokaisella oikeudella on ratkaisu ja vastaus on lähetetty.</translation>
    </message>
    <message>
        <source>Closed on</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Reopen case</source>
        <translation>Avaa asia uudelleen</translation>
    </message>
    <message>
        <source>e.g. the requester disputes the answer</source>
        <translation>esim. rekisteröity kiistää vastauksen</translation>
    </message>
    <message>
        <source>Reason: say why the case is reopened.</source>
        <translation>Syy: kerro, miksi asia avataan uudelleen.</translation>
    </message>
    <message>
        <source>Assign handler</source>
        <translation>Määritä käsittelijä</translation>
    </message>
    <message>
        <source>Leave empty for nobody</source>
        <translation>Jätä tyhjäksi, jos ei ketään</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Lisää muistiinpano</translation>
    </message>
    <message>
        <source>What happened, what was decided, what comes next</source>
        <translation>Mitä tapahtui, mitä päätettiin, mitä seuraavaksi</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Note: write something first.</source>
        <translation>Muistiinpano: kirjoita ensin jotain.</translation>
    </message>
</context>
<context>
    <name>CaseLetters</name>
    <message>
        <source>Written</source>
        <translation>Laadittu</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Lähetetty</translation>
    </message>
    <message>
        <source>not sent yet</source>
        <translation>ei vielä lähetetty</translation>
    </message>
    <message>
        <source>When and how did the %1 go out?</source>
        <translation>Milloin ja miten kirje (%1) lähetettiin?</translation>
    </message>
    <message>
        <source>The deadline pauses from that day.</source>
        <translation>Määräaika keskeytyy siitä päivästä alkaen.</translation>
    </message>
    <message>
        <source>The extension takes effect with the notice.</source>
        <translation>Jatko tulee voimaan ilmoituksesta.</translation>
    </message>
    <message>
        <source>Mark letter sent</source>
        <translation>Merkitse kirje lähetetyksi</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Lähetyspäivä</translation>
    </message>
    <message>
        <source>Sent by</source>
        <translation>Lähetystapa</translation>
    </message>
    <message>
        <source>Letters…</source>
        <translation>Kirjeet…</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Asia</translation>
    </message>
    <message>
        <source>Mark sent…</source>
        <translation>Merkitse lähetetyksi…</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Tallenna nimellä…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Kirjeet</translation>
    </message>
    <message>
        <source>Letters (%1)</source>
        <translation>Kirjeet (%1)</translation>
    </message>
    <message>
        <source>Print the selected letter of this case</source>
        <translation>Tulosta asian valittu kirje</translation>
    </message>
    <message>
        <source>Save a letter on the case to print it</source>
        <translation>Tallenna asiaan kirje, jotta voit tulostaa sen</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>Tallenna kirje nimellä</translation>
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
        <translation>Oikeus</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ratkaisu</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Ratkaistu</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Perusteet</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Tekijä</translation>
    </message>
    <message>
        <source>No case open</source>
        <translation>Asiaa ei ole avattu</translation>
    </message>
    <message>
        <source>Double-click a case in the register, or press Enter, to open it.</source>
        <translation>Avaa asia kaksoisnapsauttamalla sitä luettelossa tai painamalla Enter.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Yleiskuva</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Oikeudet</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Aikajana</translation>
    </message>
    <message>
        <source>Verify identity…</source>
        <translation>Tunnista…</translation>
    </message>
    <message>
        <source>Ask for identity…</source>
        <translation>Pyydä tunnistautumista…</translation>
    </message>
    <message>
        <source>Ask for clarification…</source>
        <translation>Pyydä tarkennusta…</translation>
    </message>
    <message>
        <source>Pause for another reason…</source>
        <translation>Keskeytä muusta syystä…</translation>
    </message>
    <message>
        <source>Resume…</source>
        <translation>Päätä keskeytys…</translation>
    </message>
    <message>
        <source>Extend…</source>
        <translation>Jatka aikaa…</translation>
    </message>
    <message>
        <source>Record outcome…</source>
        <translation>Ratkaisu…</translation>
    </message>
    <message>
        <source>Close…</source>
        <translation>Sulje…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Avaa uudelleen…</translation>
    </message>
    <message>
        <source>Assign handler…</source>
        <translation>Käsittelijä…</translation>
    </message>
    <message>
        <source>Add note…</source>
        <translation>Muistiinpano…</translation>
    </message>
    <message>
        <source>Add attachment…</source>
        <translation>Lisää liite…</translation>
    </message>
    <message>
        <source>Edit requester…</source>
        <translation>Muokkaa rekisteröityä…</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Keskeytä</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Määräajat</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Päiviä jäljellä</translation>
    </message>
    <message>
        <source>Extension notice by</source>
        <translation>Ilmoitus jatkosta viimeistään</translation>
    </message>
    <message>
        <source>Due ignoring pauses</source>
        <translation>Määräpäivä ilman keskeytyksiä</translation>
    </message>
    <message>
        <source>Paused days</source>
        <translation>Keskeytyspäivät</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Jatko</translation>
    </message>
    <message>
        <source>How the due date was computed</source>
        <translation>Näin määräpäivä laskettiin</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Yhtiö</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Laajuus</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <source>Identity</source>
        <translation>Henkilöllisyys</translation>
    </message>
    <message>
        <source>Earlier requests</source>
        <translation>Aiemmat pyynnöt</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Rekisteröity</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Kirjeen kieli</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Suhde yhtiöön</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Asiamies</translation>
    </message>
    <message>
        <source>notified %1: %2</source>
        <translation>ilmoitettu %1: %2</translation>
    </message>
    <message>
        <source>not extended</source>
        <translation>ei jatkettu</translation>
    </message>
    <message>
        <source>With the other holiday profile the case would be due %1.</source>
        <translation>Toisella pyhäpäiväprofiililla määräpäivä olisi %1.</translation>
    </message>
    <message>
        <source>nobody yet</source>
        <translation>ei vielä ketään</translation>
    </message>
    <message>
        <source>checked %1 (%2)</source>
        <translation>tarkistettu %1 (%2)</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>ei tarkistettu</translation>
    </message>
    <message>
        <source>none within 12 months</source>
        <translation>ei yhtään 12 kuukauden aikana</translation>
    </message>
    <message>
        <source>authority checked</source>
        <translation>valtuutus tarkistettu</translation>
    </message>
    <message>
        <source>authority NOT checked</source>
        <translation>valtuutusta EI tarkistettu</translation>
    </message>
    <message>
        <source>Rights (%1)</source>
        <translation>Oikeudet (%1)</translation>
    </message>
    <message>
        <source>Timeline (%1)</source>
        <translation>Aikajana (%1)</translation>
    </message>
    <message>
        <source>The case is closed; reopen it first.</source>
        <translation>Asia on suljettu; avaa se ensin uudelleen.</translation>
    </message>
    <message>
        <source>The case is not paused.</source>
        <translation>Asiaa ei ole keskeytetty.</translation>
    </message>
    <message>
        <source>The case is already closed.</source>
        <translation>Asia on jo suljettu.</translation>
    </message>
    <message>
        <source>The case is open.</source>
        <translation>Asia on avoinna.</translation>
    </message>
    <message>
        <source>Pause the deadline while you wait for the requester</source>
        <translation>Keskeytä määräaika, kun odotat rekisteröidyn vastausta</translation>
    </message>
    <message>
        <source>The case is already paused or closed.</source>
        <translation>Asia on jo keskeytetty tai suljettu.</translation>
    </message>
    <message>
        <source>Attach a file to the case</source>
        <translation>Liitä tiedosto asiaan</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>Details (without personal data) are in the log file:
%1</source>
        <translation>Tarkemmat tiedot (ilman henkilötietoja) ovat lokitiedostossa:
%1</translation>
    </message>
    <message>
        <source>No log file could be written in the data folder.</source>
        <translation>Tietokansioon ei voitu kirjoittaa lokitiedostoa.</translation>
    </message>
    <message>
        <source>DSAR Desk hit an unexpected error (%1). Changes already saved are safe; the action that failed was not half-saved. Nothing was sent anywhere.</source>
        <translation>DSAR Deskissä tapahtui odottamaton virhe (%1). Jo tallennetut muutokset ovat tallessa; epäonnistunutta toimintoa ei tallennettu puolittain. Mitään ei lähetetty minnekään.</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Jokin meni vikaan</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Päiviä jäljellä</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Rekisteröity</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>Next deadlines</source>
        <translation>Seuraavat määräajat</translation>
    </message>
    <message>
        <source>open</source>
        <translation>avointa</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>myöhässä</translation>
    </message>
    <message>
        <source>due within %1 days</source>
        <translation>erääntyy %1 päivän kuluessa</translation>
    </message>
    <message>
        <source>paused (identity or clarification)</source>
        <translation>keskeytetty (tunnistus, tarkennus)</translation>
    </message>
    <message>
        <source>extended</source>
        <translation>jatkettu</translation>
    </message>
</context>
<context>
    <name>Deadline</name>
    <message>
        <source>Received %1 (the day of receipt is not counted)</source>
        <translation>Vastaanotettu %1 (vastaanottopäivää ei lasketa)</translation>
    </message>
    <message>
        <source>One month later: %1</source>
        <translation>Kuukauden kuluttua: %1</translation>
    </message>
    <message>
        <source>%2 months later (extended): %1</source>
        <translation>%2 kuukauden kuluttua (jatkettu): %1</translation>
    </message>
    <message>
        <source>(day %1 does not exist in %2, so the month&apos;s last day)</source>
        <translation>(%1. %2 ei ole olemassa, joten kuun viimeinen päivä)</translation>
    </message>
    <message>
        <source>Plus 1 paused day: %1</source>
        <translation>Lisäksi 1 keskeytyspäivä: %1</translation>
    </message>
    <message>
        <source>Plus %2 paused days: %1</source>
        <translation>Lisäksi %2 keskeytyspäivää: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 is not a working day</source>
        <translation>%1 ei ole työpäivä</translation>
    </message>
    <message>
        <source>%1 are not working days</source>
        <translation>%1 eivät ole työpäiviä</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Määräpäivä %1</translation>
    </message>
</context>
<context>
    <name>Diagnostics</name>
    <message>
        <source>intact</source>
        <translation>eheä</translation>
    </message>
    <message>
        <source>empty (nothing recorded yet)</source>
        <translation>tyhjä (ei vielä kirjauksia)</translation>
    </message>
    <message>
        <source>BROKEN</source>
        <translation>RIKKOUTUNUT</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostiikka</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Tapahtumaloki</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Tapahtumia</translation>
    </message>
    <message>
        <source>Head hash</source>
        <translation>Viimeisin tiiviste</translation>
    </message>
    <message>
        <source>Redacted by retention</source>
        <translation>Poistettu säilytysajan päätyttyä</translation>
    </message>
    <message>
        <source>First bad event</source>
        <translation>Ensimmäinen virheellinen tapahtuma</translation>
    </message>
    <message>
        <source>Checked at</source>
        <translation>Tarkistettu</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Tietokansio</translation>
    </message>
    <message>
        <source>passphrase</source>
        <translation>tunnuslause</translation>
    </message>
    <message>
        <source>in memory only (demo store, gone when the window closes)</source>
        <translation>vain muistissa (esittelyrekisteri, katoaa, kun ikkuna suljetaan)</translation>
    </message>
    <message>
        <source>OS keyring</source>
        <translation>käyttöjärjestelmän avainsäilö</translation>
    </message>
    <message>
        <source>opened read-only</source>
        <translation>avattu vain luku -tilassa</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Avain</translation>
    </message>
    <message>
        <source>%1 (%2, %3 in the data folder)</source>
        <translation>%1 (%2, tietokansiossa %3)</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>ei vielä</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>Viimeisin varmuuskopio</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Lokitiedosto</translation>
    </message>
    <message>
        <source>not written</source>
        <translation>ei kirjoitettu</translation>
    </message>
    <message>
        <source>Nothing here is personal data, and nothing is sent anywhere.</source>
        <translation>Mikään tässä ei ole henkilötietoa, eikä mitään lähetetä minnekään.</translation>
    </message>
</context>
<context>
    <name>EditRequester</name>
    <message>
        <source>Edit requester – %1</source>
        <translation>Muokkaa rekisteröityä – %1</translation>
    </message>
    <message>
        <source>Correct the requester&apos;s details. The change, with the old and new values, is recorded in the audit trail.</source>
        <translation>Korjaa rekisteröidyn tiedot. Muutos vanhoine ja uusine arvoineen kirjataan tapahtumalokiin.</translation>
    </message>
    <message>
        <source>Fix the fields marked in red to save the change.</source>
        <translation>Korjaa punaisella merkityt kentät, niin muutoksen voi tallentaa.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <source>Welcome to DSAR Desk</source>
        <translation>Tervetuloa – DSAR Desk</translation>
    </message>
    <message>
        <source>Log data-subject requests, see every statutory deadline with its working and walk each request to its answer. Start by adding the legal entity that answers requests (its country decides the holidays), then log the first request.</source>
        <translation>Kirjaa rekisteröityjen pyynnöt, näe jokainen lakisääteinen määräaika laskelmineen ja vie jokainen pyyntö vastaukseen asti. Lisää ensin yhtiö, joka vastaa pyyntöihin (maa määrää pyhäpäivät), ja kirjaa sitten ensimmäinen pyyntö.</translation>
    </message>
    <message>
        <source>Add the first entity…</source>
        <translation>Lisää ensimmäinen yhtiö…</translation>
    </message>
    <message>
        <source>Try it with demo data</source>
        <translation>Kokeile esimerkkitiedoilla</translation>
    </message>
    <message>
        <source>Adds three fictional entities and 500 fictional cases to this store.</source>
        <translation>Lisää tähän rekisteriin kolme kuvitteellista yhtiötä ja 500 kuvitteellista asiaa.</translation>
    </message>
</context>
<context>
    <name>Grounds</name>
    <message>
        <source>manifestly unfounded or excessive request</source>
        <translation>ilmeisen perusteeton tai kohtuuton pyyntö</translation>
    </message>
    <message>
        <source>the requester could not be identified</source>
        <translation>rekisteröityä ei voitu tunnistaa</translation>
    </message>
    <message>
        <source>the copy would adversely affect others&apos; rights</source>
        <translation>kopio vaikuttaisi haitallisesti muiden oikeuksiin</translation>
    </message>
    <message>
        <source>freedom of expression and information</source>
        <translation>sananvapaus ja tiedonvälityksen vapaus</translation>
    </message>
    <message>
        <source>a legal obligation requires the data</source>
        <translation>lakisääteinen velvoite edellyttää tietoja</translation>
    </message>
    <message>
        <source>public interest in public health</source>
        <translation>kansanterveyteen liittyvä yleinen etu</translation>
    </message>
    <message>
        <source>archiving, research or statistics</source>
        <translation>arkistointi, tutkimus tai tilastointi</translation>
    </message>
    <message>
        <source>establishment, exercise or defence of legal claims</source>
        <translation>oikeusvaateen laatiminen, esittäminen tai puolustaminen</translation>
    </message>
    <message>
        <source>processing not based on consent or contract, or not automated</source>
        <translation>käsittely ei perustu suostumukseen tai sopimukseen tai ei ole automaattista</translation>
    </message>
    <message>
        <source>compelling legitimate grounds or legal claims</source>
        <translation>huomattavan tärkeät perustellut syyt tai oikeusvaateet</translation>
    </message>
    <message>
        <source>the data are accurate or a recorded opinion</source>
        <translation>tiedot ovat paikkansapitäviä tai kirjattu arvio</translation>
    </message>
    <message>
        <source>none of the conditions for restriction applies</source>
        <translation>mikään rajoittamisen edellytyksistä ei täyty</translation>
    </message>
    <message>
        <source>inadvisable for health or family reasons</source>
        <translation>epäsuotavaa terveydellisistä tai perhesyistä</translation>
    </message>
    <message>
        <source>subject to a statutory duty of confidentiality</source>
        <translation>lakisääteinen vaitiolovelvollisuus</translation>
    </message>
    <message>
        <source>internal case preparation only</source>
        <translation>vain asian sisäistä valmistelua</translation>
    </message>
    <message>
        <source>debt collectors&apos; duty of confidentiality (third-party data)</source>
        <translation>perintäyrityksen vaitiolovelvollisuus (sivullisten tiedot)</translation>
    </message>
    <message>
        <source>bookkeeping records must be kept</source>
        <translation>kirjanpitoaineisto on säilytettävä</translation>
    </message>
    <message>
        <source>statutory secrecy</source>
        <translation>lakisääteinen salassapito</translation>
    </message>
    <message>
        <source>running text not finalised</source>
        <translation>keskeneräinen juokseva teksti</translation>
    </message>
    <message>
        <source>national restriction of the right of access</source>
        <translation>kansallinen rajoitus oikeuteen saada pääsy tietoihin</translation>
    </message>
    <message>
        <source>decisive private interests</source>
        <translation>ratkaisevat yksityiset edut</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letters – %1</source>
        <translation>Kirjeet – %1</translation>
    </message>
    <message>
        <source>As the request came in</source>
        <translation>Kuten pyyntö saapui</translation>
    </message>
    <message>
        <source>Paper (address for a window envelope)</source>
        <translation>Paperi (osoite ikkunakuoreen)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>What this letter says about this case only (optional for most kinds)</source>
        <translation>Mitä kirjeessä sanotaan juuri tästä asiasta (useimmissa kirjeissä vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Delivery</source>
        <translation>Toimitustapa</translation>
    </message>
    <message>
        <source>Case-specific paragraph</source>
        <translation>Asiakohtainen kappale</translation>
    </message>
    <message>
        <source>Save to case</source>
        <translation>Tallenna asiaan</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Tallenna nimellä…</translation>
    </message>
    <message>
        <source>Send by e-mail…</source>
        <translation>Lähetä sähköpostilla…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>★ fits the case as it stands now</source>
        <translation>★ sopii asian nykyiseen tilaan</translation>
    </message>
    <message>
        <source>Required for this letter: what you ask or explain to the requester</source>
        <translation>Pakollinen tässä kirjeessä: mitä pyydät tai selität rekisteröidylle</translation>
    </message>
    <message>
        <source>What this letter says about this case only (optional)</source>
        <translation>Mitä kirjeessä sanotaan juuri tästä asiasta (vapaaehtoinen)</translation>
    </message>
    <message>
        <source>Updating the preview…</source>
        <translation>Päivitetään esikatselua…</translation>
    </message>
    <message>
        <source>This letter cannot be produced yet.</source>
        <translation>Tätä kirjettä ei voi vielä laatia.</translation>
    </message>
    <message>
        <source>Add what is missing; the preview follows.</source>
        <translation>Lisää puuttuvat tiedot; esikatselu päivittyy.</translation>
    </message>
    <message>
        <source>%1 · %2 · %3 page(s)</source>
        <translation>%1 · %2 · sivuja %3</translation>
    </message>
    <message>
        <source>The processing register of %1 has no %2 version of: %3. This letter is therefore written in %4, the entity&apos;s default letter language, so that it does not mix two languages. Add the missing versions in Settings &gt; Processing register to write it in %2.</source>
        <translation>Yhtiön %1 käsittelytoimien selosteessa ei ole kieliversiota (%2) seuraavista: %3. Siksi kirje kirjoitetaan yhtiön oletuskirjekielellä (%4), jotta kirjeessä ei sekoitu kaksi kieltä. Lisää puuttuvat kieliversiot (%2) kohdassa Asetukset &gt; Käsittelytoimien seloste, niin kirjeen voi kirjoittaa valitulla kielellä.</translation>
    </message>
    <message>
        <source>The requester has no e-mail address; send this letter by post.</source>
        <translation>Rekisteröidyllä ei ole sähköpostiosoitetta; lähetä kirje postitse.</translation>
    </message>
    <message>
        <source>Saved to case %1 as %2. Mark it sent on the case&apos;s Letters tab once it is out.</source>
        <translation>Tallennettu asiaan %1 nimellä %2. Merkitse kirje lähetetyksi asian Kirjeet-välilehdellä, kun se on lähtenyt.</translation>
    </message>
    <message>
        <source>Save the letter as</source>
        <translation>Tallenna kirje nimellä</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Written to %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
    <message>
        <source>E-mail draft opened in your mail program: check and send it there.</source>
        <translation>Sähköpostiluonnos avattiin sähköpostiohjelmaasi: tarkista ja lähetä se sieltä.</translation>
    </message>
</context>
<context>
    <name>LetterFacts</name>
    <message>
        <source>Remove</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Processing activities that apply (Art. 15(1))</source>
        <translation>Asiaan liittyvät käsittelytoimet (15 artiklan 1 kohta)</translation>
    </message>
    <message>
        <source>The entity&apos;s processing register is empty: add activities in Settings.</source>
        <translation>Yhtiön käsittelytoimien seloste on tyhjä: lisää käsittelytoimet asetuksissa.</translation>
    </message>
    <message>
        <source>Systems and departments searched (one per line)</source>
        <translation>Läpikäydyt järjestelmät ja yksiköt (yksi kullekin riville)</translation>
    </message>
    <message>
        <source>Withheld categories and why</source>
        <translation>Luovuttamatta jätetyt tietoryhmät ja syyt</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Tietoryhmä</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
    <message>
        <source>Add withheld category</source>
        <translation>Lisää tietoryhmä</translation>
    </message>
    <message>
        <source>Per data category: erased or kept</source>
        <translation>Tietoryhmittäin: poistettu vai säilytetty</translation>
    </message>
    <message>
        <source>Erased</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <source>Ground if kept</source>
        <translation>Säilytysperuste</translation>
    </message>
    <message>
        <source>Statute</source>
        <translation>Säädös</translation>
    </message>
    <message>
        <source>Kept until</source>
        <translation>Säilytetään asti</translation>
    </message>
    <message>
        <source>Add category</source>
        <translation>Lisää tietoryhmä</translation>
    </message>
</context>
<context>
    <name>Letters</name>
    <message>
        <source>Acknowledgement</source>
        <translation>Vastaanottoilmoitus</translation>
    </message>
    <message>
        <source>Identity request</source>
        <translation>Tunnistautumispyyntö</translation>
    </message>
    <message>
        <source>Clarification request</source>
        <translation>Tarkennuspyyntö</translation>
    </message>
    <message>
        <source>Extension notice</source>
        <translation>Ilmoitus määräajan jatkamisesta</translation>
    </message>
    <message>
        <source>Access response</source>
        <translation>Vastaus pääsypyyntöön</translation>
    </message>
    <message>
        <source>Rectification confirmation</source>
        <translation>Vahvistus oikaisemisesta</translation>
    </message>
    <message>
        <source>Erasure response</source>
        <translation>Vastaus poistopyyntöön</translation>
    </message>
    <message>
        <source>Restriction confirmation</source>
        <translation>Vahvistus käsittelyn rajoittamisesta</translation>
    </message>
    <message>
        <source>Portability response</source>
        <translation>Vastaus siirtopyyntöön</translation>
    </message>
    <message>
        <source>Objection response</source>
        <translation>Vastaus vastustamiseen</translation>
    </message>
    <message>
        <source>Marketing objection confirmation</source>
        <translation>Vahvistus suoramarkkinoinnin lopettamisesta</translation>
    </message>
    <message>
        <source>Consent withdrawal confirmation</source>
        <translation>Vahvistus suostumuksen peruuttamisesta</translation>
    </message>
    <message>
        <source>Refusal</source>
        <translation>Epäävä vastaus</translation>
    </message>
    <message>
        <source>Closed: identity not confirmed</source>
        <translation>Suljettu: henkilöllisyys ei varmistunut</translation>
    </message>
    <message>
        <source>No data held</source>
        <translation>Ei tietoja</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Posti</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portaali</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Henkilökohtaisesti</translation>
    </message>
</context>
<context>
    <name>Lock</name>
    <message>
        <source>DSAR Desk is locked</source>
        <translation>DSAR Desk on lukittu</translation>
    </message>
    <message>
        <source>Every case is hidden. Enter the case store&apos;s passphrase to continue.</source>
        <translation>Kaikki asiat on piilotettu. Jatka antamalla asiarekisterin tunnuslause.</translation>
    </message>
    <message>
        <source>Every case is hidden. Unlock to continue.</source>
        <translation>Kaikki asiat on piilotettu. Jatka avaamalla lukitus.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Avaa lukitus</translation>
    </message>
    <message>
        <source>Type the passphrase first.</source>
        <translation>Kirjoita ensin tunnuslause.</translation>
    </message>
    <message>
        <source>%1 (locked)</source>
        <translation>%1 (lukittu)</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>&amp;Cases</source>
        <translation>A&amp;siat</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Työskentelee…</translation>
    </message>
    <message>
        <source>&amp;New request…</source>
        <translation>&amp;Uusi pyyntö…</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Etsi</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Tulosta…</translation>
    </message>
    <message>
        <source>Save a letter on the case to print it</source>
        <translation>Tallenna asiaan kirje, jotta voit tulostaa sen</translation>
    </message>
    <message>
        <source>&amp;Export monthly log…</source>
        <translation>&amp;Vie kuukausiloki…</translation>
    </message>
    <message>
        <source>arrives with reports</source>
        <translation>tulee raporttien myötä</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Asetukset…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <source>&amp;About DSAR Desk</source>
        <translation>&amp;Tietoja: DSAR Desk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>O&amp;hje</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Päätyökalurivi</translation>
    </message>
    <message>
        <source>Not possible</source>
        <translation>Ei mahdollista</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>Jokin meni vikaan</translation>
    </message>
    <message>
        <source>DSAR Desk hit an unexpected error. Nothing was half-saved. Please report this:</source>
        <translation>DSAR Desk kohtasi odottamattoman virheen. Mitään ei tallentunut puolittain. Ilmoita tästä:</translation>
    </message>
    <message>
        <source>&amp;Reports</source>
        <translation>&amp;Raportit</translation>
    </message>
    <message>
        <source>Export the monthly request log (CSV, XLSX or PDF)</source>
        <translation>Vie kuukauden pyyntöloki (CSV, XLSX tai PDF)</translation>
    </message>
</context>
<context>
    <name>NewRequest</name>
    <message>
        <source>New request</source>
        <translation>Uusi pyyntö</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Pyyntö</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Yhtiö</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Oikeudet</translation>
    </message>
    <message>
        <source>What the person asks for, in their words</source>
        <translation>Mitä henkilö pyytää, omin sanoin</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Laajuus</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Rekisteröity</translation>
    </message>
    <message>
        <source>Entity&apos;s language</source>
        <translation>Yhtiön kieli</translation>
    </message>
    <message>
        <source>Only the last two digits are kept</source>
        <translation>Vain kaksi viimeistä numeroa tallennetaan</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Kirjeen kieli</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Suhde yhtiöön</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Henkilötunnus</translation>
    </message>
    <message>
        <source>Representative</source>
        <translation>Asiamies</translation>
    </message>
    <message>
        <source>Only when someone acts for the person.</source>
        <translation>Vain, jos joku toimii henkilön puolesta.</translation>
    </message>
    <message>
        <source>Authority to act has been checked</source>
        <translation>Valtuutus on tarkistettu</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Määräaika</translation>
    </message>
    <message>
        <source>Fix the fields marked in red to save the request.</source>
        <translation>Korjaa punaisella merkityt kentät, niin pyynnön voi tallentaa.</translation>
    </message>
    <message>
        <source>Due date: choose an entity and a received date</source>
        <translation>Määräpäivä: valitse yhtiö ja vastaanottopäivä</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Määräpäivä %1</translation>
    </message>
    <message>
        <source>An extension or refusal must be notified by %1.</source>
        <translation>Jatkosta tai epäämisestä on ilmoitettava viimeistään %1.</translation>
    </message>
    <message>
        <source>Possible repeat request: the same person asked %1 time(s) in the last 12 months (input to the Art. 12(5) assessment).</source>
        <translation>Mahdollinen toistuva pyyntö: sama henkilö on pyytänyt %1 kertaa viimeisten 12 kuukauden aikana (aineistoa 12 artiklan 5 kohdan arviointiin).</translation>
    </message>
</context>
<context>
    <name>Recovery</name>
    <message>
        <source>Your recovery key</source>
        <translation>Palautusavaimesi</translation>
    </message>
    <message>
        <source>This key opens the case store and its backups on another computer, or when this computer&apos;s keyring or your passphrase is lost. It is shown only now. Print it or save the recovery sheet, and keep it apart from the computer.</source>
        <translation>Tällä avaimella voi avata asiarekisterin ja sen varmuuskopiot toisella tietokoneella tai silloin, kun tämän tietokoneen avainsäilö tai tunnuslauseesi on kadonnut. Avain näytetään vain nyt. Tulosta se tai tallenna palautusarkki ja säilytä se erillään tietokoneesta.</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Tulosta…</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Tallenna PDF:nä…</translation>
    </message>
    <message>
        <source>I have stored it safely</source>
        <translation>Olen tallentanut sen turvallisesti</translation>
    </message>
    <message>
        <source>Save the recovery sheet</source>
        <translation>Tallenna palautusarkki</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Ei tallennettu</translation>
    </message>
    <message>
        <source>The sheet could not be written (%1); choose another folder.</source>
        <translation>Arkkia ei voitu kirjoittaa (%1); valitse toinen kansio.</translation>
    </message>
</context>
<context>
    <name>RecoveryUnlock</name>
    <message>
        <source>This computer&apos;s keyring does not hold the key of this case store. That is expected when the data folder was moved here or restored from another computer.</source>
        <translation>Tämän tietokoneen avainsäilössä ei ole tämän asiarekisterin avainta. Se on odotettavaa, kun tietokansio on siirretty tänne tai palautettu toiselta tietokoneelta.</translation>
    </message>
    <message>
        <source>This case store&apos;s key was kept in an OS keyring, and no keyring is available on this computer.</source>
        <translation>Tämän asiarekisterin avain oli käyttöjärjestelmän avainsäilössä, eikä tällä tietokoneella ole avainsäilöä.</translation>
    </message>
    <message>
        <source>The key in this computer&apos;s keyring does not open this case store; the file may have been replaced by one from another computer.</source>
        <translation>Tämän tietokoneen avainsäilön avain ei avaa tätä asiarekisteriä; tiedosto on ehkä korvattu toisen tietokoneen tiedostolla.</translation>
    </message>
    <message>
        <source>If the passphrase is lost, the recovery key opens the store instead.</source>
        <translation>Jos tunnuslause on kadonnut, rekisterin voi avata palautusavaimella.</translation>
    </message>
    <message>
        <source>Unlock with the recovery key</source>
        <translation>Avaa lukitus palautusavaimella</translation>
    </message>
    <message>
        <source>Open the case store with its recovery key</source>
        <translation>Avaa asiarekisteri sen palautusavaimella</translation>
    </message>
    <message>
        <source>&amp;Recovery key, as printed on the recovery sheet</source>
        <translation>&amp;Palautusavain sellaisena kuin se on palautusarkissa</translation>
    </message>
    <message>
        <source>After unlocking, this computer&apos;s keyring keeps the key, so the recovery key is not needed here again. Keep the sheet safe: it still opens the store and its backups.</source>
        <translation>Avaamisen jälkeen tämän tietokoneen avainsäilö säilyttää avaimen, joten palautusavainta ei tarvita täällä enää. Säilytä arkki turvallisesti: se avaa yhä rekisterin ja sen varmuuskopiot.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer to keep the key. After unlocking you choose a passphrase, which protects the store from then on.</source>
        <translation>Tällä tietokoneella ei ole avainsäilöä avaimen säilyttämiseen. Avaamisen jälkeen valitset tunnuslauseen, joka suojaa rekisteriä siitä lähtien.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Avaa</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Takaisin</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>%1 of %2 letters and digits · spaces, dashes and case do not matter</source>
        <translation>%1/%2 kirjainta ja numeroa · välilyönneillä, viivoilla ja kirjainkoolla ei ole väliä</translation>
    </message>
    <message>
        <source>The key could not be checked; see the log file.</source>
        <translation>Avainta ei voitu tarkistaa; katso lokitiedosto.</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Tarkistetaan avainta…</translation>
    </message>
</context>
<context>
    <name>Register</name>
    <message>
        <source>%1 working days overdue</source>
        <translation>%1 työpäivää myöhässä</translation>
    </message>
    <message>
        <source>due today</source>
        <translation>erääntyy tänään</translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation>%1 työpäivää</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Viite</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Saapunut</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Oikeudet</translation>
    </message>
    <message>
        <source>Requester</source>
        <translation>Rekisteröity</translation>
    </message>
    <message>
        <source>Purposes</source>
        <translation>Tarkoitukset</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Käsittelyperuste</translation>
    </message>
    <message>
        <source>Data categories</source>
        <translation>Tietoryhmät</translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation>Vastaanottajat</translation>
    </message>
    <message>
        <source>Retention or criteria</source>
        <translation>Säilytysaika tai sen määrittämiskriteerit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Tietolähde</translation>
    </message>
    <message>
        <source>Transfers outside the EEA and safeguards</source>
        <translation>Siirrot ETA:n ulkopuolelle ja suojatoimet</translation>
    </message>
    <message>
        <source>Automated decisions</source>
        <translation>Automaattiset päätökset</translation>
    </message>
    <message>
        <source>Edit processing activity</source>
        <translation>Muokkaa käsittelytointa</translation>
    </message>
    <message>
        <source>Add processing activity</source>
        <translation>Lisää käsittelytoimi</translation>
    </message>
    <message>
        <source>Access responses quote these texts (Art. 15(1)); write them for the requester.</source>
        <translation>Vastaukset pääsypyyntöihin lainaavat näitä tekstejä (15 artiklan 1 kohta); kirjoita ne rekisteröidylle ymmärrettävästi.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>A new activity</source>
        <translation>Uusi käsittelytoimi</translation>
    </message>
    <message>
        <source>Same activity as</source>
        <translation>Sama käsittelytoimi kuin</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <source>Name: give the activity a name, e.g. Customer relationship.</source>
        <translation>Nimi: anna käsittelytoimelle nimi, esim. Asiakassuhde.</translation>
    </message>
    <message>
        <source>%1: needed for access responses.</source>
        <translation>%1: tarvitaan pääsypyyntöjen vastauksiin.</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Yhtiö</translation>
    </message>
    <message>
        <source>Shows the activities in this letter language; new activities are added in it.</source>
        <translation>Näyttää tämän kirjekielen käsittelytoimet; uudet käsittelytoimet lisätään tällä kielellä.</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Kirjekieli</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Lisää…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Tuo…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Vie…</translation>
    </message>
    <message>
        <source>%1 activities in %2</source>
        <translation>%1 käsittelytointa (%2)</translation>
    </message>
    <message>
        <source>Complete: %1.</source>
        <translation>Täydelliset: %1.</translation>
    </message>
    <message>
        <source>%1 is incomplete, missing: %2. Letters in this language that need them are written in %3.</source>
        <translation>%1: puutteellinen, puuttuu %2. Tämän kielen kirjeet, jotka tarvitsevat niitä, kirjoitetaan kielellä %3.</translation>
    </message>
    <message>
        <source>The register is empty.</source>
        <translation>Seloste on tyhjä.</translation>
    </message>
    <message>
        <source>Import a processing register</source>
        <translation>Tuo käsittelytoimien seloste</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export the processing register</source>
        <translation>Vie käsittelytoimien seloste</translation>
    </message>
    <message>
        <source>%1 activities written to %2</source>
        <translation>Käsittelytoimia %1, tallennettu: %2</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Päiviä jäljellä</translation>
    </message>
    <message>
        <source>Handler</source>
        <translation>Käsittelijä</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Määräpäivä %1</translation>
    </message>
    <message>
        <source>Extension notice by %1</source>
        <translation>Ilmoitus jatkosta viimeistään %1</translation>
    </message>
    <message>
        <source>Paused %1 days</source>
        <translation>Keskeytetty %1 päivää</translation>
    </message>
    <message>
        <source>Open cases</source>
        <translation>Avoimet asiat</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Keskeytetyt</translation>
    </message>
    <message>
        <source>Extended</source>
        <translation>Jatketut</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljetut</translation>
    </message>
    <message>
        <source>All cases</source>
        <translation>Kaikki asiat</translation>
    </message>
    <message>
        <source>Find reference, name or e-mail</source>
        <translation>Etsi viitettä, nimeä tai sähköpostia</translation>
    </message>
    <message>
        <source>Any right</source>
        <translation>Kaikki oikeudet</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Kaikki yhtiöt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Due this week</source>
        <translation>Tällä viikolla</translation>
    </message>
    <message>
        <source>Due within %1 days</source>
        <translation>Erääntyy %1 päivän kuluessa</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 asiaa</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Käsittelytoimi</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Säilytysaika</translation>
    </message>
    <message>
        <source>Transfers outside the EEA</source>
        <translation>Siirrot ETA:n ulkopuolelle</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei siirtoja</translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>CSV (spreadsheet text)</source>
        <translation>CSV (taulukkoteksti)</translation>
    </message>
    <message>
        <source>XLSX (Excel workbook)</source>
        <translation>XLSX (Excel-työkirja)</translation>
    </message>
    <message>
        <source>PDF (printable report)</source>
        <translation>PDF (tulostettava raportti)</translation>
    </message>
    <message>
        <source>Export monthly log</source>
        <translation>Vie kuukausiloki</translation>
    </message>
    <message>
        <source>The request log for %1, %2.</source>
        <translation>Pyyntöloki: %1, %2.</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Muoto:</translation>
    </message>
    <message>
        <source>; semicolon (Nordic spreadsheets)</source>
        <translation>; puolipiste (pohjoismaiset taulukko-ohjelmat)</translation>
    </message>
    <message>
        <source>, comma</source>
        <translation>, pilkku</translation>
    </message>
    <message>
        <source>CSV separator:</source>
        <translation>CSV-erotin:</translation>
    </message>
    <message>
        <source>Include requester names and contact details</source>
        <translation>Sisällytä rekisteröityjen nimet ja yhteystiedot</translation>
    </message>
    <message>
        <source>The file will then hold personal data. Keep it where only those who need it can read it, and delete it when it is no longer needed. Without names the log is pseudonymous by case reference.</source>
        <translation>Tiedosto sisältää silloin henkilötietoja. Säilytä se paikassa, jossa vain sitä tarvitsevat voivat lukea sen, ja poista se, kun sitä ei enää tarvita. Ilman nimiä loki on pseudonymisoitu asioiden viitteillä.</translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation>Valitse tiedosto…</translation>
    </message>
    <message>
        <source>Exporting the request log for %1…</source>
        <translation>Viedään pyyntölokia: %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Perutaan…</translation>
    </message>
    <message>
        <source>no legal ground code recorded</source>
        <translation>oikeusperusteen koodia ei kirjattu</translation>
    </message>
    <message>
        <source>not in the grounds catalogue</source>
        <translation>ei perusteluettelossa</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>Peruste</translation>
    </message>
    <message>
        <source>Citation</source>
        <translation>Lainkohta</translation>
    </message>
    <message>
        <source>What it covers</source>
        <translation>Soveltamisala</translation>
    </message>
    <message>
        <source>Refusals</source>
        <translation>Epäämiset</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>median %1 days</source>
        <translation>mediaani %1 päivää</translation>
    </message>
    <message>
        <source>none ended yet</source>
        <translation>yksikään ei ole vielä päättynyt</translation>
    </message>
    <message>
        <source>received</source>
        <translation>vastaanotettu</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>suljettu</translation>
    </message>
    <message>
        <source>on time</source>
        <translation>ajallaan</translation>
    </message>
    <message>
        <source>answered within one month</source>
        <translation>vastattu kuukauden kuluessa</translation>
    </message>
    <message>
        <source>within three months when extended</source>
        <translation>jatketuista kolmessa kuukaudessa</translation>
    </message>
    <message>
        <source>extensions notified</source>
        <translation>ilmoitetut jatkot</translation>
    </message>
    <message>
        <source>pauses started</source>
        <translation>alkaneet keskeytykset</translation>
    </message>
    <message>
        <source>refusals (whole or partial)</source>
        <translation>epäämiset (kokonaan tai osittain)</translation>
    </message>
    <message>
        <source>open at month end</source>
        <translation>avoinna kuun lopussa</translation>
    </message>
    <message>
        <source>overdue at month end</source>
        <translation>myöhässä kuun lopussa</translation>
    </message>
    <message>
        <source>median days to respond</source>
        <translation>vastausajan mediaani (päivää)</translation>
    </message>
    <message>
        <source>calendar days, closed requests</source>
        <translation>kalenteripäivinä, suljetut pyynnöt</translation>
    </message>
    <message>
        <source>%1: %2 received, %3 closed, %4 on time</source>
        <translation>%1: vastaanotettu %2, suljettu %3, ajallaan %4</translation>
    </message>
    <message>
        <source>Requests received per right and share answered on time</source>
        <translation>Vastaanotetut pyynnöt oikeuksittain ja ajallaan vastattujen osuus</translation>
    </message>
    <message>
        <source>answered on time (right axis)</source>
        <translation>ajallaan (oikea akseli)</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>Viimeiset 12 kuukautta</translation>
    </message>
    <message>
        <source>Refusals by legal ground</source>
        <translation>Epäämiset oikeusperusteittain</translation>
    </message>
    <message>
        <source>No refusals decided this month.</source>
        <translation>Tässä kuussa ei epäämisiä.</translation>
    </message>
    <message>
        <source>(so far)</source>
        <translation>(tähän mennessä)</translation>
    </message>
    <message>
        <source>&amp;Month:</source>
        <translation>&amp;Kuukausi:</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Yhtiö:</translation>
    </message>
    <message>
        <source>Export %1…</source>
        <translation>Vie %1…</translation>
    </message>
    <message>
        <source>All entities</source>
        <translation>Kaikki yhtiöt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Ladataan…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-tiedostot (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel-työkirjat (*.xlsx)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-asiakirjat (*.pdf)</translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Vienti peruttiin; tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <source>Wrote %1 rows to:
%2

SHA-256 (also in %3):
%4</source>
        <translation>Rivejä %1, kirjoitettu tiedostoon:
%2

SHA-256 (myös tiedostossa %3):
%4</translation>
    </message>
    <message>
        <source>Export complete</source>
        <translation>Vienti valmis</translation>
    </message>
</context>
<context>
    <name>Retention</name>
    <message>
        <source>Retention of closed cases</source>
        <translation>Suljettujen asioiden säilytys</translation>
    </message>
    <message>
        <source>%1 closed case(s) have passed their entity&apos;s retention period. Running retention anonymises them: personal fields, attachments and letters are removed; statistics and the audit skeleton stay. This cannot be undone (backups keep the old state).</source>
        <translation>Suljettuja asioita, joiden yhtiökohtainen säilytysaika on päättynyt: %1. Säilytysajan toteuttaminen anonymisoi ne: henkilötiedot, liitteet ja kirjeet poistetaan; tilastot ja tapahtumalokin runko säilyvät. Toimintoa ei voi perua (varmuuskopioissa vanha tila säilyy).</translation>
    </message>
    <message>
        <source>No closed case has passed its retention period. Nothing to do.</source>
        <translation>Minkään suljetun asian säilytysaika ei ole päättynyt. Ei tehtävää.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Asia</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Yhtiö</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Määräpäivä</translation>
    </message>
    <message>
        <source>What is removed</source>
        <translation>Mitä poistetaan</translation>
    </message>
    <message>
        <source>Anonymise %1 case(s)</source>
        <translation>Anonymisoi asiat (%1)</translation>
    </message>
</context>
<context>
    <name>Security</name>
    <message>
        <source>&amp;Lock</source>
        <translation>Luk&amp;itse</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>Varmuus&amp;kopioi nyt…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Palauta…</translation>
    </message>
    <message>
        <source>&amp;Retention…</source>
        <translation>&amp;Säilytysajat…</translation>
    </message>
    <message>
        <source>&amp;Diagnostics</source>
        <translation>&amp;Diagnostiikka</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>Työkal&amp;ut</translation>
    </message>
    <message>
        <source>another DSAR Desk</source>
        <translation>toinen DSAR Desk</translation>
    </message>
    <message>
        <source>Read-only: the case store is open in %1. You can look cases up; changes are refused until it is closed there and this window is reopened.</source>
        <translation>Vain luku: asiarekisteri on avoinna muualla (%1). Voit hakea asioita, mutta muutokset estetään, kunnes rekisteri suljetaan siellä ja tämä ikkuna avataan uudelleen.</translation>
    </message>
    <message>
        <source>Checking the case store and writing the daily backup…</source>
        <translation>Tarkistetaan asiarekisteriä ja otetaan päivän varmuuskopio…</translation>
    </message>
    <message>
        <source>Daily backup written; the case store passed its integrity check.</source>
        <translation>Päivän varmuuskopio on otettu; asiarekisteri läpäisi eheystarkistuksen.</translation>
    </message>
    <message>
        <source>The case store failed its integrity check</source>
        <translation>Asiarekisteri ei läpäissyt eheystarkistusta</translation>
    </message>
    <message>
        <source>The daily check found a problem in the case store, so no backup was written today. Stop entering changes and restore the newest good backup; the damaged file is kept as a safety copy.</source>
        <translation>Päivittäinen tarkistus löysi asiarekisteristä virheen, joten tänään ei otettu varmuuskopiota. Älä tee enää muutoksia, vaan palauta uusin ehjä varmuuskopio; vioittunut tiedosto säilytetään varakopiona.</translation>
    </message>
    <message>
        <source>Restore newest backup…</source>
        <translation>Palauta uusin varmuuskopio…</translation>
    </message>
    <message>
        <source>Back up the case store into…</source>
        <translation>Varmuuskopioi asiarekisteri kansioon…</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Varmuuskopio tallennettu</translation>
    </message>
    <message>
        <source>The encrypted backup is in %1. It opens with this store&apos;s key or its recovery key.</source>
        <translation>Salattu varmuuskopio on täällä: %1. Sen voi avata tämän asiarekisterin avaimella tai palautusavaimella.</translation>
    </message>
    <message>
        <source>Restore the case store from…</source>
        <translation>Palauta asiarekisteri tiedostosta…</translation>
    </message>
    <message>
        <source>DSAR Desk backups (*.sqlite3)</source>
        <translation>DSAR Desk -varmuuskopiot (*.sqlite3)</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <source>Replace the case store with the backup %1? The backup is checked first, and the current store is kept as a safety copy in the backups folder.</source>
        <translation>Korvataanko asiarekisteri varmuuskopiolla %1? Varmuuskopio tarkistetaan ensin, ja nykyinen asiarekisteri säilytetään turvakopiona varmuuskopiokansiossa.</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>Varmuuskopio palautettu</translation>
    </message>
    <message>
        <source>The backup was restored. The store as it was is kept in %1.</source>
        <translation>Varmuuskopio palautettiin. Aiempi asiarekisteri on tallessa täällä: %1.</translation>
    </message>
    <message>
        <source>Retention done</source>
        <translation>Säilytysajat käsitelty</translation>
    </message>
    <message>
        <source>%1 case(s) anonymised; the audit trail records it.</source>
        <translation>Anonymisoituja asioita: %1. Tapahtumaloki kirjaa tämän.</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Edit entity</source>
        <translation>Muokkaa yhtiötä</translation>
    </message>
    <message>
        <source>Add entity</source>
        <translation>Lisää yhtiö</translation>
    </message>
    <message>
        <source>e.g. NO1</source>
        <translation>esim. FI1</translation>
    </message>
    <message>
        <source>Strict: official public holidays only</source>
        <translation>Tiukka: vain viralliset pyhäpäivät</translation>
    </message>
    <message>
        <source>Lenient: also the eves in national statutes</source>
        <translation>Väljä: myös kansallisessa laissa mainitut aatot</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>Legal name</source>
        <translation>Virallinen nimi</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <source>Holidays</source>
        <translation>Pyhäpäivät</translation>
    </message>
    <message>
        <source>Organisation number</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Osoite</translation>
    </message>
    <message>
        <source>Privacy e-mail</source>
        <translation>Tietosuojan sähköposti</translation>
    </message>
    <message>
        <source>Data protection officer</source>
        <translation>Tietosuojavastaava</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Kirjeen kieli</translation>
    </message>
    <message>
        <source>Code: use 2 to 10 letters or digits, for example NO1.</source>
        <translation>Tunnus: käytä 2–10 kirjainta tai numeroa, esimerkiksi FI1.</translation>
    </message>
    <message>
        <source>Legal name: the entity&apos;s legal name is required.</source>
        <translation>Virallinen nimi: yhtiön virallinen nimi on pakollinen.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Yhtiöt</translation>
    </message>
    <message>
        <source>Handling</source>
        <translation>Käsittely</translation>
    </message>
    <message>
        <source>Processing register</source>
        <translation>Käsittelytoimien seloste</translation>
    </message>
    <message>
        <source>Add entity…</source>
        <translation>Lisää yhtiö…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Muokkaa…</translation>
    </message>
    <message>
        <source>Your name, as it appears in the audit trail</source>
        <translation>Nimesi sellaisena kuin se näkyy tapahtumalokissa</translation>
    </message>
    <message>
        <source>Exclusive: the day a pause starts is not counted</source>
        <translation>Poissulkeva: keskeytyksen alkamispäivää ei lasketa</translation>
    </message>
    <message>
        <source>Inclusive: both the first and the last day count</source>
        <translation>Sisältävä: sekä ensimmäinen että viimeinen päivä lasketaan</translation>
    </message>
    <message>
        <source> days</source>
        <translation> päivää</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>The window hides every case behind a lock screen after this idle time</source>
        <translation>Ikkuna piilottaa kaikki asiat lukitusnäytön taakse, kun sitä ei ole käytetty näin pitkään aikaan</translation>
    </message>
    <message>
        <source>Swedish and Finnish: … X Y Z Å Ä Ö</source>
        <translation>Ruotsi ja suomi: … X Y Z Å Ä Ö</translation>
    </message>
    <message>
        <source>Danish and Norwegian: … X Y Z Æ Ø Å</source>
        <translation>Tanska ja norja: … X Y Z Æ Ø Å</translation>
    </message>
    <message>
        <source>How the register sorts requester names</source>
        <translation>Miten rekisteri lajittelee rekisteröityjen nimet</translation>
    </message>
    <message>
        <source>Handler name</source>
        <translation>Käsittelijän nimi</translation>
    </message>
    <message>
        <source>Pause days</source>
        <translation>Keskeytyspäivät</translation>
    </message>
    <message>
        <source>Due soon within</source>
        <translation>Erääntyy pian, kun jäljellä</translation>
    </message>
    <message>
        <source>Lock when idle for</source>
        <translation>Lukitse, kun käyttämättä</translation>
    </message>
    <message>
        <source>Name order</source>
        <translation>Nimien järjestys</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Ikkunan kieli</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Kuten järjestelmässä</translation>
    </message>
    <message>
        <source>Takes effect when DSAR Desk is next started.</source>
        <translation>Tulee voimaan, kun DSAR Desk käynnistetään seuraavan kerran.</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <source>Request logged</source>
        <translation>Pyyntö kirjattu</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Keskeytetty</translation>
    </message>
    <message>
        <source>%1, from %2</source>
        <translation>%1, alkaen %2</translation>
    </message>
    <message>
        <source>Resumed</source>
        <translation>Keskeytys päättyi</translation>
    </message>
    <message>
        <source>%1 paused day(s) added to the deadline</source>
        <translation>Määräaikaan lisätty keskeytyspäiviä: %1</translation>
    </message>
    <message>
        <source>Identity verified</source>
        <translation>Henkilöllisyys varmistettu</translation>
    </message>
    <message>
        <source>Deadline extended</source>
        <translation>Määräaikaa jatkettu</translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <translation>Ratkaisu kirjattu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Reopened</source>
        <translation>Avattu uudelleen</translation>
    </message>
    <message>
        <source>Handler assigned</source>
        <translation>Käsittelijä määritetty</translation>
    </message>
    <message>
        <source>(nobody)</source>
        <translation>(ei ketään)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Muistiinpano</translation>
    </message>
    <message>
        <source>Attachment added</source>
        <translation>Liite lisätty</translation>
    </message>
    <message>
        <source>Deadlines recomputed</source>
        <translation>Määräajat laskettu uudelleen</translation>
    </message>
    <message>
        <source>due %1 → %2</source>
        <translation>määräpäivä %1 → %2</translation>
    </message>
    <message>
        <source>Requester details corrected</source>
        <translation>Rekisteröidyn tietoja korjattu</translation>
    </message>
    <message>
        <source>Letter saved</source>
        <translation>Kirje tallennettu</translation>
    </message>
    <message>
        <source>Letter sent</source>
        <translation>Kirje lähetetty</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Letter facts recorded</source>
        <translation>Kirjeen tiedot kirjattu</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
</context>
<context>
    <name>Unlock</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Valitse tunnuslause</translation>
    </message>
    <message>
        <source>Unlock the case store</source>
        <translation>Avaa asiarekisterin lukitus</translation>
    </message>
    <message>
        <source>The recovery key opened the case store. No keyring is available on this computer to keep its key, so choose a passphrase now: the store is re-encrypted with it, and you get a new recovery key. If you skip this, the next start asks for the recovery key again.</source>
        <translation>Palautusavain avasi asiarekisterin. Tällä tietokoneella ei ole avainsäilöä avaimen säilyttämiseen, joten valitse nyt tunnuslause: rekisteri salataan uudelleen sillä, ja saat uuden palautusavaimen. Jos ohitat tämän, seuraava käynnistys kysyy taas palautusavainta.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer to keep the case store&apos;s key. Choose a passphrase instead: it encrypts every case. DSAR Desk never stores the cases unencrypted and never writes the passphrase down.</source>
        <translation>Tällä tietokoneella ei ole avainsäilöä asiarekisterin avaimelle. Valitse sen sijaan tunnuslause: se salaa jokaisen asian. DSAR Desk ei koskaan tallenna asioita salaamattomina eikä kirjoita tunnuslausetta mihinkään.</translation>
    </message>
    <message>
        <source>This case store is protected by a passphrase.</source>
        <translation>Tämä asiarekisteri on suojattu tunnuslauseella.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Tunnuslause</translation>
    </message>
    <message>
        <source>Repeat it</source>
        <translation>Toista se</translation>
    </message>
    <message>
        <source>at least %1 characters; a few unrelated words work well</source>
        <translation>vähintään %1 merkkiä; muutama toisiinsa liittymätön sana toimii hyvin</translation>
    </message>
    <message>
        <source>Set passphrase</source>
        <translation>Aseta tunnuslause</translation>
    </message>
    <message>
        <source>Create store</source>
        <translation>Luo asiarekisteri</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Avaa lukitus</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Ohita</translation>
    </message>
    <message>
        <source>Use recovery key…</source>
        <translation>Käytä palautusavainta…</translation>
    </message>
    <message>
        <source>Passphrase: use at least %1 characters.</source>
        <translation>Tunnuslause: käytä vähintään %1 merkkiä.</translation>
    </message>
    <message>
        <source>The two passphrases differ; type the same one twice.</source>
        <translation>Tunnuslauseet eroavat; kirjoita sama tunnuslause kahdesti.</translation>
    </message>
    <message>
        <source>Unlocked with the recovery key</source>
        <translation>Avattu palautusavaimella</translation>
    </message>
    <message>
        <source>The case store is open. This computer&apos;s keyring now keeps its key, so the recovery key is not needed here again. Keep the recovery sheet safe.</source>
        <translation>Asiarekisteri on auki. Tämän tietokoneen avainsäilö säilyttää nyt avaimen, joten palautusavainta ei tarvita täällä enää. Säilytä palautusarkki turvallisesti.</translation>
    </message>
    <message>
        <source>another DSAR Desk</source>
        <translation>toinen DSAR Desk</translation>
    </message>
    <message>
        <source>Case store in use</source>
        <translation>Asiarekisteri on käytössä</translation>
    </message>
    <message>
        <source>The case store is open in %1. Only one DSAR Desk can change it at a time.

Open it read-only to look up cases? Changes are refused until the other one closes.</source>
        <translation>Asiarekisteri on avoinna muualla (%1). Vain yksi DSAR Desk voi muuttaa sitä kerrallaan.

Avataanko se vain luku -tilassa asioiden hakemista varten? Muutokset estetään, kunnes toinen sulkeutuu.</translation>
    </message>
    <message>
        <source>Open read-only</source>
        <translation>Avaa vain luku -tilassa</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>The case store is damaged</source>
        <translation>Asiarekisteri on vioittunut</translation>
    </message>
    <message>
        <source>The case store failed its check and cannot be opened safely.

Restore the newest good backup (%1)? The damaged file is kept aside, not deleted.</source>
        <translation>Asiarekisteri ei läpäissyt tarkistusta, eikä sitä voi avata turvallisesti.

Palautetaanko uusin ehjä varmuuskopio (%1)? Vioittunut tiedosto siirretään sivuun, sitä ei poisteta.</translation>
    </message>
    <message>
        <source>Restore the backup</source>
        <translation>Palauta varmuuskopio</translation>
    </message>
    <message>
        <source>Cannot open the case store</source>
        <translation>Asiarekisteriä ei voi avata</translation>
    </message>
</context>
<context>
    <name>Urgency</name>
    <message>
        <source>Overdue</source>
        <translation>Myöhässä</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>Erääntyy pian</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Keskeytetty</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Vastattu</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Too long: %1 characters, at most %2 allowed. Shorten it.</source>
        <translation>Liian pitkä: %1 merkkiä, enintään %2 sallitaan. Lyhennä tekstiä.</translation>
    </message>
    <message>
        <source>Contains a control character (%1). Retype it or paste it as plain text.</source>
        <translation>Sisältää ohjausmerkin (%1). Kirjoita teksti uudelleen tai liitä se pelkkänä tekstinä.</translation>
    </message>
    <message>
        <source>Contains an invisible text-direction mark (%1). Retype it without it.</source>
        <translation>Sisältää näkymättömän kirjoitussuunnan merkin (%1). Kirjoita teksti uudelleen ilman sitä.</translation>
    </message>
    <message>
        <source>Contains a broken character. Retype it.</source>
        <translation>Sisältää rikkinäisen merkin. Kirjoita teksti uudelleen.</translation>
    </message>
    <message>
        <source>Keep it on one line.</source>
        <translation>Kirjoita kaikki yhdelle riville.</translation>
    </message>
    <message>
        <source>Use letters or digits, not only punctuation or spaces.</source>
        <translation>Käytä kirjaimia tai numeroita, ei pelkkiä välimerkkejä tai välilyöntejä.</translation>
    </message>
    <message>
        <source>This is not an e-mail address. Use the form name@example.com.</source>
        <translation>Tämä ei ole sähköpostiosoite. Käytä muotoa nimi@esimerkki.fi.</translation>
    </message>
    <message>
        <source>Use digits, spaces and an optional leading +.</source>
        <translation>Käytä numeroita, välilyöntejä ja tarvittaessa alussa +.</translation>
    </message>
    <message>
        <source>Use 2 to 10 letters or digits, for example NO1.</source>
        <translation>Käytä 2–10 kirjainta tai numeroa, esimerkiksi FI1.</translation>
    </message>
    <message>
        <source>Too short to be an identity number.</source>
        <translation>Liian lyhyt henkilötunnukseksi.</translation>
    </message>
    <message>
        <source>%1 is in the future. Use today or an earlier date.</source>
        <translation>%1 on tulevaisuudessa. Käytä tätä päivää tai aiempaa päivää.</translation>
    </message>
    <message>
        <source>Use 25 May 2018, when the GDPR took effect, or a later date.</source>
        <translation>Käytä päivää 25.5.2018, jolloin tietosuoja-asetusta alettiin soveltaa, tai myöhempää päivää.</translation>
    </message>
    <message>
        <source>Choose at least one right.</source>
        <translation>Valitse vähintään yksi oikeus.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Kenttä on pakollinen.</translation>
    </message>
    <message>
        <source>Add an entity in Settings first.</source>
        <translation>Lisää ensin yhtiö kohdassa Asetukset.</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Access</source>
        <translation>Pääsy tietoihin</translation>
    </message>
    <message>
        <source>Rectification</source>
        <translation>Oikaiseminen</translation>
    </message>
    <message>
        <source>Erasure</source>
        <translation>Poistaminen</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Käsittelyn rajoittaminen</translation>
    </message>
    <message>
        <source>Portability</source>
        <translation>Siirrettävyys</translation>
    </message>
    <message>
        <source>Objection</source>
        <translation>Vastustaminen</translation>
    </message>
    <message>
        <source>Objection to direct marketing</source>
        <translation>Suoramarkkinointikielto</translation>
    </message>
    <message>
        <source>Consent withdrawal</source>
        <translation>Suostumuksen peruuttaminen</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Vastaanotettu</translation>
    </message>
    <message>
        <source>Awaiting identity</source>
        <translation>Odottaa henkilöllisyyttä</translation>
    </message>
    <message>
        <source>Awaiting clarification</source>
        <translation>Odottaa tarkennusta</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Keskeytetty</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Käsittelyssä</translation>
    </message>
    <message>
        <source>Responded</source>
        <translation>Vastattu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Suljettu</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Peruttu</translation>
    </message>
    <message>
        <source>Closed (identity not verified)</source>
        <translation>Suljettu (henkilöllisyyttä ei varmistettu)</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Kirje</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <source>Web form</source>
        <translation>Verkkolomake</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>Henkilökohtaisesti</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Muu</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ratkaisematta</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Toteutettu</translation>
    </message>
    <message>
        <source>Partly fulfilled</source>
        <translation>Osittain toteutettu</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Evätty</translation>
    </message>
    <message>
        <source>No data held</source>
        <translation>Ei tietoja</translation>
    </message>
    <message>
        <source>Identity check</source>
        <translation>Henkilöllisyyden tarkistus</translation>
    </message>
    <message>
        <source>Clarification</source>
        <translation>Tarkennus</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Asiakas</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Työntekijä</translation>
    </message>
    <message>
        <source>Job applicant</source>
        <translation>Työnhakija</translation>
    </message>
    <message>
        <source>Supplier contact</source>
        <translation>Toimittajan yhteyshenkilö</translation>
    </message>
    <message>
        <source>Debtor</source>
        <translation>Velallinen</translation>
    </message>
    <message>
        <source>Website user</source>
        <translation>Verkkosivuston käyttäjä</translation>
    </message>
    <message>
        <source>Norwegian (Bokmål)</source>
        <translation>Norja (bokmål)</translation>
    </message>
    <message>
        <source>Norwegian (Nynorsk)</source>
        <translation>Norja (nynorsk)</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>Ruotsi</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>Suomi</translation>
    </message>
    <message>
        <source>Danish</source>
        <translation>Tanska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Englanti</translation>
    </message>
    <message>
        <source>strict</source>
        <translation>tiukka</translation>
    </message>
    <message>
        <source>lenient</source>
        <translation>väljä</translation>
    </message>
</context>
</TS>
