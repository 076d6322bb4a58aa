package org.guanai.registry.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The SQL of both modules reads a region's records by the range of its codes ({@link RegionCodeRange}), never by
 * {@code like :prefix || '%'}: in this database's collation a pattern cannot use the code indexes, and a town's list
 * read every row of a province's table (care's reads did, eighteen of them, and the import history's two:
 * docs/performance.md, twentieth and twenty-first sessions).
 */
class RegionCodesReadByRangeTest {

    /**
     * A code column compared with {@code like}: {@code village_code like …}, {@code coalesce(…_code) like …}, and
     * JPQL's {@code b.regionCode like …} (its capital C tells it from prose's "code like").
     */
    private static final Pattern CODE_LIKE = Pattern.compile(
            "((?i:_code)|[a-z]Code)\\)?\\s+(?i:(not\\s+)?like)\\s");

    @Test
    void noSqlMatchesARegionsCodesWithAPattern() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../registry-web/src/main/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    List<String> lines = Files.readAllLines(file);
                    for (int i = 0; i < lines.size(); i++) {
                        if (CODE_LIKE.matcher(lines.get(i)).find()) {
                            found.add(file.getFileName() + ":" + (i + 1) + " " + lines.get(i).strip());
                        }
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }
}
