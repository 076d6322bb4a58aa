package org.guanai.registry.bench;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanai.registry.RegistryApplication;
import org.guanai.registry.region.RegionCode;
import org.guanai.registry.report.Attachment3Query;
import org.guanai.registry.report.ReportPeriod;
import org.guanai.registry.shared.Quarter;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The HTTP load test of issue 7/7: the application on the province data set, {@code bench.sessions} concurrent
 * logged-in sessions of mixed roles on loopback, each sending the next request as soon as the last one answered
 * (closed loop, no think time) or, with {@code bench.rate}, on a fixed schedule, for {@code bench.seconds} after a
 * warm-up. Prints p50/p95/p99 per kind of request and the requests per second; asserts nothing. Before it,
 * {@code bench.loginBurst} logins at once (100).
 *
 * <pre>./mvnw -B -q -pl registry-web -am test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=org.guanai.registry.bench.LoadBenchmark [-Dbench.sessions=50 -Dbench.seconds=60]</pre>
 *
 * The first run generates the province data set into {@code data/bench-province} (git-ignored): 1,000,000
 * children and 500,000 elders through the demo generator, an equal share in each of a province's 88 counties
 * (the demo county and 87 synthetic ones, about 1,500 towns), and the cases of every key target.
 */
public final class LoadBenchmark {

    enum Kind { LIST, NAME_SEARCH, ID_SEARCH, DETAIL, SAVE, INBOX }

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern VISIT_TOKEN = Pattern.compile(
            "action=\"/children/\\d+/visits\".*?name=\"_submission\"\\s+value=\"([^\"]+)\"", Pattern.DOTALL);
    private static final String[] LISTS = {"/children?keyTarget=true", "/children?flag=UNATTENDED&sort=NAME",
        "/children?flag=OUT_OF_SCHOOL&ageBand=AGE_14_15", "/children?notVisitedDays=90&sort=VISIT", "/children",
        "/elderly", "/elderly?q=王"};
    private static final int FLOOR_RUNS = 40;
    /** The person tables' indexes in the statistics, after a select list. */
    private static final String PERSON_INDEXES = " from pg_stat_user_indexes where relname in ('child', 'elder')";
    private static final Duration SLOW = Duration.ofSeconds(10);
    private static final Duration WARM_UP_GAP = Duration.ofSeconds(2);
    private static final String[] NAMES = {"浩宇", "王小", "wangx", "wxh", "李", "秀英"};

    /** One virtual user: an account, and the children and ID numbers it may see. */
    record User(String username, boolean clerk, boolean worksCases, List<Long> children, List<String> idNumbers) {
    }

