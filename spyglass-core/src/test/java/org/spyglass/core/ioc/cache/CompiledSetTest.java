package org.spyglass.core.ioc.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.spyglass.core.ioc.match.IndicatorSet;
import org.spyglass.core.module.Warning;

class CompiledSetTest {
    private static final IndicatorSet PARSED = CachedSetFixture.build();
    private static final List<Warning> WARNINGS = List.of(new Warning("indicators", "b.json", "a bad md5"));

    @TempDir
    Path dir;

    private static byte[] compiled(String key) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        IndicatorCache.writeCompiled(out, key, PARSED, WARNINGS);
        return out.toByteArray();
    }

    @Test
    void aCompiledSetReadFromMemoryAnswersAsTheParsedSet() throws IOException {
        IndicatorCache.Compiled read = IndicatorCache.readCompiled(compiled("k"), "k");

        assertThat(read.indicators().files()).isEqualTo(PARSED.files());
        assertThat(read.indicators().countsByType()).isEqualTo(PARSED.countsByType());
        assertThat(read.indicators().size()).isEqualTo(PARSED.size());
        assertThat(read.warnings()).isEqualTo(WARNINGS);
        assertThat(read.indicators().matchHost("x.evil.com")).isEqualTo(PARSED.matchHost("x.evil.com"))
                .isNotEmpty();
    }

    @Test
    void aCompiledSetIsTheSameBytesAsTheCacheFileOfItsKey() throws IOException {
        Path file = new IndicatorCache(dir).write("k", PARSED, WARNINGS);

        assertThat(compiled("k")).isEqualTo(Files.readAllBytes(file));
    }

    @Test
    void aSoundSetMadeForAnotherKeyIsNotUsedAndIsNoError() throws IOException {
        assertThat(IndicatorCache.readCompiled(compiled("k"), "other")).isNull();
    }

    @ParameterizedTest
    @EnumSource(value = IndicatorCacheTest.Damage.class, names = "OTHER_KEY", mode = EnumSource.Mode.EXCLUDE)
    void aDamagedTruncatedOrForeignSetFailsWithTheReason(IndicatorCacheTest.Damage damage) throws IOException {
        byte[] damaged = damage.apply(compiled("k"));

        assertThatThrownBy(() -> IndicatorCache.readCompiled(damaged, "k")).isInstanceOf(IOException.class)
                .hasMessageContaining(damage.reason());
    }

    @Test
    void anExtendedSetFails() throws IOException {
        byte[] bytes = compiled("k");
        byte[] extended = java.util.Arrays.copyOf(bytes, bytes.length + 1);

        assertThatThrownBy(() -> IndicatorCache.readCompiled(extended, "k")).isInstanceOf(IOException.class)
                .hasMessageContaining("truncated or extended");
    }
}
