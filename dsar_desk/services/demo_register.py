"""Fictional processing registers for the demo entities, modelled on the seed organisations.

Each register is written in its entity's own letter language(s) and in English, so that a
demo letter in any of them quotes a register in its own language. Finland is bilingual:
Fjordtall Oy keeps Finnish, Swedish and English. DK1 is not a demo entity; its Danish and
English register serves the sample letters (letters.samples) and a DK entity added by hand.
"""

from __future__ import annotations

from dataclasses import replace

from dsar_desk.domain.register import ProcessingActivity
from dsar_desk.services.context import ServiceContext


def _a(
    key: str,
    name: str,
    purposes: str,
    legal_basis: str,
    categories: str,
    recipients: str,
    retention: str,
    source: str,
    transfers: str = "",
    automated: str = "",
) -> ProcessingActivity:
    return ProcessingActivity(
        name=name,
        purposes=purposes,
        legal_basis=legal_basis,
        data_categories=categories,
        recipients=recipients,
        retention=retention,
        source=source,
        transfers=transfers,
        automated_decisions=automated,
        key=key,
    )


# --- Fjordtall group (FI1, SE1, DK1): accounting and payroll software -----------------------


def _group_fi() -> tuple[ProcessingActivity, ...]:
    return (
        _a(
            "customers",
            "Asiakassuhde",
            "Asiakastilien, sopimusten ja laskutuksen hoitaminen sekä asiakaspalvelu",
            "tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta: sopimus",
            "Nimi, tehtävänimike, työsähköposti ja -puhelinnumero, asiakasnumero, sopimus- ja "
            "laskutustiedot, tukipyynnöt",
            "Konserniyhtiömme; tietojenkäsittelijöinä toimivat IT- ja maksupalvelujen tarjoajat",
            "Asiakassuhteen ajan ja 3 vuotta sen päättymisestä; laskut kirjanpitolain mukaan",
            "Sinä itse tai organisaatio, jossa työskentelet",
        ),
        _a(
            "marketing",
            "Markkinointi",
            "Uutiskirjeet, tuoteuutiset ja tapahtumakutsut sekä niiden tulosten seuranta",
            "tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta: suostumus; nykyisten asiakkaiden "
            "osalta 6 artiklan 1 kohdan f alakohta: oikeutettu etu",
            "Nimi, sähköpostiosoite, yritys, markkinointivalinnat, viestien avaukset ja klikkaukset",
            "Sähköpostien lähetyspalvelu (käsittelijä)",
            "Kunnes vastustat markkinointia tai peruutat suostumuksesi; sen jälkeen säilytämme vain "
            "kieltotiedon, jotta emme lähetä sinulle markkinointia uudelleen",
            "Sinä itse ja asiakasrekisterimme",
            "Sähköpostien lähetyspalvelu Yhdysvalloissa: EU:n ja Yhdysvaltojen välinen tietosuojakehys "
            "sekä tietosuojaa koskevat vakiolausekkeet (46 artiklan 2 kohdan c alakohta)",
        ),
        _a(
            "service",
            "Palvelujen toimittaminen",
            "Asiakkaidemme tilaamien taloushallinto- ja palkanlaskentaohjelmistojen ja -palvelujen "
            "tuottaminen",
            "tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta: sopimus; asiakkaidemme omien tietojen "
            "osalta toimimme käsittelijänä",
            "Käyttäjätili, kirjautumistiedot, käyttötiedot, palveluun lataamasi asiakirjat",
            "Palvelinpalvelujen tarjoaja EU:ssa (käsittelijä)",
            "Palvelusopimuksen voimassaoloajan ja sen jälkeen 90 päivää",
            "Sinä itse ja työnantajasi",
        ),
        _a(
            "security",
            "Tietoturva ja tuotekehitys",
            "Palvelujemme suojaaminen, tietoturvapoikkeamien selvittäminen ja ohjelmiston kehittäminen",
            "tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta: oikeutettu etu turvallisiin ja "
            "toimiviin palveluihin",
            "IP-osoite, laite- ja selaintiedot, kirjautumisajat, virhelokit",
            "Tietoturvapalvelujen tarjoaja (käsittelijä)",
            "Tietoturvalokit 12 kuukautta; kehitystilastot anonymisoituina",
            "Palvelujemme käyttösi",
        ),
        _a(
            "legal",
            "Lakisääteiset velvoitteet",
            "Kirjanpito, veroilmoitukset ja viranomaisten tietopyyntöihin vastaaminen",
            "tietosuoja-asetuksen 6 artiklan 1 kohdan c alakohta: lakisääteinen velvoite, kirjanpitolaki "
            "(1336/1997)",
            "Laskut, maksut, sopimukset, viranomaiskirjeenvaihto",
            "Tilintarkastajat, Verohallinto",
            "Kirjanpitolain 2 luvun 10 §:n mukaan: kirjanpito ja tilinpäätös 10 vuotta ja tositteet "
            "6 vuotta tilikauden päättymisvuoden lopusta",
            "Omat kirjanpitomme",
        ),
    )


