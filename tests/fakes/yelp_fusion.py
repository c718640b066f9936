"""A local Yelp Fusion server (reviews + rate-limit headers) with the partner
Respond-to-Reviews endpoint, for tests, benchmarks and the doctor/Slack scenarios.

    with FakeYelpFusion(businesses=2) as yelp:
        env = yelp.environment(partner=True)   # Environment pointed here (partner token set)
        yelp.business_ids                      # ["riverside-family-dental-springfield-0", ...]
        yelp.exhaust_daily_limit()             # next call: 429 ACCESS_LIMIT_REACHED
        yelp.r2r_error("R2R_COMMENT_QUOTA_EXCEEDED")   # next reply POST is refused
        yelp.r2r_answer(Response(delay=5), accepted=True)  # next reply is posted, answered late
        yelp.reply_posts()                     # every reply POST that arrived, in order

Fusion answers `{reviews: [{id, url, text, rating, time_created, user{id, profile_url,
image_url, name}}], total, possible_languages}` with at most three excerpts, and every
response carries RateLimit-DailyLimit / RateLimit-Remaining / RateLimit-ResetTime.
"""

from __future__ import annotations

import random
import threading
from collections import defaultdict, deque
from datetime import UTC, datetime, timedelta

from slack_app.config import Environment
from tests.fakes.http import FakeServer, Request, Response

API_KEY = "fake-yelp-api-key"
PARTNER_TOKEN = "fake-yelp-partner-token"
PACIFIC_OFFSET = timedelta(hours=-8)  # the fake's clock for time_created (PST)

EXCERPTS = [
    "Dr. Kim and the hygienists were so patient with my son. The office is clean and the...",
    "Front desk lost my paperwork twice. When I finally got in, the actual appointment...",
    "Best experience I have had at a dentist. They explained the costs up front and...",
    "Waited an hour in the lobby with no update. The staff seemed overwhelmed and...",
    "Quick, friendly and on time. Parking in the back lot is free, which is a bonus...",
]
NAMES = ["Ella A.", "Marcus T.", "Yuki S.", "Rosa M.", "Dev P.", "Hannah L."]


