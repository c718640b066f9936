"""Which Google Business Profile locations the refresh token can manage: the Account Management
API's `accounts.list`, then the Business Information API's `accounts.locations.list` for each
account (with a `readMask`, which that API requires), every page of both. `review-assistant
locations` and `init` print them as ready `[[locations]]` blocks, so nobody has to find
`accounts/.../locations/...` by hand.

The same OAuth client and refresh token as the reviews (scope business.manage), through
GoogleSource's session; base URLs `GOOGLE_ACCOUNT_MANAGEMENT_API_URL` and
`GOOGLE_BUSINESS_INFORMATION_API_URL` point at local servers in tests.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from google.auth.exceptions import GoogleAuthError

from slack_app.config import Environment
from slack_app.sources import SourceError
from slack_app.sources.http_retry import GaveUp, RetryPolicy, request_with_retry

__all__ = [
    "ACCOUNTS_PAGE_SIZE",
    "DEFAULT_ACCOUNT_API_URL",
    "DEFAULT_INFORMATION_API_URL",
    "LOCATIONS_PAGE_SIZE",
    "READ_MASK",
    "ManagedAccount",
    "ManagedLocation",
    "managed_locations",
    "settings_blocks",
]

DEFAULT_ACCOUNT_API_URL = "https://mybusinessaccountmanagement.googleapis.com/v1"
DEFAULT_INFORMATION_API_URL = "https://mybusinessbusinessinformation.googleapis.com/v1"
ACCOUNTS_PAGE_SIZE = 20  # accounts.list: default and maximum
LOCATIONS_PAGE_SIZE = 100  # accounts.locations.list: the maximum
# The Location fields printed: its resource name, title, store code, main phone and address.
READ_MASK = "name,title,storeCode,phoneNumbers,storefrontAddress"
SOURCE = "google"

_FIXES = {
    401: "the OAuth token was refused; make a new refresh token (scope business.manage)",
    403: "the Google Cloud project needs Business Profile API access (the quota is 0 until "
    "Google approves it) with the My Business Account Management and Business Information "
    "APIs enabled, and the account behind the refresh token must manage the profiles",
    429: "quota used up; try again in a minute",
}


@dataclass(frozen=True)
class ManagedAccount:
    name: str  # "accounts/1029384756"
    account_name: str  # what Google shows, e.g. "Riverside Family Dental"
    type: str  # PERSONAL, LOCATION_GROUP, ORGANIZATION, USER_GROUP
    role: str  # PRIMARY_OWNER, OWNER, MANAGER, SITE_MANAGER


@dataclass(frozen=True)
class ManagedLocation:
    account: ManagedAccount
    name: str  # "accounts/1029384756/locations/5647382910": what google_location takes
    title: str
    store_code: str = ""
    phone: str = ""
    address: str = ""  # one line
    town: str = ""


def managed_locations(
    env: Environment, *, policy: RetryPolicy | None = None
) -> tuple[list[ManagedAccount], list[ManagedLocation]]:
    """Every account the refresh token can manage and every location in them (a location
    reachable through two accounts is listed once, under the first). Raises SourceError."""
    from slack_app.sources.google import GoogleSource

    source = GoogleSource(env, policy=policy)
    try:
        client = _Client(source, env, policy or RetryPolicy())
        accounts = [_account(item) for item in client.pages(client.accounts_url, "accounts", {
            "pageSize": str(ACCOUNTS_PAGE_SIZE)})]
        locations: dict[str, ManagedLocation] = {}
        for account in accounts:
            url = f"{client.information_url}/{account.name}/locations"
            params = {"pageSize": str(LOCATIONS_PAGE_SIZE), "readMask": READ_MASK}
            for item in client.pages(url, "locations", params):
                location = _location(account, item)
                locations.setdefault(location.name.rsplit("/", 1)[1], location)
        return accounts, list(locations.values())
    finally:
        source.close()


class _Client:
    def __init__(self, source: Any, env: Environment, policy: RetryPolicy) -> None:
        self.session = source.session
        self.policy = policy
        self.accounts_url = (
            env.google_account_management_api_url or DEFAULT_ACCOUNT_API_URL
        ).rstrip("/") + "/accounts"
        self.information_url = (
            env.google_business_information_api_url or DEFAULT_INFORMATION_API_URL
        ).rstrip("/")

    def pages(self, url: str, field: str, params: dict[str, str]) -> Iterator[dict]:
        """Every item of a paged list (`nextPageToken`), stopping if a token repeats."""
        token, seen = "", set()
        while True:
            body = self._get(url, {**params, **({"pageToken": token} if token else {})})
            items = body.get(field, [])
            if not isinstance(items, list) or not all(isinstance(i, dict) for i in items):
                raise SourceError(SOURCE, "*", f"{url}: '{field}' is not a list of objects")
            yield from items
            token = body.get("nextPageToken") or ""
            if not isinstance(token, str):
                raise SourceError(SOURCE, "*", f"{url}: 'nextPageToken' is not text")
            if not token:
                return
            if token in seen:
                raise SourceError(SOURCE, "*", f"{url}: nextPageToken {token!r} repeated")
            seen.add(token)

    def _get(self, url: str, params: dict[str, str]) -> dict:
        try:
            response = request_with_retry(
                self.session, "GET", url, policy=self.policy, params=params
            )
        except GaveUp as exc:
            raise SourceError(SOURCE, "*", f"{url}: {exc}", status=exc.status) from None
        except GoogleAuthError as exc:
            raise SourceError(
                SOURCE, "*", f"OAuth token refresh failed ({type(exc).__name__}); check "
                "GOOGLE_CLIENT_ID, GOOGLE_CLIENT_SECRET and GOOGLE_REFRESH_TOKEN",
            ) from None
        if response.status_code >= 400:
            raise SourceError(
                SOURCE, "*", f"{url}: {_explain(response)}", status=response.status_code
            )
        try:
            body = response.json()
        except ValueError:
            raise SourceError(SOURCE, "*", f"{url}: the answer is not JSON") from None
        if not isinstance(body, dict):
            raise SourceError(SOURCE, "*", f"{url}: the answer is not a JSON object")
        return body


def _explain(response: Any) -> str:
    try:
        error = response.json().get("error") or {}
        said = " ".join(str(error.get(k)) for k in ("status", "message") if error.get(k))
    except (ValueError, AttributeError):
        said = ""
    fix = _FIXES.get(response.status_code, "")
    return f"HTTP {response.status_code}" + (f" {said}" if said else "") + (
        f"; {fix}" if fix else ""
    )


def _text(item: dict, key: str) -> str:
    value = item.get(key)
    return value.strip() if isinstance(value, str) else ""


def _account(item: dict) -> ManagedAccount:
    name = _text(item, "name")
    if not name.startswith("accounts/"):
        raise SourceError(SOURCE, "*", f"an account without a name accounts/...: {item!r:.120}")
    return ManagedAccount(
        name, _text(item, "accountName"), _text(item, "type"), _text(item, "role")
    )


def _location(account: ManagedAccount, item: dict) -> ManagedLocation:
    # Business Information names a location "locations/{id}"; the reviews API (v4) wants it
    # under its account: "accounts/{account}/locations/{id}".
    name = _text(item, "name")
    if not name.startswith("locations/") or name.count("/") != 1:
        raise SourceError(SOURCE, "*", f"a location without a name locations/...: {item!r:.120}")
    phones = item.get("phoneNumbers") if isinstance(item.get("phoneNumbers"), dict) else {}
    address = item.get("storefrontAddress")
    address = address if isinstance(address, dict) else {}
    lines = [line for line in address.get("addressLines") or [] if isinstance(line, str)]
    place = " ".join(
        part for part in (_text(address, "administrativeArea"), _text(address, "postalCode"))
        if part
    )
    one_line = ", ".join(part for part in (*lines, _text(address, "locality"), place) if part)
    return ManagedLocation(
        account=account,
        name=f"{account.name}/{name}",
        title=_text(item, "title") or name,
        store_code=_text(item, "storeCode"),
        phone=_text(phones, "primaryPhone"),
        address=one_line,
        town=_text(address, "locality"),
    )


def office_names(locations: list[ManagedLocation]) -> list[str]:
    """A distinct name for each location (the settings refuse two offices of one name): its
    title, with its town, store code or location id added when the title alone repeats."""
    location_id = [location.name.rsplit("/", 1)[1] for location in locations]
    forms = [
        [location.title for location in locations],
        [f"{loc.title} ({loc.town or loc.store_code or i})"
         for loc, i in zip(locations, location_id, strict=True)],
        [f"{loc.title} ({', '.join(p for p in (loc.town, loc.store_code) if p) or i})"
         for loc, i in zip(locations, location_id, strict=True)],
        [f"{loc.title} ({i})" for loc, i in zip(locations, location_id, strict=True)],
    ]
    names = []
    for n in range(len(locations)):
        for form in forms:
            folded = [name.casefold() for name in form]
            if folded.count(folded[n]) == 1 or form is forms[-1]:
                names.append(form[n])
                break
    folded = [name.casefold() for name in names]
    if len(set(folded)) < len(folded):  # forms of different lengths met: ids for all
        return forms[-1]
    return names


def settings_blocks(locations: list[ManagedLocation]) -> str:
    """`[[locations]]` blocks for the settings file, one per location (see office_names)."""
    from guardrails.contact import find_phones, phone_digits

    blocks = []
    for location, name in zip(locations, office_names(locations), strict=True):
        lines = ["[[locations]]", f"name = {json.dumps(name, ensure_ascii=False)}",
                 f'google_location = "{location.name}"']
        found = find_phones(location.phone) if location.phone else []
        if found and len(phone_digits(found[0].text)) >= 10:
            lines.append(f"phone = {json.dumps(location.phone)}")
        elif location.phone:
            lines.append(f"# phone = {json.dumps(location.phone)}  (add the area code)")
        about = " · ".join(
            part for part in (location.address, location.store_code and
                              f"store code {location.store_code}") if part
        )
        if about:
            lines.append(f"# {about}")
        blocks.append("\n".join(lines))
    return "\n\n".join(blocks)