def _group_sv(finland: bool) -> tuple[ProcessingActivity, ...]:
    if finland:
        law = "bokföringslagen (1336/1997)"
        keeping = (
            "Enligt 2 kap. 10 § bokföringslagen (1336/1997): bokföringen och bokslutet i 10 år och "
            "verifikationerna i 6 år från utgången av det år då räkenskapsperioden upphörde"
        )
        authorities = "Revisorer, Skatteförvaltningen"
    else:
        law = "bokföringslagen (1999:1078)"
        keeping = (
            "Enligt 7 kap. 2 § bokföringslagen (1999:1078): till och med det sjunde året efter "
            "utgången av det kalenderår då räkenskapsåret avslutades"
        )
        authorities = "Revisorer, Skatteverket"
    return (
        _a(
            "customers",
            "Kundrelation",
            "Hantering av kundkonton, avtal och fakturering samt kundtjänst",
            "dataskyddsförordningen artikel 6.1 b: avtal",
            "Namn, befattning, e-postadress och telefonnummer i arbetet, kundnummer, avtals- och "
            "faktureringsuppgifter, supportärenden",
            "Bolagen i vår koncern; leverantörer av IT- och betaltjänster som är personuppgiftsbiträden",
            f"Under kundrelationen och 3 år efter att den upphört; fakturor enligt {law}",
            "Du själv eller den organisation du arbetar för",
        ),
        _a(
            "marketing",
            "Marknadsföring",
            "Nyhetsbrev, produktnyheter och inbjudningar till evenemang samt uppföljning av dem",
            "dataskyddsförordningen artikel 6.1 a: samtycke; för befintliga kunder artikel 6.1 f: "
            "berättigat intresse",
            "Namn, e-postadress, företag, val om marknadsföring, öppningar och klick",
            "Leverantör av e-postutskick (personuppgiftsbiträde)",
            "Tills du invänder eller återkallar ditt samtycke; därefter sparar vi bara en spärr så att "
            "du inte får marknadsföring igen",
            "Du själv och vårt kundregister",
            "Leverantör av e-postutskick i USA: EU–US Data Privacy Framework och standardiserade "
            "dataskyddsbestämmelser (artikel 46.2 c)",
        ),
        _a(
            "service",
            "Leverans av tjänsterna",
            "Att tillhandahålla de program och tjänster för ekonomi och lön som våra kunder beställer",
            "dataskyddsförordningen artikel 6.1 b: avtal; för kundernas egna uppgifter är vi "
            "personuppgiftsbiträde",
            "Användarkonto, inloggningsuppgifter, användningsdata, dokument som du laddar upp",
            "Driftleverantör inom EU (personuppgiftsbiträde)",
            "Så länge tjänsteavtalet gäller och därefter 90 dagar",
            "Du själv och din arbetsgivare",
        ),
        _a(
            "security",
            "Säkerhet och utveckling",
            "Att skydda våra tjänster, utreda incidenter och förbättra programmen",
            "dataskyddsförordningen artikel 6.1 f: berättigat intresse av säkra och fungerande tjänster",
            "IP-adress, uppgifter om enhet och webbläsare, inloggningstider, fellogg",
            "Leverantör av säkerhetsövervakning (personuppgiftsbiträde)",
            "Säkerhetsloggar 12 månader; utvecklingsstatistik i anonymiserad form",
            "Din användning av våra tjänster",
        ),
        _a(
            "legal",
            "Rättsliga förpliktelser",
            "Bokföring, skatterapportering och svar till myndigheter",
            f"dataskyddsförordningen artikel 6.1 c: rättslig förpliktelse enligt {law}",
            "Fakturor, betalningar, avtal, korrespondens med myndigheter",
            authorities,
            keeping,
            "Vår egen bokföring",
        ),
    )