class FakeYelpFusion:
    def __init__(
        self,
        *,
        businesses: int = 2,
        reviews_per_business: int = 3,
        daily_limit: int = 5000,
        seed: int = 11,
        now: datetime | None = None,
    ) -> None:
        self.server = FakeServer()
        self.now = now or datetime.now(UTC).replace(microsecond=0)
        self.daily_limit = daily_limit
        self.remaining = daily_limit
        self.reset_time = (self.now + timedelta(days=1)).replace(
            hour=0, minute=0, second=0, microsecond=0
        )
        self._rng = random.Random(seed)
        self._lock = threading.Lock()
        self.business_ids = [f"riverside-family-dental-springfield-{n}" for n in range(businesses)]
        # business id -> every review Yelp holds (newest first); Fusion shows the first three.
        self.reviews: dict[str, list[dict]] = {
            business: [self._generate(business, n) for n in range(reviews_per_business)]
            for business in self.business_ids
        }
        self.faults: dict[str, deque[Response]] = defaultdict(deque)
        # Scripted answers to the next reply POSTs: (answer, whether Yelp posts the reply first).
        self.r2r_faults: deque[tuple[Response, bool]] = deque()
        self.partner_replies: list[dict] = []
        self.server.route("GET", r"/v3/businesses/(?P<business>[^/]+)/reviews", self._reviews)
        self.server.route("POST", r"/reviews/v1/(?P<review>[^/]+)", self._respond)

    def start(self) -> FakeYelpFusion:
        self.server.start()
        return self

    def stop(self) -> None:
        self.server.stop()

    def __enter__(self) -> FakeYelpFusion:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def environ(self, *, partner: bool = False) -> dict[str, str]:
        values = {"YELP_API_KEY": API_KEY, "YELP_API_URL": self.server.url}
        if partner:
            values |= {
                "YELP_PARTNER_TOKEN": PARTNER_TOKEN,
                "YELP_PARTNER_API_URL": self.server.url,
            }
        return values

    def environment(self, *, partner: bool = False, **extra: str) -> Environment:
        return Environment.from_env({**self.environ(partner=partner), **extra})

    # -- data ----------------------------------------------------------------------------

    def _generate(self, business: str, n: int, *, at: datetime | None = None) -> dict:
        rng = self._rng
        review_id = "".join(
            rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-")
            for _ in range(22)
        )
        user_id = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(22))
        created = at or self.now - timedelta(days=n * 3 + 1, minutes=rng.randint(0, 600))
        return {
            "id": review_id,
            "url": f"https://www.yelp.com/biz/{business}?adjust_creative=fake&hrid={review_id}",
            "text": rng.choice(EXCERPTS),
            "rating": rng.choice([1, 2, 4, 5, 5]),
            "time_created": (created + PACIFIC_OFFSET).strftime("%Y-%m-%d %H:%M:%S"),
            "user": {
                "id": user_id,
                "profile_url": f"https://www.yelp.com/user_details?userid={user_id}",
                "image_url": f"https://s3-media1.fl.yelpcdn.com/photo/{user_id}/o.jpg",
                "name": rng.choice(NAMES),
            },
        }

    def add_review(self, business: str, *, at: datetime | None = None, **fields) -> dict:
        with self._lock:
            review = self._generate(business, 0, at=at or self.now + timedelta(minutes=5))
            review.update(fields)
            self.reviews[business].insert(0, review)
        return review

    # -- scripted behaviour --------------------------------------------------------------

    def inject(self, business: str, response: Response, *, times: int = 1) -> None:
        for _ in range(times):
            self.faults[business].append(response)

    def per_second_limit(self, business: str, *, times: int = 1) -> None:
        self.inject(
            business,
            Response(
                429,
                {
                    "error": {
                        "code": "TOO_MANY_REQUESTS_PER_SECOND",
                        "description": "You have exceeded the queries-per-second limit for "
                        "this endpoint. Try reducing the rate at which you make queries.",
                    }
                },
            ),
            times=times,
        )

    def exhaust_daily_limit(self) -> None:
        with self._lock:
            self.remaining = 0

    def r2r_error(self, error_id: str, *, description: str = "", status: int = 400) -> None:
        self.r2r_answer(
            Response(
                status,
                {
                    "error": {
                        "id": error_id,
                        "description": description or error_id.replace("_", " ").lower(),
                        "http_code": f"HTTPBadRequest ({status})",
                    }
                },
            )
        )

    def r2r_answer(self, response: Response, *, accepted: bool = False) -> None:
        """Answer the next reply POST with `response`. `accepted=True`: Yelp posts the reply
        first, then answers (late with `delay`, with an error status, or not at all with
        `close`), which is what makes resending a reply dangerous."""
        self.r2r_faults.append((response, accepted))

    def reply_posts(self) -> list[Request]:
        """Every reply POST that reached the partner API, answered or not."""
        return self.server.calls(r"/reviews/v1/.+", method="POST")

    # -- HTTP ------------------------------------------------------------------------------

    def _limit_headers(self) -> dict[str, str]:
        return {
            "RateLimit-DailyLimit": str(self.daily_limit),
            "RateLimit-Remaining": str(self.remaining),
            "RateLimit-ResetTime": self.reset_time.isoformat(),
        }

    def _reviews(self, request: Request) -> Response:
        if request.headers.get("authorization") != f"Bearer {API_KEY}":
            return Response(
                401,
                {"error": {"code": "TOKEN_INVALID", "description": "Invalid access token"}},
            )
        business = request.match["business"]
        with self._lock:
            if self.remaining <= 0:
                return Response(
                    429,
                    {
                        "error": {
                            "code": "ACCESS_LIMIT_REACHED",
                            "description": "You've reached the access limit for this client.",
                        }
                    },
                    headers=self._limit_headers(),
                )
            self.remaining -= 1
            headers = self._limit_headers()
            scripted = self.faults[business].popleft() if self.faults[business] else None
            known = business in self.reviews
            shown = list(self.reviews.get(business, []))[:3]
            total = len(self.reviews.get(business, []))
        if scripted:
            return Response(
                scripted.status,
                scripted.body,
                headers={**headers, **scripted.headers},
                delay=scripted.delay,
                close=scripted.close,
            )
        if not known:
            return Response(
                404,
                {
                    "error": {
                        "code": "BUSINESS_NOT_FOUND",
                        "description": "The requested business could not be found.",
                    }
                },
                headers=headers,
            )
        return Response(
            200,
            {"reviews": shown, "total": total, "possible_languages": ["en"]},
            headers=headers,
        )

    def _respond(self, request: Request) -> Response:
        if request.headers.get("authorization") != f"Bearer {PARTNER_TOKEN}":
            return Response(
                401,
                {
                    "error": {
                        "id": "INVALID_TOKEN",
                        "description": "The access token provided is invalid.",
                        "http_code": "HTTPUnauthorized (401)",
                    }
                },
            )
        with self._lock:
            scripted, accepted = self.r2r_faults.popleft() if self.r2r_faults else (None, True)
        if not accepted:
            return scripted
        try:
            body = request.json()
            text, kind = body["response_text"], body["response_type"]
        except (ValueError, KeyError, TypeError):
            return Response(
                400,
                {"error": {"id": "INVALID_REQUEST", "description": "Missing a parameter."}},
            )
        if kind != "public_comment":
            return Response(
                400,
                {"error": {"id": "R2R_INVALID_RESPONSE_TYPE", "description": "Invalid type."}},
            )
        with self._lock:
            self.partner_replies.append(
                {"review_id": request.match["review"], "response_text": text}
            )
        return scripted or Response(200, {})
