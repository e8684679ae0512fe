"""Salesforce CRM connector against a local server answering in Salesforce's REST shapes: SOQL query
results with pagination, PATCH 204, the error array, and the session-expired 401 with a token refresh."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from accrue.adapters.connectors.base import ConnectorError
from accrue.adapters.connectors.registry import build_connectors
from accrue.adapters.connectors.salesforce import OAuthRefresh, SalesforceCrm, sf_field
from accrue.adapters.executor import Executor
from accrue.core.actions import UpdateCrm
from accrue.core.errors import ConfigError
from accrue.settings import load_settings
from tests.http_fakes import FakeServer, Reply, Seen, http_server_fixture  # noqa: F401
from tests.stripe_fakes import session_factory

OPP = "0065g00000AcmeQAA1"
OLD_TOKEN = "00D5g000004ACME!AQ4AQOldSessionTokenValue0123456789"
NEW_TOKEN = "00D5g000004ACME!AQ4AQNewSessionTokenValue9876543210"
EXPIRED = [{"message": "Session expired or invalid", "errorCode": "INVALID_SESSION_ID"}]


class FakeSalesforce:
    """Opportunity 0065g00000AcmeQAA1 with three line items (served over two pages)."""

    def __init__(self, server: FakeServer, valid_token: str = OLD_TOKEN):
        self.server = server
        self.valid = valid_token
        self.patched: dict[str, dict[str, str]] = {}
        server.handler = self.handle

    def handle(self, seen: Seen) -> Reply:
        url = urlsplit(seen.path)
        if url.path == "/services/oauth2/token":
            form = parse_qs(seen.body.decode())
            if form.get("refresh_token") != ["refresh-abc-123456"]:
                return 400, {}, {"error": "invalid_grant", "error_description": "expired access/refresh token"}
            self.valid = NEW_TOKEN
            return 200, {}, {"access_token": NEW_TOKEN, "instance_url": self.server.url, "token_type": "Bearer",
                             "id": "https://login.salesforce.com/id/00D/005", "issued_at": "1777600000000",
                             "signature": "c2lnbmF0dXJl"}
        if seen.headers.get("authorization") != f"Bearer {self.valid}":
            return 401, {}, EXPIRED
        if url.path == "/services/data/v62.0/query":
            soql = parse_qs(url.query)["q"][0]
            if "FROM Opportunity " in soql:
                return 200, {}, ('{"totalSize": 1, "done": true, "records": [{"attributes": {"type": "Opportunity",'
                                 f' "url": "/services/data/v62.0/sobjects/Opportunity/{OPP}"}}, "Id": "{OPP}",'
                                 ' "Name": "Acme - Pro Platform", "StageName": "Closed Won", "CloseDate": "2026-04-28",'
                                 ' "Amount": 24000.10, "CurrencyIsoCode": "USD", "Account": {"attributes":'
                                 ' {"type": "Account"}, "Name": "Acme Corporation"}}]}')
            if "FROM OpportunityLineItem" in soql:
                return 200, {}, {"totalSize": 3, "done": False,
                                 "nextRecordsUrl": "/services/data/v62.0/query/01gD0000002HU6KIAW-2000",
                                 "records": [self._item("PLAT-PRO", "Platform Subscription", 1, "14400.00"),
                                             self._item("SEAT", "Named User Seats", 40, "240.00")]}
            return 400, {}, [{"message": "unexpected query", "errorCode": "MALFORMED_QUERY"}]
        if url.path == "/services/data/v62.0/query/01gD0000002HU6KIAW-2000":
            return 200, {}, {"totalSize": 3, "done": True, "records": [self._item("ONB", "Onboarding", 1, "0.10")]}
        if url.path == f"/services/data/v62.0/sobjects/Opportunity/{OPP}" and seen.method == "PATCH":
            body = seen.json()
            bad = [k for k in body if k not in ("Billing_Status__c", "Invoice_Id__c", "Invoice_Amount__c")]
            if bad:
                return 400, {}, [{"message": f"No such column '{bad[0]}' on sobject of type Opportunity",
                                  "errorCode": "INVALID_FIELD", "fields": []}]
            self.patched.setdefault(OPP, {}).update(body)
            return 204, {}, b""
        return 404, {}, [{"message": "The requested resource does not exist", "errorCode": "NOT_FOUND"}]

    @staticmethod
    def _item(code: str, name: str, qty: int, price: str) -> str:
        return json.loads(f'{{"attributes": {{"type": "OpportunityLineItem"}}, "Id": "00k{code}", "Name": "{name}",'
                          f' "ProductCode": "{code}", "Quantity": {qty}, "UnitPrice": {price},'
                          f' "TotalPrice": {Decimal(price) * qty}}}')


def _crm(server: FakeServer, token: str = OLD_TOKEN, refresh: bool = True) -> SalesforceCrm:
    return SalesforceCrm(server.url, token, refresh=OAuthRefresh(refresh_token="refresh-abc-123456",
                                                                 client_id="3MVG9accrue", client_secret="sek-ret-99")
                         if refresh else None)


def test_fetch_deal_reads_opportunity_and_all_line_items_exactly(http_server: FakeServer) -> None:
    FakeSalesforce(http_server)
    deal = _crm(http_server).fetch_deal(OPP)
    assert (deal.deal_id, deal.account_name, deal.stage, deal.currency) == (OPP, "Acme Corporation", "Closed Won",
                                                                            "USD")
    assert deal.amount == Decimal("24000.10")  # straight from the JSON text, never through float
    assert [(i.sku, i.quantity, i.unit_price, i.total) for i in deal.line_items] == [
        ("PLAT-PRO", 1, Decimal("14400.00"), Decimal("14400.00")), ("SEAT", 40, Decimal("240.00"), Decimal("9600.00")),
        ("ONB", 1, Decimal("0.10"), Decimal("0.10"))]
    queries = [parse_qs(urlsplit(r.path).query).get("q", [""])[0] for r in http_server.requests]
    assert f"WHERE Id = '{OPP}'" in queries[0] and f"WHERE OpportunityId = '{OPP}'" in queries[1]


def test_billing_status_is_patched_onto_the_opportunity(home: Path, http_server: FakeServer) -> None:
    fake = FakeSalesforce(http_server)
    action = UpdateCrm(id="a5", idempotency_key="k-crm", deal_id=OPP,
                       fields={"billing_status": "invoiced", "invoice_id": "inv-1", "invoice_amount": "24000.00 USD"})
    row = Executor([_crm(http_server)], session_factory(), sleep=lambda _s: None).execute(action, run_id="r1")
    assert row.status == "succeeded" and row.external_id == OPP
    assert fake.patched[OPP] == {"Billing_Status__c": "invoiced", "Invoice_Id__c": "inv-1",
                                 "Invoice_Amount__c": "24000.00 USD"}


def test_expired_session_is_refreshed_once_and_the_call_repeated(http_server: FakeServer) -> None:
    fake = FakeSalesforce(http_server, valid_token="00D5g000004ACME!AQ4AQsomethingElseEntirely000000")
    crm = _crm(http_server)
    deal = crm.fetch_deal(OPP)
    assert deal.deal_id == OPP and fake.valid == NEW_TOKEN
    paths = [urlsplit(r.path).path for r in http_server.requests]
    assert paths[:3] == ["/services/data/v62.0/query", "/services/oauth2/token", "/services/data/v62.0/query"]
    token_form = parse_qs(http_server.requests[1].body.decode())
    assert token_form["grant_type"] == ["refresh_token"] and token_form["client_id"] == ["3MVG9accrue"]
    assert http_server.requests[2].headers["authorization"] == f"Bearer {NEW_TOKEN}"


def test_expired_session_without_refresh_is_a_permanent_error_with_the_fix(http_server: FakeServer) -> None:
    FakeSalesforce(http_server, valid_token=NEW_TOKEN)
    with pytest.raises(ConnectorError) as info:
        _crm(http_server, refresh=False).fetch_deal(OPP)
    err = info.value
    assert err.status == 401 and not err.transient
    assert "INVALID_SESSION_ID: Session expired or invalid" in str(err) and "SALESFORCE_REFRESH_TOKEN" in str(err)
    assert OLD_TOKEN not in str(err)


def test_refused_refresh_is_permanent(http_server: FakeServer) -> None:
    FakeSalesforce(http_server, valid_token=NEW_TOKEN)
    crm = SalesforceCrm(http_server.url, OLD_TOKEN, refresh=OAuthRefresh(refresh_token="stale-token-000000",
                                                                         client_id="3MVG9accrue"))
    with pytest.raises(ConnectorError, match="token refresh failed: expired access/refresh token") as info:
        crm.fetch_deal(OPP)
    assert not info.value.transient and "stale-token-000000" not in str(info.value)


def test_salesforce_error_array_becomes_a_permanent_error(home: Path, http_server: FakeServer) -> None:
    FakeSalesforce(http_server)
    action = UpdateCrm(id="a5", idempotency_key="k-crm", deal_id=OPP, fields={"Renewal_Owner__c": "dana"})
    row = Executor([_crm(http_server)], session_factory(), sleep=lambda _s: None).execute(action, run_id="r1")
    assert row.status == "failed" and row.attempts == 1
    assert row.error == ("Salesforce rejected (400): INVALID_FIELD: No such column 'Renewal_Owner__c' on sobject "
                         "of type Opportunity")


def test_salesforce_outage_is_retried(home: Path, http_server: FakeServer) -> None:
    fake = FakeSalesforce(http_server)
    answers: list[Reply] = [(503, {"Retry-After": "1"}, [{"message": "Server unavailable",
                                                          "errorCode": "SERVER_UNAVAILABLE"}])]
    http_server.handler = lambda seen: answers.pop(0) if answers else fake.handle(seen)
    sleeps: list[float] = []
    action = UpdateCrm(id="a5", idempotency_key="k-crm", deal_id=OPP, fields={"billing_status": "invoiced"})
    row = Executor([_crm(http_server)], session_factory(), sleep=sleeps.append).execute(action, run_id="r1")
    assert row.status == "succeeded" and row.attempts == 2 and sleeps == [1.0]


def test_ids_are_checked_before_they_reach_soql(http_server: FakeServer) -> None:
    FakeSalesforce(http_server)
    with pytest.raises(ConnectorError, match="not a Salesforce record id"):
        _crm(http_server).fetch_deal("006' OR Name != '")
    assert http_server.requests == []


def test_field_names() -> None:
    assert sf_field("billing_status", {"billing_status": "Billing_Status__c"}) == "Billing_Status__c"
    assert sf_field("next_invoice_date", {}) == "Next_Invoice_Date__c"
    assert sf_field("Description", {}) == "Description"


def test_registry_builds_salesforce_from_the_environment(home: Path, monkeypatch: pytest.MonkeyPatch,
                                                         http_server: FakeServer) -> None:
    monkeypatch.setenv("ACCRUE_CRM", "salesforce")
    with pytest.raises(ConfigError, match="SALESFORCE_INSTANCE_URL"):
        build_connectors(load_settings(), session_factory())
    monkeypatch.setenv("SALESFORCE_INSTANCE_URL", http_server.url)
    monkeypatch.setenv("SALESFORCE_ACCESS_TOKEN", OLD_TOKEN)
    names = [c.name for c in build_connectors(load_settings(), session_factory())]
    assert "salesforce" in names and "crm_file" not in names