def _group_da() -> tuple[ProcessingActivity, ...]:
    return (
        _a(
            "customers",
            "Kundeforhold",
            "Administration af kundekonti, aftaler og fakturering samt kundeservice",
            "databeskyttelsesforordningens artikel 6, stk. 1, litra b: kontrakt",
            "Navn, stilling, arbejdsmail og -telefon, kundenummer, aftale- og faktureringsoplysninger, "
            "supporthenvendelser",
            "Selskaberne i vores koncern; udbydere af it- og betalingstjenester, der er databehandlere",
            "Så længe kundeforholdet varer og 3 år derefter; fakturaer efter bogføringsloven",
            "Dig selv eller den organisation, du arbejder for",
        ),
        _a(
            "marketing",
            "Markedsføring",
            "Nyhedsbreve, produktnyheder og invitationer til arrangementer samt måling af deres effekt",
            "databeskyttelsesforordningens artikel 6, stk. 1, litra a: samtykke; for eksisterende kunder "
            "litra f: legitim interesse",
            "Navn, e-mailadresse, virksomhed, valg om markedsføring, åbninger og klik",
            "Udbyder af e-mailudsendelser (databehandler)",
            "Indtil du gør indsigelse eller trækker dit samtykke tilbage; derefter gemmer vi kun en "
            "spærring, så du ikke modtager markedsføring igen",
            "Dig selv og vores kunderegister",
            "Udbyder af e-mailudsendelser i USA: EU-US Data Privacy Framework og "
            "standardbestemmelser om databeskyttelse (artikel 46, stk. 2, litra c)",
        ),
        _a(
            "service",
            "Levering af tjenesterne",
            "At levere de regnskabs- og lønprogrammer og tjenester, som vores kunder bestiller",
            "databeskyttelsesforordningens artikel 6, stk. 1, litra b: kontrakt; for kundernes egne "
            "oplysninger er vi databehandler",
            "Brugerkonto, loginoplysninger, brugsdata, dokumenter, du uploader",
            "Hostingudbyder i EU (databehandler)",
            "Så længe serviceaftalen løber og derefter 90 dage",
            "Dig selv og din arbejdsgiver",
        ),
        _a(
            "security",
            "Sikkerhed og udvikling",
            "At beskytte vores tjenester, undersøge hændelser og forbedre programmerne",
            "databeskyttelsesforordningens artikel 6, stk. 1, litra f: legitim interesse i sikre og "
            "velfungerende tjenester",
            "IP-adresse, oplysninger om enhed og browser, logintidspunkter, fejllog",
            "Udbyder af sikkerhedsovervågning (databehandler)",
            "Sikkerhedslog 12 måneder; udviklingsstatistik i anonymiseret form",
            "Din brug af vores tjenester",
        ),
        _a(
            "legal",
            "Retlige forpligtelser",
            "Bogføring, indberetning til skattemyndighederne og svar til myndigheder",
            "databeskyttelsesforordningens artikel 6, stk. 1, litra c: retlig forpligtelse efter "
            "bogføringsloven",
            "Fakturaer, betalinger, aftaler, korrespondance med myndigheder",
            "Revisorer, Skattestyrelsen",
            "5 år fra udgangen af det regnskabsår, materialet vedrører (bogføringsloven § 12)",
            "Vores eget regnskab",
        ),
    )


