"""The Account Management and Business Information APIs on the fake Google server: the accounts
the refresh token can manage and the locations in each, paged, with the shapes of Google's
reference (`accounts.list`: Account{name, accountName, type, role, verificationState,
vettedState, permissionLevel}, nextPageToken; `accounts.locations.list` with a required
`readMask`: Location{name "locations/{id}", title, storeCode, phoneNumbers{primaryPhone,
additionalPhones}, storefrontAddress (PostalAddress), websiteUri, ...}, nextPageToken).

    install(fake)                  # on a FakeGoogleBusiness, before it starts
    fake.accounts                  # the Account dicts, in listing order
    fake.location_info[name]       # the Location dict of "accounts/A/locations/L"
    fake.accounts_refusal = Response(403, ...)   # every accounts.list call gets it
"""

from __future__ import annotations

import base64

from tests.fakes.http import Request, Response

ACCOUNTS_MAX_PAGE = 20
LOCATIONS_MAX_PAGE = 100
LOCATIONS_DEFAULT_PAGE = 10
TOWNS = ["Springfield", "Oak Park", "Riverton", "Maple Grove", "Lakeside", "Fairview"]


def _error(code: int, message: str, status: str) -> dict:
    return {"error": {"code": code, "message": message, "status": status}}


def _location_info(index: int, location_id: str) -> dict:
    town = TOWNS[index % len(TOWNS)]
    return {
        "name": f"locations/{location_id}",
        "languageCode": "en",
        "storeCode": f"RFD-{index + 1:03d}",
        "title": "Riverside Family Dental",
        "phoneNumbers": {"primaryPhone": f"(555) 014-{3000 + index:04d}"},
        "categories": {"primaryCategory": {"name": "categories/gcid:dentist",
                                           "displayName": "Dentist"}},
        "storefrontAddress": {
            "regionCode": "US",
            "languageCode": "en",
            "postalCode": f"627{index % 100:02d}",
            "administrativeArea": "IL",
            "locality": town,
            "addressLines": [f"{100 + index} Main Street"],
        },
        "websiteUri": "https://riversidefamilydental.example",
        "regularHours": {"periods": []},
        "metadata": {"mapsUri": f"https://maps.google.com/maps?cid={location_id}",
                     "newReviewUri": f"https://search.google.com/local/writereview?placeid={index}"},
    }


def install(fake) -> None:
    """Add the accounts (the fake's own, holding every location, and a personal one holding
    none) and the two listing routes to `fake` (a FakeGoogleBusiness)."""
    fake.accounts = [
        {
            "name": f"accounts/{fake.account}",
            "accountName": "Riverside Family Dental",
            "type": "LOCATION_GROUP",
            "role": "OWNER",
            "verificationState": "VERIFIED",
            "vettedState": "NOT_VETTED",
            "permissionLevel": "OWNER_LEVEL",
        },
        {
            "name": "accounts/110203040506070809",
            "accountName": "Dana Whitfield",
            "type": "PERSONAL",
            "role": "PRIMARY_OWNER",
            "verificationState": "UNVERIFIED",
            "vettedState": "NOT_VETTED",
            "permissionLevel": "OWNER_LEVEL",
        },
    ]
    fake.accounts_refusal = None
    fake.location_info = {
        name: _location_info(index, name.rsplit("/", 1)[1])
        for index, name in enumerate(fake.locations)
    }
    fake.server.route("GET", r"/v1/accounts", lambda request: _accounts(fake, request))
    fake.server.route(
        "GET",
        r"/v1/accounts/(?P<account>[^/]+)/locations",
        lambda request: _locations(fake, request),
    )


def _page(request: Request, items: list, default: int, largest: int) -> Response | dict:
    try:
        size = int(request.arg("pageSize", str(default)) or default)
        token = request.arg("pageToken", "")
        offset = int(base64.urlsafe_b64decode(token.encode()).decode()) if token else 0
    except ValueError:
        return Response(400, _error(400, "Request contains an invalid argument.",
                                    "INVALID_ARGUMENT"))
    size = min(max(size, 1), largest)
    body: dict = {}
    chunk = items[offset : offset + size]
    if offset + size < len(items):
        body["nextPageToken"] = base64.urlsafe_b64encode(str(offset + size).encode()).decode()
    return {"chunk": chunk, **body}


def _refused(fake, request: Request) -> Response | None:
    if not fake._authorized(request):
        return Response(
            401, _error(401, "Request had invalid authentication credentials.", "UNAUTHENTICATED")
        )
    return None


def _accounts(fake, request: Request) -> Response:
    refusal = _refused(fake, request) or fake.accounts_refusal
    if refusal:
        return refusal
    page = _page(request, fake.accounts, ACCOUNTS_MAX_PAGE, ACCOUNTS_MAX_PAGE)
    if isinstance(page, Response):
        return page
    body = {"accounts": page.pop("chunk"), **page}
    return Response(200, body)


def _locations(fake, request: Request) -> Response:
    refusal = _refused(fake, request)
    if refusal:
        return refusal
    account = f"accounts/{request.match['account']}"
    if account not in {a["name"] for a in fake.accounts}:
        return Response(403, _error(403, "The caller does not have permission",
                                    "PERMISSION_DENIED"))
    mask = [field.strip() for field in (request.arg("readMask", "") or "").split(",") if field]
    if not mask:
        return Response(400, _error(400, "Request contains an invalid argument.",
                                    "INVALID_ARGUMENT"))
    owned = [
        info for name, info in fake.location_info.items() if name.startswith(account + "/")
    ]
    page = _page(request, owned, LOCATIONS_DEFAULT_PAGE, LOCATIONS_MAX_PAGE)
    if isinstance(page, Response):
        return page
    # Only the fields the read mask names come back (top-level names, as used here).
    chunk = [{k: v for k, v in info.items() if k in mask} for info in page.pop("chunk")]
    body = {**({"locations": chunk} if chunk else {}), **page}
    return Response(200, body)
