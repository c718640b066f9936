"""A local Google Business Profile v4 server (plus its OAuth token endpoint) for tests,
benchmarks and the doctor/Slack scenarios.

    with FakeGoogleBusiness(locations=3, reviews_per_location=120) as google:
        env = google.environment()          # slack_app.config.Environment pointed here
        google.locations                    # ["accounts/.../locations/...", ...]
        google.rate_limit(google.locations[0], retry_after=2)   # next list call gets 429
        google.forbid(google.locations[1])  # every call for it gets 403
        google.add_poisoned_review(google.locations[0])  # "\\ud800" in the JSON: valid JSON,
                                                         # but not text SQLite can store

Payloads follow the v4 reference: `reviews`, `averageRating`, `totalReviewCount`,
`nextPageToken`; each review has `name`, `reviewId`, `reviewer{displayName, profilePhotoUrl,
isAnonymous}`, `starRating` ONE..FIVE, optional `comment`, `createTime`, `updateTime`,
`reviewReplyUrl` (2026-07), optional `reviewReply{comment, updateTime, reviewReplyState,
policyViolation}` (the reply's moderation state, 2026-04: PENDING, APPROVED, REJECTED; why it
was rejected, 2026-07). Generated data is deterministic (seeded) and includes rating-only
reviews, anonymous reviewers and reviews that already have a (published) reply.

Besides listing: GET of one review (404 once it is removed: `remove_review`), PUT of a reply
(it starts PENDING; `moderate` decides), DELETE of a reply. Google's quotas can be switched on,
counted on the fake's `clock`: `requests_per_minute` (all API calls) and `edits_per_minute`
(reply PUTs and DELETEs per location); a call beyond them gets 429 RESOURCE_EXHAUSTED and is
recorded in `quota_refusals`.
"""

from __future__ import annotations

import base64
import random
import threading
from collections import defaultdict, deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from slack_app.config import Environment
from tests.fakes import google_accounts
from tests.fakes.http import FakeServer, Request, Response

CLIENT_ID = "1234567890-fake.apps.googleusercontent.com"
CLIENT_SECRET = "fake-google-client-secret"
REFRESH_TOKEN = "1//fake-google-refresh-token"
STARS = ["ONE", "TWO", "THREE", "FOUR", "FIVE"]

FIRST_NAMES = ["Maria", "James", "Priya", "Chen", "Fatima", "Luis", "Olga", "Sam", "Aisha", "Tom"]
LAST_INITIALS = "ABCDEFGHJKLMNPRSTW"
COMMENTS = [
    "The front desk staff were friendly and the office was spotless.",
    "Waited almost forty minutes past my appointment time. Not happy.",
    "Dr. Alvarez explained everything clearly. Highly recommend this practice!",
    "Parking is a nightmare but the team is great.",
    "Billing sent me the wrong statement twice and nobody calls back.",
    "Very gentle cleaning, best dental visit I have had in years.",
    "Excelente atención, muy amables con mis hijos.",
    "Booked online in two minutes, seen on time, in and out.",
    "Rude receptionist. Will not be coming back.",
    "Modern equipment and a calm waiting room. Five stars.",
]
OWNER_REPLIES = [
    "Thank you for the kind words! Please reach us at (555) 014-2290 any time.",
    "We are sorry to hear this. Please call our office manager at (555) 014-2290.",
]


def _api_time(moment: datetime) -> str:
    # Google sends RFC 3339 UTC with fractional seconds.
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@dataclass
class _Fault:
    response: Response
    page: int | None  # None: the next list call, whichever page
    serve_page: bool  # True: answer with the real page after `response.delay`


