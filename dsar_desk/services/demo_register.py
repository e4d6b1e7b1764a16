"""Fictional processing registers for the demo entities, modelled on the seed organisations."""

from __future__ import annotations

from dsar_desk.domain.register import ProcessingActivity
from dsar_desk.services.context import ServiceContext

_GROUP = (
    ProcessingActivity(
        name="Customer relationship",
        purposes="Managing customer accounts, contracts, invoicing and customer service",
        legal_basis="GDPR Art. 6(1)(b) contract",
        data_categories="Name, job title, work e-mail and phone, customer number, contract and invoice "
        "details, support tickets",
        recipients="Our group companies; IT and payment service providers acting as processors",
        retention="For the customer relationship and 3 years after it ends; invoices per the bookkeeping act",
        source="You or the organisation you work for",
    ),
    ProcessingActivity(
        name="Marketing",
        purposes="Newsletters, product news and event invitations; measuring their effect",
        legal_basis="GDPR Art. 6(1)(a) consent, or Art. 6(1)(f) legitimate interest for existing customers",
        data_categories="Name, e-mail address, company, marketing preferences, opens and clicks",
        recipients="E-mail delivery service (processor)",
        retention="Until you object or withdraw consent; a suppression record is kept afterwards",
        source="You, and our customer register",
        transfers="E-mail delivery service in the USA: EU-US Data Privacy Framework and standard contractual "
        "clauses (Art. 46(2)(c))",
    ),
    ProcessingActivity(
        name="Service delivery",
        purposes="Providing the accounting and payroll software and services our customers order",
        legal_basis="GDPR Art. 6(1)(b) contract; as processor for our customers' own data",
        data_categories="User account, log-in details, usage data, documents uploaded by you",
        recipients="Hosting provider in the EU (processor)",
        retention="As long as the service agreement runs, then 90 days",
        source="You and your employer",
    ),
    ProcessingActivity(
        name="Security and development",
        purposes="Protecting our services, investigating incidents and improving the software",
        legal_basis="GDPR Art. 6(1)(f) legitimate interest in secure and working services",
        data_categories="IP address, device and browser data, log-in times, error logs",
        recipients="Security operations provider (processor)",
        retention="Security logs 12 months; development statistics in anonymised form",
        source="Your use of our services",
    ),
    ProcessingActivity(
        name="Legal obligations",
        purposes="Bookkeeping, tax reporting and answering authorities",
        legal_basis="GDPR Art. 6(1)(c) legal obligation",
        data_categories="Invoices, payments, contracts, correspondence with authorities",
        recipients="Auditors, tax authorities",
        retention="As required by the national bookkeeping act (6 to 10 years)",
        source="Our own records",
    ),
)

_COLLECTION = (
    ProcessingActivity(
        name="Debt collection",
        purposes="Collecting overdue claims on behalf of our clients (the creditors)",
        legal_basis="GDPR Art. 6(1)(f) legitimate interest of the creditor; inkassoloven",
        data_categories="Name, address, date of birth, national identity number, claim and payment details, "
        "correspondence, payment plans",
        recipients="The creditor; Namsmannen and the courts when a claim is enforced; credit bureaus where "
        "the law allows",
        retention="Until the claim is settled, then 5 years after the end of the financial year "
        "(bokføringsloven)",
        source="The creditor who handed over the claim; Folkeregisteret for address updates",
        automated_decisions="We propose payment plans from fixed rules (amount and income bands); a case "
        "handler reviews every plan before it is offered. No decision is made solely by automated means.",
    ),
    ProcessingActivity(
        name="Customer service",
        purposes="Answering questions from debtors and creditors by phone, e-mail and our portal",
        legal_basis="GDPR Art. 6(1)(f) legitimate interest",
        data_categories="Name, contact details, case number, call notes, call recordings",
        recipients="Telephony provider (processor)",
        retention="Call recordings 90 days; notes with the claim file",
        source="You",
    ),
    ProcessingActivity(
        name="Security and development",
        purposes="Protecting our systems and the debtor portal, investigating incidents",
        legal_basis="GDPR Art. 6(1)(f) legitimate interest",
        data_categories="IP address, log-in times with BankID, audit logs",
        recipients="IT operations provider (processor)",
        retention="12 months",
        source="Your use of the debtor portal",
    ),
    ProcessingActivity(
        name="Legal obligations",
        purposes="Bookkeeping, anti-money-laundering checks and reporting to Finanstilsynet",
        legal_basis="GDPR Art. 6(1)(c) legal obligation (bokføringsloven, hvitvaskingsloven, inkassoloven)",
        data_categories="Payments, identity checks, reports to authorities",
        recipients="Auditors, Finanstilsynet, Økokrim when the law requires it",
        retention="5 years (bookkeeping and anti-money-laundering rules)",
        source="Our own records",
    ),
)

DEMO_REGISTERS: dict[str, tuple[ProcessingActivity, ...]] = {
    "FI1": _GROUP,
    "SE1": _GROUP,
    "NO1": _COLLECTION,
}


def ensure_demo_registers(ctx: ServiceContext) -> int:
    """Fill empty registers of the demo entities; a register already filled is left alone."""
    from dsar_desk.services.register import RegisterService

    service = RegisterService(ctx)
    added = 0
    for code, activities in DEMO_REGISTERS.items():
        if service.list(code):
            continue
        for activity in activities:
            service.add(code, activity)
            added += 1
    return added
