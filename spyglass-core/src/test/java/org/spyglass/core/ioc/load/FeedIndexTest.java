package org.spyglass.core.ioc.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.spyglass.core.module.Warning;

class FeedIndexTest {

    @Test
    void readsGithubAndOtherEntries() {
        String yaml = """
                indicators:
                  - type: github
                    name: Pegasus
                    sources: [Amnesty International]
                    references: [https://example.org/report]
                    github:
                      owner: AmnestyTech
                      repo: investigations
                      branch: master
                      path: 2021-07-18_nso/pegasus.stix2
                  - type: github
                    name: Default branch
                    github: {owner: o, repo: r, path: p/f.stix2}
                  - type: other
                    name: Elsewhere
                    download_url: https://example.org/feed.stix2
                  - type: other
                    name: No URL
                  - type: ftp
                    name: Unknown type
                """;
        FeedIndex index = FeedIndex.parse("indicators.yaml", yaml.getBytes(StandardCharsets.UTF_8),
                FeedIndex.GITHUB_RAW_BASE);

        assertThat(index.feeds()).extracting(FeedIndex.Feed::name, FeedIndex.Feed::url).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Pegasus", URI.create("https://raw.githubusercontent.com/"
                        + "AmnestyTech/investigations/master/2021-07-18_nso/pegasus.stix2")),
                org.assertj.core.groups.Tuple.tuple("Default branch",
                        URI.create("https://raw.githubusercontent.com/o/r/main/p/f.stix2")),
                org.assertj.core.groups.Tuple.tuple("Elsewhere", URI.create("https://example.org/feed.stix2")));
        assertThat(index.feeds().get(0).sources()).containsExactly("Amnesty International");
        assertThat(index.feeds().get(0).references()).containsExactly("https://example.org/report");
        assertThat(index.warnings()).extracting(Warning::message)
                .anySatisfy(m -> assertThat(m).contains("No URL"))
                .anySatisfy(m -> assertThat(m).contains("Unknown type"));
    }
}