class FakeGoogleBusiness:
    """N locations x M reviews behind a real local HTTP server."""

    def __init__(
        self,
        *,
        locations: int = 2,
        reviews_per_location: int = 60,
        account: str = "1029384756",
        seed: int = 7,
        now: datetime | None = None,
        spacing: timedelta = timedelta(hours=7),
        clock: Callable[[], datetime] | None = None,
        requests_per_minute: int | None = None,
        edits_per_minute: int | None = None,
    ) -> None:
        self.account = account
        self.now = now or datetime.now(UTC).replace(microsecond=0)
        self.clock = clock or (lambda: datetime.now(UTC))
        self.requests_per_minute = requests_per_minute
        self.edits_per_minute = edits_per_minute
        self.request_times: list[datetime] = []  # every API call (not /token), on `clock`
        self.edit_times: dict[str, list[datetime]] = defaultdict(list)  # location -> edits
        self.quota_refusals: list[str] = []  # "METHOD path" of each call refused for quota
        self.server = FakeServer()
        self._lock = threading.Lock()
        self._rng = random.Random(seed)
        self._spacing = spacing
        self.locations: list[str] = [
            f"accounts/{account}/locations/{9000000000 + n * 7919}" for n in range(locations)
        ]
        # location -> reviews (API dicts); kept sorted by updateTime, newest first.
        self.reviews: dict[str, list[dict]] = {}
        for index, location in enumerate(self.locations):
            self.reviews[location] = [
                self._generate(location, index, n) for n in range(reviews_per_location)
            ]
            self._sort(location)
        self.forbidden: set[str] = set()
        self.faults: dict[str, deque[_Fault]] = defaultdict(deque)
        self.reply_faults: dict[str, deque[Response]] = defaultdict(deque)
        self.access_tokens: list[str] = []
        self.replies: list[dict] = []  # every PUT .../reply body, in order
        self.deleted_replies: list[dict] = []  # every reply a DELETE removed, in order
        self.removed: dict[str, list[dict]] = defaultdict(list)  # location -> removed reviews
        self._routes()

    # -- lifecycle -----------------------------------------------------------------------

    def start(self) -> FakeGoogleBusiness:
        self.server.start()
        return self

    def stop(self) -> None:
        self.server.stop()

    def __enter__(self) -> FakeGoogleBusiness:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def api_url(self) -> str:
        return f"{self.server.url}/v4"

    @property
    def token_uri(self) -> str:
        return f"{self.server.url}/token"

    def environ(self) -> dict[str, str]:
        """Environment variables that point the real client here."""
        return {
            "GOOGLE_CLIENT_ID": CLIENT_ID,
            "GOOGLE_CLIENT_SECRET": CLIENT_SECRET,
            "GOOGLE_REFRESH_TOKEN": REFRESH_TOKEN,
            "GOOGLE_TOKEN_URI": self.token_uri,
            "GOOGLE_BUSINESS_API_URL": self.api_url,
            # Account Management and Business Information (tests/fakes/google_accounts.py)
            "GOOGLE_ACCOUNT_MANAGEMENT_API_URL": f"{self.server.url}/v1",
            "GOOGLE_BUSINESS_INFORMATION_API_URL": f"{self.server.url}/v1",
        }

    def environment(self, **overrides: str) -> Environment:
        values = {**self.environ(), **{k.upper(): v for k, v in overrides.items()}}
        return Environment.from_env(values)

    # -- data ----------------------------------------------------------------------------

    def _generate(self, location: str, location_index: int, n: int) -> dict:
        rng = self._rng
        review_id = f"AbFvOq{location_index:03d}n{n:06d}" + "".join(
            rng.choice("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789_-")
            for _ in range(12)
        )
        created = self.now - self._spacing * (n + 1) - timedelta(seconds=rng.randint(0, 3000))
        anonymous = n % 11 == 5
        review = {
            "name": f"{location}/reviews/{review_id}",
            "reviewId": review_id,
            "reviewReplyUrl": _reply_url(review_id),
            "reviewer": {
                "profilePhotoUrl": f"https://lh3.googleusercontent.com/a-/fake{location_index}{n}",
                "displayName": "A Google user"
                if anonymous
                else f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_INITIALS)}.",
                "isAnonymous": anonymous,
            },
            "starRating": STARS[rng.choice([0, 1, 2, 3, 3, 4, 4, 4, 4])],
            "createTime": _api_time(created),
            "updateTime": _api_time(created),
        }
        if n % 7 != 3:  # every 7th review is rating-only: no `comment` key at all
            review["comment"] = rng.choice(COMMENTS)
        if n % 5 == 4:  # some already carry an owner reply
            review["reviewReply"] = {
                "comment": rng.choice(OWNER_REPLIES),
                "updateTime": _api_time(created + timedelta(hours=3)),
                "reviewReplyState": "APPROVED",
            }
        return review

    def _sort(self, location: str) -> None:
        self.reviews[location].sort(key=lambda r: (r["updateTime"], r["reviewId"]), reverse=True)

    def add_review(
        self,
        location: str,
        *,
        comment: str | None = "Just visited, lovely team.",
        stars: str = "FIVE",
        reviewer: str = "New Reviewer",
        anonymous: bool = False,
        at: datetime | None = None,
        review_id: str | None = None,
    ) -> dict:
        """A brand-new review, newest of all unless `at` says otherwise."""
        moment = at or self.now + timedelta(minutes=len(self.replies) + 1)
        with self._lock:
            review_id = review_id or f"AbFvOqNEW{sum(map(len, self.reviews.values())):08d}"
            review = {
                "name": f"{location}/reviews/{review_id}",
                "reviewId": review_id,
                "reviewReplyUrl": _reply_url(review_id),
                "reviewer": {"displayName": reviewer, "isAnonymous": anonymous},
                "starRating": stars,
                "createTime": _api_time(moment),
                "updateTime": _api_time(moment),
            }
            if comment is not None:
                review["comment"] = comment
            self.reviews[location].append(review)
            self._sort(location)
        return review

    def add_poisoned_review(
        self,
        location: str,
        *,
        comment: str = "Great team \ud800 and a clean office.",
        reviewer: str = "Lone Surrogate",
        at: datetime | None = None,
        review_id: str | None = None,
    ) -> dict:
        """A review whose comment holds a lone surrogate. The JSON is valid (`\\ud800` is a
        legal escape, and json.dumps writes it so), so clients parse it into a Python string
        that no UTF-8 encoder (SQLite's included) accepts."""
        return self.add_review(
            location, comment=comment, reviewer=reviewer, at=at, review_id=review_id
        )

    def edit_review(
        self, location: str, review_id: str, *, at: datetime | None = None, **fields
    ) -> dict:
        """The reviewer edits: new fields (e.g. comment=, starRating=) and a newer updateTime."""
        with self._lock:
            review = self.find(location, review_id)
            review.update(fields)
            review["updateTime"] = _api_time(at or self.now + timedelta(hours=1))
            self._sort(location)
        return review

    def set_reply(
        self, location: str, review_id: str, comment: str, *, state: str = "APPROVED"
    ) -> dict:
        """An owner reply already on Google (posted by the practice before the app)."""
        with self._lock:
            review = self.find(location, review_id)
            review["reviewReply"] = {
                "comment": comment,
                "updateTime": _api_time(self.clock()),
                "reviewReplyState": state,
            }
        return review

    def moderate(
        self, location: str, review_id: str, state: str, *, violation: str | None = None
    ) -> dict:
        """Google's moderation decides on a review's reply (APPROVED, REJECTED + violation)."""
        with self._lock:
            reply = self.find(location, review_id)["reviewReply"]
            reply["reviewReplyState"] = state
            reply.pop("policyViolation", None)
            if violation:
                reply["policyViolation"] = violation
        return reply

    def remove_review(self, location: str, review_id: str) -> dict:
        """The reviewer (or Google) deletes a review: no longer listed, GET answers 404."""
        with self._lock:
            review = self.find(location, review_id)
            self.reviews[location].remove(review)
            self.removed[location].append(review)
        return review

    def restore_review(self, location: str, review_id: str) -> dict:
        with self._lock:
            review = next(r for r in self.removed[location] if r["reviewId"] == review_id)
            self.removed[location].remove(review)
            self.reviews[location].append(review)
            self._sort(location)
        return review

    def find(self, location: str, review_id: str) -> dict:
        for review in self.reviews[location]:
            if review["reviewId"] == review_id:
                return review
        raise KeyError(f"{location}: no review {review_id}")

    # -- scripted failures -------------------------------------------------------------------

    def inject(
        self,
        location: str,
        response: Response,
        *,
        page: int | None = None,
        times: int = 1,
        serve_page: bool = False,
    ) -> None:
        """The next `times` list calls for `location` (only page `page`, if given) get
        `response` instead of the real page."""
        for _ in range(times):
            self.faults[location].append(_Fault(response, page, serve_page))

    def rate_limit(self, location: str, *, retry_after: int | str = 1, times: int = 1) -> None:
        self.inject(
            location,
            Response(
                429,
                _error(429, "Quota exceeded for quota metric 'Requests'.", "RESOURCE_EXHAUSTED"),
                headers={"Retry-After": str(retry_after)},
            ),
            times=times,
        )

    def server_error(self, location: str, *, times: int = 1, page: int | None = None) -> None:
        self.inject(
            location,
            Response(500, _error(500, "Internal error encountered.", "INTERNAL")),
            times=times,
            page=page,
        )

    def slow(self, location: str, seconds: float, *, times: int = 1) -> None:
        """Answer the real page, but only after `seconds` (a client timeout fires first)."""
        self.inject(location, Response(delay=seconds), times=times, serve_page=True)

    def malformed_json(self, location: str, *, page: int = 1) -> None:
        self.inject(location, Response(200, '{"reviews": [{"reviewId": "trunc'), page=page)

    def fail_reply(self, location: str, response: Response, *, times: int = 1) -> None:
        """The next `times` reply PUTs for `location` get `response`."""
        for _ in range(times):
            self.reply_faults[location].append(response)

    def forbid(self, location: str) -> None:
        self.forbidden.add(location)

    # -- HTTP ------------------------------------------------------------------------------

    def _routes(self) -> None:
        location = r"accounts/(?P<account>[^/]+)/locations/(?P<location>[^/]+)"
        self.server.route("POST", r"/token", self._token)
        self.server.route("GET", rf"/v4/{location}/reviews", self._list)
        self.server.route("GET", rf"/v4/{location}/reviews/(?P<review>[^/]+)", self._get)
        self.server.route("PUT", rf"/v4/{location}/reviews/(?P<review>[^/]+)/reply", self._reply)
        self.server.route(
            "DELETE", rf"/v4/{location}/reviews/(?P<review>[^/]+)/reply", self._delete_reply
        )
        google_accounts.install(self)  # accounts.list, accounts.locations.list

    def _token(self, request: Request) -> Response:
        form = request.form()
        if form.get("grant_type") != "refresh_token":
            return Response(400, {"error": "unsupported_grant_type"})
        if (form.get("client_id"), form.get("client_secret")) != (CLIENT_ID, CLIENT_SECRET):
            return Response(401, {"error": "invalid_client", "error_description": "Unauthorized"})
        if form.get("refresh_token") != REFRESH_TOKEN:
            return Response(
                400,
                {
                    "error": "invalid_grant",
                    "error_description": "Token has been expired or revoked.",
                },
            )
        with self._lock:
            token = f"ya29.fake-access-{len(self.access_tokens) + 1}"
            self.access_tokens.append(token)
        return Response(
            200,
            {
                "access_token": token,
                "expires_in": 3599,
                "scope": "https://www.googleapis.com/auth/business.manage",
                "token_type": "Bearer",
            },
        )

    def _authorized(self, request: Request) -> bool:
        header = request.headers.get("authorization", "")
        return header.startswith("Bearer ") and header[7:] in self.access_tokens

    def _over_quota(self, request: Request, name: str, *, edit: bool = False) -> bool:
        """Count this call on the fake's clock; True when it goes beyond a quota in force."""
        now = self.clock()
        minute_ago = now - timedelta(seconds=60)
        with self._lock:
            self.request_times.append(now)
            recent = [t for t in self.request_times if t > minute_ago]
            over = self.requests_per_minute is not None and len(recent) > self.requests_per_minute
            if edit and not over:
                edits = [t for t in self.edit_times[name] if t > minute_ago]
                over = self.edits_per_minute is not None and len(edits) >= self.edits_per_minute
                if not over:
                    self.edit_times[name].append(now)
            if over:
                self.quota_refusals.append(f"{request.method} {request.path}")
        return over

    def _check(self, request: Request, *, edit: bool = False) -> tuple[str, Response | None]:
        name = f"accounts/{request.match['account']}/locations/{request.match['location']}"
        if self._over_quota(request, name, edit=edit):
            return name, Response(
                429,
                _error(429, "Quota exceeded for quota metric 'Requests'.", "RESOURCE_EXHAUSTED"),
            )
        if not self._authorized(request):
            return name, Response(
                401,
                _error(401, "Request had invalid authentication credentials.", "UNAUTHENTICATED"),
            )
        if name in self.forbidden:
            return name, Response(
                403, _error(403, "The caller does not have permission", "PERMISSION_DENIED")
            )
        if name not in self.reviews:
            return name, Response(404, _error(404, "Requested entity was not found.", "NOT_FOUND"))
        return name, None

    def _list(self, request: Request) -> Response:
        name, refusal = self._check(request)
        if refusal:
            return refusal
        try:
            size = int(request.arg("pageSize", "50"))
        except ValueError:
            size = -1
        if not 1 <= size <= 50:
            return Response(
                400, _error(400, "pageSize must be between 1 and 50", "INVALID_ARGUMENT")
            )
        if request.arg("orderBy", "updateTime desc") not in ("updateTime desc", "rating", ""):
            return Response(400, _error(400, "Invalid orderBy", "INVALID_ARGUMENT"))
        token = request.arg("pageToken", "")
        try:
            offset = int(base64.urlsafe_b64decode(token.encode()).decode()) if token else 0
        except ValueError:
            return Response(400, _error(400, "Invalid page token", "INVALID_ARGUMENT"))
        page = offset // size + 1
        fault = self._take_fault(name, page)
        if fault and not fault.serve_page:
            return fault.response
        with self._lock:
            everything = list(self.reviews[name])
        chunk = everything[offset : offset + size]
        body: dict = {
            "averageRating": round(
                sum(
                    STARS.index(r["starRating"]) + 1 for r in everything if r["starRating"] in STARS
                )
                / max(len(everything), 1),
                1,
            ),
            "totalReviewCount": len(everything),
        }
        if chunk:
            body["reviews"] = chunk
        if offset + size < len(everything):
            body["nextPageToken"] = base64.urlsafe_b64encode(str(offset + size).encode()).decode()
        return Response(200, body, delay=fault.response.delay if fault else 0.0)

    def _take_fault(self, location: str, page: int) -> _Fault | None:
        with self._lock:
            queue = self.faults.get(location)
            if not queue:
                return None
            for fault in list(queue):
                if fault.page in (None, page):
                    queue.remove(fault)
                    return fault
        return None

    def _get(self, request: Request) -> Response:
        name, refusal = self._check(request)
        if refusal:
            return refusal
        try:
            with self._lock:
                review = dict(self.find(name, request.match["review"]))
        except KeyError:
            return Response(404, _error(404, "Requested entity was not found.", "NOT_FOUND"))
        return Response(200, review)

    def _delete_reply(self, request: Request) -> Response:
        name, refusal = self._check(request, edit=True)
        if refusal:
            return refusal
        with self._lock:
            try:
                review = self.find(name, request.match["review"])
            except KeyError:
                review = None
            reply = review.pop("reviewReply", None) if review else None
            if reply:
                self.deleted_replies.append(
                    {"location": name, "reviewId": review["reviewId"], **reply}
                )
        if reply is None:
            return Response(404, _error(404, "Requested entity was not found.", "NOT_FOUND"))
        return Response(200, {})

    def _reply(self, request: Request) -> Response:
        name, refusal = self._check(request, edit=True)
        if refusal:
            return refusal
        with self._lock:
            scripted = self.reply_faults[name].popleft() if self.reply_faults[name] else None
        if scripted:
            return scripted
        try:
            body = request.json()
            comment = body["comment"]
        except (ValueError, KeyError, TypeError):
            return Response(400, _error(400, "Invalid JSON payload received.", "INVALID_ARGUMENT"))
        if not isinstance(comment, str) or len(comment.encode()) > 4096:
            return Response(400, _error(400, "Reply too long", "INVALID_ARGUMENT"))
        try:
            review = self.find(name, request.match["review"])
        except KeyError:
            return Response(404, _error(404, "Requested entity was not found.", "NOT_FOUND"))
        reply = {
            "comment": comment,
            "updateTime": _api_time(self.clock()),
            "reviewReplyState": "PENDING",  # Google moderates a reply after accepting it
        }
        with self._lock:
            review["reviewReply"] = reply
            self.replies.append({"location": name, "reviewId": review["reviewId"], **reply})
        return Response(200, dict(reply))

    def list_calls(self, location: str | None = None) -> list[Request]:
        pattern = rf"/v4/{location}/reviews$" if location else r"/v4/.*/reviews$"
        return self.server.calls(pattern, "GET")


def _reply_url(review_id: str) -> str:
    return f"https://business.google.com/reviews/reply/{review_id}"


def _error(code: int, message: str, status: str) -> dict:
    return {"error": {"code": code, "message": message, "status": status}}