    private LoadBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int children = Integer.getInteger("bench.children", 1_000_000);
        int elders = Integer.getInteger("bench.elders", 500_000);
        int sessions = Integer.getInteger("bench.sessions", 50);
        int seconds = Integer.getInteger("bench.seconds", 60);
        // At least five minutes, then until the JIT has settled (WarmUp): on two cores the JIT's compilers still took
        // 7-10 % of the CPU in the third minute, and each kind's server time was half as much after five minutes as
        // after two (eleventh session); on a slower day five minutes were not enough either (fifteenth session,
        // docs/performance.md). A node runs for days, so the settled figure is the one a county sees.
        WarmUp warmUp = new WarmUp(Duration.ofSeconds(Integer.getInteger("bench.warmup", 300)),
                Duration.ofSeconds(Integer.getInteger("bench.warmupMax", 1200)));
        // Requests per second offered by all sessions together on a fixed schedule; 0: a closed loop (each session
        // sends its next request when the last one is answered).
        double rate = Double.parseDouble(System.getProperty("bench.rate", "0"));
        long started = System.nanoTime();
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(RegistryApplication.class)
                .web(WebApplicationType.SERVLET)
                .run("--registry.embedded-db.data-dir=" + System.getProperty("bench.data", "data/bench-province"),
                        "--registry.demo.children=" + children, "--registry.demo.elders=" + elders,
                        // The demo county among a province's 88 counties of about 17 towns each; 0 puts
                        // everyone in the demo county's 6 towns (the sets measured before the fifth session).
                        "--registry.demo.synthetic-counties=" + Integer.getInteger("bench.counties", 87),
                        "--spring.main.banner-mode=off", "--server.port=0", "--logging.level.root=WARN",
                        "--logging.level.org.guanai.registry.demo=INFO", "--registry.scheduling.enabled=false",
                        "--registry.embedded-db.preload=pg_stat_statements",
                        // A province's database holds its working set in memory (docs/operations.md).
                        "--registry.embedded-db.shared-buffers=" + System.getProperty("bench.sharedBuffers", "2GB"),
                        // Tomcat's default of 200 threads on a 2-core machine only adds switching: 64 threads
                        // served 60 requests/s, 8 and 16 served 68 (docs/operations.md).
                        "--server.tomcat.threads.max=" + Integer.getInteger("bench.threads", 16))) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            System.out.printf("%nstarted in %.0f s: %,d children, %,d elders, %,d cases (%,d open)%n",
                    Measure.seconds(started), count(jdbc, "child"), count(jdbc, "elder"), count(jdbc, "case_file"),
                    jdbc.queryForObject("select count(*) from case_file where not closed", Long.class));
            if (Boolean.getBoolean("bench.generateOnly")) {
                return;
            }
            jdbc.execute("analyze");
            String base = "http://localhost:" + ((WebServerApplicationContext) context).getWebServer().getPort();
            loginBurst(base, Integer.getInteger("bench.loginBurst", 100));
            List<User> users = users(jdbc, sessions);
            jdbc.execute("create extension if not exists pg_stat_statements");
            // Timing every statement's planning too makes concurrent sessions running the same statements contend
            // for pg_stat_statements' entries (PostgreSQL's documentation); a data directory may have it set.
            jdbc.execute("alter system reset pg_stat_statements.track_planning");
            jdbc.execute("select pg_reload_conf()");
            jdbc.execute("select pg_stat_statements_reset()");
            // The index scans are counted from here, not reset: pg_stat_reset() also forgets the dead rows that
            // autovacuum counts, and a set whose every run began with it was never vacuumed by it (decision 050).
            Map<String, Long> scansBefore = indexScans(jdbc);
            run(base, users, warmUp, seconds, rate);
            heaviestStatements(jdbc);
            indexUse(jdbc, scansBefore);
            floor(base, users, jdbc);
            aggregation(context);
        }
    }

    /**
     * The floor of each kind of request: one session alone sends it {@code FLOOR_RUNS} times; pg_stat_statements
     * sums the execution time of every statement those requests ran (session store, account check, the query
     * itself). Server time / SQL time is what the application adds over the bare SQL.
     */
    private static void floor(String base, List<User> users, JdbcTemplate jdbc) throws Exception {
        System.out.printf("%nfloor: one session, %d requests of a kind after %d warm-up%n", FLOOR_RUNS, FLOOR_RUNS / 2);
        System.out.printf("%-14s %-10s %12s %12s %8s%n", "request", "as", "server ms", "SQL ms", "ratio");
        // Each kind as the county office and as a town clerk (half the sessions); a save is a clerk's.
        for (Kind kind : Kind.values()) {
            for (String username : kind == Kind.SAVE ? List.of("longshan") : List.of("county", "longshan")) {
                floorOf(base, kind, users.stream().filter(u -> u.username().equals(username)).findFirst()
                        .orElseThrow(), jdbc);
            }
        }
    }

    private static void floorOf(String base, Kind kind, User user, JdbcTemplate jdbc) throws Exception {
        HttpClient client = newClient();
        logIn(client, base, user.username());
        Random random = new Random(7);
        for (int i = 0; i < FLOOR_RUNS / 2; i++) {
            send(client, base, kind, user, random);
        }
        jdbc.execute("select pg_stat_statements_reset()");
        long t0 = System.nanoTime();
        for (int i = 0; i < FLOOR_RUNS; i++) {
            send(client, base, kind, user, random);
        }
        double server = (System.nanoTime() - t0) / 1e6 / FLOOR_RUNS;
        double sql = jdbc.queryForObject("select coalesce(sum(total_exec_time), 0) from pg_stat_statements "
                + "where query not like '%pg_stat_statements%'", Double.class) / FLOOR_RUNS;
        // A save's floor includes the page it is sent from (two requests, as a clerk sends them).
        System.out.printf("%-14s %-10s %12.1f %12.1f %8.1f%n", kind == Kind.SAVE ? "SAVE+PAGE" : kind,
                user.username(), server, sql, server / sql);
        // The statement that took most of that time: where to look first.
        jdbc.query("select calls, total_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 110) "
                + "from pg_stat_statements where query not like '%pg_stat_statements%' "
                + "order by total_exec_time desc limit 1", rs -> {
                    System.out.printf("    heaviest: %.1f ms per request in %d calls: %s%n",
                            rs.getDouble(2) / FLOOR_RUNS, rs.getLong(1), rs.getString(3));
                });
    }

    /**
     * A burst of logins at once, as at the start of a working day: half as a town clerk, half as the county
     * office, each with its own cookies. Prints how they were answered and how long the last one took.
     */
    private static void loginBurst(String base, int logins) throws Exception {
        List<HttpClient> clients = new ArrayList<>();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < logins; i++) {
            HttpClient client = newClient();
            clients.add(client);
            tokens.add(loginToken(client, base));
        }
        Map<Integer, AtomicInteger> answers = new ConcurrentHashMap<>();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < logins; i++) {
            HttpClient client = clients.get(i);
            String username = i % 2 == 0 ? "longshan" : "county";
            String token = tokens.get(i);
            Thread t = new Thread(() -> {
                int status;
                try {
                    start.await();
                    status = postLogin(client, base, username, token);
                } catch (Exception e) {
                    status = -1;
                }
                answers.computeIfAbsent(status, k -> new AtomicInteger()).incrementAndGet();
            });
            t.start();
            threads.add(t);
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        System.out.printf("%nlogin burst: %d logins at once answered %s (302 = logged in) in %.1f s%n", logins,
                answers, Measure.seconds(t0));
    }

    /** Where the database's time went during the mixed run (warm-up included): the statements that cost most. */
    private static void heaviestStatements(JdbcTemplate jdbc) {
        System.out.printf("%nthe mixed run's heaviest statements (all sessions, warm-up included)%n");
        System.out.printf("%8s %10s %9s  %s%n", "calls", "total ms", "mean ms", "statement");
        jdbc.query("select calls, total_exec_time, mean_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 150) "
                + "from pg_stat_statements where query not like '%pg_stat_statements%' "
                + "order by total_exec_time desc limit 8", rs -> {
                    System.out.printf("%8d %10.0f %9.1f  %s%n", rs.getLong(1), rs.getDouble(2), rs.getDouble(3),
                            rs.getString(4));
                });
    }

    /**
     * How often the mixed run used each index of the person tables. Every index costs each insert and each
     * update of an indexed column (a logged visit updates the child's last visit date); one the run never read is
     * a candidate to drop, if no report or job needs it either.
     */
    private static void indexUse(JdbcTemplate jdbc, Map<String, Long> scansBefore) {
        System.out.printf("%nindex scans of the person tables during the mixed run (warm-up included)%n");
        System.out.printf("%10s %9s  %s%n", "scans", "size MB", "index");
        record Use(String index, long scans, long megabytes) {
        }
        List<Use> uses = new ArrayList<>();
        jdbc.query("select relname || '.' || indexrelname, idx_scan, pg_relation_size(indexrelid) / 1048576"
                + PERSON_INDEXES, rs -> {
                    uses.add(new Use(rs.getString(1), rs.getLong(2) - scansBefore.getOrDefault(rs.getString(1), 0L),
                            rs.getLong(3)));
                });
        uses.sort(Comparator.comparing((Use u) -> u.index().substring(0, u.index().indexOf('.')))
                .thenComparing(Use::scans, Comparator.reverseOrder()));
        uses.forEach(u -> System.out.printf("%10d %9d  %s%n", u.scans(), u.megabytes(), u.index()));
    }

    /** Each person table index's scans so far, by table and index name. */
    private static Map<String, Long> indexScans(JdbcTemplate jdbc) {
        Map<String, Long> scans = new HashMap<>();
        jdbc.query("select relname || '.' || indexrelname, idx_scan" + PERSON_INDEXES, rs -> {
                    scans.put(rs.getString(1), rs.getLong(2));
                });
        return scans;
    }

    /** Attachment 3 for the county (its towns) and for the province (every town under it), on the whole set. */
    private static void aggregation(ConfigurableApplicationContext context) {
        Attachment3Query query = context.getBean(Attachment3Query.class);
        Quarter quarter = Quarter.of(LocalDate.now());
        System.out.printf("%nquarterly aggregation (attachment 3, %s), %d runs each%n", quarter.label(), 5);
        for (String[] scope : new String[][] {{"county 522730", "522730000000"}, {"province 52", "520000000000"}}) {
            List<Long> times = new ArrayList<>();
            int towns = 0;
            for (int i = 0; i < 6; i++) {
                long t0 = System.nanoTime();
                towns = query.byTown(RegionCode.of(scope[1]), ReportPeriod.of(quarter, ZoneId.of("Asia/Shanghai"))).size();
                if (i > 0) {
                    times.add(System.nanoTime() - t0);
                }
            }
            Collections.sort(times);
            System.out.printf("%-16s towns %3d   p50 %8.1f ms   max %8.1f ms%n", scope[0], towns, ms(times, 0.5),
                    times.get(times.size() - 1) / 1e6);
        }
    }

    /** The mix of a county at work: town clerks most, then the county office, departments, the inspector. */
    private static List<User> users(JdbcTemplate jdbc, int sessions) {
        List<User> users = new ArrayList<>();
        String[][] mix = {{"longshan", "522730100"}, {"gujiao", "522730101"}, {"county", "522730"},
            {"longshan", "522730100"}, {"gujiao", "522730101"}, {"edu", null}, {"county", "522730"},
            {"police", null}, {"inspector", "522730"}, {"longshan", "522730100"}};
        for (int i = 0; i < sessions; i++) {
            String[] m = mix[i % mix.length];
            String prefix = m[1] == null ? "522730" : m[1];
            List<Long> ids = jdbc.queryForList("select id from child where village_code between ? and ? "
                    + "and status = 'ACTIVE' order by id offset ? limit 200", Long.class,
                    prefix + "0".repeat(12 - prefix.length()), prefix + "9".repeat(12 - prefix.length()), i * 7);
            List<String> numbers = jdbc.queryForList("select id_number from child where village_code between ? and ? "
                    + "and id_number is not null order by id desc offset ? limit 50", String.class,
                    prefix + "0".repeat(12 - prefix.length()), prefix + "9".repeat(12 - prefix.length()), i * 3);
            boolean clerk = m[0].equals("longshan") || m[0].equals("gujiao");
            users.add(new User(m[0], clerk, !m[0].equals("inspector"), ids, numbers));
        }
        return users;
    }

    /**
     * The mixed run. In a closed loop ({@code rate} 0) 50 sessions without think time keep 50 requests in the
     * server, so the mean response time is 50 ÷ throughput (Little's law) whatever the server does. With a
     * {@code rate}, each session sends on a fixed schedule (together {@code rate} a second, a save's page and POST
     * as one step) and a response time counts from when the request was due, not when it was sent: a server that
     * falls behind shows the queue it built (no coordinated omission).
     */
    private static void run(String base, List<User> users, WarmUp warmUp, int seconds, double rate) throws Exception {
        Map<Kind, List<Long>> timings = new EnumMap<>(Kind.class);
        for (Kind k : Kind.values()) {
            timings.put(k, Collections.synchronizedList(new ArrayList<>()));
        }
        Map<String, AtomicInteger> errors = new ConcurrentHashMap<>();
        List<String> slow = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch done = new CountDownLatch(users.size());
        // The sessions log in one after the other first; a burst of simultaneous logins is measured on its own
        // before the run (loginBurst).
        List<HttpClient> clients = new ArrayList<>();
        for (User user : users) {
            HttpClient client = newClient();
            logIn(client, base, user.username());
            clients.add(client);
        }
        long startedAt = System.nanoTime();
        MeasuredTime time = new MeasuredTime();
        long interval = rate > 0 ? (long) (users.size() / rate * 1e9) : 0;
        for (int i = 0; i < users.size(); i++) {
            User user = users.get(i);
            HttpClient client = clients.get(i);
            Random random = new Random(i);
            int index = i;
            new Thread(() -> {
                try {
                    Answered answered = (kind, status, t0, t1) -> {
                        long measureFrom = time.from();
                        long stopAt = time.to();
                        if (status >= 400) {
                            errors.computeIfAbsent(kind + " " + status, k -> new AtomicInteger()).incrementAndGet();
                        } else if (t0 >= measureFrom && (interval > 0 ? t0 < stopAt : t1 <= stopAt)) {
                            timings.get(kind).add(t1 - t0);
                            if (t1 - t0 > SLOW.toNanos()) {
                                slow.add(String.format("%s as %s, %.1f s after the start: %.1f s", kind,
                                        user.username(), (t0 - measureFrom) / 1e9, (t1 - t0) / 1e9));
                            }
                        }
                    };
                    if (interval == 0) {
                        while (System.nanoTime() < time.to()) {
                            send(client, base, pick(random, user), user, random, answered);
                        }
                        return;
                    }
                    // The warm-up runs as a closed loop and stops sending WARM_UP_GAP before the schedule starts:
                    // a schedule during the warm-up would queue behind the JIT's first minutes, and that backlog,
                    // counted from when each step was due, would still be draining in the measured time.
                    while (System.nanoTime() < time.from() - WARM_UP_GAP.toNanos()) {
                        send(client, base, pick(random, user), user, random, answered);
                    }
                    long measureFrom = time.from();
                    long stopAt = time.to();
                    long due = measureFrom + interval * index / users.size();
                    for (; due < stopAt && System.nanoTime() < stopAt; due += interval) {
                        long wait = due - System.nanoTime();
                        if (wait > 0) {
                            Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                        }
                        long dueAt = due;
                        boolean[] first = {true};
                        // The step's first request counts from when it was due; a save's POST from when it was sent.
                        send(client, base, pick(random, user), user, random, (kind, status, sent, at) -> {
                            answered.record(kind, status, first[0] ? Math.min(sent, dueAt) : sent, at);
                            first[0] = false;
                        });
                    }
                    // Steps that fell due in the measured time but were never sent: the server was that far behind.
                    for (; due < stopAt; due += interval) {
                        if (due >= measureFrom) {
                            errors.computeIfAbsent("due but not sent by the end", k -> new AtomicInteger())
                                    .incrementAndGet();
                        }
                    }
                } catch (Exception e) {
                    errors.computeIfAbsent(e.getClass().getSimpleName() + ": " + e.getMessage(),
                            k -> new AtomicInteger()).incrementAndGet();
                } finally {
                    done.countDown();
                }
            }, "user-" + i).start();
        }
        // The sessions warm up until the JIT has settled; the measured time starts then (with a schedule, after the
        // warm-up's closed loop has stopped sending).
        long warmUpEnd = warmUp.awaitSettled(startedAt);
        long measureFrom = warmUpEnd + (interval > 0 ? WARM_UP_GAP.toNanos() : 0);
        time.start(measureFrom, measureFrom + Duration.ofSeconds(seconds).toNanos());
        sleepUntil(measureFrom);
        Measure.CompilerCpu compilingBefore = Measure.CompilerCpu.now();
        done.await();
        Measure.CompilerCpu compilingAfter = Measure.CompilerCpu.now();
        if (rate > 0) {
            System.out.printf("%nrequests offered on a schedule: %.0f a second (a save's page and POST as one)%n",
                    rate);
        }
        print(users.size(), seconds, timings, errors);
        long compiled = Measure.CompilerCpu.between(compilingBefore, compilingAfter);
        if (compiled >= 0) {
            System.out.printf("the JIT's compiler threads in the measured time: %.1f s of CPU (of %d s × %d cores)%n",
                    compiled / 1000.0, seconds, Runtime.getRuntime().availableProcessors());
        } else {
            System.out.println("the JIT's compiler threads in the measured time: unknown (one ended meanwhile, or no "
                    + "/proc)");
        }
        // The outliers, to tell a stall of one session from a slow kind of request.
        slow.forEach(line -> System.out.println("  slower than " + SLOW.toSeconds() + " s: " + line));
    }

    /**
     * The request mix: lists 35 %, name searches 15 %, ID searches 10 %, detail 20 %, saves 8 % (each after its
     * child's page, which counts as a detail), inbox 12 %.
     */
    private static Kind pick(Random random, User user) {
        int n = random.nextInt(100);
        if (n < 35) {
            return Kind.LIST;
        } else if (n < 50) {
            return Kind.NAME_SEARCH;
        } else if (n < 60) {
            return Kind.ID_SEARCH;
        } else if (n < 80) {
            return Kind.DETAIL;
        } else if (n < 88) {
            return user.clerk() ? Kind.SAVE : Kind.DETAIL;
        }
        return user.worksCases() ? Kind.INBOX : Kind.LIST;
    }

    /** Where a request's answer goes: its kind, status and when it was sent and answered (nanoTime). */
    interface Answered {
        void record(Kind kind, int status, long sent, long answeredAt);

        Answered IGNORED = (kind, status, sent, answeredAt) -> { };
    }

    /** The measured time, in nanoTime: unknown (both ends far in the future) until the warm-up has ended. */
    static final class MeasuredTime {
        private volatile long from = Long.MAX_VALUE;
        private volatile long to = Long.MAX_VALUE;

        void start(long from, long to) {
            this.to = to; // before from: a session that sees from's value sees to's too
            this.from = from;
        }

        long from() {
            return from;
        }

        long to() {
            return to;
        }
    }

    /**
     * The warm-up: at least {@code least}, then until the JIT's compiler threads used less than {@code SETTLED} of
     * the machine's CPU over a {@code WINDOW}, or {@code most} has passed. Prints how long it took.
     */
    record WarmUp(Duration least, Duration most) {

        static final Duration WINDOW = Duration.ofSeconds(30);
        static final double SETTLED = 0.025;

        /** Waits for the warm-up's end, the load having started at {@code startedAt}; returns the end (nanoTime). */
        long awaitSettled(long startedAt) throws InterruptedException {
            long least = startedAt + this.least.toNanos();
            long most = Math.max(least, startedAt + this.most.toNanos());
            sleepUntil(least - WINDOW.toNanos());
            double window = WINDOW.toMillis() * Runtime.getRuntime().availableProcessors();
            Measure.CompilerCpu before = Measure.CompilerCpu.now();
            long now = System.nanoTime();
            while (before != null && now < most) {
                sleepUntil(Math.max(least, now + WINDOW.toNanos()));
                Measure.CompilerCpu after = Measure.CompilerCpu.now();
                now = System.nanoTime();
                long spent = Measure.CompilerCpu.between(before, after);
                // A window in which a compiler thread ended is not judged: its work in it is unknown.
                if (now >= least && spent >= 0 && spent / window < SETTLED) {
                    System.out.printf("warm-up: %.0f s, the JIT's compiler threads %.1f s of CPU in its last %d s%n",
                            (now - startedAt) / 1e9, spent / 1000.0, WINDOW.toSeconds());
                    return now;
                }
                before = after;
            }
            if (before == null) { // no /proc to read the compilers' CPU from: the least warm-up
                sleepUntil(least);
            }
            System.out.printf("warm-up: %.0f s, %s%n", (System.nanoTime() - startedAt) / 1e9, before == null
                    ? "the JIT's CPU unknown" : "the most allowed (bench.warmupMax): the JIT had not settled");
            return System.nanoTime();
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        Thread.sleep(Math.max(0, (nanoTime - System.nanoTime()) / 1_000_000));
    }

    private static int send(HttpClient client, String base, Kind kind, User user, Random random) throws Exception {
        return send(client, base, kind, user, random, Answered.IGNORED);
    }

    /**
     * Sends one request of {@code kind} and passes its answer to {@code answered}. A save first loads the child's
     * page for its tokens: that page is passed as the DETAIL request it is and the POST alone as the SAVE, so that
     * each HTTP request is counted once, by its kind. Returns the status of the last request sent.
     */
    private static int send(HttpClient client, String base, Kind kind, User user, Random random, Answered answered)
            throws Exception {
        if (kind == Kind.SAVE) {
            return saveVisit(client, base, any(user, random), answered);
        }
        String url = switch (kind) {
            case LIST -> LISTS[random.nextInt(LISTS.length)];
            case NAME_SEARCH -> "/children?q=" + URLEncoder.encode(NAMES[random.nextInt(NAMES.length)],
                    StandardCharsets.UTF_8);
            case ID_SEARCH -> "/children?q=" + user.idNumbers().get(random.nextInt(user.idNumbers().size()));
            case DETAIL -> "/children/" + any(user, random);
            case INBOX -> "/inbox";
            case SAVE -> throw new IllegalStateException("a save is sent by saveVisit");
        };
        long t0 = System.nanoTime();
        int status = get(client, base + url).statusCode();
        answered.record(kind, status, t0, System.nanoTime());
        return status;
    }

    /** A visit logged from the child's page: the page (a DETAIL) for its CSRF and form tokens, then the POST. */
    private static int saveVisit(HttpClient client, String base, long child, Answered answered) throws Exception {
        long t0 = System.nanoTime();
        HttpResponse<String> response = get(client, base + "/children/" + child);
        answered.record(Kind.DETAIL, response.statusCode(), t0, System.nanoTime());
        String page = response.body();
        Matcher csrf = CSRF.matcher(page);
        Matcher token = VISIT_TOKEN.matcher(page);
        if (!csrf.find() || !token.find()) {
            answered.record(Kind.SAVE, 599, t0, t0);
            return 599;
        }
        String form = "_csrf=" + csrf.group(1) + "&_submission=" + token.group(1) + "&visitDate="
                + LocalDate.now() + "&visitor=" + URLEncoder.encode("压测", StandardCharsets.UTF_8)
                + "&kind=PHONE&findings=" + URLEncoder.encode("电话回访，一切正常", StandardCharsets.UTF_8);
        long t1 = System.nanoTime();
        int status = client.send(HttpRequest.newBuilder(URI.create(base + "/children/" + child + "/visits"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        answered.record(Kind.SAVE, status, t1, System.nanoTime());
        return status;
    }

    private static long any(User user, Random random) {
        return user.children().get(random.nextInt(user.children().size()));
    }

    /** A browser's worth of HTTP: its own cookies, redirects not followed. */
    private static HttpClient newClient() {
        return HttpClient.newBuilder().cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
    }

    private static void logIn(HttpClient client, String base, String username) throws Exception {
        int status = postLogin(client, base, username, loginToken(client, base));
        if (status != 302) {
            throw new IllegalStateException("login of " + username + " answered " + status);
        }
    }

    /** The CSRF token of the login page, which also opens the session the login will use. */
    private static String loginToken(HttpClient client, String base) throws Exception {
        Matcher csrf = CSRF.matcher(get(client, base + "/login").body());
        if (!csrf.find()) {
            throw new IllegalStateException("no CSRF token on the login page");
        }
        return csrf.group(1);
    }

    private static int postLogin(HttpClient client, String base, String username, String csrf) throws Exception {
        String form = "username=" + username + "&password=" + URLEncoder.encode("Demo@2026", StandardCharsets.UTF_8)
                + "&_csrf=" + csrf;
        return client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    private static HttpResponse<String> get(HttpClient client, String url) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static void print(int sessions, int seconds, Map<Kind, List<Long>> timings,
            Map<String, AtomicInteger> errors) {
        System.out.printf("%n%d sessions, %d s measured%n", sessions, seconds);
        System.out.printf("%-14s %8s %8s %8s %8s %8s%n", "request", "count", "p50 ms", "p95 ms", "p99 ms", "max ms");
        long total = 0;
        for (Map.Entry<Kind, List<Long>> e : timings.entrySet()) {
            List<Long> t = new ArrayList<>(e.getValue());
            Collections.sort(t);
            total += t.size();
            if (!t.isEmpty()) {
                System.out.printf("%-14s %8d %8.1f %8.1f %8.1f %8.1f%n", e.getKey(), t.size(), ms(t, 0.50),
                        ms(t, 0.95), ms(t, 0.99), t.get(t.size() - 1) / 1e6);
            }
        }
        System.out.printf("requests/s (mixed, all sessions): %.1f%n", total / (double) seconds);
        System.out.println("errors: " + (errors.isEmpty() ? "none" : errors));
    }

    private static double ms(List<Long> sorted, double quantile) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(quantile * sorted.size()) - 1)) / 1e6;
    }

    private static long count(JdbcTemplate jdbc, String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
