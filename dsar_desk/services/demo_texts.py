"""The free texts the demo's staff type, in each demo entity's working language.

Privacy staff write scopes, extension reasons, identity-check methods and refusal
grounds in their own language, and letters quote some of them (the extension notice
quotes the reasons; refusals quote the grounds), so a Finnish demo letter must not
carry English sentences. All texts are fictional and name no real person.

Every entity has the same number of texts of each kind: the generator draws them with
the seeded random generator, and equal lengths keep the draws, and so every demo
date and state, the same whichever entity a case belongs to.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class DemoTexts:
    scopes: tuple[str, ...]  # what the requester asked for; "" is a request with no details
    extension_reasons: tuple[str, ...]  # quoted after "the reasons for the delay are:"
    identity_methods: tuple[str, ...]  # shown as "checked <date> (<method>)"
    reopen_reason: str
    representative: str  # a fictional law firm acting for a few requesters
    grounds: dict[str, str]  # ground code -> the reasons quoted in a refusal letter


_FI = DemoTexts(
    scopes=(
        "Kaikki minusta tallennetut tiedot, myös asiakaspalvelupuheluiden tallenteet.",
        "Poistakaa käyttäjätilini ja lopettakaa uutiskirjeiden lähettäminen.",
        "Kopio laskuistani ja asiakastilini tapahtumista vuodelta 2025.",
        "Korjatkaa postiosoitteeni asiakasrekisteriinne.",
        "Mille yrityksille olette luovuttaneet tietojani?",
        "Palkanlaskentapalvelussa olevat tietoni vuosilta 2024 ja 2025.",
        "",
    ),
    extension_reasons=(
        "Tietoja on kirjanpito-, palkanlaskenta- ja asiakastukijärjestelmissä, ja niistä on poistettava "
        "muita henkilöitä koskevat tiedot ennen luovuttamista.",
        "Saimme tässä kuussa poikkeuksellisen paljon pyyntöjä mediassa julkaistun uutisen jälkeen.",
        "Pyyntö koskee useita ohjelmistopalveluitamme ja kymmenen vuoden laskutushistoriaa, joka on "
        "käytävä läpi huolellisesti.",
    ),
    identity_methods=(
        "vahva tunnistautuminen pankkitunnuksilla",
        "vahvistuskoodi rekisteröityyn sähköpostiosoitteeseen",
        "turvakysymykset puhelimessa",
        "kirjautuminen asiakasportaaliin",
    ),
    reopen_reason="Pyytäjän mukaan yhtä järjestelmää ei käyty läpi.",
    representative="Asianajotoimisto Revontuli Oy",
    grounds={
        "art-12-5": "Olet lähettänyt saman pyynnön kuusi kertaa kolmen kuukauden aikana, ja olemme jo "
        "vastanneet siihen kahdesti. Pidämme pyyntöä selvästi kohtuuttomana.",
        "art-11-2": "Emme pystyneet varmistamaan henkilöllisyyttäsi, joten emme voi luovuttaa tai muuttaa "
        "tietoja.",
        "art-15-4": "Osa asiakirjoista sisältää muiden henkilöiden tietoja, ja ne on poistettu kopiosta.",
        "art-17-3-a": "Tiedot sisältyvät julkaistuun asiakastarinaan, jota suojaa sanan- ja tiedonvälityksen "
        "vapaus.",
        "art-17-3-b": "Lakisääteinen velvoite edellyttää, että säilytämme laskut ja niihin liittyvät tiedot.",
        "art-17-3-c": "Tiedot liittyvät työterveyshuoltoon, ja niitä on säilytettävä kansanterveyteen "
        "liittyvän yleisen edun vuoksi.",
        "art-17-3-d": "Tiedot on arkistoitu tilastollisia tarkoituksia varten asianmukaisin suojatoimin, ja "
        "poistaminen estäisi tämän käsittelyn.",
        "art-17-3-e": "Tarvitsemme tietoja avoimessa laskuriidassa oikeusvaateen esittämiseksi tai "
        "puolustamiseksi.",
        "art-20-1": "Tietoja ei käsitellä suostumuksen tai sopimuksen perusteella eikä automaattisesti, "
        "joten oikeus siirtää tiedot järjestelmästä toiseen ei koske niitä.",
        "art-21-1": "Tarvitsemme tiedot erääntyneen laskun perimiseen, mikä on pakottava oikeutettu syy "
        "jatkaa käsittelyä.",
        "art-16-accurate": "Tarkistimme tiedot, ja ne vastaavat sopimusta ja allekirjoittamiasi asiakirjoja.",
        "art-18-1": "Mikään käsittelyn rajoittamisen edellytyksistä ei täyty: tiedot ovat oikeita ja "
        "käsittely on lainmukaista.",
        "fi-tsl-34": "Osa tiedoista jää tarkastusoikeuden ulkopuolelle, koska niiden antaminen voisi "
        "vaarantaa käynnissä olevan väärinkäytösselvityksen.",
        "fi-kpl-2-10": "Kirjanpitolaki velvoittaa säilyttämään kirjanpitoaineiston, joten laskut ja "
        "tositteet säilytetään lakisääteisen säilytysajan loppuun.",
    },
)

_SV = DemoTexts(
    scopes=(
        "Alla uppgifter ni har om mig, även inspelningar av samtal till kundtjänst.",
        "Radera mitt användarkonto och sluta skicka nyhetsbrev till mig.",
        "Kopior av mina fakturor och händelserna på mitt kundkonto under 2025.",
        "Rätta min postadress i ert kundregister.",
        "Vilka företag har ni lämnat ut mina uppgifter till?",
        "Uppgifter om mig i lönetjänsten för 2024 och 2025.",
        "",
    ),
    extension_reasons=(
        "Uppgifterna finns i bokförings-, löne- och supportsystemen och måste gås igenom så att uppgifter "
        "om andra personer kan tas bort innan vi lämnar ut dem.",
        "Vi har fått ovanligt många begäranden den här månaden efter en artikel i media.",
        "Begäran gäller flera av våra programtjänster och tio års fakturahistorik som måste gås igenom "
        "noggrant.",
    ),
    identity_methods=(
        "inloggning med BankID",
        "kod skickad till registrerad e-postadress",
        "kontrollfrågor per telefon",
        "inloggning i kundportalen",
    ),
    reopen_reason="Den registrerade uppger att ett av systemen inte söktes igenom.",
    representative="Advokatbyrån Norrsken AB",
    grounds={
        "art-12-5": "Du har skickat samma begäran sex gånger på tre månader och vi har redan svarat två "
        "gånger. Vi bedömer begäran som uppenbart orimlig.",
        "art-11-2": "Vi har inte kunnat bekräfta din identitet och kan därför inte lämna ut eller ändra "
        "uppgifterna.",
        "art-15-4": "En del handlingar innehåller uppgifter om andra personer; de uppgifterna har tagits "
        "bort ur kopian.",
        "art-17-3-a": "Uppgifterna ingår i en publicerad kundberättelse som skyddas av yttrande- och "
        "informationsfriheten.",
        "art-17-3-b": "En rättslig förpliktelse kräver att vi sparar fakturorna och uppgifterna som hör till "
        "dem.",
        "art-17-3-c": "Uppgifterna rör företagshälsovården och behöver sparas av skäl som rör folkhälsan.",
        "art-17-3-d": "Uppgifterna är arkiverade för statistiska ändamål med lämpliga skyddsåtgärder, och en "
        "radering skulle omöjliggöra det arbetet.",
        "art-17-3-e": "Vi behöver uppgifterna i en pågående tvist om en obetald faktura.",
        "art-20-1": "Uppgifterna behandlas inte med stöd av samtycke eller avtal och inte automatiserat, så "
        "rätten till dataportabilitet gäller inte dem.",
        "art-21-1": "Vi behöver uppgifterna för att driva in en förfallen faktura, vilket är ett tvingande "
        "berättigat skäl att fortsätta behandlingen.",
        "art-16-accurate": "Vi har kontrollerat uppgifterna och de stämmer med avtalet och de handlingar du "
        "har undertecknat.",
        "art-18-1": "Inget av villkoren för begränsning är uppfyllt: uppgifterna är korrekta och "
        "behandlingen är laglig.",
        "se-dsl-5-1": "Vi får enligt lag inte lämna ut en del av uppgifterna till dig, och de ingår därför "
        "inte i svaret.",
        "se-dsl-5-2": "En del uppgifter finns bara i interna utkast och minnesanteckningar som inte är "
        "färdigställda och inte har lämnats ut till någon annan.",
        "se-bfl-7-2": "Bokföringslagen kräver att räkenskapsinformation sparas i sju år, så fakturor och "
        "verifikationer raderas först när den tiden har gått.",
    },
)

_NB = DemoTexts(
    scopes=(
        "Kopi av saksmappen i inkassosaken og dokumentasjonen fra oppdragsgiveren.",
        "Alle opplysninger dere har om meg, også opptak av telefonsamtaler.",
        "Oversikt over nedbetalingsavtalen og alle innbetalinger jeg har gjort.",
        "Rett adressen min: brevene går fortsatt til en adresse jeg flyttet fra i 2024.",
        "Hvem har dere delt opplysningene mine med, og hvor fikk dere adressen min fra?",
        "Slett opplysningene om saken som er betalt, og stans markedsføring på SMS.",
        "",
    ),
    extension_reasons=(
        "Saksmappen din omfatter krav fra tolv oppdragsgivere, og dokumentene fra hver av dem må gjennomgås.",
        "Vi har mottatt uvanlig mange forespørsler denne måneden etter en sak i media.",
        "Opplysningene ligger i inkassosystemet, i lydloggen og hos arkivleverandøren vår, og opplysninger "
        "om andre personer må sladdes før vi kan utlevere dem.",
    ),
    identity_methods=(
        "innlogging med BankID",
        "engangskode sendt til registrert e-postadresse",
        "kontrollspørsmål på telefon",
        "innlogging på Min side",
    ),
    reopen_reason="Den registrerte sier at ett av systemene ikke ble gjennomgått.",
    representative="Advokatfirma Nordlys AS",
    grounds={
        "art-12-5": "Du har sendt den samme forespørselen seks ganger på tre måneder, og vi har allerede "
        "svart to ganger. Vi anser forespørselen som åpenbart overdreven.",
        "art-11-2": "Vi har ikke klart å bekrefte identiteten din, og kan derfor ikke utlevere eller endre "
        "opplysningene.",
        "art-15-4": "Deler av saksmappen inneholder opplysninger om andre personer, blant annet "
        "medskyldnere; disse er sladdet i kopien.",
        "art-17-3-a": "Opplysningene inngår i en offentlig omtale av saken som er vernet av ytrings- og "
        "informasjonsfriheten.",
        "art-17-3-b": "Vi har en rettslig plikt til å oppbevare opplysningene om inkassosaken.",
        "art-17-3-c": "Opplysningene gjelder bedriftshelsetjenesten og må oppbevares av hensyn til "
        "folkehelsen.",
        "art-17-3-d": "Opplysningene er arkivert for statistiske formål med nødvendige garantier, og "
        "sletting ville gjøre dette arbeidet umulig.",
        "art-17-3-e": "Kravet er fortsatt ubetalt og kan bli brakt inn for forliksrådet; vi trenger "
        "opplysningene for å fastsette og forsvare kravet.",
        "art-20-1": "Opplysningene behandles ikke på grunnlag av samtykke eller avtale med deg, så retten "
        "til dataportabilitet gjelder ikke.",
        "art-21-1": "Vi har tvingende berettigede grunner til å fortsette behandlingen så lenge kravet mot "
        "deg er ubetalt.",
        "art-16-accurate": "Vi har kontrollert opplysningene mot dokumentasjonen fra oppdragsgiveren, og de "
        "er riktige.",
        "art-18-1": "Ingen av vilkårene for begrensning er oppfylt: opplysningene er riktige, og "
        "behandlingen er lovlig.",
        "no-popplyl-16-c": "Det er av helsemessige hensyn utilrådelig å utlevere en del av opplysningene til "
        "deg.",
        "no-popplyl-16-d": "En del av opplysningene er underlagt lovbestemt taushetsplikt og kan ikke "
        "utleveres.",
        "no-popplyl-16-e": "Enkelte notater er laget utelukkende for den interne saksforberedelsen og er "
        "ikke delt med andre.",
        "no-inkassoloven-28": "Inkassobyrået har taushetsplikt om andres forhold, så opplysninger om "
        "medskyldnere og om oppdragsgiverens interne forhold er holdt utenfor.",
        "no-bokforingsloven-13": "Bokføringsloven pålegger oss å oppbevare regnskapsmaterialet om "
        "innbetalingene dine i den lovbestemte oppbevaringstiden; opplysningene slettes når den er ute.",
    },
)

# Keyed by demo entity code: each entity writes in its working language (FI1 fi, SE1 sv, NO1 nb).
DEMO_TEXTS: dict[str, DemoTexts] = {"FI1": _FI, "SE1": _SV, "NO1": _NB}
