/**
 * sivi4j's testkit: {@link dev.sivi4j.testkit.FakeSivi}, a fake of the Sivi service with the documented
 * semantics, reachable in-process (blocking and async transports) or over loopback HTTP ({@link
 * dev.sivi4j.testkit.FakeSiviServer}), with fault injection ({@link dev.sivi4j.testkit.Fault}), a request
 * journal ({@link dev.sivi4j.testkit.Journal}) and a controllable clock ({@link
 * dev.sivi4j.testkit.FakeClock}). JUnit 5 tests get all of it from {@link
 * dev.sivi4j.testkit.junit.FakeSiviTest}.
 *
 * <h2>The fake's rules, and the choices made where the docs are silent</h2>
 *
 * <p>Documented facts are followed verbatim (paths, the envelope, status codes and message strings).
 * Where the docs say nothing or contradict themselves, the fake chose as follows.
 *
 * <h3>Requests</h3>
 *
 * <ul>
 *   <li><b>Paths</b>: {@code POST /api/prod/v2/<family>/<endpoint>} and the same under {@code
 *       /api/staging/v2} (one shared state; staging is not separate). Families: {@code super}, {@code
 *       enterprise}, and {@code general}, which the live doc pages show for superuser calls.
 *       Unprefixed endpoints (the current docs' headings), endpoints sivi4j does not call
 *       (extract-brand, set-brand, update-user-plan, get-request-status) and any other path answer
 *       404 {@code Unknown endpoint} (deliberately not a "not found" text, so a client does not take it
 *       for a missing user); methods other than POST answer 405.
 *   <li><b>Order of checks</b>: path, method, key (401 {@code Failed to authenticate request. Please
 *       add sivi-api-key header in request} for a missing or unknown {@code sivi-api-key}), rate limit,
 *       key kind against family, body, then the operation's own rules. Validation (422) comes before
 *       the user lookup (400).
 *   <li><b>Wrong key kind</b> (undocumented): 403 {@code This API key is not allowed to call this
 *       endpoint}. General keys are refused on every endpoint and family ({@code general/} included,
 *       so they see the refusal, not a 404); superuser keys may call {@code super/} and {@code
 *       general/} except account-analysis and export-data; enterprise admin keys may call only {@code
 *       enterprise/}, every endpoint (see {@link dev.sivi4j.testkit.FakeKeyKind}).
 *   <li><b>Bodies</b>: one strict JSON object (no trailing data, comments or trailing commas) of at
 *       most 256 KiB, with an {@code abstractUserId} string valid as a {@link
 *       dev.sivi4j.domain.AbstractUserId} (non-blank, at most 256 characters, no control characters,
 *       no surrounding spaces); unknown fields are ignored; anything else is 422 {@code Invalid input}.
 *       A body whose bytes are not valid UTF-8 is 400 {@code Request body is not valid UTF-8} (undocumented;
 *       decoding it leniently would make different byte strings the same user).
 *   <li><b>Keys and accounts</b>: each {@code createAccount} opens a master account with one key;
 *       {@link dev.sivi4j.testkit.FakeSivi#createKey} gives it another key of any kind, reaching the same
 *       users and credit pool, with a rate limit of its own. {@link dev.sivi4j.testkit.FakeSivi#reset()}
 *       forgets users, usage, faults and the journal but keeps accounts, keys and the clock.
 *   <li><b>Rate limits</b>: a token bucket per key holding a minute's worth and refilling continuously
 *       on the fake clock: general 50, superuser 100 (documented), enterprise admin 100 (documented as
 *       "custom"; overridable per account with {@link dev.sivi4j.testkit.AccountSpec}). Every request
 *       with a known key counts, whatever its outcome; requests without one do not. The answer is 429
 *       {@code Rate limit exceeded. Please try again later.} without {@code Retry-After} (none is
 *       documented). Limits can be switched off.
 * </ul>
 *
 * <h3>Operations</h3>
 *
 * <ul>
 *   <li><b>login-user</b> creates the user and a workspace on first call and returns fresh opaque,
 *       UUID-shaped tokens every time; an access token is valid one hour, on the fake clock. {@code
 *       planId} must be a string and {@code brand} an object of strings and arrays ({@code
 *       brandPersona} an object); neither changes anything. A user that is deleted but not yet purged
 *       gets 400 {@code User does not exists} until reactivated; a purged user is created afresh, with a
 *       new workspace and no history.
 *   <li><b>set-user-credit-limit</b> takes -1 (unlimited, the default) or a positive integer written as
 *       a JSON integer literal, at most 2^53-1; 0, other negatives, fractions (even {@code 100.0}),
 *       exponents, strings and null are 422. An unknown or deleted user is 400 {@code User does not
 *       exists}. The limit stays until changed; usage is counted per billing cycle. It never answers
 *       the 429 its page lists, since the page does not say when. A limit below what the user already
 *       used in the cycle is accepted and simply leaves nothing to spend.
 *   <li><b>delete-user</b> deletes an active user; an unknown or already deleted one is 400 {@code User
 *       does not exists} (so a client retrying a delete whose answer was lost sees "not found").
 *   <li><b>Retention</b> (the docs say both "14 days" and "15 days"): a deleted user is kept 15 days
 *       and purged at exactly deletion + 15 days; <b>reactivate-user</b> works during the whole
 *       retention, reading "within 14 days" as any time on days 0 to 14. So a user deleted on day 0 can
 *       be reactivated on day 14 (even at 14 d 23 h 59 m) and is gone on day 15. Reactivating an active
 *       user succeeds and changes nothing; an unknown or purged one is 400 {@code User does not
 *       exists}. Its success message is the OpenAPI's {@code User reactivated successfully}.
 *   <li><b>account-analysis</b>: an unknown or deleted user is 400 {@code User does not exist} (the
 *       spelling documented for this endpoint). The OpenAPI's optional dates are ignored. "The past
 *       year" is the twelve calendar months (UTC) ending with the current one: {@code monthlyAnalysis}
 *       always has twelve entries, oldest first, and {@code yearlyAnalysis} is their sum. {@code
 *       mediaSize} is written in binary megabytes with at most two decimals ({@code "25Mb"}, {@code
 *       "2.5Mb"}, {@code "0Mb"}). {@code creditBalance.usedCredits} is what the user used in the current
 *       billing cycle; {@code availableCredits} what it may still use: the smaller of what its limit and
 *       the master pool leave. {@code lastAccessed} is the last login or recorded usage, in Unix
 *       seconds.
 *   <li><b>export-data</b>: {@code startDate} and {@code endDate} are required Unix seconds written as
 *       JSON integers (the OpenAPI's date strings are 422); the range is {@code [startDate, endDate)},
 *       must not be empty and may be at most 90 days (one second more is 422). Nothing older than one
 *       year is exported. Items come oldest first; an answer holds at most 300 variants, 300 media and
 *       100 content items, and {@code next} is 1 when any list was cut (there is no cursor: ask for a
 *       smaller range). The OpenAPI's {@code exportType} is accepted: {@code "all"} (default) or {@code
 *       "designs"} (variants only). Variants carry {@code variantWidth}, {@code variantHeight} (1080) and
 *       {@code variantType}. An unknown or deleted user is 400 {@code User does not exist}.
 * </ul>
 *
 * <h3>Credits, usage and time</h3>
 *
 * <ul>
 *   <li>Each master account gets {@link dev.sivi4j.testkit.AccountSpec#DEFAULT_CREDITS_PER_CYCLE}
 *       credits (or its own number) per <b>billing cycle</b> of 30 days counted from the account's
 *       creation; the pool and every user's usage restart at each cycle.
 *   <li>{@link dev.sivi4j.testkit.FakeSivi#recordUsage} stands for the end user's activity in the Sivi
 *       widget. It costs one credit per generated design variation and per content snippet unless told
 *       otherwise (edits, downloads and uploads are free). It debits the user and the pool together,
 *       or, when its cost exceeds what either leaves, answers 429 {@code Insufficient credit limit} and
 *       changes nothing; free activity is never refused.
 *   <li>Time is a {@link dev.sivi4j.testkit.FakeClock}: retention, billing cycles, token expiry and
 *       rate-limit refills all read it. In-process clients run on it too: their retry waits and
 *       injected latencies advance it instead of blocking. Over HTTP, latency is real.
 *   <li>Ids, tokens and drawn keys come from one seeded generator (seed 1 unless set), so a run repeats
 *       exactly.
 * </ul>
 *
 * <h3>Faults and journal</h3>
 *
 * <ul>
 *   <li>A fault rule applies once unless told otherwise; rules are tried in injection order and a
 *       request gets at most one fault. Faults that replace the answer leave the state unchanged unless
 *       the rule says {@link dev.sivi4j.testkit.FaultRule#afterHandling()}; the in-process meaning of
 *       each fault is tabled in {@link dev.sivi4j.testkit.Fault}.
 *   <li>The journal keeps the most recent 10,000 requests (configurable). It never holds a key: it shows
 *       {@code ***} and, for keys of 16 characters or more, their last four; a key found in a body is
 *       replaced by {@code ***}. {@code recordUsage} and other backdoor calls are not requests and are
 *       not journaled; nor are calls to the server's control API under {@code /_fake/} (see
 *       {@link dev.sivi4j.testkit.FakeSiviServer}).
 *   <li>Over HTTP: a request head must arrive within 10 s and a body may not stall 10 s (else 408); an idle
 *       kept-alive connection is closed after 60 s; at most 1,024 connections are served, the one waiting
 *       longest on its client giving up its slot to a newcomer, and when all are busy a newcomer's head is
 *       read and answered 503 with {@code Retry-After: 1}. HTTP/1.1 requests need exactly one {@code Host};
 *       paths are percent-decoded; 405 carries {@code Allow: POST}; every reply carries {@code Date} (the
 *       system clock's, not the fake's).
 * </ul>
 */
@NullMarked
package dev.sivi4j.testkit;

import org.jspecify.annotations.NullMarked;
