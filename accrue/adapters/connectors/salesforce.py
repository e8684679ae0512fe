"""Salesforce CRM over its REST API: read a deal (Opportunity + OpportunityLineItem via SOQL), write back
its billing status (PATCH on the Opportunity).

Salesforce answers errors as a JSON array of `{"message", "errorCode", "fields"}`; a 401
with INVALID_SESSION_ID means the session expired, and with a refresh token configured we
obtain a new access token once (OAuth refresh-token flow) and repeat the call. Numbers are
parsed as Decimal straight from the JSON text, never through float. Ids are checked
against Salesforce's 15/18-character shape before they go into SOQL, so a deal id can
never change a query. The PATCH sets fields to values, so repeating it is harmless.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

import httpx

from accrue.adapters.connectors.base import ConnectorError, ExecutionResult
from accrue.adapters.connectors.transport import DEFAULT_TIMEOUT, send, status_error
from accrue.adapters.secrets import redact, register_secret
from accrue.core.actions import Action, UpdateCrm
from accrue.core.deal import Deal, parse_deal

API_VERSION = "v62.0"
_ID = re.compile(r"[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?")

# accrue's billing-status fields -> the Opportunity's custom fields that hold them.
DEFAULT_FIELD_MAP = {"billing_status": "Billing_Status__c", "invoice_id": "Invoice_Id__c",
                     "invoice_amount": "Invoice_Amount__c"}


@dataclass
class OAuthRefresh:
    """What the OAuth 2.0 refresh-token flow needs (`/services/oauth2/token`)."""

    refresh_token: str
    client_id: str
    client_secret: str | None = None
    token_url: str | None = None  # defaults to <login or instance URL>/services/oauth2/token


def sf_field(name: str, field_map: dict[str, str]) -> str:
    """Our field name as an Opportunity field: mapped, already an API name, or `Title_Case__c`."""
    if name in field_map:
        return field_map[name]
    if name.endswith("__c") or re.fullmatch(r"[A-Z][A-Za-z0-9]*", name):
        return name
    return "_".join(part.capitalize() for part in name.split("_")) + "__c"


class SalesforceCrm:
    name = "salesforce"
    handles = frozenset({"update_crm"})

    def __init__(self, instance_url: str, access_token: str, *, refresh: OAuthRefresh | None = None,
                 client: httpx.Client | None = None, api_version: str = API_VERSION,
                 field_map: dict[str, str] | None = None, currency_field: str | None = "CurrencyIsoCode",
                 default_currency: str = "USD"):
        for secret in (access_token, refresh.refresh_token if refresh else None,
                       refresh.client_secret if refresh else None):
            register_secret(secret)
        self.instance_url = instance_url.rstrip("/")
        self._token = access_token
        self._refresh = refresh
        self._client = client or httpx.Client(timeout=DEFAULT_TIMEOUT)
        self.api_version = api_version
        self.field_map = {**DEFAULT_FIELD_MAP, **(field_map or {})}
        self.currency_field = currency_field
        self.default_currency = default_currency

    def close(self) -> None:
        self._client.close()

    # -- HTTP ----------------------------------------------------------------------------------
    def _call(self, method: str, path: str, **kw: Any) -> httpx.Response:
        url = path if path.startswith("http") else f"{self.instance_url}{path}"
        for attempt in (1, 2):
            request = self._client.build_request(method, url, headers={"Authorization": f"Bearer {self._token}",
                                                                       "Accept": "application/json"}, **kw)
            response = send("Salesforce", self._client, request)
            if response.status_code == 401 and attempt == 1 and self._refresh is not None:
                self._refresh_token()
                continue
            if response.is_success:
                return response
            raise self._error(response)
        raise AssertionError("unreachable")

    def _error(self, response: httpx.Response) -> ConnectorError:
        errors = _sf_errors(response)
        detail = "; ".join(f"{e.get('errorCode', 'ERROR')}: {e.get('message', '')}"
                           + (f" (fields {', '.join(e['fields'])})" if e.get("fields") else "") for e in errors)
        detail = detail or response.text[:200] or response.reason_phrase
        if response.status_code == 401:
            detail += ("; the session expired or the token is invalid: set SALESFORCE_REFRESH_TOKEN and "
                       "SALESFORCE_CLIENT_ID so accrue can renew it, or a fresh SALESFORCE_ACCESS_TOKEN")
        return status_error("Salesforce", response, detail)

    def _refresh_token(self) -> None:
        assert self._refresh is not None
        r = self._refresh
        data = {"grant_type": "refresh_token", "refresh_token": r.refresh_token, "client_id": r.client_id}
        if r.client_secret:
            data["client_secret"] = r.client_secret
        url = r.token_url or f"{self.instance_url}/services/oauth2/token"
        response = send("Salesforce", self._client, self._client.build_request("POST", url, data=data))
        if not response.is_success:
            body = _json(response)
            detail = body.get("error_description") or body.get("error") if isinstance(body, dict) else None
            raise status_error("Salesforce", response, f"token refresh failed: {detail or response.reason_phrase}; "
                               "re-authorise accrue in Salesforce and update SALESFORCE_REFRESH_TOKEN",
                               transient=response.status_code >= 500)
        body = _json(response)
        self._token = body["access_token"]
        register_secret(self._token)
        if body.get("instance_url"):
            self.instance_url = body["instance_url"].rstrip("/")

    def query(self, soql: str) -> list[dict[str, Any]]:
        """All records of a SOQL query, following `nextRecordsUrl` until `done`."""
        response = self._call("GET", f"/services/data/{self.api_version}/query", params={"q": soql})
        body = _json(response)
        records = list(body.get("records", []))
        while not body.get("done", True) and body.get("nextRecordsUrl"):
            body = _json(self._call("GET", body["nextRecordsUrl"]))
            records.extend(body.get("records", []))
        return records

    # -- reading a deal ------------------------------------------------------------------------
    def fetch_deal(self, opportunity_id: str) -> Deal:
        """The Opportunity and its line items as accrue's Deal (the shape `--deal` files have)."""
        oid = _check_id(opportunity_id)
        fields = ["Id", "Name", "StageName", "CloseDate", "Amount", "Account.Name"]
        if self.currency_field:
            fields.append(self.currency_field)
        rows = self.query(f"SELECT {', '.join(fields)} FROM Opportunity WHERE Id = '{oid}'")
        if not rows:
            raise ConnectorError(f"Salesforce has no Opportunity {oid}", status=404)
        opp = rows[0]
        items = self.query("SELECT Id, Name, ProductCode, Quantity, UnitPrice, TotalPrice FROM OpportunityLineItem "
                           f"WHERE OpportunityId = '{oid}' ORDER BY SortOrder")
        currency = (opp.get(self.currency_field) if self.currency_field else None) or self.default_currency
        deal = {
            "deal_id": opp["Id"], "deal_name": opp.get("Name") or "", "stage": opp.get("StageName") or "",
            "account_name": (opp.get("Account") or {}).get("Name") or "", "close_date": opp.get("CloseDate"),
            "currency": currency, "amount": opp.get("Amount"),
            "line_items": [{"sku": it.get("ProductCode"), "name": it.get("Name") or "", "quantity": it.get("Quantity"),
                            "unit_price": it.get("UnitPrice"), "total": it.get("TotalPrice")} for it in items],
        }
        return parse_deal(deal, f"Salesforce Opportunity {oid}")

    # -- writing billing status ----------------------------------------------------------------
    def execute(self, action: Action, *, key: str, run_id: str) -> ExecutionResult:
        if not isinstance(action, UpdateCrm):
            raise ConnectorError(f"Salesforce cannot carry out {action.type}")
        try:
            oid = _check_id(action.deal_id)
        except ConnectorError as exc:
            raise ConnectorError(f"{exc}; is this deal from Salesforce? (crm is salesforce)") from None
        body = {sf_field(k, self.field_map): v for k, v in action.fields.items()}
        self._call("PATCH", f"/services/data/{self.api_version}/sobjects/Opportunity/{oid}", json=body)
        return ExecutionResult(target=self.name, external_id=oid, detail={"fields": sorted(body)})


def _check_id(value: str) -> str:
    if not _ID.fullmatch(value or ""):
        raise ConnectorError(redact(f"{value!r} is not a Salesforce record id (15 or 18 letters and digits)"))
    return value


def _json(response: httpx.Response) -> Any:
    try:
        return json.loads(response.text, parse_float=Decimal) if response.text else {}
    except ValueError:
        return {}


def _sf_errors(response: httpx.Response) -> list[dict[str, Any]]:
    body = _json(response)
    if isinstance(body, list):
        return [e for e in body if isinstance(e, dict)]
    if isinstance(body, dict) and ("errorCode" in body or "message" in body):
        return [body]
    return []