def _group_en(country: str) -> tuple[ProcessingActivity, ...]:
    law, keeping, tax = {
        "FI": (
            "the Finnish Accounting Act (1336/1997)",
            "Under chapter 2, section 10 of the Finnish Accounting Act: books and financial statements "
            "10 years, vouchers 6 years from the end of the year in which the financial year ended",
            "the Finnish Tax Administration",
        ),
        "SE": (
            "the Swedish Bookkeeping Act (1999:1078)",
            "Under chapter 7, section 2 of the Swedish Bookkeeping Act: until the end of the seventh "
            "year after the calendar year in which the financial year ended",
            "the Swedish Tax Agency",
        ),
        "DK": (
            "the Danish Bookkeeping Act",
            "5 years from the end of the financial year the material concerns (Danish Bookkeeping Act, "
            "section 12)",
            "the Danish Tax Agency",
        ),
    }[country]
    return (
        _a(
            "customers",
            "Customer relationship",
            "Managing customer accounts, contracts, invoicing and customer service",
            "GDPR Art. 6(1)(b): contract",
            "Name, job title, work e-mail and phone, customer number, contract and invoice details, "
            "support tickets",
            "Our group companies; IT and payment service providers acting as processors",
            f"During the customer relationship and 3 years after it ends; invoices under {law}",
            "You or the organisation you work for",
        ),
        _a(
            "marketing",
            "Marketing",
            "Newsletters, product news and event invitations, and measuring how they perform",
            "GDPR Art. 6(1)(a): consent; for existing customers Art. 6(1)(f): legitimate interest",
            "Name, e-mail address, company, marketing choices, opens and clicks",
            "E-mail delivery service (processor)",
            "Until you object or withdraw your consent; after that we keep only a block so that you "
            "receive no marketing again",
            "You, and our customer register",
            "E-mail delivery service in the USA: EU-US Data Privacy Framework and standard data "
            "protection clauses (Art. 46(2)(c))",
        ),
        _a(
            "service",
            "Service delivery",
            "Providing the accounting and payroll software and services our customers order",
            "GDPR Art. 6(1)(b): contract; for our customers' own data we act as their processor",
            "User account, log-in details, usage data, documents you upload",
            "Hosting provider in the EU (processor)",
            "For as long as the service agreement runs, then 90 days",
            "You and your employer",
        ),
        _a(
            "security",
            "Security and development",
            "Protecting our services, investigating incidents and improving the software",
            "GDPR Art. 6(1)(f): legitimate interest in secure, working services",
            "IP address, device and browser data, log-in times, error logs",
            "Security monitoring provider (processor)",
            "Security logs 12 months; development statistics only in anonymised form",
            "Your use of our services",
        ),
        _a(
            "legal",
            "Legal obligations",
            "Bookkeeping, tax reporting and answering authorities",
            f"GDPR Art. 6(1)(c): legal obligation under {law}",
            "Invoices, payments, contracts, correspondence with authorities",
            f"Auditors, {tax}",
            keeping,
            "Our own accounts",
        ),
    )


# --- Nordkapp Inkasso AS (NO1): debt collection ----------------------------------------------

_COLLECTION_NB = (
    _a(
        "collection",
        "Inkasso",
        "Innkreving av forfalte krav på vegne av oppdragsgiverne våre (kreditorene)",
        "personvernforordningen artikkel 6 nr. 1 bokstav f: kreditors berettigede interesse, inkassoloven",
        "Navn, adresse, fødselsdato, fødselsnummer, opplysninger om kravet og innbetalinger, "
        "korrespondanse, betalingsavtaler",
        "Kreditor; namsmannen og domstolene når et krav tvangsinndrives; kredittopplysningsforetak "
        "når loven tillater det",
        "Til kravet er oppgjort, deretter 5 år etter utgangen av regnskapsåret (bokføringsloven § 13)",
        "Kreditoren som overlot kravet til oss; Folkeregisteret for oppdatert adresse",
        "",
        "Vi foreslår betalingsavtaler etter faste regler (beløp og inntektsnivå); en saksbehandler "
        "går gjennom hver avtale før den tilbys deg. Ingen avgjørelse tas bare automatisk.",
    ),
    _a(
        "customer-service",
        "Kundeservice",
        "Svar på spørsmål fra skyldnere og kreditorer på telefon, e-post og i portalen vår",
        "personvernforordningen artikkel 6 nr. 1 bokstav f: berettiget interesse",
        "Navn, kontaktopplysninger, saksnummer, samtalenotater, lydopptak av samtaler",
        "Leverandør av telefoni (databehandler)",
        "Lydopptak 90 dager; notater så lenge saken oppbevares",
        "Deg selv",
    ),
    _a(
        "security",
        "Sikkerhet og utvikling",
        "Beskytte systemene våre og skyldnerportalen og undersøke sikkerhetshendelser",
        "personvernforordningen artikkel 6 nr. 1 bokstav f: berettiget interesse",
        "IP-adresse, tidspunkter for innlogging med BankID, revisjonslogger",
        "Leverandør av IT-drift (databehandler)",
        "12 måneder",
        "Din bruk av skyldnerportalen",
    ),
    _a(
        "legal",
        "Lovpålagte plikter",
        "Bokføring, kontroll etter hvitvaskingsregelverket og rapportering til Finanstilsynet",
        "personvernforordningen artikkel 6 nr. 1 bokstav c: rettslig forpliktelse etter "
        "bokføringsloven, hvitvaskingsloven og inkassoloven",
        "Innbetalinger, legitimasjonskontroll, rapporter til myndighetene",
        "Revisor, Finanstilsynet, Økokrim når loven krever det",
        "5 år (bokføringsloven § 13 og hvitvaskingsloven § 30)",
        "Våre egne registre",
    ),
)

