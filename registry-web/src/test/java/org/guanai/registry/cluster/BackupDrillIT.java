package org.guanai.registry.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.guanai.registry.RegistryApplication;
import org.guanai.registry.TempTrees;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * The backup drill on a PostgreSQL server of the same major version as the installed client programs: the roles and
 * database of {@code db/create-database.sql}, the schema migrated by the owner role and the demo county written by the
 * application running as the application role (which cannot disable the audit trail's trigger), an encrypted
 * {@code db/backup.sh}, {@code db/restore.sh} into a fresh database, and every table's row count and the people
 * tables' checksums compared.
 */
class BackupDrillIT {

    static final List<String> PEOPLE_TABLES = List.of("child", "elder", "visit", "record_change", "case_file",
            "case_action", "audit_event");

    @Test
    void aBackupRestoredIntoAFreshDatabaseHasEveryRowOfTheOriginal() throws Exception {
        Path bin = serverAndClientOfOneVersion();
        Path dir = Files.createTempDirectory("backup-drill");
        Path data = dir.resolve("data");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.createDirectories(data);
        asServerUser(dir);
        run(dir, Map.of(), serverUser(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres",
                "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8"));
        run(dir, Map.of(), serverUser(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-l",
                dir.resolve("server.log").toString(), "-o", "-p " + port + " -k " + dir + " -c listen_addresses=localhost",
                "start"));
        try {
            // The two roles and the database, as an operator creates them.
            run(dir, Map.of(), List.of(bin.resolve("psql").toString(), "-h", "localhost", "-p", "" + port, "-U",
                    "postgres", "-d", "postgres", "-v", "owner_password=" + OWNER_PASSWORD, "-v",
                    "app_password=" + APP_PASSWORD, "-f", script("create-database.sql").toString()));
            String original = "jdbc:postgresql://localhost:" + port + "/registry";
            // The schema migrated by the owner, the demo county written by the application as the application role;
            // then it stops.
            new SpringApplicationBuilder(RegistryApplication.class).profiles("test")
                    .run("--server.port=0", "--registry.embedded-db.enabled=false",
                            "--spring.datasource.url=" + original, "--spring.datasource.username=registry_app",
                            "--spring.datasource.password=" + APP_PASSWORD, "--spring.flyway.user=registry_owner",
                            "--spring.flyway.password=" + OWNER_PASSWORD,
                            "--registry.scheduling.enabled=false", "--spring.application.name=backup-drill")
                    .close();
            theApplicationRoleCannotTouchTheAuditTrailsProtection(original);

            Path passphrase = dir.resolve("backup.passphrase");
            Files.writeString(passphrase, "drill passphrase of the backup drill");
            Map<String, String> env = Map.of("PGHOST", "localhost", "PGPORT", "" + port, "PGUSER", "registry_owner",
                    "PGPASSWORD", OWNER_PASSWORD, "PGDATABASE", "registry", "REGISTRY_PG_BIN", bin.toString(),
                    "REGISTRY_BACKUP_PASSPHRASE_FILE", passphrase.toString(), "GNUPGHOME", gnupgHome(dir).toString());
            Path dump = dir.resolve("registry.dump.gpg");
            // Never in clear: without a key or a passphrase the backup is refused.
            Map<String, String> noKey = new HashMap<>(env);
            noKey.remove("REGISTRY_BACKUP_PASSPHRASE_FILE");
            assertThat(exitCode(dir, noKey, List.of("bash", script("backup.sh").toString(), dump.toString())))
                    .isEqualTo(2);
            String backup = run(dir, env, List.of("bash", script("backup.sh").toString(), dump.toString()));
            assertThat(backup).contains("backup: " + dump).contains("encrypted").contains("children");
            // An OpenPGP message, not a pg_dump archive (which starts with PGDMP).
            byte[] head = Arrays.copyOf(Files.readAllBytes(dump), 5);
            assertThat(new String(head, StandardCharsets.US_ASCII)).isNotEqualTo("PGDMP");
            assertThat(head[0] & 0x80).as("an OpenPGP packet tag").isNotZero();
            assertThat(Files.getPosixFilePermissions(dump)).containsExactlyInAnyOrder(
                    PosixFilePermission.OWNER_READ,
                    PosixFilePermission.OWNER_WRITE);
            env = new HashMap<>(env);
            env.put("PGUSER", "postgres");
            env.remove("PGPASSWORD");
            String restore = run(dir, env, List.of("bash", script("restore.sh").toString(), dump.toString(),
                    "registry_restored"));
            assertThat(restore).contains("into registry_restored");
            // Restoring over a database that has tables is refused.
            assertThat(exitCode(dir, env, List.of("bash", script("restore.sh").toString(), dump.toString(),
                    "registry_restored"))).isEqualTo(2);

            Map<String, String> before = figures(original);
            Map<String, String> after = figures("jdbc:postgresql://localhost:" + port + "/registry_restored");
            System.out.printf("Backup drill: %d tables compared, %s children.%n", before.size() - PEOPLE_TABLES.size(),
                    before.get("count:child"));
            assertThat(Long.parseLong(before.get("count:child"))).isPositive();
            assertThat(after).isEqualTo(before);
        } finally {
            try {
                run(dir, Map.of(), serverUser(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast",
                        "stop"));
            } finally {
                TempTrees.delete(dir); // a data directory and a dump, about 75 MB a run
            }
        }
    }

    private static final String OWNER_PASSWORD = "Owner#Drill2026";
    private static final String APP_PASSWORD = "App#Drill2026";

    /**
     * The application's role reads and writes rows and nothing more: it cannot disable the trigger that keeps the audit
     * trail append-only, alter or drop the table, or create one; the trigger still refuses its updates.
     */
    private static void theApplicationRoleCannotTouchTheAuditTrailsProtection(String url) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "registry_app", APP_PASSWORD);
                Statement s = c.createStatement()) {
            for (String ddl : List.of("alter table audit_event disable trigger audit_event_no_update_delete",
                    "alter table audit_event disable trigger all", "drop table audit_event",
                    "create table sneaky (id int)")) {
                assertThatThrownBy(() -> s.execute(ddl)).as(ddl).isInstanceOf(SQLException.class)
                        .satisfiesAnyOf(
                                e -> assertThat(e).hasMessageContaining("must be owner"),
                                e -> assertThat(e).hasMessageContaining("permission denied"));
            }
            assertThatThrownBy(() -> s.execute("update audit_event set detail = 'x'"))
                    .hasMessageContaining("append-only");
            try (ResultSet rs = s.executeQuery("select count(*) from child")) {
                rs.next();
                assertThat(rs.getLong(1)).isPositive();
            }
        }
    }

    private static Path gnupgHome(Path dir) throws IOException {
        Path home = Files.createDirectories(dir.resolve("gnupg"));
        Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwx------"));
        return home;
    }

    /** Each table's row count, and a checksum of every row of the people tables in id order. */
    private static Map<String, String> figures(String url) throws Exception {
        Map<String, String> figures = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, "postgres", ""); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("select table_name from information_schema.tables "
                    + "where table_schema = 'public' and table_type = 'BASE TABLE' order by 1")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
                    rs.next();
                    figures.put("count:" + table, rs.getString(1));
                }
            }
            for (String table : PEOPLE_TABLES) {
                try (ResultSet rs = s.executeQuery("select md5(coalesce(string_agg(t::text, '|' order by t.id), '')) "
                        + "from " + table + " t")) {
                    rs.next();
                    figures.put("md5:" + table, rs.getString(1));
                }
            }
        }
        return figures;
    }

    /** The newest Debian PostgreSQL whose server and client programs are both installed. */
    private static Path serverAndClientOfOneVersion() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        Path found = null;
        if (Files.isDirectory(root)) {
            try (Stream<Path> versions = Files.list(root)) {
                found = versions.map(v -> v.resolve("bin"))
                        .filter(b -> Stream.of("initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore", "psql")
                                .allMatch(p -> Files.isExecutable(b.resolve(p))))
                        .max(Comparator.comparing(Path::toString)).orElse(null);
            }
        }
        if (found == null) { // fails rather than skips: the drill is the proof that a backup restores
            throw new IllegalStateException("The backup drill needs Debian's postgresql-NN server and client "
                    + "(apt-get install -y postgresql-15); .ci/run installs them.");
        }
        return found;
    }

    private static Path script(String name) {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("db").resolve(name))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("db/" + name + " above the working directory").isNotNull();
        return dir.resolve("db").resolve(name);
    }

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** PostgreSQL refuses to run as root: as root, the server runs as the postgres user of Debian's package. */
    private static List<String> serverUser(String... command) {
        List<String> c = new ArrayList<>();
        if (root()) {
            c.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        c.addAll(List.of(command));
        return c;
    }

    private static void asServerUser(Path dir) throws Exception {
        if (root()) {
            new ProcessBuilder("chown", "-R", "postgres", dir.toString()).inheritIO().start().waitFor();
        }
    }

    private static String run(Path dir, Map<String, String> env, List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(String.join(" ", command) + "\n" + out).isZero();
        return out;
    }

    private static int exitCode(Path dir, Map<String, String> env, List<String> command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        p.getInputStream().readAllBytes();
        return p.waitFor();
    }
}