_COLLECTION_EN = (
    _a(
        "collection",
        "Debt collection",
        "Collecting overdue claims on behalf of our clients (the creditors)",
        "GDPR Art. 6(1)(f): the creditor's legitimate interest; the Norwegian Debt Collection Act "
        "(inkassoloven)",
        "Name, address, date of birth, national identity number, claim and payment details, "
        "correspondence, payment plans",
        "The creditor; the enforcement officer (namsmannen) and the courts when a claim is enforced; "
        "credit reference agencies where the law allows",
        "Until the claim is settled, then 5 years after the end of the financial year (Norwegian "
        "Bookkeeping Act, section 13)",
        "The creditor who handed the claim to us; the National Population Register for address updates",
        "",
        "We propose payment plans by fixed rules (amount and income bands); a case handler reviews "
        "every plan before it is offered to you. No decision is made by automated means alone.",
    ),
    _a(
        "customer-service",
        "Customer service",
        "Answering questions from debtors and creditors by phone, e-mail and in our portal",
        "GDPR Art. 6(1)(f): legitimate interest",
        "Name, contact details, case number, call notes, call recordings",
        "Telephony provider (processor)",
        "Call recordings 90 days; notes for as long as the claim file is kept",
        "You",
    ),
    _a(
        "security",
        "Security and development",
        "Protecting our systems and the debtor portal, investigating security incidents",
        "GDPR Art. 6(1)(f): legitimate interest",
        "IP address, BankID log-in times, audit logs",
        "IT operations provider (processor)",
        "12 months",
        "Your use of the debtor portal",
    ),
    _a(
        "legal",
        "Legal obligations",
        "Bookkeeping, anti-money-laundering checks and reporting to the Financial Supervisory Authority",
        "GDPR Art. 6(1)(c): legal obligation under the Norwegian Bookkeeping, Anti-Money-Laundering "
        "and Debt Collection Acts",
        "Payments, identity checks, reports to authorities",
        "Auditor, the Financial Supervisory Authority (Finanstilsynet), Økokrim where the law requires it",
        "5 years (Bookkeeping Act section 13, Anti-Money-Laundering Act section 30)",
        "Our own records",
    ),
)

DEMO_REGISTERS: dict[str, dict[str, tuple[ProcessingActivity, ...]]] = {
    "FI1": {"fi": _group_fi(), "sv": _group_sv(finland=True), "en": _group_en("FI")},
    "SE1": {"sv": _group_sv(finland=False), "en": _group_en("SE")},
    "NO1": {"nb": _COLLECTION_NB, "en": _COLLECTION_EN},
    "DK1": {"da": _group_da(), "en": _group_en("DK")},
}


def ensure_demo_registers(ctx: ServiceContext) -> int:
    """Fill empty registers of the demo entities in the store; a filled one is left alone."""
    from dsar_desk.services.entities import EntityService
    from dsar_desk.services.register import RegisterService

    service = RegisterService(ctx)
    present = {entity.code for entity in EntityService(ctx).list()}
    added = 0
    for code, languages in DEMO_REGISTERS.items():
        if code not in present or service.list(code):
            continue
        for language, activities in languages.items():
            for activity in activities:
                service.add(code, replace(activity, language=language))
                added += 1
    return added
